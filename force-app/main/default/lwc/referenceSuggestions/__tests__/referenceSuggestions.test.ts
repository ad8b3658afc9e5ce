/** @jest-environment node */
// Laws of reference suggestions: never more than three, never the deal's own buying center's
// people (even through another membership), only advocates of the deal's account or its industry,
// least recently asked first, and the order records arrive in never matters; none for a deal that is
// not competitive or already has a reference.
import fc from 'fast-check';
import {
    MAX_REFERENCE_SUGGESTIONS,
    isCompetitiveDeal,
    referenceSuggestions
} from 'c/referenceSuggestions';
import type { AdvocateCandidate, ReferenceDeal } from 'c/referenceSuggestions';

const CRITERIA = [
    { Stage__c: 'Value Proposition', Category__c: 'Can we compete?' as const, Active__c: true },
    { Stage__c: 'Proposal/Price Quote', Category__c: 'Can we win?' as const, Active__c: true }
];

const DEAL: ReferenceDeal = {
    isClosed: false,
    stage: 'Value Proposition',
    accountId: 'acc1',
    industry: 'Banking',
    buyingCenterId: 'bc1',
    primaryCompetitor: 'Helix Data',
    referenceMemberId: null,
    dealContactIds: ['c1', 'c2']
};

const ACCOUNTS: Record<string, { name: string; industry: string | null }> = {
    acc1: { name: 'Meridian', industry: 'Banking' },
    acc2: { name: 'Harbor Trust', industry: 'Banking' },
    acc3: { name: 'Kestrel', industry: 'Manufacturing' },
    acc4: { name: 'Nameless', industry: null }
};
const CENTER_ACCOUNTS: Record<string, string> = {
    bc1: 'acc1',
    bc2: 'acc1',
    bc3: 'acc2',
    bc4: 'acc3',
    bc5: 'acc4'
};

const candidateArb: fc.Arbitrary<AdvocateCandidate> = fc
    .record({
        memberId: fc.constantFrom('m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8'),
        contactId: fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6'),
        advocacy: fc.constantFrom('Advocate', 'Reference', 'Neutral', 'Detractor', null),
        lastReferenceDate: fc.constantFrom(null, '2026-03-01', '2026-09-15', '2026-10-14'),
        buyingCenterId: fc.constantFrom('bc1', 'bc2', 'bc3', 'bc4', 'bc5')
    })
    .map((c) => {
        const accountId = CENTER_ACCOUNTS[c.buyingCenterId]!;
        return {
            ...c,
            name: `Person ${c.contactId}`,
            buyingCenterName: `Center ${c.buyingCenterId}`,
            accountId,
            accountName: ACCOUNTS[accountId]!.name,
            industry: ACCOUNTS[accountId]!.industry
        };
    });
/** Records as an org gives them: one member id once. */
const candidatesArb = fc.uniqueArray(candidateArb, {
    selector: (candidate) => candidate.memberId,
    maxLength: 8
});

describe('reference suggestions', () => {
    it('never suggests more than three people, each once', () => {
        fc.assert(
            fc.property(candidatesArb, (candidates) => {
                const suggested = referenceSuggestions(DEAL, CRITERIA, candidates);
                expect(suggested.length).toBeLessThanOrEqual(MAX_REFERENCE_SUGGESTIONS);
                expect(new Set(suggested.map((s) => s.contactId)).size).toBe(suggested.length);
            })
        );
    });

    it("never suggests the deal's own buying center's people, not even through another membership", () => {
        fc.assert(
            fc.property(candidatesArb, (candidates) => {
                const suggested = referenceSuggestions(DEAL, CRITERIA, candidates);
                expect(
                    suggested.filter(
                        (s) =>
                            s.buyingCenterId === DEAL.buyingCenterId ||
                            DEAL.dealContactIds.includes(s.contactId)
                    )
                ).toEqual([]);
            })
        );
    });

    it("suggests only advocates of the deal's account or of another account in its industry", () => {
        fc.assert(
            fc.property(candidatesArb, (candidates) => {
                const suggested = referenceSuggestions(DEAL, CRITERIA, candidates);
                expect(
                    suggested.filter(
                        (s) =>
                            !['Advocate', 'Reference'].includes(s.advocacy ?? '') ||
                            (s.accountId !== DEAL.accountId && s.industry !== DEAL.industry)
                    )
                ).toEqual([]);
            })
        );
    });

    it('puts the least recently asked first and the most recently used last', () => {
        fc.assert(
            fc.property(candidatesArb, (candidates) => {
                const dates = referenceSuggestions(DEAL, CRITERIA, candidates).map(
                    (s) => s.lastReferenceDate ?? ''
                );
                expect(dates).toEqual([...dates].sort());
            })
        );
    });

    it('gives the same suggestions whatever order the records come in', () => {
        fc.assert(
            fc.property(
                candidatesArb.chain((candidates) =>
                    fc.tuple(
                        fc.constant(candidates),
                        fc.shuffledSubarray(candidates, {
                            minLength: candidates.length,
                            maxLength: candidates.length
                        })
                    )
                ),
                ([candidates, shuffled]) => {
                    expect(referenceSuggestions(DEAL, CRITERIA, shuffled)).toEqual(
                        referenceSuggestions(DEAL, CRITERIA, candidates)
                    );
                }
            )
        );
    });

    it('suggests nobody for a deal with a reference lined up, closed, or not competitive', () => {
        fc.assert(
            fc.property(candidatesArb, (candidates) => {
                for (const deal of [
                    { ...DEAL, referenceMemberId: 'm9' },
                    { ...DEAL, isClosed: true },
                    { ...DEAL, primaryCompetitor: null },
                    { ...DEAL, stage: 'Proposal/Price Quote' }
                ]) {
                    expect(referenceSuggestions(deal, CRITERIA, candidates)).toEqual([]);
                }
            })
        );
    });

    it('asks a never-used advocate before the reference used in October, across accounts of the industry', () => {
        const person = (
            memberId: string,
            name: string,
            buyingCenterId: string,
            advocacy: 'Advocate' | 'Reference',
            lastReferenceDate: string | null
        ): AdvocateCandidate => {
            const accountId = CENTER_ACCOUNTS[buyingCenterId]!;
            return {
                memberId,
                contactId: `contact-${memberId}`,
                name,
                advocacy,
                lastReferenceDate,
                buyingCenterId,
                buyingCenterName: buyingCenterId,
                accountId,
                accountName: ACCOUNTS[accountId]!.name,
                industry: ACCOUNTS[accountId]!.industry
            };
        };
        const suggested = referenceSuggestions(DEAL, CRITERIA, [
            person('m1', 'Marcus Bell', 'bc2', 'Reference', '2026-10-14'),
            person('m2', 'Ada Park', 'bc3', 'Advocate', null),
            person('m3', 'Lukas Brandt', 'bc4', 'Reference', '2026-01-01'), // manufacturing
            person('m4', 'Olivia Grant', 'bc2', 'Advocate', '2026-05-02'),
            person('m5', 'Priya Raman', 'bc1', 'Reference', '2025-01-01') // the deal's own center
        ]);
        expect(suggested.map((s) => s.name)).toEqual(['Ada Park', 'Olivia Grant', 'Marcus Bell']);
    });

    it('counts a stage as competitive only when its active criteria ask "Can we compete?"', () => {
        expect(isCompetitiveDeal(DEAL, CRITERIA)).toBe(true);
        expect(isCompetitiveDeal(DEAL, [{ ...CRITERIA[0]!, Active__c: false }])).toBe(false);
    });
});

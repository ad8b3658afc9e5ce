/** @jest-environment node */
// The laws of #22's champions and waivers: a waiver changes the gate and never the points; a champion
// not (yet) tested never earns what a tested one does; failed and untested champions are risks.
import fc from 'fast-check';
import type { BuyingCenterMemberRecord, DealEvidenceRecord } from 'c/atlasModel';
import { scoreDeal } from 'c/dealScoring';
import type { DealScoringInput } from 'c/dealScoring';
import { inEnglish } from '../../../../../../scripts/messages/englishMessages';
import { dealArb } from './arbitraries';
import { TESTED_CHAMPION, baseDeal, member } from './fixtures';

/** The deal with every evidence record of the chosen criteria waived with a reason. */
function waived(deal: DealScoringInput, which: readonly boolean[]): DealScoringInput {
    const answered = new Set(deal.evidence.map((record) => record.Stage_Criterion__c));
    const waiver = {
        Waived__c: true,
        Waiver_Reason__c: 'Signed framework agreement covers it.',
        Waived_By__c: 'u-manager',
        Waived_On__c: '2026-11-20'
    };
    const evidence: DealEvidenceRecord[] = deal.evidence.map((record, i) =>
        which[i % which.length] ? { ...record, ...waiver } : record
    );
    // A criterion nobody answered is waived by a record with no state, as the panel writes it.
    deal.criteria.forEach((criterion, i) => {
        if (!answered.has(criterion.Id) && which[(i + 1) % which.length]) {
            evidence.push({
                Id: `w${i}`,
                Opportunity__c: 'opp1',
                Stage_Criterion__c: criterion.Id,
                ...waiver
            });
        }
    });
    return { ...deal, evidence };
}

const points = (deal: DealScoringInput) => {
    const result = scoreDeal(deal, null, { nextActions: false });
    return {
        score: result.score,
        factors: result.factors.map((f) => [f.key, f.earned, f.details.map((d) => d.earned)])
    };
};

describe('waivers', () => {
    it('never change the score or any point: a waived criterion never counts as met', () => {
        fc.assert(
            fc.property(
                dealArb,
                fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
                (deal, which) => {
                    expect(points(waived(deal, which))).toEqual(points(deal));
                }
            )
        );
    });

    it('only open the gate: blocking criteria become waived ones, never the reverse', () => {
        fc.assert(
            fc.property(
                dealArb,
                fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
                (deal, which) => {
                    const before = scoreDeal(deal, null, { nextActions: false }).stageGate;
                    const after = scoreDeal(waived(deal, which), null, {
                        nextActions: false
                    }).stageGate;
                    const ids = (list: { criterionId: string }[] | undefined) =>
                        (list ?? []).map((c) => c.criterionId).sort();
                    expect(ids(before.waived)).toEqual([]);
                    expect([...ids(after.blocking), ...ids(after.waived)].sort()).toEqual(
                        ids(before.blocking)
                    );
                    expect(after.canAdvance || !before.canAdvance).toBe(true);
                }
            )
        );
    });

    it('opens the gate on the example deal, names the waiver, and keeps its points', () => {
        const deal = baseDeal();
        const withWaiver: DealScoringInput = {
            ...deal,
            evidence: deal.evidence.map((record) =>
                record.Stage_Criterion__c === 'c2'
                    ? {
                          ...record,
                          Waived__c: true,
                          Waiver_Reason__c: 'Procurement confirmed the budget in writing.',
                          Waived_By__c: 'u-morgan',
                          Waived_On__c: '2026-12-07'
                      }
                    : record
            )
        };
        const before = scoreDeal(deal);
        const after = scoreDeal(withWaiver);
        expect(before.stageGate.canAdvance).toBe(false);
        expect(after.stageGate.canAdvance).toBe(true);
        expect(after.stageGate.blocking).toEqual([]);
        expect(after.stageGate.waived).toEqual([
            {
                criterionId: 'c2',
                stage: 'Qualification',
                question: 'Question c2.',
                state: 'In Progress',
                reason: 'Procurement confirmed the budget in writing.',
                waivedBy: 'u-morgan',
                waivedOn: '2026-12-07'
            }
        ]);
        expect(after.score).toBe(before.score);
        // Still in progress on the checklist, as the customer has not shown it: the rep's next step stays.
        const line = after.factors[0]!.details.find((d) => d.key === 'c2');
        expect(line?.status).toBe('in progress');
    });

    it('needs a reason: a waiver without one leaves the criterion blocking', () => {
        const deal = baseDeal();
        const noReason: DealScoringInput = {
            ...deal,
            evidence: deal.evidence.map((record) =>
                record.Stage_Criterion__c === 'c2'
                    ? { ...record, Waived__c: true, Waiver_Reason__c: '   ' }
                    : record
            )
        };
        expect(scoreDeal(noReason).stageGate.blocking.map((c) => c.criterionId)).toEqual(['c2']);
    });
});

/** The example deal with its champion's tests as given (the other members unchanged). */
function withChampion(tests: Partial<BuyingCenterMemberRecord>): DealScoringInput {
    const deal = baseDeal();
    return {
        ...deal,
        members: deal.members.map((m) =>
            m.Id === 'm2'
                ? {
                      ...member('m2', {
                          Buying_Role__c: 'Champion',
                          Support__c: 'Mentor',
                          Coverage__c: 'Brief',
                          Influence__c: 'Medium'
                      }),
                      ...tests
                  }
                : m
        )
    };
}

const relationships = (deal: DealScoringInput) =>
    scoreDeal(deal, null, { nextActions: false }).factors.find((f) => f.key === 'relationships')!;

const TEST_RESULTS = fc.constantFrom<'Passed' | 'Failed' | null>('Passed', 'Failed', null);

describe('champions', () => {
    it('an untested or failed champion never earns what a tested one does', () => {
        const tested = relationships(withChampion(TESTED_CHAMPION)).earned;
        fc.assert(
            fc.property(TEST_RESULTS, TEST_RESULTS, TEST_RESULTS, (access, sells, gains) => {
                fc.pre(!(access === 'Passed' && sells === 'Passed' && gains === 'Passed'));
                const deal = withChampion({
                    Champion_Access_Test__c: access,
                    Champion_Sells_Test__c: sells,
                    Champion_Gains_Test__c: gains
                });
                expect(relationships(deal).earned).toBeLessThan(tested);
            })
        );
    });

    it('in any deal, testing a champion never lowers the score', () => {
        fc.assert(
            fc.property(dealArb, fc.nat(5), (deal, index) => {
                fc.pre(deal.members.length > 0);
                const i = index % deal.members.length;
                const as = (fields: Partial<BuyingCenterMemberRecord>) => ({
                    ...deal,
                    members: deal.members.map((m, j) =>
                        j === i ? { ...m, Buying_Role__c: 'Champion' as const, ...fields } : m
                    )
                });
                const untested = scoreDeal(as({}), null, { nextActions: false }).score;
                const tested = scoreDeal(as(TESTED_CHAMPION), null, { nextActions: false }).score;
                expect(tested).toBeGreaterThanOrEqual(untested);
            })
        );
    });

    it('earns the example deal 6 of 25 for a tested champion, 4 for an untested one or a coach', () => {
        const detail = (deal: DealScoringInput) =>
            relationships(deal).details.find((d) => d.key === 'COACH')!;
        expect(detail(withChampion(TESTED_CHAMPION))).toMatchObject({ earned: 6, possible: 6 });
        expect(detail(withChampion({}))).toMatchObject({ earned: 4, possible: 6 });
        const coach = baseDeal();
        coach.members = coach.members.map((m) =>
            m.Id === 'm2' ? member('m2', { Buying_Role__c: 'Coach', Support__c: 'Mentor' }) : m
        );
        expect(detail(coach)).toMatchObject({ earned: 4, possible: 6 });
    });

    it('names a failed or untested champion as a risk, with the tests, and offers to test them', () => {
        const failed = scoreDeal(
            withChampion({ Champion_Access_Test__c: 'Failed', Champion_Sells_Test__c: 'Passed' })
        );
        expect(
            failed.risks
                .filter((r) => r.code === 'CHAMPION_FAILED')
                .map((r) => [r.severity, inEnglish(r.message)])
        ).toEqual([
            [
                'high',
                'A champion test failed: the Champion on access to the economic buyer. A champion without power and influence is just a coach: who else could champion us?'
            ]
        ]);
        const untested = scoreDeal(withChampion({ Champion_Access_Test__c: 'Passed' }));
        expect(
            untested.risks
                .filter((r) => r.code === 'CHAMPION_UNTESTED')
                .map((r) => inEnglish(r.message))
        ).toEqual([
            'Champion not fully tested: the Champion; not yet tested: sells for us inside and gains from our success. Until all three tests pass, the score counts a coach.'
        ]);
        const action = untested.nextActions.find((a) => a.code === 'TEST_CHAMPION');
        expect(action?.gain).toBe(2);
        expect(action?.memberId).toBe('m2');
    });

    it('names a missing economic buyer past the first stage only, and a coach with no champion', () => {
        const deal = baseDeal();
        deal.members = deal.members.map((m) =>
            m.Id === 'm1'
                ? { ...m, Buying_Role__c: 'Decision Maker' as const }
                : m.Id === 'm2'
                  ? member('m2', { Buying_Role__c: 'Coach', Support__c: 'Mentor' })
                  : m
        );
        const codes = (input: DealScoringInput) => scoreDeal(input).risks.map((r) => r.code);
        expect(codes(deal)).toEqual(expect.arrayContaining(['NO_ECONOMIC_BUYER', 'NO_CHAMPION']));
        const prospecting = {
            ...deal,
            opportunity: { ...deal.opportunity, StageName: 'Prospecting' }
        };
        expect(codes(prospecting)).not.toContain('NO_ECONOMIC_BUYER');
        // Approver is the earlier name of the economic buyer and counts as one.
        const approver = {
            ...deal,
            members: deal.members.map((m) =>
                m.Id === 'm1' ? { ...m, Buying_Role__c: 'Approver' as const } : m
            )
        };
        expect(codes(approver)).not.toContain('NO_ECONOMIC_BUYER');
    });
});

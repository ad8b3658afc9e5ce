/** @jest-environment node */
import fc from 'fast-check';
import type { BuyingCenterMemberRecord } from 'c/atlasModel';
import { assessBuyingCenterCoverage } from 'c/buyingCenterCoverage';
import type { CoachingFlag, RelationshipMapStatus } from 'c/buyingCenterCoverage';
import { inEnglish } from '../../../../../../scripts/messages/englishMessages';

/** A flag as the CLI words it: its message in English. */
const inWords = (flag: CoachingFlag | undefined) =>
    flag && { ...flag, message: inEnglish(flag.message) };

function member(Id: string, fields: Partial<BuyingCenterMemberRecord>): BuyingCenterMemberRecord {
    return { Id, Buying_Center__c: 'bc1', Contact__c: `k-${Id}`, ...fields };
}

const decider = member('m1', {
    Buying_Role__c: 'Decision Maker',
    Support__c: 'Supporter',
    Coverage__c: 'In Depth',
    Influence__c: 'High'
});
const coach = member('m2', {
    Buying_Role__c: 'Coach',
    Support__c: 'Mentor',
    Coverage__c: 'Multiple',
    Influence__c: 'Medium'
});
const critic = member('m3', {
    Buying_Role__c: 'Evaluator',
    Support__c: 'Non-Supporter',
    Coverage__c: 'Multiple',
    Influence__c: 'Medium'
});
const user = member('m4', {
    Buying_Role__c: 'User',
    Support__c: 'Neutral',
    Coverage__c: 'Brief',
    Influence__c: 'Low'
});
const enemy = member('m5', {
    Buying_Role__c: 'Approver',
    Support__c: 'Enemy',
    Coverage__c: 'No Contact',
    Influence__c: 'High'
});
const names = {
    'k-m1': 'Ana Silva',
    'k-m2': 'Ben Ode',
    'k-m3': 'Cy Park',
    'k-m4': 'Di Roy',
    'k-m5': 'Dana Reyes'
};
const codes = (members: BuyingCenterMemberRecord[]) =>
    assessBuyingCenterCoverage(members).flags.map((flag) => flag.code);

describe('assessBuyingCenterCoverage: map status', () => {
    it.each<[string, RelationshipMapStatus, BuyingCenterMemberRecord[]]>([
        [
            'a supportive engaged decider, a coach and known opposition',
            'Green',
            [decider, coach, critic, user]
        ],
        ['nobody mapped', 'Red', []],
        ['no decision maker or approver', 'Red', [coach, critic, user]],
        ['an influential enemy we have not met', 'Red', [decider, coach, enemy]],
        [
            'an influential enemy we engage (addressed, though still against us)',
            'Green',
            [decider, coach, { ...enemy, Coverage__c: 'Multiple' }]
        ],
        ['a supportive decider but no coach', 'Amber', [decider, critic]],
        [
            'a coach but a decider we have barely met',
            'Amber',
            [{ ...decider, Coverage__c: 'Brief' }, coach]
        ],
        [
            'a Mentor decider who is both decider and coach',
            'Green',
            [{ ...decider, Support__c: 'Mentor' }, user]
        ],
        [
            'an approver who supports us, with a coach',
            'Green',
            [{ ...enemy, Support__c: 'Supporter', Coverage__c: 'Multiple' }, coach]
        ]
    ])('%s: %s', (_, status, members) => {
        expect(assessBuyingCenterCoverage(members).mapStatus).toBe(status);
    });
});

describe('assessBuyingCenterCoverage: coaching flags', () => {
    it('raises no flag for a well-covered buying center, and says who plays which part', () => {
        const coverage = assessBuyingCenterCoverage([decider, coach, critic, user]);
        expect(coverage.flags).toEqual([]);
        expect(coverage).toMatchObject({
            memberCount: 4,
            hasDecisionMaker: true,
            supportiveDecisionMakerEngaged: true,
            hasCoach: true,
            decisionMakerIds: ['m1'],
            supportiveDecisionMakerIds: ['m1'],
            coachIds: ['m2'],
            oppositionIds: ['m3'],
            unaddressedOpposition: [],
            engagedMemberCount: 3,
            engagedMemberIds: ['m1', 'm2', 'm3'],
            rolesCovered: ['Decision Maker', 'Evaluator', 'User', 'Coach'],
            rolesMissing: []
        });
    });

    it('says in plain words, naming the buying center, that nobody decides', () => {
        const coverage = assessBuyingCenterCoverage([coach, critic], {
            buyingCenterName: 'Finance'
        });
        expect(inWords(coverage.flags[0])).toEqual({
            code: 'NO_DECISION_MAKER',
            severity: 'high',
            message:
                'No decision maker identified in Finance — find out who signs off and who holds the budget.',
            memberIds: []
        });
        expect(coverage.rolesMissing).toEqual(['Decision Maker', 'User']);
    });

    it('names the influential enemy we have not met', () => {
        const coverage = assessBuyingCenterCoverage([decider, coach, enemy], {
            buyingCenterName: 'Finance',
            contactNames: names
        });
        expect(coverage.unaddressedOpposition).toEqual(['m5']);
        expect(inWords(coverage.flags.find((f) => f.code === 'ENEMY_WITH_HIGH_INFLUENCE'))).toEqual(
            {
                code: 'ENEMY_WITH_HIGH_INFLUENCE',
                severity: 'high',
                message:
                    'Dana Reyes (Approver) has high influence in Finance, is against us, and we have barely met them — meet them, learn the objection and address it.',
                memberIds: ['m5']
            }
        );
    });

    it('says which decider to win over and which to meet more often', () => {
        const distant = { ...decider, Coverage__c: 'Brief' as const };
        const coverage = assessBuyingCenterCoverage([distant, enemy, coach], {
            contactNames: names
        });
        expect(inWords(coverage.flags[0])).toEqual({
            code: 'NO_SUPPORTIVE_DECISION_MAKER',
            severity: 'high',
            message:
                'No decision maker both supports us and is engaged: Ana Silva (Decision Maker) supports us but we have barely met — meet them more than once; Dana Reyes (Approver) decides but is not on our side yet — learn what it would take to earn their support.',
            memberIds: ['m1', 'm5']
        });
    });

    it('flags a single thread, a missing coach and missing roles, in that order', () => {
        expect(codes([decider, user])).toEqual(['NO_COACH', 'SINGLE_THREADED', 'ROLE_NOT_COVERED']);
        const coverage = assessBuyingCenterCoverage([decider, user], { contactNames: names });
        expect(coverage.flags.map((f) => inEnglish(f.message))).toEqual([
            'Nobody is coaching us — find someone inside who wants us to win and will guide us through their buying process.',
            'Ana Silva (Decision Maker) is the only person we meet regularly — build a second strong relationship so one departure cannot end our access.',
            'Nobody is identified as an Evaluator — find out who evaluates the solution.'
        ]);
    });

    it('counts one person in two buying centers as one thread', () => {
        const again = { ...decider, Id: 'm9', Buying_Center__c: 'bc2' };
        expect(assessBuyingCenterCoverage([decider, again]).engagedMemberCount).toBe(1);
        expect(codes([decider, again])).toContain('SINGLE_THREADED');
    });

    it('asks who the opposition is when three or more people all seem to be on our side', () => {
        const fan = member('m6', {
            Buying_Role__c: 'User',
            Support__c: 'Supporter',
            Coverage__c: 'Multiple'
        });
        expect(codes([decider, coach, fan])).toEqual([
            'NO_OPPOSITION_IDENTIFIED',
            'ROLE_NOT_COVERED'
        ]);
    });

    it('reads unknown picklist values and records without an id as unknown, and says so', () => {
        const odd = member('m7', {
            Buying_Role__c: 'Sponsor' as never,
            Support__c: 'Fan' as never
        });
        const coverage = assessBuyingCenterCoverage([odd, { Buying_Role__c: 'Approver' } as never]);
        expect(coverage.memberCount).toBe(1);
        expect(coverage.mapStatus).toBe('Red');
        expect(inWords(coverage.flags.at(-1))).toEqual({
            code: 'UNKNOWN_VALUES',
            severity: 'low',
            message:
                '2 member records have no id, or a buying role, influence, support or coverage this version does not know; those values were read as unknown.',
            memberIds: ['m7']
        });
    });
});

const memberArb = fc
    .record({
        Id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
        Contact__c: fc.constantFrom('k1', 'k2', 'k3', 'k4'),
        Buying_Role__c: fc.option(
            fc.constantFrom(
                'Decision Maker',
                'Approver',
                'Evaluator',
                'User',
                'Coach',
                'Gatekeeper',
                'Influencer'
            )
        ),
        Support__c: fc.option(
            fc.constantFrom('Mentor', 'Supporter', 'Neutral', 'Non-Supporter', 'Enemy')
        ),
        Coverage__c: fc.option(fc.constantFrom('No Contact', 'Brief', 'Multiple', 'In Depth')),
        Influence__c: fc.option(fc.constantFrom('High', 'Medium', 'Low'))
    })
    .map((fields) => ({ Buying_Center__c: 'bc1', ...fields }) as BuyingCenterMemberRecord);
const RANK: Record<RelationshipMapStatus, number> = { Red: 0, Amber: 1, Green: 2 };

describe('assessBuyingCenterCoverage: laws', () => {
    it('is red exactly when no one decides or an influential enemy is unaddressed', () => {
        fc.assert(
            fc.property(fc.array(memberArb, { maxLength: 8 }), (members) => {
                const coverage = assessBuyingCenterCoverage(members);
                expect(coverage.mapStatus === 'Red').toBe(
                    !coverage.hasDecisionMaker || coverage.unaddressedOpposition.length > 0
                );
                expect(coverage.mapStatus === 'Green').toBe(
                    coverage.mapStatus !== 'Red' &&
                        coverage.supportiveDecisionMakerEngaged &&
                        coverage.hasCoach
                );
            })
        );
    });

    it('never gets worse when a supportive decider we engage joins', () => {
        fc.assert(
            fc.property(fc.array(memberArb, { maxLength: 8 }), (members) => {
                const before = assessBuyingCenterCoverage(members).mapStatus;
                const after = assessBuyingCenterCoverage([
                    ...members,
                    { ...decider, Id: 'new' }
                ]).mapStatus;
                expect(RANK[after]).toBeGreaterThanOrEqual(RANK[before]);
            })
        );
    });

    it('gives the same answer whatever order the members come in', () => {
        fc.assert(
            fc.property(
                fc
                    .array(memberArb, { maxLength: 8 })
                    .chain((members) =>
                        fc.tuple(
                            fc.constant(members),
                            fc.shuffledSubarray(members, { minLength: members.length })
                        )
                    ),
                ([members, shuffled]) => {
                    expect(
                        assessBuyingCenterCoverage(shuffled, { contactNames: { k1: 'Ana' } })
                    ).toEqual(assessBuyingCenterCoverage(members, { contactNames: { k1: 'Ana' } }));
                }
            )
        );
    });

    it('never throws, whatever it is given', () => {
        fc.assert(
            fc.property(fc.anything(), fc.anything(), (members, options) => {
                const coverage = assessBuyingCenterCoverage(members as never, options as never);
                expect(['Red', 'Amber', 'Green']).toContain(coverage.mapStatus);
            })
        );
    });
});

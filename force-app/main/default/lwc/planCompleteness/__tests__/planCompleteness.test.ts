/** @jest-environment node */
import type { BuyingCenterRecord } from 'c/atlasModel';
import { assessPlanCompleteness } from 'c/planCompleteness';
import type { PlanCompleteness } from 'c/planCompleteness';
import { ACCOUNT, CELLS, CONTACTS, FINANCE, MEMBERS, TREASURY, plan } from './fixtures';

describe('assessPlanCompleteness: the worked example', () => {
    let result: PlanCompleteness;
    beforeAll(() => {
        result = assessPlanCompleteness(plan());
    });

    it('scores each tier and the whole checklist', () => {
        // Required: industry and buying centers (account), then wallet share, sales goal,
        // opportunity status and contacts for each of 2 buying centers: Finance meets all, Treasury
        // none → 6 of 10. Recommended 3 per center → 3 of 6; best practice likewise. Overall 12 of 22.
        expect(result.tiers).toEqual([
            { tier: 'required', met: 6, total: 10, percent: 60 },
            { tier: 'recommended', met: 3, total: 6, percent: 50 },
            { tier: 'bestPractice', met: 3, total: 6, percent: 50 }
        ]);
        expect(result.overall).toBe(55);
        expect(result.checks).toHaveLength(22);
    });

    it('names the record and the field to fill for every missing item', () => {
        expect(result.missing[0]).toEqual({
            tier: 'required',
            code: 'WALLET_SHARE',
            message: 'Treasury: record the wallet size and our share of it.',
            objectApiName: 'Buying_Center__c',
            recordId: 'bc2',
            recordName: 'Treasury',
            field: 'Wallet_Share__c',
            fields: ['Wallet_Share__c'],
            relatedRecordIds: []
        });
        expect(result.missing.map((item) => [item.tier, item.code, item.field])).toEqual([
            ['required', 'WALLET_SHARE', 'Wallet_Share__c'],
            ['required', 'SALES_GOAL', 'Sales_Goal__c'],
            ['required', 'OPPORTUNITY_STATUS', null],
            ['required', 'CONTACTS', null],
            ['recommended', 'KEY_INITIATIVES', 'Key_Initiatives__c'],
            ['recommended', 'RELATIONSHIP_STATUS', 'Relationship_Status__c'],
            ['recommended', 'RELATIONSHIP_MAP', null],
            ['bestPractice', 'GROWTH_TREND', 'Growth_Trend__c'],
            ['bestPractice', 'COMPETITIVE_ENVIRONMENT', 'Competitive_Environment__c'],
            ['bestPractice', 'ENGAGEMENT_HISTORY', 'Last_Engagement_Date__c']
        ]);
        expect(result.missing.every((item) => item.recordId === 'bc2')).toBe(true);
        expect(result.warnings).toEqual([]);
    });

    it('says in words what each met item found', () => {
        expect(
            result.checks
                .filter((c) => c.met)
                .map((c) => c.message)
                .slice(0, 3)
        ).toEqual([
            'The account\u2019s industry is set.',
            'The account\u2019s buying centers are listed.',
            'Finance: the wallet size and our share of it are recorded.'
        ]);
    });

    it('gives the same answer whether the records come one by one or in one object', () => {
        expect(
            assessPlanCompleteness(ACCOUNT, [TREASURY, FINANCE], MEMBERS, CONTACTS, [], CELLS, [])
        ).toEqual(result);
    });
});

describe('assessPlanCompleteness: what counts', () => {
    it('asks for the industry and buying centers first when there are none, and claims nothing done', () => {
        const result = assessPlanCompleteness({
            account: { Id: 'a1', Name: 'New' },
            buyingCenters: [],
            members: []
        });
        expect(result.missing.map((item) => [item.code, item.objectApiName, item.field])).toEqual([
            ['INDUSTRY', 'Account', 'Industry'],
            ['BUYING_CENTERS', 'Account', null]
        ]);
        expect(result.tiers.map((tier) => [tier.total, tier.percent])).toEqual([
            [2, 0],
            [0, 0],
            [0, 0]
        ]);
        expect(result.overall).toBe(0);
    });

    it('counts an opportunity of the buying center as its opportunity status', () => {
        const result = assessPlanCompleteness(
            plan({ opportunities: [{ Id: 'o1', Name: 'Deal', Buying_Center__c: 'bc2' }] })
        );
        expect(result.missing.map((item) => item.code)).not.toContain('OPPORTUNITY_STATUS');
    });

    it('counts only members whose contact is among the account\u2019s contacts, when contacts are given', () => {
        const result = assessPlanCompleteness(plan({ contacts: [] }));
        expect(
            result.missing.filter((item) => item.recordId === 'bc1').map((item) => item.code)
        ).toEqual(['CONTACTS', 'RELATIONSHIP_MAP']);
        expect(result.warnings.map((w) => w.code)).toEqual(['MEMBER_CONTACT_NOT_FOUND']);
        // Without a contact list, the member counts.
        expect(assessPlanCompleteness(plan({ contacts: null })).tiers[0]!.met).toBe(6);
    });

    it('asks for buying roles and support, naming the members that lack them', () => {
        const result = assessPlanCompleteness(
            plan({
                members: [
                    {
                        Id: 'm1',
                        Buying_Center__c: 'bc1',
                        Contact__c: 'c1',
                        Buying_Role__c: 'Coach'
                    },
                    { Id: 'm2', Buying_Center__c: 'bc1', Contact__c: 'c1', Support__c: 'Mentor' }
                ]
            })
        );
        const map = result.missing.find(
            (item) => item.code === 'RELATIONSHIP_MAP' && item.recordId === 'bc1'
        )!;
        expect(map.message).toBe(
            'Finance: give its people buying roles and support to draw the relationship map (2 of 2 lack one or both).'
        );
        expect(map.relatedRecordIds).toEqual(['m1', 'm2']);
    });

    it('accepts a primary competitor as the competitive environment', () => {
        const result = assessPlanCompleteness(
            plan({
                buyingCenters: [
                    { ...FINANCE, Competitive_Environment__c: null, Primary_Competitor__c: 'Rival' }
                ]
            })
        );
        expect(result.missing.map((item) => item.code)).not.toContain('COMPETITIVE_ENVIRONMENT');
    });
});

describe('assessPlanCompleteness: bad input gives warnings, never exceptions', () => {
    it.each<[string, Partial<BuyingCenterRecord>, string, string[]]>([
        [
            'a wallet share above 100',
            { Wallet_Share__c: 140 },
            'Finance: our wallet share is 140%, which is not between 0 and 100: correct it.',
            ['INVALID_VALUE']
        ],
        [
            'a negative wallet size',
            { Wallet_Size__c: -1 },
            'Finance: the wallet size is negative: correct it.',
            ['INVALID_VALUE']
        ],
        [
            'a negative sales goal',
            { Sales_Goal__c: -5 },
            'Finance: the sales goal is negative: correct it.',
            ['INVALID_VALUE']
        ],
        [
            'a wallet share that is not a number',
            { Wallet_Share__c: Number.NaN },
            'Finance: record the wallet size and our share of it.',
            []
        ],
        [
            'an unknown relationship status',
            { Relationship_Status__c: 'Friend' as never },
            'Finance: say how they see us today (relationship status).',
            ['UNKNOWN_VALUE']
        ],
        [
            'an unknown growth trend',
            { Growth_Trend__c: 'Booming' as never },
            'Finance: record its growth trend.',
            ['UNKNOWN_VALUE']
        ],
        [
            'an engagement date that is not a date',
            { Last_Engagement_Date__c: 'last week' },
            'Finance: record when we last engaged it.',
            ['INVALID_VALUE']
        ]
    ])('treats %s as not done, with a warning', (_case, fields, message, codes) => {
        const result = assessPlanCompleteness(plan({ buyingCenters: [{ ...FINANCE, ...fields }] }));
        expect(result.missing.map((item) => item.message)).toEqual([message]);
        expect(result.warnings.map((w) => w.code)).toEqual(codes);
    });

    it.each<[string, () => PlanCompleteness, string[]]>([
        [
            'an account without an Id',
            () => assessPlanCompleteness(plan({ account: {} as never })),
            ['INVALID_ACCOUNT']
        ],
        [
            'a buying center of another account',
            () =>
                assessPlanCompleteness(
                    plan({ buyingCenters: [FINANCE, { ...TREASURY, Account__c: 'a2' }] })
                ),
            ['OTHER_ACCOUNT']
        ],
        [
            'the same buying center twice',
            () => assessPlanCompleteness(plan({ buyingCenters: [FINANCE, FINANCE] })),
            ['DUPLICATE_RECORD']
        ],
        [
            'records that are not buying centers',
            () => assessPlanCompleteness(plan({ buyingCenters: [FINANCE, null, 3] as never })),
            ['INVALID_RECORD']
        ],
        [
            'a member of a buying center not in the plan',
            () =>
                assessPlanCompleteness(
                    plan({
                        buyingCenters: [FINANCE],
                        members: [
                            ...MEMBERS,
                            { Id: 'm9', Buying_Center__c: 'bc9', Contact__c: 'c1' }
                        ]
                    })
                ),
            ['MEMBER_BUYING_CENTER_NOT_FOUND']
        ],
        [
            'a map cell of a buying center not in the plan',
            () =>
                assessPlanCompleteness(
                    plan({
                        buyingCenters: [FINANCE],
                        mapCells: [...CELLS, { ...CELLS[0]!, Id: 'x9', Buying_Center__c: 'bc9' }]
                    })
                ),
            ['CELL_BUYING_CENTER_NOT_FOUND']
        ],
        [
            'an opportunity of a buying center not in the plan',
            () =>
                assessPlanCompleteness(
                    plan({
                        buyingCenters: [FINANCE],
                        opportunities: [{ Id: 'o9', Name: 'x', Buying_Center__c: 'bc9' }]
                    })
                ),
            ['OPPORTUNITY_BUYING_CENTER_NOT_FOUND']
        ],
        [
            'an objective of a buying center not in the plan',
            () =>
                assessPlanCompleteness(
                    plan({
                        buyingCenters: [FINANCE],
                        objectives: [
                            { Id: 'ob1', Name: 'Grow', Account__c: 'a1', Buying_Center__c: 'bc9' }
                        ]
                    })
                ),
            ['OBJECTIVE_BUYING_CENTER_NOT_FOUND']
        ]
    ])('warns about %s', (_case, run, codes) => {
        expect(run().warnings.map((w) => w.code)).toEqual(codes);
    });

    it('survives arguments that are not records at all', () => {
        const result = assessPlanCompleteness(null as never, 'x' as never, 5 as never);
        expect(result.tiers.map((t) => t.percent)).toEqual([0, 0, 0]);
        expect(result.warnings.map((w) => w.code)).toEqual(['INVALID_ACCOUNT']);
    });
});

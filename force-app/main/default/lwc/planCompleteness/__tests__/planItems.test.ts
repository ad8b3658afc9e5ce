/** @jest-environment node */
// The plan tier: objectives per buying center, measurable targets, owners and due dates on
// strategies and actions, nothing overdue; each finding names the record and field to fix.
import type { MarketingActionRecord, MarketingStrategyRecord } from 'c/atlasModel';
import { assessPlanCompleteness, isOverdue } from 'c/planCompleteness';
import { ACCOUNT, CELLS, CONTACTS, FINANCE, MEMBERS, TREASURY } from './fixtures';

const TODAY = '2026-11-22';
/** Treasury as a unit of Finance, so Finance's objective covers it. */
const TREASURY_IN_FINANCE = { ...TREASURY, Parent_Buying_Center__c: FINANCE.Id };
const OBJECTIVE = {
    Id: 'obj1',
    Name: 'Win Finance',
    Account__c: ACCOUNT.Id,
    Buying_Center__c: FINANCE.Id,
    Measure__c: 'Signed contracts',
    Target_Value__c: 2,
    Due_Date__c: '2027-06-30',
    Status__c: 'In Progress' as const
};
const STRATEGY: MarketingStrategyRecord = {
    Id: 'str1',
    Name: 'Executive sponsorship',
    Marketing_Objective__c: 'obj1',
    Owner__c: 'user1',
    Due_Date__c: '2027-03-31',
    Status__c: 'In Progress'
};
const UNOWNED_OVERDUE: MarketingActionRecord = {
    Id: 'act1',
    Name: 'Book the CFO lunch',
    Marketing_Strategy__c: 'str1',
    Owner__c: null,
    Due_Date__c: '2026-11-01',
    Status__c: 'Not Started'
};

function assess(actions: MarketingActionRecord[], today: string | null = TODAY) {
    return assessPlanCompleteness({
        account: ACCOUNT,
        buyingCenters: [FINANCE, TREASURY_IN_FINANCE],
        members: MEMBERS,
        contacts: CONTACTS,
        mapCells: CELLS,
        objectives: [OBJECTIVE],
        strategies: [STRATEGY],
        actions,
        today
    });
}

describe('assessPlanCompleteness: the plan tier', () => {
    it('scores a plan with an unowned overdue action below 100% and says where to fix it', () => {
        const result = assess([UNOWNED_OVERDUE]);
        const plan = result.tiers.find((tier) => tier.tier === 'plan')!;
        expect(plan.percent).toBeLessThan(100);
        expect(
            result.missing
                .filter((item) => item.tier === 'plan')
                .map((item) => [item.code, item.objectApiName, item.recordId, item.fields])
        ).toEqual([
            ['OWNER', 'Marketing_Action__c', 'act1', ['Owner__c']],
            ['NOT_OVERDUE', 'Marketing_Action__c', 'act1', ['Due_Date__c', 'Status__c']]
        ]);
        expect(result.missing.find((item) => item.code === 'OWNER')!.message).toBe(
            'Book the CFO lunch: give it an owner.'
        );
    });

    it('reaches 100% on the plan tier once the action has an owner and is done', () => {
        const done = assess([{ ...UNOWNED_OVERDUE, Owner__c: 'user1', Status__c: 'Completed' }]);
        expect(done.tiers.find((tier) => tier.tier === 'plan')!.percent).toBe(100);
        expect(done.overall).toBeGreaterThan(assess([UNOWNED_OVERDUE]).overall);
    });

    it('asks nothing more of a completed or abandoned item: no owner, no due date', () => {
        const completed = {
            ...UNOWNED_OVERDUE,
            Due_Date__c: null,
            Status__c: 'Completed' as const
        };
        const abandoned = {
            ...STRATEGY,
            Owner__c: null,
            Due_Date__c: null,
            Status__c: 'Abandoned' as const
        };
        const result = assessPlanCompleteness({
            account: ACCOUNT,
            buyingCenters: [FINANCE, TREASURY_IN_FINANCE],
            members: MEMBERS,
            objectives: [{ ...OBJECTIVE, Status__c: 'Achieved', Due_Date__c: null }],
            strategies: [abandoned],
            actions: [completed],
            today: TODAY
        });
        expect(result.missing.filter((item) => item.tier === 'plan')).toEqual([]);
        // Nothing about them is counted either: the plan tier is the objective's target and the
        // two buying centers it covers.
        expect(result.tiers.find((tier) => tier.tier === 'plan')).toMatchObject({
            met: 3,
            total: 3
        });
    });

    it('counts a buying center as covered by an objective on a buying center above it', () => {
        // Treasury hangs under Finance, which the objective aims at; on its own it is not covered.
        const result = assess([]);
        expect(result.missing.filter((item) => item.code === 'OBJECTIVE')).toEqual([]);
        const treasuryApart = assessPlanCompleteness({
            account: ACCOUNT,
            buyingCenters: [FINANCE, TREASURY],
            members: MEMBERS,
            objectives: [OBJECTIVE],
            today: TODAY
        });
        expect(
            treasuryApart.missing
                .filter((item) => item.code === 'OBJECTIVE')
                .map((item) => item.recordId)
                .sort()
        ).toEqual([TREASURY.Id]);
    });

    it('asks for a measure and a target on an objective that has neither', () => {
        const result = assessPlanCompleteness({
            account: ACCOUNT,
            buyingCenters: [FINANCE],
            members: [],
            objectives: [{ ...OBJECTIVE, Measure__c: null, Target_Value__c: null }],
            today: TODAY
        });
        const item = result.missing.find((entry) => entry.code === 'MEASURABLE_TARGET')!;
        expect(item.fields).toEqual(['Measure__c', 'Target_Value__c']);
    });

    it('leaves the plan tier out when no date is given (the helper has no clock)', () => {
        expect(assess([UNOWNED_OVERDUE], null).tiers.map((tier) => tier.tier)).toEqual([
            'required',
            'recommended',
            'bestPractice'
        ]);
    });

    it('never calls a closed item overdue, nor one due today', () => {
        expect(isOverdue('2026-11-01', 'Completed', TODAY)).toBe(false);
        expect(isOverdue('2026-11-01', 'Cancelled', TODAY)).toBe(false);
        expect(isOverdue(TODAY, 'Not Started', TODAY)).toBe(false);
        expect(isOverdue('2026-11-21', 'Not Started', TODAY)).toBe(true);
    });
});

import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { accountPlanFromGraphQL } from 'c/atlasRecords';
import { savePlanItem } from '../accountPlanData';
import accountPlan from '../../accountPlan/__tests__/data/accountPlan.json';

describe('accountPlanData', () => {
    afterEach(() => {
        jest.resetAllMocks();
    });

    it('nests each action under its strategy and each strategy under its objective', () => {
        const plan = accountPlanFromGraphQL(accountPlan);

        expect(plan.account).toEqual({
            Id: '001Dn00000Mgb01AAE',
            Name: 'Meridian Global Bank',
            Industry: 'Banking'
        });
        const retail = plan.objectives.find((objective) => objective.Id === 'a06Dn0000000001AAA')!;
        expect(retail.ownerName).toBe('Jordan Reyes');
        expect(retail.strategies.map((strategy) => strategy.Name)).toEqual([
            'Prove value in mobile banking analytics',
            'Executive briefing programme on customer data'
        ]);
        const briefing = retail.strategies[1]!;
        expect(briefing.actions.map((action) => action.Id)).toEqual([
            'a08Dn0000000001AAA',
            'a08Dn0000000002AAA',
            'a08Dn0000000003AAA'
        ]);
        expect(briefing.actions[0]).toMatchObject({
            opportunityName: 'Meridian - Digital Channels CDP',
            campaignName: 'Customer Data Summit 2026'
        });
        expect(plan.buyingCenters).toHaveLength(7);
        expect(plan.maps.map((map) => map.Name)).toEqual(['Meridian Global Bank FY2027']);
        expect(plan.opportunities).toHaveLength(16);
    });

    it('reads an empty response as an empty plan', () => {
        expect(accountPlanFromGraphQL(undefined)).toEqual({
            account: null,
            objectives: [],
            buyingCenters: [],
            maps: [],
            mapCells: [],
            opportunities: [],
            hiddenFields: []
        });
    });

    it('ties a new item to its parent only when it is created', async () => {
        jest.mocked(createRecord).mockResolvedValue({ id: 'a08N', apiName: '', fields: {} });
        jest.mocked(updateRecord).mockResolvedValue({ id: 'a08U', apiName: '', fields: {} });

        await savePlanItem('action', 'a07Dn0000000003AAA', null, { Name: 'Call Kenji' });
        await savePlanItem('action', 'a07Dn0000000003AAA', 'a08Dn0000000005AAA', {
            Status__c: 'Completed',
            Marketing_Strategy__c: 'a07Dn0000000001AAA'
        });

        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'Marketing_Action__c',
            fields: { Name: 'Call Kenji', Marketing_Strategy__c: 'a07Dn0000000003AAA' }
        });
        expect(updateRecord).toHaveBeenCalledWith({
            fields: { Id: 'a08Dn0000000005AAA', Status__c: 'Completed' }
        });
    });
});

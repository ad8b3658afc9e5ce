/** @jest-environment node */
import type { AccountPlanData } from 'c/atlasData';
import { planPanelView, planPermissions } from '../planPanelView';

const FULL = { canCreate: true, canEdit: true, canDelete: true };
const VIEW_ONLY = { canCreate: false, canEdit: false, canDelete: false };

const emptyPlan: AccountPlanData = {
    account: null,
    objectives: [],
    buyingCenters: [],
    maps: [],
    mapCells: [],
    opportunities: [],
    hiddenFields: []
};
const planWithObjective = {
    ...emptyPlan,
    objectives: [{ Id: 'a06Dn0000000001AAA' }]
} as unknown as AccountPlanData;

describe('planPermissions', () => {
    it('reads create, edit and delete rights per level from the object infos', () => {
        expect(
            planPermissions({
                Marketing_Objective__c: { canCreate: false, canEdit: true, canDelete: false },
                Marketing_Strategy__c: FULL
            })
        ).toEqual({
            canAdd: { objective: false, strategy: true, action: false },
            canEdit: { objective: true, strategy: true, action: false },
            canDelete: { objective: false, strategy: true, action: false }
        });
    });
});

describe('planPanelView', () => {
    const all = {
        Marketing_Objective__c: FULL,
        Marketing_Strategy__c: FULL,
        Marketing_Action__c: FULL
    };

    it('is loading until the plan or an error arrive', () => {
        expect(planPanelView(undefined, undefined, all)).toMatchObject({
            isLoading: true,
            showNewObjective: false,
            hasObjectives: false,
            isEmpty: false,
            isReadOnly: false
        });
        expect(planPanelView(undefined, [{ message: 'boom' }], all).isLoading).toBe(false);
    });

    it('offers a first objective on an empty plan to a user who may add one', () => {
        expect(planPanelView(emptyPlan, undefined, all)).toEqual({
            canAdd: { objective: true, strategy: true, action: true },
            canEdit: { objective: true, strategy: true, action: true },
            canDelete: { objective: true, strategy: true, action: true },
            isLoading: false,
            showNewObjective: true,
            hasObjectives: false,
            isEmpty: true,
            isReadOnly: false
        });
    });

    it('shows the tree read-only to a user who may neither add nor edit objectives', () => {
        expect(
            planPanelView(planWithObjective, undefined, { Marketing_Objective__c: VIEW_ONLY })
        ).toMatchObject({
            showNewObjective: false,
            hasObjectives: true,
            isEmpty: false,
            isReadOnly: true
        });
    });
});

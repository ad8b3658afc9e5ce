/** @jest-environment node */
import { isUnchangedEdit, planEditor, planItemSaveFields, savedMessage } from '../planEditor';

const LABELS = {
    newObjectiveHeading: 'New objective',
    newStrategyHeading: 'New strategy',
    newActionHeading: 'New action',
    editObjective: 'Edit objective',
    editStrategy: 'Edit strategy',
    editAction: 'Edit action'
};
const ACCOUNT_ID = '001Dn00000Mgb01AAE';
const OBJECTIVE_ID = 'a06Dn0000000001AAA';
const STRATEGY_ID = 'a07Dn0000000001AAA';
const objective = {
    Id: OBJECTIVE_ID,
    Name: 'Become the data platform of Retail Banking',
    Status__c: 'In Progress',
    Account__c: ACCOUNT_ID
};

describe('planEditor', () => {
    it('opens a new item Not Started under its parent, with the heading of its level', () => {
        expect(planEditor('strategy', null, OBJECTIVE_ID, {}, LABELS)).toEqual({
            level: 'strategy',
            recordId: null,
            parentId: OBJECTIVE_ID,
            values: { Status__c: 'Not Started' },
            heading: 'New strategy'
        });
        expect(planEditor('objective', null, ACCOUNT_ID, {}, LABELS).heading).toBe('New objective');
        expect(planEditor('action', null, STRATEGY_ID, {}, LABELS).heading).toBe('New action');
    });

    it('opens a new item with the values it was opened for (an objective aimed at a buying center)', () => {
        expect(
            planEditor('objective', null, ACCOUNT_ID, { Buying_Center__c: 'a01X' }, LABELS).values
        ).toEqual({ Status__c: 'Not Started', Buying_Center__c: 'a01X' });
    });

    it('opens an existing item with its own values', () => {
        expect(planEditor('objective', OBJECTIVE_ID, ACCOUNT_ID, objective, LABELS)).toEqual({
            level: 'objective',
            recordId: OBJECTIVE_ID,
            parentId: ACCOUNT_ID,
            values: objective,
            heading: 'Edit objective'
        });
        expect(planEditor('strategy', STRATEGY_ID, OBJECTIVE_ID, {}, LABELS).heading).toBe(
            'Edit strategy'
        );
        expect(planEditor('action', 'a08Dn0000000001AAA', STRATEGY_ID, {}, LABELS).heading).toBe(
            'Edit action'
        );
    });
});

describe('isUnchangedEdit and planItemSaveFields', () => {
    const editing = planEditor('objective', OBJECTIVE_ID, ACCOUNT_ID, objective, LABELS);
    const creating = planEditor('strategy', null, OBJECTIVE_ID, {}, LABELS);
    const values = {
        Name: 'Win Card Services',
        Status__c: 'Not Started',
        Due_Date__c: '2027-06-30'
    };

    it('closes an edit that changed nothing without writing', () => {
        expect(isUnchangedEdit(editing, {})).toBe(true);
        expect(isUnchangedEdit(editing, { Status__c: 'Done' })).toBe(false);
        expect(isUnchangedEdit(creating, {})).toBe(false);
    });

    it('writes only what changed in an edit, and everything for a new item', () => {
        expect(planItemSaveFields(editing, values, { Due_Date__c: '2027-06-30' })).toEqual({
            Due_Date__c: '2027-06-30'
        });
        expect(planItemSaveFields(creating, values, { Name: 'Win Card Services' })).toEqual(values);
    });
});

describe('savedMessage', () => {
    it('names the saved item, or nothing when it has no name', () => {
        expect(savedMessage('"{0}" saved', { Name: 'Win Card Services' })).toBe(
            '"Win Card Services" saved'
        );
        expect(savedMessage('"{0}" saved', {})).toBe('"" saved');
    });
});

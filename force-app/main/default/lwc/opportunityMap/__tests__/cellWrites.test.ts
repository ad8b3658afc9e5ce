/** @jest-environment node */
import { cellSaveFields, cellSaveOf, isUnchangedEdit } from '../cellWrites';
import type { CellSave } from '../cellWrites';
import { selectedCell } from '../cellSelection';
import {
    ANALYTICS,
    CARD_SERVICES,
    CDP,
    FY2027,
    RETAIL_BANKING,
    fy2027,
    meridian,
    potentialCell
} from './mapFixtures';

const ACCOUNT_ID = '001Dn00000Mgb01AAE';
const LABELS = { opportunityDefaultName: '{0} - {1} - {2}' };
const openPotential = selectedCell(
    meridian,
    fy2027,
    { buyingCenterId: RETAIL_BANKING, solutionId: CDP },
    LABELS
);
const openEmpty = selectedCell(
    meridian,
    fy2027,
    { buyingCenterId: CARD_SERVICES, solutionId: ANALYTICS },
    LABELS
);

function save(overrides: Partial<CellSave>): CellSave {
    return {
        accountId: ACCOUNT_ID,
        position: { mapId: FY2027, buyingCenterId: RETAIL_BANKING, solutionId: CDP },
        cell: potentialCell,
        mode: 'edit',
        values: {},
        changed: {},
        ...overrides
    };
}

describe('cellSaveOf', () => {
    it('is the save at the open spot: its position and cell, with what the editor sent', () => {
        const request = {
            values: { Status__c: 'Potential', Potential_Value__c: 950000 },
            changed: { Potential_Value__c: 950000 },
            mode: 'edit' as const
        };
        expect(cellSaveOf(ACCOUNT_ID, openPotential, request)).toEqual({
            accountId: ACCOUNT_ID,
            position: { mapId: FY2027, buyingCenterId: RETAIL_BANKING, solutionId: CDP },
            cell: potentialCell,
            mode: 'edit',
            values: { Status__c: 'Potential', Potential_Value__c: 950000 },
            changed: { Potential_Value__c: 950000 }
        });
    });

    it('is nothing to write while the account or the open spot is unknown', () => {
        const request = { values: {}, changed: {}, mode: 'edit' as const };
        expect(cellSaveOf(undefined, openPotential, request)).toBeNull();
        expect(cellSaveOf(ACCOUNT_ID, null, request)).toBeNull();
    });
});

describe('isUnchangedEdit', () => {
    it('is an edit of an existing cell that changed nothing', () => {
        expect(isUnchangedEdit(save({}))).toBe(true);
    });

    it('is not when something changed, the spot is empty, or the mode is not edit', () => {
        expect(isUnchangedEdit(save({ changed: { Status__c: 'Competitor' } }))).toBe(false);
        expect(isUnchangedEdit(save({ cell: openEmpty.cell }))).toBe(false);
        expect(isUnchangedEdit(save({ mode: 'block' }))).toBe(false);
        expect(isUnchangedEdit(save({ mode: 'opportunity' }))).toBe(false);
    });
});

describe('cellSaveFields', () => {
    it('writes only what changed when editing a cell', () => {
        expect(
            cellSaveFields(
                save({
                    values: {
                        Status__c: 'Competitor',
                        Competitor__c: 'Helix Data',
                        Potential_Value__c: 900000
                    },
                    changed: { Status__c: 'Competitor', Competitor__c: 'Helix Data' }
                })
            )
        ).toEqual({ Status__c: 'Competitor', Competitor__c: 'Helix Data' });
    });

    it('writes everything the form holds when filling an empty spot', () => {
        expect(
            cellSaveFields(
                save({
                    cell: null,
                    values: { Status__c: 'Potential', Potential_Value__c: 300000 },
                    changed: { Potential_Value__c: 300000 }
                })
            )
        ).toEqual({ Status__c: 'Potential', Potential_Value__c: 300000 });
    });

    it('blocks with the reason given, and only that', () => {
        expect(
            cellSaveFields(
                save({
                    mode: 'block',
                    values: {
                        Blocked_Reason__c: 'Group-wide freeze on new vendors',
                        Potential_Value__c: 1
                    }
                })
            )
        ).toEqual({ Status__c: 'Blocked', Blocked_Reason__c: 'Group-wide freeze on new vendors' });
        expect(cellSaveFields(save({ mode: 'block', cell: null, values: {} }))).toEqual({
            Status__c: 'Blocked',
            Blocked_Reason__c: null
        });
    });
});

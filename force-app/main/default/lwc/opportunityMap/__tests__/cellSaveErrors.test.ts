/** @jest-environment node */
import { explainCellSaveError } from '../cellSaveErrors';

const LABELS = {
    cellDuplicate: 'Someone else filled this cell meanwhile. Close the editor to see it.',
    opportunityNotLinked:
        'Opportunity "{0}" was created but not linked to the cell. Save again to link it.'
};

function rejectedWrite(output: unknown): unknown {
    return {
        status: 400,
        statusText: 'Bad Request',
        body: { errorCode: 'INVALID_INPUT', message: 'An error occurred', output }
    };
}

describe('explainCellSaveError', () => {
    it('says in words that someone else created the cell since the map loaded', () => {
        const error = rejectedWrite({
            errors: [
                {
                    errorCode: 'DUPLICATE_VALUE',
                    field: null,
                    message:
                        'duplicate value found: Cell_Key__c duplicates value on record with id: a04Dn0000000077AAA'
                }
            ],
            fieldErrors: {}
        });
        expect(explainCellSaveError(error, null, LABELS)).toEqual({
            errors: rejectedWrite({
                errors: [
                    { errorCode: 'DUPLICATE_VALUE', field: null, message: LABELS.cellDuplicate }
                ],
                fieldErrors: {}
            }),
            fieldErrors: {}
        });
    });

    it('marks the fields the platform names', () => {
        const error = rejectedWrite({
            errors: [],
            fieldErrors: {
                Potential_Value__c: [
                    {
                        errorCode: 'NUMBER_OUTSIDE_VALID_RANGE',
                        field: 'Potential_Value__c',
                        message: 'Value is too large.'
                    }
                ]
            }
        });
        expect(explainCellSaveError(error, null, LABELS)).toEqual({
            errors: error,
            fieldErrors: { Potential_Value__c: 'Value is too large.' }
        });
    });

    it('names first the opportunity that was created but not linked', () => {
        const error = new Error('Network error');
        expect(
            explainCellSaveError(
                error,
                {
                    cellId: 'a04Dn0000000010AAA',
                    opportunityId: '006Dn0000000031AAA',
                    name: 'Meridian - Retail CDP'
                },
                LABELS
            )
        ).toEqual({
            errors: [
                'Opportunity "Meridian - Retail CDP" was created but not linked to the cell. Save again to link it.',
                error
            ],
            fieldErrors: {}
        });
    });
});

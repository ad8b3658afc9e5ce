/** @jest-environment node */
import { fieldErrorsOf, reduceErrors } from 'c/atlasErrors';

// A rejected uiRecordApi.updateRecord, as the platform sends it for a validation rule and a field.
const validationRuleRejection = {
    status: 400,
    statusText: 'Bad Request',
    body: {
        message: 'An error occurred while trying to update the record. Please try again.',
        statusCode: 400,
        errorCode: 'INVALID_FIELD',
        output: {
            errors: [
                {
                    errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                    message: 'A blocked cell needs a reason: say why we cannot sell here.'
                }
            ],
            fieldErrors: {
                Wallet_Share__c: [
                    {
                        errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                        message: 'Wallet share is a percentage between 0 and 100.',
                        field: 'Wallet_Share__c'
                    }
                ]
            }
        }
    }
};

describe('reduceErrors', () => {
    it('names the validation rule and field messages of a rejected record write', () => {
        expect(reduceErrors(validationRuleRejection)).toEqual([
            'A blocked cell needs a reason: say why we cannot sell here.',
            'Wallet share is a percentage between 0 and 100.'
        ]);
    });

    it('falls back to the body message when the output carries no detail', () => {
        expect(
            reduceErrors({ body: { message: 'Insufficient access rights on object id' } })
        ).toEqual(['Insufficient access rights on object id']);
    });

    it('reads the messages of a GraphQL errors array', () => {
        const graphQLErrors = [
            // A misspelt field, as the server reports it. check-metadata-ignore-next-line
            { message: "Field 'Walet_Size__c' is undefined on type 'Buying_Center__c'" },
            { message: 'Cannot query more than 2,000 records' }
        ];
        expect(reduceErrors(graphQLErrors)).toEqual([
            // check-metadata-ignore-next-line
            "Field 'Walet_Size__c' is undefined on type 'Buying_Center__c'",
            'Cannot query more than 2,000 records'
        ]);
    });

    it('reads thrown errors, plain strings and a lost connection, once each', () => {
        expect(
            reduceErrors([new TypeError('Failed to fetch'), 'Failed to fetch', 'Session expired'])
        ).toEqual(['Failed to fetch', 'Session expired']);
    });

    it('gives no message for nothing', () => {
        expect(reduceErrors(undefined)).toEqual([]);
        expect(reduceErrors(null)).toEqual([]);
        expect(reduceErrors([])).toEqual([]);
    });
});

describe('fieldErrorsOf', () => {
    it('maps each rejected field to its message so the form can show it beside the field', () => {
        expect(fieldErrorsOf(validationRuleRejection)).toEqual({
            Wallet_Share__c: 'Wallet share is a percentage between 0 and 100.'
        });
    });

    it('is empty for errors that are not about fields', () => {
        expect(fieldErrorsOf(new Error('Failed to fetch'))).toEqual({});
        expect(fieldErrorsOf(undefined)).toEqual({});
    });
});

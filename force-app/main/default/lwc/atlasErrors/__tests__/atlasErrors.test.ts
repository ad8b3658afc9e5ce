/** @jest-environment node */
import {
    explainDuplicateKeys,
    explainFieldErrors,
    fieldErrorsOf,
    reduceErrors
} from 'c/atlasErrors';

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

// The UI API's words for a value a field cannot hold (local org and platform alike).
function fieldRejection(field: string, errorCode: string, message: string) {
    return {
        status: 400,
        statusText: 'Bad Request',
        body: {
            message: 'An error occurred while trying to update the record. Please try again.',
            errorCode: 'INVALID_INPUT',
            output: { errors: [], fieldErrors: { [field]: [{ errorCode, field, message }] } }
        }
    };
}

describe('explainFieldErrors', () => {
    it("says what to do about a value the field cannot hold, keeping the server's words as detail", () => {
        const huge = fieldRejection(
            'Sales_Goal__c',
            'NUMBER_OUTSIDE_VALID_RANGE',
            'Sales goal: value outside of valid range on numeric field: 1e+21'
        );
        expect(explainFieldErrors(huge)).toEqual({
            Sales_Goal__c: {
                message: 'c.Atlas_Error_Field_Too_Large',
                detail: 'Sales goal: value outside of valid range on numeric field: 1e+21'
            }
        });
        const long = fieldRejection(
            'Key_Initiatives__c',
            'STRING_TOO_LONG',
            'Key initiatives: data value too large: 40000 characters (max length=32768)'
        );
        expect(explainFieldErrors(long).Key_Initiatives__c?.message).toBe(
            'c.Atlas_Error_Field_Too_Long'
        );
        const odd = fieldRejection('Amount', 'SOMETHING_NEW', 'An unexpected refusal');
        expect(explainFieldErrors(odd)).toEqual({
            Amount: { message: 'c.Atlas_Error_Field_Other', detail: 'An unexpected refusal' }
        });
    });

    it("shows a validation rule's message and a reworded duplicate as they are", () => {
        expect(explainFieldErrors(validationRuleRejection)).toEqual({
            Wallet_Share__c: { message: 'Wallet share is a percentage between 0 and 100.' }
        });
        const explained = explainDuplicateKeys(
            duplicateKeyRejection('Member_Key__c', 'a02Dn0000000001AAA'),
            [{ keyField: 'Member_Key__c', message: ALREADY_MEMBER, field: 'Contact__c' }]
        );
        expect(explainFieldErrors(explained)).toEqual({
            Contact__c: { message: ALREADY_MEMBER }
        });
    });

    it('is empty for errors that are not about fields', () => {
        expect(explainFieldErrors(new Error('Failed to fetch'))).toEqual({});
    });
});

// A rejected createRecord when the before-save flow's key collides with an existing record's.
function duplicateKeyRejection(keyField: string, recordId: string) {
    return {
        status: 400,
        statusText: 'Bad Request',
        body: {
            message: 'An error occurred while trying to update the record. Please try again.',
            errorCode: 'INVALID_INPUT',
            output: {
                errors: [
                    {
                        constituentField: null,
                        duplicateRecordError: null,
                        errorCode: 'DUPLICATE_VALUE',
                        field: null,
                        fieldLabel: null,
                        message: `duplicate value found: ${keyField} duplicates value on record with id: ${recordId}`
                    }
                ],
                fieldErrors: {}
            }
        }
    };
}

const ALREADY_MEMBER = 'This contact is already a member of this buying center.';

describe('explainDuplicateKeys', () => {
    it('puts the sentence beside the field that makes the key, instead of the key and an id', () => {
        const rejection = duplicateKeyRejection('Member_Key__c', 'a02Dn0000000005AAA');
        const explained = explainDuplicateKeys(rejection, [
            { keyField: 'Member_Key__c', message: ALREADY_MEMBER, field: 'Contact__c' }
        ]);

        expect(reduceErrors(explained)).toEqual([ALREADY_MEMBER]);
        expect(fieldErrorsOf(explained)).toEqual({ Contact__c: ALREADY_MEMBER });
        // The original stays as the platform sent it.
        expect(rejection.body.output.errors[0]!.errorCode).toBe('DUPLICATE_VALUE');
        expect(reduceErrors(rejection)).toEqual([
            'duplicate value found: Member_Key__c duplicates value on record with id: a02Dn0000000005AAA'
        ]);
    });

    it('says it at page level when no field is named, and knows a namespaced key', () => {
        const explained = explainDuplicateKeys(
            // A namespace prefix on purpose: the package installed in a namespaced org.
            // check-metadata-ignore-next-line
            duplicateKeyRejection('atlas__Cell_Key__c', 'a05Dn0000000001AAA'),
            [{ keyField: 'Cell_Key__c', message: 'This cell already exists.' }]
        );

        expect(reduceErrors(explained)).toEqual(['This cell already exists.']);
        expect(fieldErrorsOf(explained)).toEqual({});
    });

    it('keeps the other errors of the same save beside the explained one', () => {
        const rejection = duplicateKeyRejection('Member_Key__c', 'a02Dn0000000005AAA');
        const mixed = {
            ...rejection,
            body: {
                ...rejection.body,
                output: {
                    errors: [
                        ...rejection.body.output.errors,
                        { errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Pick a role.' }
                    ],
                    fieldErrors: validationRuleRejection.body.output.fieldErrors
                }
            }
        };

        const explained = explainDuplicateKeys(mixed, [
            { keyField: 'Member_Key__c', message: ALREADY_MEMBER, field: 'Contact__c' }
        ]);
        expect(reduceErrors(explained)).toEqual([
            'Pick a role.',
            'Wallet share is a percentage between 0 and 100.',
            ALREADY_MEMBER
        ]);
        expect(fieldErrorsOf(explained)).toEqual({
            Wallet_Share__c: 'Wallet share is a percentage between 0 and 100.',
            Contact__c: ALREADY_MEMBER
        });
    });

    it('leaves other errors, other keys and non-record errors as they are', () => {
        const explanations = [{ keyField: 'Member_Key__c', message: ALREADY_MEMBER }];
        const otherKey = duplicateKeyRejection('Evidence_Key__c', 'a07Dn0000000001AAA');
        const lostConnection = new TypeError('Failed to fetch');

        expect(explainDuplicateKeys(validationRuleRejection, explanations)).toBe(
            validationRuleRejection
        );
        expect(explainDuplicateKeys(otherKey, explanations)).toBe(otherKey);
        expect(explainDuplicateKeys(lostConnection, explanations)).toBe(lostConnection);
        expect(explainDuplicateKeys(undefined, explanations)).toBeUndefined();
    });
});

/** @jest-environment node */
import { fieldValuesOf, missingRequired, toFieldValue } from '../formFields';
import type { FormFieldDefinition } from '../formFields';

const fields: FormFieldDefinition[] = [
    { name: 'Name', label: 'Buying center name', type: 'text', required: true },
    { name: 'Wallet_Size__c', label: 'Wallet size', type: 'currency' },
    { name: 'Wallet_Share__c', label: 'Our share', type: 'percent' },
    { name: 'Growth_Trend__c', label: 'Growth trend', type: 'picklist' },
    { name: 'Last_Engagement_Date__c', label: 'Last engagement', type: 'date' }
];

describe('formFields', () => {
    it('sends numbers as numbers and every blank as null', () => {
        expect(
            fieldValuesOf(fields, {
                Name: 'Treasury',
                Wallet_Size__c: '2500000',
                Wallet_Share__c: '',
                Growth_Trend__c: '',
                Last_Engagement_Date__c: '2026-11-12'
            })
        ).toEqual({
            Name: 'Treasury',
            Wallet_Size__c: 2500000,
            Wallet_Share__c: null,
            Growth_Trend__c: null,
            Last_Engagement_Date__c: '2026-11-12'
        });
    });

    it('keeps a zero, which is a value, apart from a blank', () => {
        expect(toFieldValue('percent', '0')).toBe(0);
        expect(toFieldValue('percent', 0)).toBe(0);
        expect(toFieldValue('text', '   ')).toBeNull();
        expect(toFieldValue('currency', 'not a number')).toBeNull();
    });

    it('names the required fields left blank', () => {
        expect(missingRequired(fields, fieldValuesOf(fields, { Wallet_Size__c: '1' }))).toEqual([
            'Name'
        ]);
        expect(missingRequired(fields, fieldValuesOf(fields, { Name: 'Treasury' }))).toEqual([]);
    });
});

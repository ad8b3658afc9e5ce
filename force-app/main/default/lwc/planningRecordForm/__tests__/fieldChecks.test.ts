// Input is checked where it is typed: lengths and ranges come from the fields' metadata (object
// info), and possible-but-unlikely dates are warned about.
import { FAR_YEARS, dateWarnings, largestNumber, withFieldLimits } from '../fieldChecks';
import type { FormFieldDefinition } from '../formFields';

const FIELDS: FormFieldDefinition[] = [
    { name: 'Name', label: 'Name', type: 'text', required: true },
    { name: 'Key_Initiatives__c', label: 'Key initiatives', type: 'textarea' },
    { name: 'Sales_Goal__c', label: 'Sales goal', type: 'currency', min: 0 },
    { name: 'Wallet_Share__c', label: 'Share', type: 'percent', min: 0, max: 100 },
    {
        name: 'Last_Engagement_Date__c',
        label: 'Last engagement',
        type: 'date',
        expectedDate: 'past'
    },
    { name: 'CloseDate', label: 'Close date', type: 'date', expectedDate: 'future' },
    { name: 'Renewal_Date__c', label: 'Renewal', type: 'date' }
];

// As the UI API's object info describes Buying_Center__c's fields (local org and platform alike).
const OBJECT_INFO_FIELDS = {
    Name: { dataType: 'String', length: 80 },
    Key_Initiatives__c: { dataType: 'TextArea', length: 32768 },
    Sales_Goal__c: { dataType: 'Currency', precision: 16, scale: 2 },
    Wallet_Share__c: { dataType: 'Percent', precision: 5, scale: 2 }
};

describe('withFieldLimits', () => {
    it('takes text lengths from the object info', () => {
        const limited = withFieldLimits(FIELDS, OBJECT_INFO_FIELDS);
        expect(limited.find((field) => field.name === 'Name')?.maxLength).toBe(80);
        expect(limited.find((field) => field.name === 'Key_Initiatives__c')?.maxLength).toBe(32768);
    });

    it('takes the largest number a field stores from its precision and scale, keeping a narrower range', () => {
        const limited = withFieldLimits(FIELDS, OBJECT_INFO_FIELDS);
        const goal = limited.find((field) => field.name === 'Sales_Goal__c');
        expect(goal).toMatchObject({ min: 0, max: 99999999999999.99 });
        const share = limited.find((field) => field.name === 'Wallet_Share__c');
        expect(share).toMatchObject({ min: 0, max: 100 });
    });

    it('leaves the fields as defined while the object info is unknown', () => {
        expect(withFieldLimits(FIELDS, undefined)).toEqual(FIELDS);
    });

    it('computes the largest stored number for common sizes', () => {
        expect(largestNumber(18, 0)).toBe(999999999999999999);
        expect(largestNumber(5, 2)).toBe(999.99);
        expect(largestNumber(3, 0)).toBe(999);
    });
});

describe('dateWarnings', () => {
    const TODAY = '2026-12-07';

    it('warns of a date that should have passed but lies ahead, and the reverse', () => {
        expect(
            dateWarnings(
                FIELDS,
                { Last_Engagement_Date__c: '2029-03-01', CloseDate: '2026-01-15' },
                TODAY
            )
        ).toEqual({ Last_Engagement_Date__c: 'future', CloseDate: 'past' });
    });

    it(`warns of any date more than ${FAR_YEARS} years away, and of nothing plausible`, () => {
        expect(
            dateWarnings(
                FIELDS,
                {
                    Renewal_Date__c: '2062-06-30',
                    Last_Engagement_Date__c: '2026-11-20',
                    CloseDate: '2027-03-31'
                },
                TODAY
            )
        ).toEqual({ Renewal_Date__c: 'far' });
        expect(dateWarnings(FIELDS, { Renewal_Date__c: '2036-12-07' }, TODAY)).toEqual({});
        expect(dateWarnings(FIELDS, { Renewal_Date__c: '2036-12-08' }, TODAY)).toEqual({
            Renewal_Date__c: 'far'
        });
    });

    it('says nothing of blank dates or other fields', () => {
        expect(
            dateWarnings(FIELDS, { Last_Engagement_Date__c: '', Name: '2099-01-01' }, TODAY)
        ).toEqual({});
    });
});

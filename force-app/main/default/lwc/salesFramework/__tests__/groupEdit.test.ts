/** @jest-environment node */
// What sales ops type into a framework group: an empty label, a negative, non-numeric or absurd
// weight and a fractional order are refused with the field they belong to; good values come back
// as the record takes them.
import { join } from 'node:path';
import fc from 'fast-check';
import { GROUP_FIELD_SIZES, MAX_GROUP_WEIGHT, groupFieldsOf, groupWeight } from 'c/salesFramework';
import { loadSchema } from '../../../../../../schema/schema';

const draft = { Name: 'Identify Pain', Order__c: '5', Weight__c: '2', Question__c: 'Why now?' };
const codes = (values: Partial<typeof draft>) =>
    groupFieldsOf({ ...draft, ...values }).problems.map((p) => `${p.field} ${p.code}`);

describe('editing a framework group', () => {
    it('takes good values as the record stores them', () => {
        expect(groupFieldsOf({ ...draft, Weight__c: ' 1.25 ', Question__c: '  ' })).toEqual({
            fields: { Name: 'Identify Pain', Order__c: 5, Weight__c: 1.3, Question__c: null },
            problems: []
        });
        expect(codes({ Weight__c: '0' })).toEqual([]);
        expect(codes({ Weight__c: String(MAX_GROUP_WEIGHT) })).toEqual([]);
        expect(codes({ Order__c: '' })).toEqual([]);
    });

    it.each([
        [{ Name: '   ' }, 'Name LABEL_EMPTY'],
        [{ Name: 'x'.repeat(81) }, 'Name LABEL_LONG'],
        [{ Weight__c: '' }, 'Weight__c WEIGHT_NOT_NUMBER'],
        [{ Weight__c: 'two' }, 'Weight__c WEIGHT_NOT_NUMBER'],
        [{ Weight__c: '-1' }, 'Weight__c WEIGHT_NEGATIVE'],
        [{ Weight__c: String(MAX_GROUP_WEIGHT + 0.5) }, 'Weight__c WEIGHT_TOO_HIGH'],
        [{ Weight__c: '1e9' }, 'Weight__c WEIGHT_TOO_HIGH'],
        [{ Order__c: '1.5' }, 'Order__c ORDER_NOT_WHOLE'],
        [{ Order__c: '-2' }, 'Order__c ORDER_NOT_WHOLE'],
        [{ Question__c: 'q'.repeat(256) }, 'Question__c QUESTION_LONG']
    ])('refuses %j', (values, expected) => {
        expect(codes(values)).toEqual([expected]);
    });
});

describe('the group edit and the metadata and scoring it follows', () => {
    it('knows the sizes Framework_Group__c’s field metadata declares', () => {
        const schema = loadSchema(join(__dirname, '..', '..', '..', '..', '..', '..'));
        for (const [name, size] of Object.entries(GROUP_FIELD_SIZES)) {
            const field = schema.field('Framework_Group__c', name);
            expect({ name, ...size }).toEqual({
                name,
                ...('length' in size
                    ? { length: field?.length }
                    : { precision: field?.precision, scale: field?.scale })
            });
        }
    });

    it('refuses exactly the weights the score would not count as typed', () => {
        fc.assert(
            fc.property(fc.integer({ min: -200, max: 10 * MAX_GROUP_WEIGHT }), (tenths) => {
                const { fields, problems } = groupFieldsOf({
                    ...draft,
                    Weight__c: String(tenths / 10)
                });
                const refused = problems.some((problem) => problem.field === 'Weight__c');
                expect(refused).toBe(groupWeight(fields.Weight__c) !== fields.Weight__c);
            })
        );
    });
});

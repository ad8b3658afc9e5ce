// Condition builders shared by SOQL and GraphQL: a comparison of a date or date-time field with a
// date range (a date literal) expands into plain comparisons on the range's bounds.
import { invalidField } from '../errors';
import { kindOf } from '../values';
import type { DayRange } from './dateLiterals';
import type { CompareOp, Condition, FieldRef } from './plan';

export function dateRangeCondition(ref: FieldRef, op: CompareOp, range: DayRange): Condition {
    const kind = kindOf(ref.field);
    if (kind !== 'date' && kind !== 'datetime') {
        throw invalidField(
            `value of filter criterion for field '${ref.field.name}' must not be a date literal: ${ref.field.name} is not a date`
        );
    }
    const bound = (date: string): string => (kind === 'date' ? date : `${date}T00:00:00.000Z`);
    const lower = bound(range.start);
    const upper = bound(range.end);
    const within: Condition = {
        kind: 'and',
        items: [
            { kind: 'compare', ref, op: '>=', value: lower },
            { kind: 'compare', ref, op: '<', value: upper }
        ]
    };
    switch (op) {
        case '=':
            return within;
        case '!=':
            return { kind: 'not', item: within };
        case '<':
            return { kind: 'compare', ref, op: '<', value: lower };
        case '<=':
            return { kind: 'compare', ref, op: '<', value: upper };
        case '>':
            return { kind: 'compare', ref, op: '>=', value: upper };
        case '>=':
            return { kind: 'compare', ref, op: '>=', value: lower };
    }
}

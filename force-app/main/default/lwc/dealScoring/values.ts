// Reading untrusted values: records come from an org, a file or a test, and bad data happens.

export { compareText, isFiniteNumber, isRecord, text } from 'c/atlasValues';

/**
 * Blank, in each form a record can carry it: null (GraphQL, Bulk CSV read as typed), absent (a field
 * not queried) or the empty string (a CSV cell, a form). The scoring core reads all three alike.
 */
export function isBlank(value: unknown): value is null | undefined | '' {
    return value === null || value === undefined || value === '';
}

/**
 * The one place blanks are normalised: the record with every empty-string field read as null (a
 * copy, made only when there is one), so that null, '' and absent give the same score. Code past
 * this point treats null and undefined alike.
 */
export function blanksAsNull(record: Record<string, unknown>): Record<string, unknown> {
    let copy: Record<string, unknown> | null = null;
    for (const key in record) {
        if (record[key] === '') {
            copy ??= { ...record };
            copy[key] = null;
        }
    }
    return copy ?? record;
}

// Small, total helpers: a locale-free order, safe reads of records that may be anything, and
// what counts as a filled field.
import type { PlanWarning } from './types';
import * as say from './messages';
import { uniqueRecords as uniqueById } from 'c/atlasValues';

export { compareText, describe, isRecord, nonEmptyText as text } from 'c/atlasValues';

/** The records of a list, one per Id (c/atlasValues' rule), with this module's warnings. */
export function uniqueRecords<T extends { Id: string }>(
    list: unknown,
    kind: string,
    warnings: PlanWarning[]
): T[] {
    return uniqueById<T>(list, kind, warnings, say);
}

/** Filled: not null, not blank text, not NaN. */
export function filled(value: unknown): boolean {
    return (
        value !== null &&
        value !== undefined &&
        !(typeof value === 'string' && value.trim() === '') &&
        !(typeof value === 'number' && Number.isNaN(value))
    );
}

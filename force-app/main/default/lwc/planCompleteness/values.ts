// Small, total helpers: a locale-free order, safe reads of records that may be anything, and
// what counts as a filled field.
import type { PlanWarning } from './types';
import * as say from './messages';

/** Orders strings by code point: the same on every machine, unlike localeCompare. */
export function compareText(a: string, b: string): number {
    if (a === b) {
        return 0;
    }
    return a < b ? -1 : 1;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function text(value: unknown): string | null {
    return typeof value === 'string' && value !== '' ? value : null;
}

/** A value as a short text for a message, whatever it is. */
export function describe(value: unknown): string {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : typeof value;
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

/**
 * The records of a list that have an Id, one per Id. When two share an Id, the one whose fields
 * read first is kept, so the choice never depends on the order of the list.
 */
export function uniqueRecords<T extends { Id: string }>(
    list: unknown,
    kind: string,
    warnings: PlanWarning[]
): T[] {
    const signature = (record: Record<string, unknown>) =>
        Object.keys(record)
            .sort(compareText)
            .map((field) => `${field}=${describe(record[field])}`)
            .join('|');
    const byId = new Map<string, { record: T; signature: string }>();
    const duplicates = new Set<string>();
    let invalid = 0;
    for (const record of Array.isArray(list) ? list : []) {
        const id = isRecord(record) ? text(record.Id) : null;
        if (!isRecord(record) || !id) {
            invalid += 1;
            continue;
        }
        const entry = { record: record as T, signature: signature(record) };
        const previous = byId.get(id);
        if (previous) {
            duplicates.add(id);
        }
        if (!previous || entry.signature < previous.signature) {
            byId.set(id, entry);
        }
    }
    if (invalid > 0) {
        warnings.push({ code: 'INVALID_RECORD', message: say.invalidRecords(invalid, kind) });
    }
    for (const id of [...duplicates].sort(compareText)) {
        warnings.push({
            code: 'DUPLICATE_RECORD',
            message: say.duplicateRecord(kind, id),
            recordId: id
        });
    }
    return [...byId.values()].map((entry) => entry.record).sort((a, b) => compareText(a.Id, b.Id));
}

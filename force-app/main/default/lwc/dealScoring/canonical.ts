// Reads a list of records and puts it in one canonical order with one record per id, so the result
// never depends on the order the records came in, even when two records share an id: of records
// with the same id, the one whose content sorts first (every field, by name, blanks left out) is kept.
import type { DealWarning } from './types';
import { blanksAsNull, compareText, isBlank, isRecord, text } from './values';
import { duplicateRecord, missingId, notAList, notARecord } from './warningMessages';
import type { InputList, RecordKind } from './warningMessages';

export interface Identified {
    Id: string;
}

/**
 * The records of a list, in a new array — with a usable id (non-blank text) unless `what` is null;
 * anything else is skipped with a warning. Not a list reads as empty (silently when the list is
 * optional and absent).
 */
export function identifiedRecords(
    value: unknown,
    list: InputList,
    what: RecordKind | null,
    warnings: DealWarning[],
    optional = false
): Record<string, unknown>[] {
    if (!Array.isArray(value)) {
        if (!(optional && (value === undefined || value === null))) {
            warnings.push({ code: 'NOT_A_LIST', message: notAList(list, value) });
        }
        return [];
    }
    const records: Record<string, unknown>[] = [];
    for (const given of value as unknown[]) {
        const item = isRecord(given) ? blanksAsNull(given) : given;
        if (!isRecord(item)) {
            warnings.push({ code: 'NOT_A_RECORD', message: notARecord(list, item) });
        } else if (what !== null && !text(item.Id)) {
            warnings.push({ code: 'MISSING_ID', message: missingId(what, item.Id) });
        } else {
            records.push(item);
        }
    }
    return records;
}

/** Every non-blank field of the record, by name: two records with the same content have one key. */
function contentKey(record: object): string {
    const values = record as Record<string, unknown>;
    return Object.keys(values)
        .filter((field) => !isBlank(values[field]))
        .sort(compareText)
        .map((field) => `${field}\u0001${keyText(values[field])}`)
        .join('\u0000');
}

/** A field's value as key text; any value, never calling its own methods. */
function keyText(value: unknown): string {
    if (typeof value === 'object' && value !== null) {
        try {
            return JSON.stringify(value) ?? '';
        } catch {
            return '[unreadable]';
        }
    }
    return `${typeof value}:${String(value)}`;
}

/** Whether every id is above the one before it (code-point order, as compareText orders). */
function inIdOrder(records: readonly Identified[]): boolean {
    for (let i = 1; i < records.length; i++) {
        if (!((records[i - 1] as Identified).Id < (records[i] as Identified).Id)) {
            return false;
        }
    }
    return true;
}

/**
 * Sorts `records` by id (in place) and keeps one record per id: two records with the same id are
 * told apart by their whole content, and the first in that order is kept, with a warning.
 */
export function canonical<T extends Identified>(
    records: T[],
    what: RecordKind,
    warnings: DealWarning[]
): T[] {
    // Records usually arrive in id order with one per id (a query ordered by id, a list written in
    // order): one pass proves it, and then neither the sort nor the duplicate scan is needed.
    if (inIdOrder(records)) {
        return records;
    }
    records.sort((a, b) => compareText(a.Id, b.Id) || compareText(contentKey(a), contentKey(b)));
    let duplicates = false;
    for (let i = 1; i < records.length; i++) {
        duplicates ||= records[i]?.Id === records[i - 1]?.Id;
    }
    if (!duplicates) {
        return records;
    }
    return records.filter((record, i) => {
        if (i === 0 || records[i - 1]?.Id !== record.Id) {
            return true;
        }
        warnings.push({
            code: 'DUPLICATE_RECORD',
            message: duplicateRecord(what, record.Id),
            recordId: record.Id
        });
        return false;
    });
}

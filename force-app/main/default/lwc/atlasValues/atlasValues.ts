// Small, total helpers every helper module shares: safe reads of values that may be anything (records
// come from an org, a file or a test, and bad data happens), a locale-free order, and the one rule
// for a list of records that may repeat an Id. No platform imports: panels, the command line and the
// local preview run the same code.

/** A plain object (not null, not a list): what a record or a parsed JSON object is. */
export function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value when it is text (the empty string included), else null. */
export function text(value: unknown): string | null {
    return typeof value === 'string' ? value : null;
}

/** The value when it is text with at least one character, else null. */
export function nonEmptyText(value: unknown): string | null {
    return typeof value === 'string' && value !== '' ? value : null;
}

export function isFiniteNumber(value: unknown): value is number {
    return typeof value === 'number' && Number.isFinite(value);
}

/** Orders strings by code point: the same on every machine and fast in bulk, unlike localeCompare. */
export function compareText(a: string, b: string): number {
    if (a === b) {
        return 0;
    }
    return a < b ? -1 : 1;
}

/** A value as a short text for a message, whatever it is. */
export function describe(value: unknown): string {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : typeof value;
}

/** What a helper module says about a list that is not one record per Id. */
export interface RecordListMessages {
    invalidRecords(count: number, kind: string): string;
    duplicateRecord(kind: string, id: string): string;
}

/** The warnings uniqueRecords adds; each module's warning type includes these two codes. */
export type RecordListWarning =
    | { code: 'INVALID_RECORD'; message: string }
    | { code: 'DUPLICATE_RECORD'; message: string; recordId: string };

/**
 * The records of a list that have an Id, one per Id, ordered by Id. When two share an Id, the one
 * whose fields read first is kept, so the choice never depends on the order of the list. Adds one
 * warning for the entries that are not records with an Id and one per repeated Id.
 */
export function uniqueRecords<T extends { Id: string }>(
    list: unknown,
    kind: string,
    warnings: { push(warning: RecordListWarning): unknown },
    say: RecordListMessages
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
        const id = isRecord(record) ? nonEmptyText(record.Id) : null;
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

/**
 * Items grouped by a key, each group in the items' order: one pass, so that a reader of many
 * parents' children (buying centers' cells, deals' evidence) reads its own group rather than
 * scanning the whole list per parent.
 */
export function groupedBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
    const groups = new Map<K, T[]>();
    for (const item of items) {
        const key = keyOf(item);
        const group = groups.get(key);
        if (group) {
            group.push(item);
        } else {
            groups.set(key, [item]);
        }
    }
    return groups;
}

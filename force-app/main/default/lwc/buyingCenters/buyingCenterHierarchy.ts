// Puts an account's buying centers in tree order (each under its parent, siblings by name) with
// their depth, and finds a center's descendants so a form never offers a loop as a parent.
import type { BuyingCenterRecord, RecordId } from 'c/atlasModel';

export interface HierarchyEntry<T> {
    record: T;
    level: number;
}

/**
 * Depth-first tree order, level 1 at the top. A parent that is missing (not shared with the user,
 * or on another account) or a loop in bad data puts the center at the top rather than hiding it.
 */
export function inTreeOrder<T extends BuyingCenterRecord>(
    records: readonly T[]
): HierarchyEntry<T>[] {
    const byId = new Map(records.map((record) => [record.Id, record]));
    const children = new Map<RecordId | null, T[]>();
    for (const record of records) {
        const parentId = record.Parent_Buying_Center__c ?? null;
        const key =
            parentId !== null && byId.has(parentId) && parentId !== record.Id ? parentId : null;
        children.set(key, [...(children.get(key) ?? []), record]);
    }
    const ordered: HierarchyEntry<T>[] = [];
    const placed = new Set<RecordId>();
    const visit = (parentId: RecordId | null, level: number): void => {
        const siblings = [...(children.get(parentId) ?? [])].sort((a, b) =>
            a.Name.localeCompare(b.Name)
        );
        for (const record of siblings) {
            if (placed.has(record.Id)) {
                continue;
            }
            placed.add(record.Id);
            ordered.push({ record, level });
            visit(record.Id, level + 1);
        }
    };
    visit(null, 1);
    // Centers caught in a parent loop never hang from the top: show them at the top level.
    for (const record of records) {
        if (!placed.has(record.Id)) {
            placed.add(record.Id);
            ordered.push({ record, level: 1 });
            visit(record.Id, 2);
        }
    }
    return ordered;
}

/** The ids of every center below the given one. */
export function descendantIds(records: readonly BuyingCenterRecord[], id: RecordId): Set<RecordId> {
    const found = new Set<RecordId>();
    let frontier = [id];
    while (frontier.length > 0) {
        const next: RecordId[] = [];
        for (const record of records) {
            const parentId = record.Parent_Buying_Center__c;
            if (
                parentId &&
                frontier.includes(parentId) &&
                !found.has(record.Id) &&
                record.Id !== id
            ) {
                found.add(record.Id);
                next.push(record.Id);
            }
        }
        frontier = next;
    }
    return found;
}

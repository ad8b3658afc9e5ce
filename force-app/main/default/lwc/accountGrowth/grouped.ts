// Records grouped once by a key, so that each buying center reads its own cells, deals and members
// instead of scanning the account's (50 centers × 1,000 cells on a large account, issue #18).

/** Items grouped by a key, each group in the items' order. */
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

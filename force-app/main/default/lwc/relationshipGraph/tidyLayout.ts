// A tidy layered layout of a forest: leaves take consecutive slots from left to right, each
// manager is centred over its first and last report, trees sit side by side. Every subtree owns
// a contiguous run of slots, so two boxes on one layer are at least a slot apart: no overlaps.
// Linear in the number of people, and without recursion (deep chains cannot overflow the stack).

export interface Placement {
    /** Horizontal centre, in slots (0.5 is the middle of the first slot). */
    centre: number;
    layer: number;
}

export interface ForestPlacement {
    placements: Map<string, Placement>;
    slots: number;
    layers: number;
}

export function placeForest(
    roots: readonly string[],
    reportsOf: ReadonlyMap<string, readonly string[]>
): ForestPlacement {
    // Pre-order (manager before reports, reports left to right) with each person's layer.
    const preOrder: { id: string; layer: number }[] = [];
    const stack: { id: string; layer: number }[] = [...roots]
        .reverse()
        .map((id) => ({ id, layer: 0 }));
    for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
        preOrder.push(entry);
        const reports = reportsOf.get(entry.id) ?? [];
        for (let i = reports.length - 1; i >= 0; i--) {
            const report = reports[i];
            if (report !== undefined) {
                stack.push({ id: report, layer: entry.layer + 1 });
            }
        }
    }
    const placements = new Map<string, Placement>();
    let slots = 0;
    let layers = 0;
    for (const { id, layer } of preOrder) {
        layers = Math.max(layers, layer + 1);
        if ((reportsOf.get(id) ?? []).length === 0) {
            placements.set(id, { centre: slots + 0.5, layer });
            slots += 1;
        }
    }
    // Managers after their reports: walk the pre-order backwards.
    for (let i = preOrder.length - 1; i >= 0; i--) {
        const entry = preOrder[i];
        const reports = entry ? (reportsOf.get(entry.id) ?? []) : [];
        if (!entry || reports.length === 0) {
            continue;
        }
        const first = placements.get(reports[0] ?? '')?.centre ?? 0;
        const last = placements.get(reports[reports.length - 1] ?? '')?.centre ?? first;
        placements.set(entry.id, { centre: (first + last) / 2, layer: entry.layer });
    }
    return { placements, slots, layers };
}

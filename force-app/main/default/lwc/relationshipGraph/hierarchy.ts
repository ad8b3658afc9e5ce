// The reporting forest among the people shown: who reports to whom (Contact.ReportsToId), with a
// manager missing from the map making a root, and each loop of reporting lines cut once.
import type { RelationshipWarning } from './types';
import type { Person } from './people';
import * as say from './messages';
import { compareText } from './values';

export interface Forest {
    /** Report → manager, after loops are cut. */
    managerOf: Map<string, string>;
    /** Manager → reports, by name then id. */
    reportsOf: Map<string, string[]>;
    /** Tops of the trees, by name then id. */
    roots: string[];
}

/** Orders contact ids by the person's name, then id. */
export function byName(people: ReadonlyMap<string, Person>): (a: string, b: string) => number {
    return (a, b) =>
        compareText(people.get(a)?.name ?? a, people.get(b)?.name ?? b) || compareText(a, b);
}

/**
 * Builds the forest in linear time after sorting: each chain of managers is walked once; meeting
 * the chain being walked again means a loop, which is cut above its first member by name.
 */
export function reportingForest(
    shown: ReadonlySet<string>,
    people: ReadonlyMap<string, Person>,
    warnings: RelationshipWarning[]
): Forest {
    const order = byName(people);
    const ids = [...shown].sort(order);
    const managerOf = new Map<string, string>();
    for (const id of ids) {
        const manager = people.get(id)?.managerId;
        if (manager && manager !== id && shown.has(manager)) {
            managerOf.set(id, manager);
        }
    }
    const state = new Map<string, 'walking' | 'done'>();
    for (const start of ids) {
        const path: string[] = [];
        let current: string | undefined = start;
        while (current !== undefined && !state.has(current)) {
            state.set(current, 'walking');
            path.push(current);
            current = managerOf.get(current);
        }
        if (current !== undefined && state.get(current) === 'walking') {
            const loop = path.slice(path.indexOf(current)).sort(order);
            const top = loop[0] ?? current;
            managerOf.delete(top);
            const name = (id: string) => people.get(id)?.name ?? id;
            warnings.push({
                code: 'REPORTING_LOOP',
                message: say.reportingLoop(loop.map(name), name(top)),
                recordId: top
            });
        }
        for (const id of path) {
            state.set(id, 'done');
        }
    }
    const reportsOf = new Map<string, string[]>();
    const roots: string[] = [];
    for (const id of ids) {
        const manager = managerOf.get(id);
        if (manager === undefined) {
            roots.push(id);
            continue;
        }
        const reports = reportsOf.get(manager);
        if (reports) {
            reports.push(id);
        } else {
            reportsOf.set(manager, [id]);
        }
    }
    return { managerOf, reportsOf, roots };
}

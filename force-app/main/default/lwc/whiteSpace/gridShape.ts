// The shape of the map grid: active solutions across by Sort_Order__c, buying centers down in
// hierarchy order (each child under its parent, siblings by name), so a panel renders it directly.
import type { BuyingCenterRecord, SolutionRecord } from 'c/atlasModel';
import type { WhiteSpaceWarning } from './types';
import * as say from './messages';
import { compareText, text } from './values';

export interface RowShape {
    buyingCenter: BuyingCenterRecord;
    depth: number;
    parentId: string | null;
}

function nameOf(record: { Id: string; Name?: unknown }): string {
    return text(record.Name) ?? record.Id;
}

function byNameThenId(a: BuyingCenterRecord, b: BuyingCenterRecord): number {
    return compareText(nameOf(a), nameOf(b)) || compareText(a.Id, b.Id);
}

function sortOrder(solution: SolutionRecord): number {
    const order = solution.Sort_Order__c;
    return typeof order === 'number' && Number.isFinite(order) ? order : Number.MAX_SAFE_INTEGER;
}

/** Active solutions (Active__c not false) by sort order, then name, then id: the columns. */
export function orderColumns(solutions: readonly SolutionRecord[]): SolutionRecord[] {
    return solutions
        .filter((solution) => solution.Active__c !== false)
        .sort(
            (a, b) =>
                sortOrder(a) - sortOrder(b) ||
                compareText(nameOf(a), nameOf(b)) ||
                compareText(a.Id, b.Id)
        );
}

/**
 * Buying centers in hierarchy order. A parent that is not on the list makes its child a top-level
 * row; a loop of parents is broken at its first member by name, which is shown at the top level.
 */
export function orderRows(
    centers: readonly BuyingCenterRecord[],
    warnings: WhiteSpaceWarning[]
): RowShape[] {
    const byId = new Map(centers.map((center) => [center.Id, center]));
    const parentOf = new Map<string, string>();
    const children = new Map<string, BuyingCenterRecord[]>();
    const roots: BuyingCenterRecord[] = [];
    for (const center of [...centers].sort(byNameThenId)) {
        const parent = text(center.Parent_Buying_Center__c);
        if (parent && byId.has(parent)) {
            parentOf.set(center.Id, parent);
            const siblings = children.get(parent);
            if (siblings) {
                siblings.push(center);
            } else {
                children.set(parent, [center]);
            }
        } else {
            if (parent) {
                warnings.push({
                    code: 'PARENT_NOT_FOUND',
                    message: say.parentNotFound(nameOf(center), parent),
                    recordId: center.Id
                });
            }
            roots.push(center);
        }
    }

    const rows: RowShape[] = [];
    const seen = new Set<string>();
    const visit = (root: BuyingCenterRecord): void => {
        // Depth-first without recursion, so a long chain of parents cannot overflow the stack.
        const stack: RowShape[] = [{ buyingCenter: root, depth: 0, parentId: null }];
        for (let row = stack.pop(); row !== undefined; row = stack.pop()) {
            if (seen.has(row.buyingCenter.Id)) {
                continue;
            }
            seen.add(row.buyingCenter.Id);
            rows.push(row);
            // Pushed last to first, so the first child by name comes off the stack first.
            const below = [...(children.get(row.buyingCenter.Id) ?? [])].reverse();
            for (const child of below) {
                if (!seen.has(child.Id)) {
                    stack.push({
                        buyingCenter: child,
                        depth: row.depth + 1,
                        parentId: row.buyingCenter.Id
                    });
                }
            }
        }
    };
    for (const root of roots) {
        visit(root);
    }
    // What is left hangs off a loop of parents: break each loop at its first member by name.
    for (const center of [...centers].sort(byNameThenId)) {
        if (seen.has(center.Id)) {
            continue;
        }
        const chain: string[] = [];
        let current: string | undefined = center.Id;
        while (current !== undefined && !chain.includes(current)) {
            chain.push(current);
            current = parentOf.get(current);
        }
        const loop = chain
            .slice(current === undefined ? chain.length : chain.indexOf(current))
            .map((id) => byId.get(id))
            .filter((member): member is BuyingCenterRecord => member !== undefined)
            .sort(byNameThenId);
        const first = loop[0] ?? center;
        warnings.push({
            code: 'PARENT_CYCLE',
            message: say.parentCycle(loop.map(nameOf)),
            recordId: first.Id
        });
        visit(first);
    }
    return rows;
}

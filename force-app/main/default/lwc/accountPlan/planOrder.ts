// Moving a plan item up or down among its siblings (the account's objectives, an objective's
// strategies, a strategy's actions): the siblings as shown, and the places to write after a move.
import type { AccountPlanData, PlanLevel, PlanOrderChange } from 'c/atlasData';

export type MoveDirection = 'up' | 'down';

interface Sibling {
    Id: string;
    Sort_Order__c?: number | null;
}

/** The item's siblings, itself included, in the order the tree shows them. */
export function siblingsOf(data: AccountPlanData, level: PlanLevel, id: string): Sibling[] {
    if (level === 'objective') {
        return data.objectives;
    }
    const strategies = data.objectives.flatMap((objective) => objective.strategies);
    if (level === 'strategy') {
        return data.objectives.find((o) => o.strategies.some((s) => s.Id === id))?.strategies ?? [];
    }
    return strategies.find((s) => s.actions.some((a) => a.Id === id))?.actions ?? [];
}

/**
 * After moving `id` one place: every sibling numbered 1, 2, 3… in the new order, and only the
 * ones whose number changed returned. Null when it cannot move (first up, last down, not found).
 */
export function movedOrder(
    siblings: readonly Sibling[],
    id: string,
    direction: MoveDirection
): PlanOrderChange[] | null {
    const from = siblings.findIndex((sibling) => sibling.Id === id);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= siblings.length) {
        return null;
    }
    const order = [...siblings];
    [order[from], order[to]] = [order[to] as Sibling, order[from] as Sibling];
    return order
        .map((sibling, index) => ({ sibling, place: index + 1 }))
        .filter(({ sibling, place }) => sibling.Sort_Order__c !== place)
        .map(({ sibling, place }) => ({ Id: sibling.Id, Sort_Order__c: place }));
}

// Totals by status, and penetration: Current value ÷ (Current + Potential + Pursuing + Competitor
// value). Blocked and Not a Fit cells are counted by status but are not reachable business.
import type { MapCellStatus } from 'c/atlasModel';
import type { WhiteSpaceTotals } from './types';
import { CELL_STATUSES } from './values';

const REACHABLE: readonly MapCellStatus[] = ['Current', 'Potential', 'Pursuing', 'Competitor'];

export function emptyTotals(): WhiteSpaceTotals {
    const byStatus = {} as WhiteSpaceTotals['byStatus'];
    for (const status of CELL_STATUSES) {
        byStatus[status] = { count: 0, value: 0 };
    }
    return { byStatus, reachableValue: 0, penetration: null, cellCount: 0 };
}

export function addCell(totals: WhiteSpaceTotals, status: MapCellStatus, value: number): void {
    totals.byStatus[status].count += 1;
    totals.byStatus[status].value += value;
    totals.cellCount += 1;
}

export function addTotals(totals: WhiteSpaceTotals, more: WhiteSpaceTotals): void {
    for (const status of CELL_STATUSES) {
        totals.byStatus[status].count += more.byStatus[status].count;
        totals.byStatus[status].value += more.byStatus[status].value;
    }
    totals.cellCount += more.cellCount;
}

export function copyTotals(totals: WhiteSpaceTotals): WhiteSpaceTotals {
    const copy = emptyTotals();
    addTotals(copy, totals);
    return copy;
}

/** Current value ÷ reachable value, or null when nothing is reachable. */
export function penetration(totals: WhiteSpaceTotals): number | null {
    const reachable = reachableValue(totals);
    return reachable > 0 ? totals.byStatus.Current.value / reachable : null;
}

export function reachableValue(totals: WhiteSpaceTotals): number {
    let reachable = 0;
    for (const status of REACHABLE) {
        reachable += totals.byStatus[status].value;
    }
    return reachable;
}

/** Fills in the figures derived from the status totals. */
export function finishTotals(totals: WhiteSpaceTotals): WhiteSpaceTotals {
    totals.reachableValue = reachableValue(totals);
    totals.penetration = penetration(totals);
    return totals;
}

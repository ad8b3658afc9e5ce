// The white space of an opportunity map: totals per buying center, per solution and for the map,
// how much of the reachable business we already have, the biggest openings, and cells whose linked
// opportunity says something different from the cell.
import type {
    BuyingCenterRecord,
    MapCellStatus,
    OpportunityMapCellRecord,
    OpportunityRecord,
    SolutionRecord
} from 'c/atlasModel';

export const CELL_STATUSES: readonly MapCellStatus[] = [
    'Current',
    'Pursuing',
    'Potential',
    'Competitor',
    'Blocked',
    'Not a Fit'
];

export interface StatusTotal {
    count: number;
    value: number;
}

export interface WhiteSpaceTotals {
    byStatus: Record<MapCellStatus, StatusTotal>;
    /** Current value ÷ (current + potential + pursuing + competitor value); null when that is 0. */
    penetration: number | null;
    cellCount: number;
}

export interface GridRow {
    buyingCenter: BuyingCenterRecord;
    depth: number;
    cells: (OpportunityMapCellRecord | null)[];
    totals: WhiteSpaceTotals;
}

export interface StatusConflict {
    cellId: string;
    code:
        | 'PURSUING_BUT_CLOSED'
        | 'CURRENT_WITH_OPEN_OPPORTUNITY'
        | 'POTENTIAL_WITH_OPEN_OPPORTUNITY'
        | 'OPPORTUNITY_NOT_FOUND';
    message: string;
}

export interface WhiteSpace {
    /** Active solutions by Sort_Order__c, then name: the columns. */
    columns: SolutionRecord[];
    /** Buying centers in hierarchy order (children under their parent): the rows. */
    rows: GridRow[];
    bySolution: Record<string, WhiteSpaceTotals>;
    map: WhiteSpaceTotals;
    /** Potential cells, most valuable first. */
    biggestOpenings: OpportunityMapCellRecord[];
    conflicts: StatusConflict[];
    warnings: string[];
}

/** The cell's value on the map: what we sell today for Current cells, else the potential. */
export function cellValue(cell: OpportunityMapCellRecord): number {
    const raw = cell.Status__c === 'Current' ? cell.Current_Value__c : cell.Potential_Value__c;
    return typeof raw === 'number' && Number.isFinite(raw) && raw > 0 ? raw : 0;
}

function emptyTotals(): WhiteSpaceTotals {
    const byStatus = {} as Record<MapCellStatus, StatusTotal>;
    for (const status of CELL_STATUSES) {
        byStatus[status] = { count: 0, value: 0 };
    }
    return { byStatus, penetration: null, cellCount: 0 };
}

function add(totals: WhiteSpaceTotals, cell: OpportunityMapCellRecord): void {
    const status = cell.Status__c as MapCellStatus;
    const bucket = totals.byStatus[status];
    if (bucket) {
        bucket.count += 1;
        bucket.value += cellValue(cell);
        totals.cellCount += 1;
    }
}

function finish(totals: WhiteSpaceTotals): WhiteSpaceTotals {
    const { Current, Potential, Pursuing, Competitor } = totals.byStatus;
    const reachable = Current.value + Potential.value + Pursuing.value + Competitor.value;
    totals.penetration = reachable > 0 ? Current.value / reachable : null;
    return totals;
}

const byText = (a: string, b: string): number => (a === b ? 0 : a < b ? -1 : 1);

function orderedBuyingCenters(
    buyingCenters: readonly BuyingCenterRecord[]
): { buyingCenter: BuyingCenterRecord; depth: number }[] {
    const ids = new Set(buyingCenters.map((center) => center.Id));
    const children = new Map<string, BuyingCenterRecord[]>();
    for (const center of buyingCenters) {
        const parent =
            center.Parent_Buying_Center__c && ids.has(center.Parent_Buying_Center__c)
                ? center.Parent_Buying_Center__c
                : '';
        children.set(parent, [...(children.get(parent) ?? []), center]);
    }
    const ordered: { buyingCenter: BuyingCenterRecord; depth: number }[] = [];
    const seen = new Set<string>();
    const visit = (parent: string, depth: number): void => {
        const list = [...(children.get(parent) ?? [])].sort(
            (a, b) => byText(String(a.Name), String(b.Name)) || byText(a.Id, b.Id)
        );
        for (const center of list) {
            if (!seen.has(center.Id)) {
                seen.add(center.Id);
                ordered.push({ buyingCenter: center, depth });
                visit(center.Id, depth + 1);
            }
        }
    };
    visit('', 0);
    // Centers caught in a parent cycle never hang under the root: show them at the top level.
    for (const center of buyingCenters) {
        if (!seen.has(center.Id)) {
            seen.add(center.Id);
            ordered.push({ buyingCenter: center, depth: 0 });
            visit(center.Id, 1);
        }
    }
    return ordered;
}

const OPEN_CONFLICT = (
    cell: OpportunityMapCellRecord,
    opportunity: OpportunityRecord | undefined
): StatusConflict | null => {
    if (!cell.Opportunity__c) {
        return null;
    }
    if (!opportunity) {
        return {
            cellId: cell.Id,
            code: 'OPPORTUNITY_NOT_FOUND',
            message:
                'The linked opportunity was not found: it may have been deleted or be hidden from you.'
        };
    }
    const isOpen = opportunity.IsClosed !== true;
    if (cell.Status__c === 'Pursuing' && !isOpen) {
        return {
            cellId: cell.Id,
            code: 'PURSUING_BUT_CLOSED',
            message: `Marked Pursuing, but ${opportunity.Name} is closed: mark the cell Current if we won, or Potential or Competitor if we lost.`
        };
    }
    if (cell.Status__c === 'Current' && isOpen) {
        return {
            cellId: cell.Id,
            code: 'CURRENT_WITH_OPEN_OPPORTUNITY',
            message: `Marked Current while ${opportunity.Name} is still open: is this an expansion (keep Current) or should it be Pursuing?`
        };
    }
    if (cell.Status__c === 'Potential' && isOpen) {
        return {
            cellId: cell.Id,
            code: 'POTENTIAL_WITH_OPEN_OPPORTUNITY',
            message: `Marked Potential but ${opportunity.Name} is open: mark the cell Pursuing.`
        };
    }
    return null;
};

/** Computes the white space of one map from its cells, buying centers and solutions. */
export function whiteSpaceTotals(
    cells: readonly OpportunityMapCellRecord[],
    buyingCenters: readonly BuyingCenterRecord[],
    solutions: readonly SolutionRecord[],
    opportunities: readonly OpportunityRecord[] = []
): WhiteSpace {
    const warnings: string[] = [];
    const columns = solutions
        .filter(
            (solution) =>
                solution && typeof solution.Id === 'string' && solution.Active__c !== false
        )
        .sort(
            (a, b) =>
                (a.Sort_Order__c ?? Number.MAX_SAFE_INTEGER) -
                    (b.Sort_Order__c ?? Number.MAX_SAFE_INTEGER) ||
                byText(String(a.Name), String(b.Name)) ||
                byText(a.Id, b.Id)
        );
    const columnIndex = new Map(columns.map((solution, index) => [solution.Id, index]));
    const rows = orderedBuyingCenters(
        buyingCenters.filter((center) => center && typeof center.Id === 'string')
    );
    const rowIndex = new Map(rows.map((row, index) => [row.buyingCenter.Id, index]));
    const grid: GridRow[] = rows.map((row) => ({
        ...row,
        cells: columns.map(() => null),
        totals: emptyTotals()
    }));
    const bySolution: Record<string, WhiteSpaceTotals> = {};
    for (const solution of columns) {
        bySolution[solution.Id] = emptyTotals();
    }
    const map = emptyTotals();
    const opportunityById = new Map(
        opportunities.filter((o) => o && typeof o.Id === 'string').map((o) => [o.Id, o])
    );
    const conflicts: StatusConflict[] = [];

    const sortedCells = cells
        .filter((cell) => cell && typeof cell.Id === 'string')
        .sort((a, b) => byText(a.Id, b.Id));
    for (const cell of sortedCells) {
        if (!CELL_STATUSES.includes(cell.Status__c as MapCellStatus)) {
            warnings.push(
                `Cell ${cell.Id} has an unknown status "${String(cell.Status__c)}"; it is left out of the totals.`
            );
            continue;
        }
        const row = rowIndex.get(cell.Buying_Center__c);
        const column = columnIndex.get(cell.Solution__c);
        const gridRow = row === undefined ? undefined : grid[row];
        if (gridRow && column !== undefined) {
            if (gridRow.cells[column]) {
                warnings.push(
                    `Two cells share a buying center and solution; ${cell.Id} (the later id) is shown.`
                );
            }
            gridRow.cells[column] = cell;
        } else {
            warnings.push(
                `Cell ${cell.Id} names a buying center or an active solution that is not on this map; it counts in the map total only.`
            );
        }
        if (gridRow) {
            add(gridRow.totals, cell);
        }
        const solutionTotals = bySolution[cell.Solution__c];
        if (solutionTotals) {
            add(solutionTotals, cell);
        }
        add(map, cell);
        const conflict = OPEN_CONFLICT(cell, opportunityById.get(cell.Opportunity__c ?? ''));
        if (conflict && (opportunities.length > 0 || conflict.code !== 'OPPORTUNITY_NOT_FOUND')) {
            conflicts.push(conflict);
        }
    }
    grid.forEach((row) => finish(row.totals));
    Object.values(bySolution).forEach(finish);
    finish(map);
    const biggestOpenings = sortedCells
        .filter((cell) => cell.Status__c === 'Potential' && cellValue(cell) > 0)
        .sort((a, b) => cellValue(b) - cellValue(a) || byText(a.Id, b.Id));
    return { columns, rows: grid, bySolution, map, biggestOpenings, conflicts, warnings };
}

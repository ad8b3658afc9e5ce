// The white space of an opportunity map: totals, grid shape, openings, conflicts and warnings.
import type {
    BuyingCenterRecord,
    MapCellStatus,
    OpportunityMapCellRecord,
    SolutionRecord
} from 'c/atlasModel';

export interface StatusTotal {
    count: number;
    value: number;
}

export interface WhiteSpaceTotals {
    byStatus: Record<MapCellStatus, StatusTotal>;
    /** Current + Potential + Pursuing + Competitor value: the business we have or could win. */
    reachableValue: number;
    /**
     * Current value ÷ reachable value, 0–1: how much of the business we could have we already
     * have. Blocked and Not a Fit cells are left out (not winnable now). Null when nothing is
     * reachable.
     */
    penetration: number | null;
    /** Cells counted (a cell of unknown status is not). */
    cellCount: number;
}

export interface GridRow {
    buyingCenter: BuyingCenterRecord;
    /** 0 for a top-level buying center, 1 for its children, and so on. */
    depth: number;
    /** The row this one hangs under, or null at the top level. */
    parentId: string | null;
    /** One entry per column: the cell, or null where the map has none (an empty grid cell). */
    cells: (OpportunityMapCellRecord | null)[];
    /** This buying center's own cells, on any solution. */
    totals: WhiteSpaceTotals;
    /** This buying center and every buying center under it. */
    rollup: WhiteSpaceTotals;
    /** Only the cells this row shows (active solutions, one per column): what the grid adds up. */
    onGrid: WhiteSpaceTotals;
}

/** Cells counted in the map total that the grid does not show, grouped by why. */
export interface OffGridGroup {
    reason: 'INACTIVE_SOLUTION' | 'UNKNOWN_SOLUTION' | 'UNKNOWN_BUYING_CENTER' | 'DUPLICATE_CELL';
    /** The solution's name (inactive), or the id named by the cells (unknown). */
    name: string;
    totals: WhiteSpaceTotals;
}

export type ConflictCode =
    | 'PURSUING_BUT_CLOSED'
    | 'CURRENT_WITH_OPEN_OPPORTUNITY'
    | 'POTENTIAL_WITH_OPEN_OPPORTUNITY'
    | 'OPPORTUNITY_NOT_FOUND';

export interface StatusConflict {
    cellId: string;
    code: ConflictCode;
    message: string;
    opportunityId: string;
    /** For PURSUING_BUT_CLOSED: how the opportunity closed. */
    outcome: 'won' | 'lost' | null;
    buyingCenterId: string;
    solutionId: string;
}

export interface WhiteSpaceOpening {
    cell: OpportunityMapCellRecord;
    cellId: string;
    buyingCenterId: string;
    buyingCenterName: string;
    solutionId: string;
    solutionName: string;
    value: number;
    message: string;
}

export type WhiteSpaceWarningCode =
    | 'INVALID_RECORD'
    | 'DUPLICATE_RECORD'
    | 'CELLS_FROM_SEVERAL_MAPS'
    | 'UNKNOWN_STATUS'
    | 'INVALID_VALUE'
    | 'UNKNOWN_BUYING_CENTER'
    | 'UNKNOWN_SOLUTION'
    | 'INACTIVE_SOLUTION'
    | 'DUPLICATE_CELL'
    | 'PARENT_NOT_FOUND'
    | 'PARENT_CYCLE';

export interface WhiteSpaceWarning {
    code: WhiteSpaceWarningCode;
    message: string;
    recordId?: string;
}

export interface WhiteSpace {
    /** Active solutions by Sort_Order__c, then name: the columns. */
    columns: SolutionRecord[];
    /** Buying centers in hierarchy order (children under their parent, by name): the rows. */
    rows: GridRow[];
    /** Totals per solution id, for every solution given (inactive ones too: their cells count). */
    bySolution: Record<string, WhiteSpaceTotals>;
    /** Every counted cell of the map. */
    map: WhiteSpaceTotals;
    /** The cells the grid shows: onGrid + every offGrid group = map. */
    onGrid: WhiteSpaceTotals;
    /** Per active solution (column), the cells that column shows. */
    onGridBySolution: Record<string, WhiteSpaceTotals>;
    /** What the map total holds that no grid cell shows (retired solutions first). */
    offGrid: OffGridGroup[];
    /** Cells naming a buying center that was not given: in the map total, in no row. */
    unknownBuyingCenter: WhiteSpaceTotals;
    /** Cells naming a solution that was not given: in the map total, in no solution. */
    unknownSolution: WhiteSpaceTotals;
    /** Potential cells on the grid, most valuable first. */
    biggestOpenings: WhiteSpaceOpening[];
    /** Cells whose linked opportunity disagrees with them (only when opportunities are given). */
    conflicts: StatusConflict[];
    warnings: WhiteSpaceWarning[];
}

// The view model the white-space grid renders: built by the Opportunity Map container from the
// whiteSpace helper's result, so the grid itself computes nothing.
import type { MapCellStatus, RecordId } from 'c/atlasModel';

/** A row's, column's or the map's totals, as whiteSpace counts them. */
export interface GridTotals {
    /** Value of Current cells: what we sell today. */
    current: number;
    /** Value still to win: Potential, Pursuing and Competitor cells. */
    open: number;
    /** Current ÷ (current + open), 0–1; null when there is nothing to reach. */
    penetration: number | null;
}

export interface GridColumn {
    id: RecordId;
    name: string;
    totals: GridTotals;
}

export interface GridCell {
    key: string;
    buyingCenterId: RecordId;
    solutionId: RecordId;
    cellId: RecordId | null;
    status: MapCellStatus | null;
    /** The status in words (a label), shown in the cell: colour is never the only signal. */
    statusText: string;
    value: number | null;
    hasValue: boolean;
    opportunityName: string | null;
    /** Where the cell and its linked opportunity disagree, in words. */
    conflict: string | null;
}

export interface GridRow {
    id: RecordId;
    name: string;
    level: number;
    cells: GridCell[];
    totals: GridTotals;
}

export interface GridLegendEntry {
    status: MapCellStatus;
    text: string;
}

/** Business the map holds that no grid cell shows, said under the grid so the totals add up. */
export interface GridLeftOut {
    key: string;
    text: string;
    current: number;
    open: number;
}

export interface GridModel {
    rows: GridRow[];
    columns: GridColumn[];
    /** The sum of the cells shown: what the rows and columns add up to. */
    totals: GridTotals;
    legend: GridLegendEntry[];
    leftOut: GridLeftOut[];
}

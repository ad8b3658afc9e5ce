// The view model the white-space grid renders: built by the Opportunity Map container from the
// whiteSpace helper's result, so the grid itself computes nothing.
import type { MapCellStatus, RecordId } from 'c/atlasModel';

export interface GridColumn {
    id: RecordId;
    name: string;
    /** Inactive solutions stay only while cells still use them; the header says so. */
    inactive: boolean;
    total: number;
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
    blockedReason: string | null;
}

export interface GridRow {
    id: RecordId;
    name: string;
    level: number;
    cells: GridCell[];
    total: number;
}

export interface GridLegendEntry {
    status: MapCellStatus;
    text: string;
}

export interface GridModel {
    rows: GridRow[];
    columns: GridColumn[];
    total: number;
    legend: GridLegendEntry[];
}

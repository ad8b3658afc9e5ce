// Small, total helpers: a locale-free order, safe reads of records that may be anything, and the
// value a cell stands for on the map.
import type { MapCellStatus, OpportunityMapCellRecord } from 'c/atlasModel';
import { MAP_CELL_STATUSES as CELL_STATUSES } from 'c/atlasModel';

import { isRecord } from 'c/atlasValues';

export { compareText, describe, isRecord, text } from 'c/atlasValues';
export { MAP_CELL_STATUSES as CELL_STATUSES } from 'c/atlasModel';

export function isCellStatus(value: unknown): value is MapCellStatus {
    return CELL_STATUSES.includes(value as MapCellStatus);
}

/** The field that holds a cell's value: what we sell today for Current cells, else the potential. */
export function valueField(status: unknown): 'Current_Value__c' | 'Potential_Value__c' {
    return status === 'Current' ? 'Current_Value__c' : 'Potential_Value__c';
}

/** The cell's value on the map; a missing, negative or non-numeric value counts as 0. */
export function cellValue(cell: OpportunityMapCellRecord): number {
    if (!isRecord(cell)) {
        return 0;
    }
    const raw = cell[valueField(cell.Status__c)];
    return typeof raw === 'number' && Number.isFinite(raw) && raw > 0 ? raw : 0;
}

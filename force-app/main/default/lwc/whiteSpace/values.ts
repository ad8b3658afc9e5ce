// Small, total helpers: a locale-free order, safe reads of records that may be anything, and the
// value a cell stands for on the map.
import type { MapCellStatus, OpportunityMapCellRecord } from 'c/atlasModel';

export const CELL_STATUSES: readonly MapCellStatus[] = [
    'Current',
    'Pursuing',
    'Potential',
    'Competitor',
    'Blocked',
    'Not a Fit'
];

/** Orders strings by code point: the same on every machine, unlike localeCompare. */
export function compareText(a: string, b: string): number {
    if (a === b) {
        return 0;
    }
    return a < b ? -1 : 1;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function text(value: unknown): string | null {
    return typeof value === 'string' ? value : null;
}

/** A value as a short text for a message, whatever it is. */
export function describe(value: unknown): string {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : typeof value;
}

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

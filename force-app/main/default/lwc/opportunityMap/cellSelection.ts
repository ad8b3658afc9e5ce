// The spot of the grid the user opened (a buying center's row, a solution's column) and what the
// cell editor needs about it: the cell there if any, the names, and a new opportunity's defaults.
import { formatLabel } from 'c/atlasData';
import type {
    CellPosition,
    OpportunityMapCellView,
    OpportunityMapsData,
    OpportunityMapView,
    PicklistEntry
} from 'c/atlasData';

/** The open spot: a row and a column of the current map. */
export interface CellSelection {
    buyingCenterId: string;
    solutionId: string;
}

export interface SelectedCell {
    key: string;
    /** Where a save of this spot writes. */
    position: CellPosition;
    cell: OpportunityMapCellView | null;
    buyingCenterName: string;
    solutionName: string;
    /** A new opportunity's proposed name, first open stage, close date (map's end) and amount. */
    opportunityDefaults: Record<string, unknown>;
}

/** Where a save at the open spot writes: the map, row and column. */
export function cellPositionOf(map: OpportunityMapView, selection: CellSelection): CellPosition {
    return {
        mapId: map.Id,
        buyingCenterId: selection.buyingCenterId,
        solutionId: selection.solutionId
    };
}

/** The stage a new opportunity starts in: the org's first open stage; null until they are known. */
export function firstOpenStage(openStages: readonly PicklistEntry[]): string | null {
    return openStages[0]?.value ?? null;
}

/**
 * What a Potential cell's new opportunity starts with: "{account} - {buying center} - {solution}"
 * (the label decides the wording), the first open stage, the map's end as close date and the
 * cell's potential value as amount.
 */
export function opportunityDefaults(
    names: { accountName: string; buyingCenterName: string; solutionName: string },
    map: OpportunityMapView,
    cell: OpportunityMapCellView | null,
    defaultNameLabel: string,
    stage: string | null
): Record<string, unknown> {
    return {
        Name: formatLabel(
            defaultNameLabel,
            names.accountName,
            names.buyingCenterName,
            names.solutionName
        ),
        StageName: stage,
        CloseDate: map.Period_End__c ?? null,
        Amount: cell?.Potential_Value__c ?? null
    };
}

/** What the cell editor needs about the spot of the grid the user opened. */
export function selectedCell(
    data: OpportunityMapsData,
    map: OpportunityMapView,
    selection: CellSelection,
    labels: { opportunityDefaultName: string },
    stage: string | null = null
): SelectedCell {
    const cell =
        map.cells.find(
            (candidate) =>
                candidate.Buying_Center__c === selection.buyingCenterId &&
                candidate.Solution__c === selection.solutionId
        ) ?? null;
    const buyingCenterName =
        data.buyingCenters.find((center) => center.Id === selection.buyingCenterId)?.Name ?? '';
    const solutionName =
        data.solutions.find((solution) => solution.Id === selection.solutionId)?.Name ?? '';
    return {
        key: `${map.Id}:${selection.buyingCenterId}:${selection.solutionId}`,
        position: cellPositionOf(map, selection),
        cell,
        buyingCenterName,
        solutionName,
        opportunityDefaults: opportunityDefaults(
            { accountName: data.accountName, buyingCenterName, solutionName },
            map,
            cell,
            labels.opportunityDefaultName,
            stage
        )
    };
}

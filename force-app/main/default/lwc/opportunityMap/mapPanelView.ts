// What the Opportunity Map panel shows, from what it has loaded and what the user chose: the map,
// the grid, the open cell, which message applies, and what the user may change.
import { accessTo } from 'c/atlasData';
import type {
    ObjectAccess,
    OpportunityMapsData,
    OpportunityMapView,
    PicklistEntry
} from 'c/atlasData';
import type { IsoDate } from 'c/atlasModel';
import type { GridModel } from 'c/opportunityMapGrid';
import { chooseMap, gridModel } from './mapGridModel';
import { firstOpenStage, selectedCell } from './cellSelection';
import type { CellSelection, SelectedCell } from './cellSelection';

/** What the panel has loaded and what the user chose. */
export interface MapPanelState {
    /** undefined until the maps arrive. */
    data: OpportunityMapsData | undefined;
    loadErrors: unknown;
    access: Record<string, ObjectAccess>;
    /** The org's open sales stages in order. */
    openStages: readonly PicklistEntry[];
    chosenMapId: string | null;
    selection: CellSelection | null;
    today: IsoDate;
}

/** The words the view is built with (custom labels). */
export interface MapPanelText {
    statusText: Record<string, string>;
    conflictText: Record<string, string>;
    /** Why business is left out of the grid's totals, by whiteSpace's reason ({0} = a name). */
    leftOutText: Record<string, string>;
    opportunityDefaultName: string;
}

export interface MapPanelAccess {
    mapAccess: ObjectAccess;
    /** Editing cells means creating them on empty spots too. */
    canEditCells: boolean;
    /** Creating an opportunity needs the right to, and the stages it may start in. */
    canCreateOpportunity: boolean;
}

/** Which of the panel's states and messages apply; several messages can show at once. */
export interface MapPanelMessages {
    isLoading: boolean;
    isEmpty: boolean;
    noBuyingCenters: boolean;
    noSolutions: boolean;
    hasGrid: boolean;
    /** The map holds business the grid does not show (a retired solution): said under it. */
    hasLeftOut: boolean;
    isReadOnly: boolean;
}

export interface MapPanelView extends MapPanelAccess, MapPanelMessages {
    currentMap: OpportunityMapView | undefined;
    currentMapId: string | undefined;
    model: GridModel | undefined;
    /** The open cell: its record (null for an empty spot), names and new-opportunity defaults. */
    selected: SelectedCell | null;
    stageOptions: { label: string; value: string }[];
}

export function mapPanelAccess(
    access: Record<string, ObjectAccess>,
    openStages: readonly PicklistEntry[]
): MapPanelAccess {
    const cellAccess = accessTo(access, 'Opportunity_Map_Cell__c');
    return {
        mapAccess: accessTo(access, 'Opportunity_Map__c'),
        canEditCells: cellAccess.canCreate && cellAccess.canEdit,
        canCreateOpportunity: accessTo(access, 'Opportunity').canCreate && openStages.length > 0
    };
}

export function mapPanelMessages(
    data: OpportunityMapsData | undefined,
    loadErrors: unknown,
    model: GridModel | undefined,
    canEditCells: boolean
): MapPanelMessages {
    const hasMaps = (data?.maps.length ?? 0) > 0;
    const noBuyingCenters = hasMaps && (data?.buyingCenters.length ?? 0) === 0;
    return {
        isLoading: data === undefined && !loadErrors,
        isEmpty: data !== undefined && !hasMaps,
        noBuyingCenters,
        noSolutions: hasMaps && !noBuyingCenters && (model?.columns.length ?? 0) === 0,
        hasGrid: !!model && model.rows.length > 0 && model.columns.length > 0,
        hasLeftOut: (model?.leftOut.length ?? 0) > 0,
        isReadOnly: hasMaps && !canEditCells
    };
}

/** The stage picker's options for a new opportunity. */
export function stageOptionsOf(
    openStages: readonly PicklistEntry[]
): { label: string; value: string }[] {
    return openStages.map((stage) => ({ label: stage.label, value: stage.value }));
}

export function mapPanelView(state: MapPanelState, text: MapPanelText): MapPanelView {
    const { data, selection } = state;
    const currentMap = data ? chooseMap(data.maps, state.chosenMapId, state.today) : undefined;
    const model =
        data && currentMap
            ? gridModel(data, currentMap, text.statusText, text.conflictText, text.leftOutText)
            : undefined;
    const access = mapPanelAccess(state.access, state.openStages);
    return {
        ...access,
        ...mapPanelMessages(data, state.loadErrors, model, access.canEditCells),
        currentMap,
        currentMapId: currentMap?.Id,
        model,
        selected:
            data && currentMap && selection
                ? selectedCell(data, currentMap, selection, text, firstOpenStage(state.openStages))
                : null,
        stageOptions: stageOptionsOf(state.openStages)
    };
}

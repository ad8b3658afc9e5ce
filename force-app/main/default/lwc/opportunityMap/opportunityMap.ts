// The Opportunity Map panel on an Account page: the white-space grid of the chosen map (buying
// centers down, solutions across) with totals from the whiteSpace helper; choose or create a map,
// edit a cell in place, block it with a reason, or turn a Potential cell into an opportunity.
// The container wires data and events; mapPanelView builds what it shows, cellWrites what a save
// writes, cellSaveErrors what a failed save says.
import { LightningElement, api, wire } from 'lwc';
import { PanelTiming } from 'c/panelTiming';
import { graphql } from 'lightning/graphql';
import type { GraphQLWireResult } from 'lightning/graphql';
import { getObjectInfos, getPicklistValues } from 'lightning/uiObjectInfoApi';
import type { ObjectInfosResult } from 'lightning/uiObjectInfoApi';
import { NavigationMixin } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { RefreshEvent } from 'lightning/refresh';
import {
    OPPORTUNITY_MAPS_QUERY,
    accessByObject,
    defaultRecordTypeIdOf,
    openStagesOfPicklist,
    opportunityMapsFromGraphQL,
    todayIso
} from 'c/atlasData';
import type { HiddenField, ObjectAccess, OpportunityMapsData, PicklistEntry } from 'c/atlasData';
import MAP_OBJECT from '@salesforce/schema/Opportunity_Map__c';
import CELL_OBJECT from '@salesforce/schema/Opportunity_Map_Cell__c';
import OPPORTUNITY_OBJECT from '@salesforce/schema/Opportunity';
import STAGE_FIELD from '@salesforce/schema/Opportunity.StageName';
import { cellSaveOf, isUnchangedEdit, writeCellSave } from './cellWrites';
import type { CellSaveRequest, PendingOpportunity } from './cellWrites';
import { explainCellSaveError } from './cellSaveErrors';
import type { CellSelection } from './cellSelection';
import { mapPanelView } from './mapPanelView';
import type { MapPanelState, MapPanelView } from './mapPanelView';
import { rememberLastResult } from './lastResult';
import { CONFLICT_TEXT, LEFT_OUT_TEXT, MAP_LABELS as LABELS, STATUS_TEXT } from './mapLabels';

const PANEL_TEXT = {
    statusText: STATUS_TEXT,
    conflictText: CONFLICT_TEXT,
    leftOutText: LEFT_OUT_TEXT,
    opportunityDefaultName: LABELS.opportunityDefaultName
};

export default class OpportunityMap extends NavigationMixin(LightningElement) {
    private readonly timing = new PanelTiming('opportunityMap');
    @api recordId: string | undefined;

    labels = LABELS;
    data: OpportunityMapsData | undefined;
    loadErrors: unknown;
    access: Record<string, ObjectAccess> = {};
    chosenMapId: string | null = null;
    selection: CellSelection | null = null;
    cellSaving = false;
    cellSaveErrors: unknown;
    cellFieldErrors: Record<string, string> = {};
    /** The record type whose stages a new opportunity offers; known once the object infos are. */
    opportunityRecordTypeId: string | undefined;
    /** The org's open sales stages in order (its StageName picklist, not a list in the code). */
    openStages: PicklistEntry[] = [];
    private focusEditorPending = false;
    /** An opportunity created for a cell whose link failed: saving again only links it. */
    private pendingOpportunity: { current: PendingOpportunity | null } = { current: null };
    private refreshData: (() => Promise<void>) | undefined;
    private buildView = rememberLastResult((state: MapPanelState) =>
        mapPanelView(state, PANEL_TEXT)
    );

    get variables(): Record<string, unknown> {
        return { accountId: this.recordId };
    }

    @wire(graphql, { query: OPPORTUNITY_MAPS_QUERY, variables: '$variables' })
    wiredMaps(result: GraphQLWireResult<unknown>): void {
        this.refreshData = result.refresh;
        this.loadErrors = result.errors && result.errors.length > 0 ? result.errors : undefined;
        if (result.data) {
            this.timing.answered();
            this.data = opportunityMapsFromGraphQL(result.data);
        }
    }

    @wire(getObjectInfos, { objectApiNames: [MAP_OBJECT, CELL_OBJECT, OPPORTUNITY_OBJECT] })
    wiredObjectInfos({ data }: { data?: ObjectInfosResult; error?: unknown }): void {
        // Without the object infos (still loading, or failed) the panel stays read-only.
        this.access = accessByObject(data);
        this.opportunityRecordTypeId = data
            ? defaultRecordTypeIdOf(data, 'Opportunity')
            : undefined;
    }

    @wire(getPicklistValues, {
        recordTypeId: '$opportunityRecordTypeId',
        fieldApiName: STAGE_FIELD
    })
    wiredStages({ data }: { data?: unknown; error?: unknown }): void {
        this.openStages = openStagesOfPicklist(data);
    }

    /** What the template shows; built again only when what it is built from changes. */
    /** Fields the panel's query asked for that field-level security hides from this user. */
    get hiddenFields(): HiddenField[] {
        return this.data?.hiddenFields ?? [];
    }

    get view(): MapPanelView {
        return this.buildView({
            data: this.data,
            loadErrors: this.loadErrors,
            access: this.access,
            openStages: this.openStages,
            chosenMapId: this.chosenMapId,
            selection: this.selection,
            today: todayIso()
        });
    }

    handleMapChange(event: CustomEvent<{ mapId: string }>): void {
        this.chosenMapId = event.detail.mapId;
        this.selection = null;
    }

    async handleMapCreated(event: CustomEvent<{ mapId: string }>): Promise<void> {
        this.chosenMapId = event.detail.mapId;
        this.selection = null;
        await this.refresh();
    }

    handleCellSelect(event: CustomEvent<CellSelection>): void {
        this.clearCellErrors();
        this.selection = {
            buyingCenterId: event.detail.buyingCenterId,
            solutionId: event.detail.solutionId
        };
        // The editor opens below the map: it comes into view with the keyboard on it.
        this.focusEditorPending = true;
    }

    override renderedCallback(): void {
        this.timing.rendered();
        if (!this.focusEditorPending) {
            return;
        }
        const editor = this.template?.querySelector('c-opportunity-map-cell-editor') as
            (HTMLElement & { focusEditor(): void }) | null;
        if (editor) {
            this.focusEditorPending = false;
            editor.focusEditor();
        }
    }

    handleCellModeChange(): void {
        this.clearCellErrors();
    }

    handleCellClose(): void {
        const selection = this.selection;
        this.selection = null;
        if (selection) {
            this.focusGridCell(selection);
        }
    }

    handleOpenOpportunity(event: CustomEvent<{ opportunityId: string }>): void {
        this[NavigationMixin.Navigate]({
            type: 'standard__recordPage',
            attributes: {
                recordId: event.detail.opportunityId,
                objectApiName: 'Opportunity',
                actionName: 'view'
            }
        });
    }

    async handleCellSave(event: CustomEvent<CellSaveRequest>): Promise<void> {
        const save = cellSaveOf(this.recordId, this.view.selected, event.detail);
        if (!save) {
            return;
        }
        if (isUnchangedEdit(save)) {
            this.handleCellClose();
            return;
        }
        this.cellSaving = true;
        this.clearCellErrors();
        try {
            const message = await writeCellSave(save, this.pendingOpportunity, LABELS);
            this.selection = null;
            this.toast(message);
            await this.refresh();
            this.focusGridCell(save.position);
        } catch (error) {
            // The editor stays open with what the user typed; the errors say what to fix.
            const shown = explainCellSaveError(error, this.pendingOpportunity.current, LABELS);
            this.cellSaveErrors = shown.errors;
            this.cellFieldErrors = shown.fieldErrors;
        } finally {
            this.cellSaving = false;
        }
    }

    private clearCellErrors(): void {
        this.cellSaveErrors = undefined;
        this.cellFieldErrors = {};
    }

    private focusGridCell(selection: CellSelection): void {
        const grid = this.template?.querySelector('c-opportunity-map-grid') as
            (HTMLElement & { focusCell?: (bc: string, solution: string) => void }) | null;
        grid?.focusCell?.(selection.buyingCenterId, selection.solutionId);
    }

    /** Reloads this panel and tells the page its records changed (the Account Summary refreshes). */
    private async refresh(): Promise<void> {
        this.dispatchEvent(new RefreshEvent());
        try {
            await this.refreshData?.();
        } catch (error) {
            this.loadErrors = error;
        }
    }

    private toast(title: string): void {
        this.dispatchEvent(new ShowToastEvent({ title, variant: 'success' }));
    }
}

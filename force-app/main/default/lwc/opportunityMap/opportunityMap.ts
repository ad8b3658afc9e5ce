// The Opportunity Map panel on an Account page: the white-space grid of the chosen map (buying
// centers down, solutions across) with totals from the whiteSpace helper; choose or create a map,
// edit a cell in place, block it with a reason, or turn a Potential cell into an opportunity.
import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLWireResult } from 'lightning/graphql';
import { getObjectInfos, getPicklistValues } from 'lightning/uiObjectInfoApi';
import type { ObjectInfosResult } from 'lightning/uiObjectInfoApi';
import { NavigationMixin } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { explainDuplicateKeys, fieldErrorsOf } from 'c/atlasErrors';
import {
    OPPORTUNITY_MAPS_QUERY,
    accessByObject,
    accessTo,
    defaultRecordTypeIdOf,
    formatLabel,
    openStagesOfPicklist,
    opportunityMapsFromGraphQL,
    todayIso
} from 'c/atlasData';
import type {
    ObjectAccess,
    OpportunityMapCellView,
    OpportunityMapsData,
    OpportunityMapView,
    PicklistEntry,
    RecordFields
} from 'c/atlasData';
import type { GridModel } from 'c/opportunityMapGrid';
import type { CellEditorMode } from 'c/opportunityMapCellEditor';
import MAP_OBJECT from '@salesforce/schema/Opportunity_Map__c';
import CELL_OBJECT from '@salesforce/schema/Opportunity_Map_Cell__c';
import OPPORTUNITY_OBJECT from '@salesforce/schema/Opportunity';
import STAGE_FIELD from '@salesforce/schema/Opportunity.StageName';
import { writeCellSave } from './cellWrites';
import type { PendingOpportunity } from './cellWrites';
import { chooseMap, gridModel, selectedCell } from './mapGridModel';
import type { SelectedCell } from './mapGridModel';
import { CONFLICT_TEXT, MAP_LABELS as LABELS, STATUS_TEXT } from './mapLabels';

interface Selection {
    buyingCenterId: string;
    solutionId: string;
}

interface CellSaveDetail {
    values: RecordFields;
    changed: RecordFields;
    mode: CellEditorMode;
}

export default class OpportunityMap extends NavigationMixin(LightningElement) {
    @api recordId: string | undefined;

    labels = LABELS;
    data: OpportunityMapsData | undefined;
    loadErrors: unknown;
    access: Record<string, ObjectAccess> = {};
    chosenMapId: string | null = null;
    selection: Selection | null = null;
    cellSaving = false;
    cellSaveErrors: unknown;
    cellFieldErrors: Record<string, string> = {};
    /** The record type whose stages a new opportunity offers; known once the object infos are. */
    opportunityRecordTypeId: string | undefined;
    /** The org's open sales stages in order (its StageName picklist, not a list in the code). */
    openStages: PicklistEntry[] = [];
    /** An opportunity created for a cell whose link failed: saving again only links it. */
    private pendingOpportunity: { current: PendingOpportunity | null } = { current: null };
    private refreshData: (() => Promise<void>) | undefined;

    get variables(): Record<string, unknown> {
        return { accountId: this.recordId };
    }

    @wire(graphql, { query: OPPORTUNITY_MAPS_QUERY, variables: '$variables' })
    wiredMaps(result: GraphQLWireResult<unknown>): void {
        this.refreshData = result.refresh;
        this.loadErrors = result.errors && result.errors.length > 0 ? result.errors : undefined;
        if (result.data) {
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

    get stageOptions(): { label: string; value: string }[] {
        return this.openStages.map((stage) => ({ label: stage.label, value: stage.value }));
    }

    get mapAccess(): ObjectAccess {
        return accessTo(this.access, 'Opportunity_Map__c');
    }

    get cellAccess(): ObjectAccess {
        return accessTo(this.access, 'Opportunity_Map_Cell__c');
    }

    /** Creating an opportunity needs the right to, and the stages it may start in. */
    get canCreateOpportunity(): boolean {
        return accessTo(this.access, 'Opportunity').canCreate && this.openStages.length > 0;
    }

    get canEditCells(): boolean {
        return this.cellAccess.canCreate && this.cellAccess.canEdit;
    }

    get isLoading(): boolean {
        return this.data === undefined && !this.loadErrors;
    }

    get currentMap(): OpportunityMapView | undefined {
        return this.data ? chooseMap(this.data.maps, this.chosenMapId, todayIso()) : undefined;
    }

    get currentMapId(): string | undefined {
        return this.currentMap?.Id;
    }

    get hasMaps(): boolean {
        return (this.data?.maps.length ?? 0) > 0;
    }

    get isEmpty(): boolean {
        return this.data !== undefined && !this.hasMaps;
    }

    get isReadOnly(): boolean {
        return this.hasMaps && !this.canEditCells;
    }

    get model(): GridModel | undefined {
        return this.data && this.currentMap
            ? gridModel(this.data, this.currentMap, STATUS_TEXT, CONFLICT_TEXT)
            : undefined;
    }

    get hasGrid(): boolean {
        const model = this.model;
        return !!model && model.rows.length > 0 && model.columns.length > 0;
    }

    get noBuyingCenters(): boolean {
        return this.hasMaps && (this.data?.buyingCenters.length ?? 0) === 0;
    }

    get noSolutions(): boolean {
        return this.hasMaps && !this.noBuyingCenters && (this.model?.columns.length ?? 0) === 0;
    }

    /** The open cell: its record (null for an empty spot), names and new-opportunity defaults. */
    get selected(): SelectedCell | null {
        return this.data && this.currentMap && this.selection
            ? selectedCell(
                  this.data,
                  this.currentMap,
                  this.selection,
                  LABELS,
                  this.openStages[0]?.value ?? null
              )
            : null;
    }

    get selectedCell(): OpportunityMapCellView | null {
        return this.selected?.cell ?? null;
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

    handleCellSelect(event: CustomEvent<Selection>): void {
        this.cellSaveErrors = undefined;
        this.cellFieldErrors = {};
        this.selection = {
            buyingCenterId: event.detail.buyingCenterId,
            solutionId: event.detail.solutionId
        };
    }

    handleCellModeChange(): void {
        this.cellSaveErrors = undefined;
        this.cellFieldErrors = {};
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

    async handleCellSave(event: CustomEvent<CellSaveDetail>): Promise<void> {
        const selection = this.selection;
        const map = this.currentMap;
        if (!selection || !map || !this.recordId) {
            return;
        }
        const cell = this.selectedCell;
        const { values, changed, mode } = event.detail;
        if (mode === 'edit' && cell && Object.keys(changed).length === 0) {
            this.handleCellClose();
            return;
        }
        this.cellSaving = true;
        this.cellSaveErrors = undefined;
        this.cellFieldErrors = {};
        try {
            const message = await writeCellSave(
                {
                    accountId: this.recordId,
                    position: { mapId: map.Id, ...selection },
                    cell,
                    mode,
                    values,
                    changed
                },
                this.pendingOpportunity,
                LABELS
            );
            this.selection = null;
            this.toast(message);
            await this.refresh();
            this.focusGridCell(selection);
        } catch (error) {
            // The editor stays open with what the user typed; the errors say what to fix. A
            // duplicate cell key means someone else created this cell since the map loaded.
            const explained = explainDuplicateKeys(error, [
                { keyField: 'Cell_Key__c', message: LABELS.cellDuplicate }
            ]);
            const pending = this.pendingOpportunity.current;
            this.cellSaveErrors = pending
                ? [formatLabel(LABELS.opportunityNotLinked, pending.name), explained]
                : explained;
            this.cellFieldErrors = fieldErrorsOf(explained);
        } finally {
            this.cellSaving = false;
        }
    }

    private focusGridCell(selection: Selection): void {
        const grid = this.template?.querySelector('c-opportunity-map-grid') as
            (HTMLElement & { focusCell?: (bc: string, solution: string) => void }) | null;
        grid?.focusCell?.(selection.buyingCenterId, selection.solutionId);
    }

    private async refresh(): Promise<void> {
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

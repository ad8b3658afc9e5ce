// Edits one cell of the opportunity map in place: its status and values, blocking it with a
// reason, starting an opportunity from it, or opening the opportunity it is linked to. It opens in
// view with the keyboard on its heading, so a cell opened from the grid is where attention goes.
import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/atlasData';
import type { OpportunityMapCellView } from 'c/atlasData';
import type { FormFieldDefinition } from 'c/planningRecordForm';
import { cellEditorFields } from './cellEditorFields';
import type { CellEditorMode } from './cellEditorFields';
import { CELL_EDITOR_LABELS as LABELS } from './cellEditorLabels';

export default class OpportunityMapCellEditor extends LightningElement {
    @api buyingCenterName = '';
    @api solutionName = '';
    /** Proposed values of a new opportunity (name, stage, close date, amount). */
    @api opportunityDefaults: Record<string, unknown> = {};
    /** The open stages a new opportunity may start in, in the sales process's order. */
    @api stageOptions: { label: string; value: string }[] = [];
    @api canEdit = false;
    @api canCreateOpportunity = false;
    @api fieldErrors: Record<string, string> = {};
    @api errors: unknown;
    @api saving = false;

    labels = LABELS;
    mode: CellEditorMode = 'edit';
    draftStatus: string | null = null;
    /** The form's starting values: set only when the cell or the mode changes, never on a
     * re-render, so what the user typed survives. */
    formValues: Record<string, unknown> = { Status__c: 'Potential' };
    private currentCell: OpportunityMapCellView | null = null;
    private currentPosition = '';

    /** The cell record, or null for an empty spot of the grid. */
    @api
    get cell(): OpportunityMapCellView | null {
        return this.currentCell;
    }
    set cell(cell: OpportunityMapCellView | null) {
        this.currentCell = cell ?? null;
        this.draftStatus = null;
        this.resetFormValues();
    }

    /** Which spot of the grid is open (map:buying center:solution); a new spot starts over. */
    @api
    get positionKey(): string {
        return this.currentPosition;
    }
    set positionKey(key: string) {
        if (key !== this.currentPosition) {
            this.currentPosition = key;
            this.mode = 'edit';
            this.draftStatus = null;
            this.resetFormValues();
        }
    }

    get heading(): string {
        return formatLabel(LABELS.heading, this.buyingCenterName, this.solutionName);
    }

    get formHeading(): string {
        if (this.mode === 'block') {
            return LABELS.blockHeading;
        }
        return this.mode === 'opportunity' ? LABELS.opportunityHeading : LABELS.editHeading;
    }

    get fields(): FormFieldDefinition[] {
        return cellEditorFields(
            this.mode,
            LABELS,
            this.draftStatus ?? this.cell?.Status__c ?? null,
            this.stageOptions
        );
    }

    get showForm(): boolean {
        return this.canEdit;
    }

    /** Any spot without an opportunity can start one: white space, a competitor's, even a new spot. */
    get showCreateOpportunity(): boolean {
        return (
            this.mode === 'edit' &&
            this.canCreateOpportunity &&
            this.canEdit &&
            !this.cell?.Opportunity__c
        );
    }

    get showBlock(): boolean {
        return (
            this.mode === 'edit' && this.canEdit && !!this.cell && this.cell.Status__c !== 'Blocked'
        );
    }

    get linkedOpportunity(): string | null {
        return this.cell?.Opportunity__c ?? null;
    }

    get opportunityLinkLabel(): string {
        return formatLabel(LABELS.openOpportunity, this.cell?.opportunityName ?? '');
    }

    get readOnlySummary(): { key: string; label: string; value: string }[] {
        const cell = this.cell;
        const entries: [string, string, unknown][] = [
            ['status', LABELS.status, cell?.Status__c],
            ['potential', LABELS.potentialValue, cell?.Potential_Value__c],
            ['current', LABELS.currentValue, cell?.Current_Value__c],
            ['competitor', LABELS.competitor, cell?.Competitor__c],
            ['renewal', LABELS.renewalDate, cell?.Renewal_Date__c],
            ['reason', LABELS.blockedReason, cell?.Blocked_Reason__c]
        ];
        return entries
            .filter(([, , value]) => value !== null && value !== undefined && value !== '')
            .map(([key, label, value]) => ({ key, label, value: String(value) }));
    }

    handleDraftChange(event: CustomEvent<{ name: string; value: unknown }>): void {
        if (event.detail.name === 'Status__c') {
            this.draftStatus = (event.detail.value as string) || null;
        }
    }

    handleModeButton(event: Event): void {
        const mode = (event.currentTarget as HTMLElement).dataset.mode as CellEditorMode;
        this.setMode(mode);
        this.dispatchEvent(new CustomEvent('modechange', { detail: { mode } }));
    }

    handleOpenOpportunity(): void {
        this.dispatchEvent(
            new CustomEvent('openopportunity', {
                detail: { opportunityId: this.linkedOpportunity }
            })
        );
    }

    handleSave(
        event: CustomEvent<{ values: Record<string, unknown>; changed: Record<string, unknown> }>
    ) {
        this.dispatchEvent(
            new CustomEvent('save', { detail: { ...event.detail, mode: this.mode } })
        );
    }

    handleCancel(): void {
        if (this.mode !== 'edit') {
            this.setMode('edit');
            this.dispatchEvent(new CustomEvent('modechange', { detail: { mode: 'edit' } }));
            return;
        }
        this.dispatchEvent(new CustomEvent('close'));
    }

    handleClose(): void {
        this.dispatchEvent(new CustomEvent('close'));
    }

    /** Brings the editor into view and puts the keyboard on its heading. */
    @api
    focusEditor(): void {
        const heading = this.template?.querySelector<HTMLElement>('[data-editor-heading]');
        heading?.scrollIntoView?.({ block: 'start' });
        heading?.focus();
    }

    private setMode(mode: CellEditorMode): void {
        if (mode !== this.mode) {
            this.mode = mode;
            this.resetFormValues();
        }
    }

    private resetFormValues(): void {
        const cell = this.currentCell;
        if (this.mode === 'opportunity') {
            this.formValues = { ...this.opportunityDefaults };
        } else if (this.mode === 'block') {
            this.formValues = { Blocked_Reason__c: cell?.Blocked_Reason__c ?? null };
        } else {
            this.formValues = cell ? { ...cell } : { Status__c: 'Potential' };
        }
    }
}
export type { CellEditorMode } from './cellEditorFields';

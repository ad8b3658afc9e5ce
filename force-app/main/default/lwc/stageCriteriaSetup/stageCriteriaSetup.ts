// The Stage Criteria Setup page for sales ops: every criterion grouped by stage in the sales
// process's order; add, edit, reorder, deactivate (after a confirmation with its preview); a
// warning when the process has too many stages; and a preview of how a draft would move the bands
// and stage gates of open deals. Only holders of the
// Atlas_Manage_Stage_Criteria custom permission (granted by the Atlas_Sales_Ops permission set)
// who may also edit the object see any control that changes something.
import { LightningElement, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLWireResult } from 'lightning/graphql';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import MANAGE_STAGE_CRITERIA from '@salesforce/customPermission/Atlas_Manage_Stage_Criteria';
import { fieldErrorsOf } from 'c/atlasErrors';
import {
    STAGE_CRITERIA_SETUP_QUERY,
    saveCriterionOrder,
    saveStageCriterion,
    setCriterionActive,
    stageCriteriaSetupFromGraphQL,
    todayIso
} from 'c/atlasData';
import type {
    HiddenField,
    RecordFields,
    StageCriteriaSetupData,
    StageCriterionView
} from 'c/atlasData';
import type { PreviewView } from 'c/criteriaChangePreview';
import { criterionFieldsToSave, reorderChanges } from './criteriaGroups';
import { previewDraft } from './criteriaPreview';
import {
    newCriterionDefaults,
    editableValuesOf,
    groupViews,
    previewView,
    stageOptions,
    tooManyStagesMessage
} from './setupView';
import { SETUP_LABELS as LABELS } from './setupLabels';

/** The custom permission, as the platform resolves it for the running user. */
const HAS_MANAGE_PERMISSION = MANAGE_STAGE_CRITERIA === true;

interface Editor {
    recordId: string | null;
    values: RecordFields;
}

export default class StageCriteriaSetup extends LightningElement {
    labels = LABELS;
    setup: StageCriteriaSetupData | undefined;
    loadErrors: unknown;
    editor: Editor | null = null;
    draft: RecordFields = {};
    saving = false;
    saveErrors: unknown;
    fieldErrors: Record<string, string> = {};
    actionErrors: unknown;
    busy = false;
    preview: PreviewView | null = null;
    /** The criterion waiting for the user to confirm its deactivation, with its preview. */
    deactivating: { id: string; question: string; preview: PreviewView | null } | null = null;
    private refreshData: (() => Promise<void>) | undefined;
    private focusDeactivation = false;

    @wire(graphql, { query: STAGE_CRITERIA_SETUP_QUERY })
    wiredSetup(response: GraphQLWireResult<unknown>): void {
        this.refreshData = response.refresh;
        if (response.errors && response.errors.length > 0) {
            this.loadErrors = response.errors;
        } else if (response.data) {
            this.loadErrors = undefined;
            this.setup = stageCriteriaSetupFromGraphQL(response.data);
        }
    }

    /** Fields the panel's query asked for that field-level security hides from this user. */
    get hiddenFields(): HiddenField[] {
        return this.setup?.hiddenFields ?? [];
    }

    get isLoading(): boolean {
        return this.setup === undefined && !this.loadErrors;
    }

    get hasSetup(): boolean {
        return this.setup !== undefined;
    }

    /** Changing criteria needs the sales ops permission and edit access to the object. */
    get canManage(): boolean {
        const access = this.setup?.access;
        return HAS_MANAGE_PERMISSION && !!access && access.canCreate && access.canEdit;
    }

    get showReadOnly(): boolean {
        return this.setup !== undefined && !this.canManage;
    }

    get showNewButton(): boolean {
        return this.canManage && !this.editor;
    }

    get criteria(): StageCriterionView[] {
        return this.setup?.criteria ?? [];
    }

    get groups() {
        return this.setup ? groupViews(this.setup) : [];
    }

    get isEmpty(): boolean {
        return this.setup !== undefined && this.criteria.length === 0;
    }

    get tooManyStages(): string | null {
        return this.setup ? tooManyStagesMessage(this.setup) : null;
    }

    get stageChoices() {
        return this.setup ? stageOptions(this.setup) : [];
    }

    get formHeading(): string {
        return this.editor?.recordId ? LABELS.editHeading : LABELS.newHeading;
    }

    get sampleSize(): number {
        return this.setup?.sample.length ?? 0;
    }

    handleNew(): void {
        if (!this.canManage) {
            return;
        }
        this.openEditor(null, newCriterionDefaults(this.stageChoices[0]?.value ?? null));
    }

    handleEdit(event: CustomEvent<{ id: string }>): void {
        const criterion = this.criteria.find((candidate) => candidate.Id === event.detail.id);
        if (criterion && this.canManage) {
            this.openEditor(criterion.Id, editableValuesOf(criterion));
        }
    }

    handleCancel(): void {
        this.editor = null;
        this.preview = null;
    }

    handleDraftChange(event: CustomEvent<{ values: RecordFields }>): void {
        this.draft = event.detail.values;
        // A preview of an older draft would mislead: run it again for this one.
        this.preview = null;
    }

    handlePreview(): void {
        if (this.editor) {
            this.preview = this.previewOf(this.editor.recordId, this.draft);
        }
    }

    async handleSave(
        event: CustomEvent<{ values: RecordFields; changed: RecordFields }>
    ): Promise<void> {
        if (!this.editor || !this.canManage) {
            return;
        }
        const recordId = this.editor.recordId;
        const { values, changed } = event.detail;
        if (recordId && Object.keys(changed).length === 0) {
            this.editor = null;
            return;
        }
        const fields = criterionFieldsToSave(this.criteria, recordId, values, changed);
        this.saving = true;
        this.saveErrors = undefined;
        this.fieldErrors = {};
        try {
            await saveStageCriterion(recordId, fields);
            this.editor = null;
            this.preview = null;
            this.toast(LABELS.saved);
            await this.refresh();
        } catch (error) {
            // The form stays open with what the user typed; field errors go next to the fields.
            this.saveErrors = error;
            this.fieldErrors = fieldErrorsOf(error);
        } finally {
            this.saving = false;
        }
    }

    async handleMove(event: CustomEvent<{ id: string; direction: 'up' | 'down' }>): Promise<void> {
        const changes = reorderChanges(this.criteria, event.detail.id, event.detail.direction);
        if (this.canManage && changes.length > 0) {
            await this.write(() => saveCriterionOrder(changes), LABELS.reordered);
        }
    }

    async handleSetActive(event: CustomEvent<{ id: string; active: boolean }>): Promise<void> {
        if (!this.canManage) {
            return;
        }
        const { id, active } = event.detail;
        if (!active) {
            // Deactivating asks first, showing what it would change.
            const criterion = this.criteria.find((candidate) => candidate.Id === id);
            this.deactivating = {
                id,
                question: criterion?.Question__c ?? '',
                preview: this.previewOf(id, { Active__c: false })
            };
            // The question sits at the top of the page: take the user there.
            this.focusDeactivation = true;
            return;
        }
        await this.write(() => setCriterionActive(id, true), LABELS.activated);
    }

    handleDeactivationPreview(): void {
        const pending = this.deactivating;
        if (pending) {
            this.deactivating = {
                ...pending,
                preview: this.previewOf(pending.id, { Active__c: false })
            };
        }
    }

    async handleConfirmDeactivation(): Promise<void> {
        const pending = this.deactivating;
        if (pending && this.canManage) {
            await this.write(() => setCriterionActive(pending.id, false), LABELS.deactivated);
            if (!this.actionErrors) {
                this.deactivating = null;
            }
        }
    }

    handleCancelDeactivation(): void {
        this.deactivating = null;
    }

    override renderedCallback(): void {
        if (this.focusDeactivation) {
            this.focusDeactivation = false;
            this.template
                ?.querySelector<HTMLElement & { focusQuestion(): void }>('c-criterion-deactivation')
                ?.focusQuestion();
        }
    }

    private previewOf(recordId: string | null, draft: RecordFields): PreviewView | null {
        return this.setup
            ? previewView(this.setup, previewDraft(this.setup, recordId, draft, todayIso()))
            : null;
    }

    /** The settings form saved: load the page again so every part uses the new settings. */
    async handleSettingsSaved(): Promise<void> {
        await this.refresh();
    }

    private async write(action: () => Promise<void>, success: string): Promise<void> {
        this.busy = true;
        this.actionErrors = undefined;
        try {
            await action();
            this.toast(success);
            await this.refresh();
        } catch (error) {
            this.actionErrors = error;
        } finally {
            this.busy = false;
        }
    }

    private openEditor(recordId: string | null, values: RecordFields): void {
        this.editor = { recordId, values };
        this.draft = values as RecordFields;
        this.preview = null;
        this.saveErrors = undefined;
        this.fieldErrors = {};
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

// The Buying Centers panel on an Account page: loads the account's buying centers, members and
// contacts in one GraphQL query, shows them as a tree, and creates, edits and deletes them in place.
// After each change it signals a view refresh (lightning/refresh), so the Account Summary above
// shows the new figures without a reload.
import { LightningElement, api, wire } from 'lwc';
import { PanelTiming } from 'c/panelTiming';
import { graphql } from 'lightning/graphql';
import type { GraphQLWireResult } from 'lightning/graphql';
import { getObjectInfos } from 'lightning/uiObjectInfoApi';
import type { ObjectInfosResult } from 'lightning/uiObjectInfoApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { RefreshEvent } from 'lightning/refresh';
import { confirmDiscard } from 'c/unsavedChanges';
import { explainFieldErrors } from 'c/atlasErrors';
import type { ExplainedFieldError } from 'c/atlasErrors';
import {
    BUYING_CENTERS_QUERY,
    accessByObject,
    accessTo,
    buyingCentersFromGraphQL,
    formatLabel
} from 'c/atlasData';
import type { BuyingCenterView, BuyingCentersData, HiddenField, ObjectAccess } from 'c/atlasData';
import type { BuyingCenterRow } from 'c/buyingCenterTree';
import BUYING_CENTER_OBJECT from '@salesforce/schema/Buying_Center__c';
import MEMBER_OBJECT from '@salesforce/schema/Buying_Center_Member__c';
import { buyingCenterRows, parentOptions } from './buyingCenterRows';
import {
    applyFocus,
    editorFor,
    focusAfterCancel,
    focusTargetFor,
    formHeadingOf,
    otherNamesOf
} from './centerEditing';
import type { Editor, FocusTarget } from './centerEditing';
import { confirmAndDelete, saveCenterForm } from './centerWrites';
import type { SaveDetail } from './centerWrites';
import { PANEL_LABELS as LABELS } from './panelLabels';

export default class BuyingCenters extends LightningElement {
    private readonly timing = new PanelTiming('buyingCenters');
    @api recordId: string | undefined;

    labels = LABELS;
    data: BuyingCentersData | undefined;
    loadErrors: unknown;
    access: Record<string, ObjectAccess> = {};
    editor: Editor | null = null;
    saving = false;
    saveErrors: unknown;
    fieldErrors: Record<string, ExplainedFieldError> = {};
    actionErrors: unknown;
    selectedId: string | null = null;
    private pendingFocus: FocusTarget | null = null;
    private refreshData: (() => Promise<void>) | undefined;

    get variables(): Record<string, unknown> {
        return { accountId: this.recordId };
    }

    @wire(graphql, { query: BUYING_CENTERS_QUERY, variables: '$variables' })
    wiredBuyingCenters(result: GraphQLWireResult<unknown>): void {
        this.refreshData = result.refresh;
        if (result.errors && result.errors.length > 0) {
            this.loadErrors = result.errors;
        } else if (result.data) {
            this.loadErrors = undefined;
        }
        if (result.data) {
            this.timing.answered();
            this.data = buyingCentersFromGraphQL(result.data);
        }
    }

    @wire(getObjectInfos, { objectApiNames: [BUYING_CENTER_OBJECT, MEMBER_OBJECT] })
    wiredObjectInfos({ data }: { data?: ObjectInfosResult; error?: unknown }): void {
        // Without the object infos (still loading, or failed) the panel stays read-only.
        this.access = accessByObject(data);
    }

    get centerAccess(): ObjectAccess {
        return accessTo(this.access, 'Buying_Center__c');
    }

    get memberAccess(): ObjectAccess {
        return accessTo(this.access, 'Buying_Center_Member__c');
    }

    /** Fields the panel's query asked for that field-level security hides from this user. */
    get hiddenFields(): HiddenField[] {
        return this.data?.hiddenFields ?? [];
    }

    get isLoading(): boolean {
        return this.data === undefined && !this.loadErrors;
    }

    get buyingCenters(): BuyingCenterView[] {
        return this.data?.buyingCenters ?? [];
    }

    get isEmpty(): boolean {
        return this.data !== undefined && this.buyingCenters.length === 0;
    }

    get showNewButton(): boolean {
        return this.centerAccess.canCreate && this.data !== undefined;
    }

    get isReadOnly(): boolean {
        return this.data !== undefined && !this.centerAccess.canEdit;
    }

    get rows(): BuyingCenterRow[] {
        return buyingCenterRows(this.buyingCenters, LABELS);
    }

    get selectedCenter(): BuyingCenterView | undefined {
        return this.buyingCenters.find((center) => center.Id === this.selectedId);
    }

    get showTree(): boolean {
        return !this.selectedCenter && this.buyingCenters.length > 0;
    }

    get formHeading(): string {
        return formHeadingOf(this.buyingCenters, this.editor, LABELS);
    }

    get otherNames(): string[] {
        return otherNamesOf(this.buyingCenters, this.editor);
    }

    get formParentOptions(): { label: string; value: string }[] {
        return parentOptions(this.buyingCenters, this.editor?.recordId ?? null);
    }

    async handleNew(): Promise<void> {
        await this.openEditor(null, {});
    }

    async handleOpen(event: CustomEvent<{ id: string }>): Promise<void> {
        if (!(await confirmDiscard())) {
            return;
        }
        this.editor = null;
        this.selectedId = event.detail.id;
    }

    handleBack(): void {
        this.pendingFocus = focusTargetFor(this.selectedId);
        this.selectedId = null;
    }

    async handleEdit(event: CustomEvent<{ id: string }>): Promise<void> {
        const center = this.buyingCenters.find((candidate) => candidate.Id === event.detail.id);
        if (center) {
            const { recordId, values } = editorFor(center);
            await this.openEditor(recordId, values);
        }
    }

    async handleAddChild(event: CustomEvent<{ id: string }>): Promise<void> {
        await this.openEditor(null, { Parent_Buying_Center__c: event.detail.id });
    }

    handleCancel(): void {
        this.pendingFocus = focusAfterCancel(this.editor);
        this.editor = null;
    }

    override renderedCallback(): void {
        this.timing.rendered();
        if (this.pendingFocus !== null && applyFocus(this.template, this.pendingFocus)) {
            this.pendingFocus = null;
        }
    }

    async handleSave(event: CustomEvent<SaveDetail>): Promise<void> {
        const editor = this.editor;
        if (!editor || !this.recordId) {
            return;
        }
        this.saving = true;
        this.saveErrors = undefined;
        this.fieldErrors = {};
        try {
            const savedId = await saveCenterForm(this.recordId, editor, event.detail);
            this.editor = null;
            if (savedId) {
                this.toast(formatLabel(LABELS.saved, String(event.detail.values.Name ?? '')));
                await this.refresh();
                this.pendingFocus = focusTargetFor(savedId);
            }
        } catch (error) {
            // Keep the form open with what the user typed; say what to fix, next to the field.
            this.saveErrors = error;
            this.fieldErrors = explainFieldErrors(error);
        } finally {
            this.saving = false;
        }
    }

    async handleDelete(event: CustomEvent<{ id: string }>): Promise<void> {
        const center = this.buyingCenters.find((candidate) => candidate.Id === event.detail.id);
        if (!center) {
            return;
        }
        this.actionErrors = undefined;
        try {
            if (await confirmAndDelete(center, LABELS.deleteConfirm)) {
                this.toast(formatLabel(LABELS.deleted, center.Name));
                await this.refresh();
                this.pendingFocus = focusTargetFor(center.Parent_Buying_Center__c);
            }
        } catch (error) {
            this.actionErrors = error;
        }
    }

    async handleMembershipChange(): Promise<void> {
        await this.refresh();
    }

    private async openEditor(
        recordId: string | null,
        values: Record<string, unknown>
    ): Promise<void> {
        // Another form may hold what the user typed: it is replaced only if they agree.
        if (!(await confirmDiscard())) {
            return;
        }
        this.selectedId = null;
        this.saveErrors = undefined;
        this.fieldErrors = {};
        this.actionErrors = undefined;
        this.editor = { recordId, values };
    }

    /** Reloads this panel and tells the page its records changed (the summary refreshes). */
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

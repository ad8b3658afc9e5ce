// The Buying Centers panel on an Account page: loads the account's buying centers, members and
// contacts in one GraphQL query, shows them as a tree, and creates, edits and deletes them in place.
import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLWireResult } from 'lightning/graphql';
import { getObjectInfos } from 'lightning/uiObjectInfoApi';
import type { ObjectInfosResult } from 'lightning/uiObjectInfoApi';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import LightningConfirm from 'lightning/confirm';
import { confirmDiscard } from 'c/unsavedChanges';
import { explainFieldErrors } from 'c/atlasErrors';
import type { ExplainedFieldError } from 'c/atlasErrors';
import {
    BUYING_CENTERS_QUERY,
    accessByObject,
    accessTo,
    buyingCentersFromGraphQL,
    deleteBuyingCenter,
    formatLabel,
    saveBuyingCenter
} from 'c/atlasData';
import type {
    BuyingCenterView,
    BuyingCentersData,
    HiddenField,
    ObjectAccess,
    RecordFields
} from 'c/atlasData';
import type { BuyingCenterRow } from 'c/buyingCenterTree';
import BUYING_CENTER_OBJECT from '@salesforce/schema/Buying_Center__c';
import MEMBER_OBJECT from '@salesforce/schema/Buying_Center_Member__c';
import { buyingCenterRows, parentOptions } from './buyingCenterRows';
import { PANEL_LABELS as LABELS } from './panelLabels';

interface SaveDetail {
    values: RecordFields;
    changed: RecordFields;
}

interface Editor {
    recordId: string | null;
    values: Record<string, unknown>;
}

/** Where the keyboard goes once the form or record it was on is gone. */
type FocusTarget = { center: string } | 'new';

export default class BuyingCenters extends LightningElement {
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
        const editing = this.buyingCenters.find((center) => center.Id === this.editor?.recordId);
        return editing ? formatLabel(LABELS.editHeading, editing.Name) : LABELS.newHeading;
    }

    /** The names of the other buying centers: the form warns before a second one of a name. */
    get otherNames(): string[] {
        return this.buyingCenters
            .filter((center) => center.Id !== this.editor?.recordId)
            .map((center) => center.Name);
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
        const center = this.selectedId;
        this.selectedId = null;
        this.focusNext(center);
    }

    async handleEdit(event: CustomEvent<{ id: string }>): Promise<void> {
        const center = this.buyingCenters.find((candidate) => candidate.Id === event.detail.id);
        if (center) {
            const values: Record<string, unknown> = { ...center };
            delete values.members;
            await this.openEditor(center.Id, values);
        }
    }

    async handleAddChild(event: CustomEvent<{ id: string }>): Promise<void> {
        await this.openEditor(null, { Parent_Buying_Center__c: event.detail.id });
    }

    handleCancel(): void {
        const editor = this.editor;
        this.editor = null;
        const parent = editor?.values.Parent_Buying_Center__c;
        this.focusNext(
            editor?.recordId ?? (typeof parent === 'string' && parent !== '' ? parent : null)
        );
    }

    override renderedCallback(): void {
        const target = this.pendingFocus;
        if (target === null) {
            return;
        }
        if (target === 'new') {
            const button = this.template?.querySelector<HTMLElement>('[data-action^="new"]');
            button?.focus();
            this.pendingFocus = button ? null : target;
            return;
        }
        const tree = this.template?.querySelector('c-buying-center-tree') as
            (HTMLElement & { focusCenter(id: string): boolean }) | null;
        if (tree?.focusCenter(target.center) === true) {
            this.pendingFocus = null;
        }
    }

    /** After a save, cancel or delete: the buying center concerned, else the New button. */
    private focusNext(centerId: string | null): void {
        this.pendingFocus = centerId ? { center: centerId } : 'new';
    }

    async handleSave(event: CustomEvent<SaveDetail>): Promise<void> {
        if (!this.editor || !this.recordId) {
            return;
        }
        const { values, changed } = event.detail;
        const editingId = this.editor.recordId;
        if (editingId && Object.keys(changed).length === 0) {
            this.editor = null;
            return;
        }
        this.saving = true;
        this.saveErrors = undefined;
        this.fieldErrors = {};
        try {
            const savedId = await saveBuyingCenter(
                this.recordId,
                editingId,
                editingId ? changed : values
            );
            this.editor = null;
            this.toast(formatLabel(LABELS.saved, String(values.Name ?? '')));
            await this.refresh();
            this.focusNext(savedId);
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
        const confirmed = await LightningConfirm.open({
            message: formatLabel(LABELS.deleteConfirm, center.Name),
            variant: 'headerless',
            theme: 'warning'
        });
        if (!confirmed) {
            return;
        }
        this.actionErrors = undefined;
        try {
            await deleteBuyingCenter(center.Id);
            this.toast(formatLabel(LABELS.deleted, center.Name));
            await this.refresh();
            this.focusNext(center.Parent_Buying_Center__c ?? null);
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

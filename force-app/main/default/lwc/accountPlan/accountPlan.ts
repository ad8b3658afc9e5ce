// The Account Plan panel on an Account page: the marketing Objectives → Strategies → Actions tree
// with owners, due dates, status and overdue flags, added and edited in place at every level, and
// the plan's completeness with what is missing. One GraphQL query per load.
import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLWireResult } from 'lightning/graphql';
import { getObjectInfos } from 'lightning/uiObjectInfoApi';
import type { ObjectInfosResult } from 'lightning/uiObjectInfoApi';
import { NavigationMixin } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { fieldErrorsOf } from 'c/atlasErrors';
import {
    ACCOUNT_PLAN_QUERY,
    accessByObject,
    accountPlanFromGraphQL,
    savePlanItem,
    todayIso
} from 'c/atlasData';
import type {
    AccountPlanData,
    HiddenField,
    ObjectAccess,
    PlanLevel,
    RecordFields
} from 'c/atlasData';
import type { PlanObjectiveNode } from 'c/accountPlanTree';
import type { FormFieldDefinition } from 'c/planningRecordForm';
import type { CompletenessView } from 'c/planCompletenessSummary';
import OBJECTIVE_OBJECT from '@salesforce/schema/Marketing_Objective__c';
import STRATEGY_OBJECT from '@salesforce/schema/Marketing_Strategy__c';
import ACTION_OBJECT from '@salesforce/schema/Marketing_Action__c';
import { planItemFields } from './planItemFields';
import { planNodes } from './planNodes';
import { completenessView, fixPageReference } from './planCompletenessView';
import { findPlanItem, planChoices } from './planEditing';
import { isUnchangedEdit, planEditor, planItemSaveFields, savedMessage } from './planEditor';
import type { PlanEditor } from './planEditor';
import { planPanelView } from './planPanelView';
import type { PlanPanelView } from './planPanelView';
import { PLAN_LABELS as LABELS } from './planLabels';

export default class AccountPlan extends NavigationMixin(LightningElement) {
    @api recordId: string | undefined;

    labels = LABELS;
    data: AccountPlanData | undefined;
    loadErrors: unknown;
    access: Record<string, ObjectAccess> = {};
    editor: PlanEditor | null = null;
    saving = false;
    saveErrors: unknown;
    fieldErrors: Record<string, string> = {};
    private refreshData: (() => Promise<void>) | undefined;

    get variables(): Record<string, unknown> {
        return { accountId: this.recordId };
    }

    @wire(graphql, { query: ACCOUNT_PLAN_QUERY, variables: '$variables' })
    wiredPlan(result: GraphQLWireResult<unknown>): void {
        this.refreshData = result.refresh;
        this.loadErrors = result.errors && result.errors.length > 0 ? result.errors : undefined;
        if (result.data) {
            this.data = accountPlanFromGraphQL(result.data);
        }
    }

    @wire(getObjectInfos, { objectApiNames: [OBJECTIVE_OBJECT, STRATEGY_OBJECT, ACTION_OBJECT] })
    wiredObjectInfos({ data }: { data?: ObjectInfosResult; error?: unknown }): void {
        // Without the object infos (still loading, or failed) the panel stays read-only.
        this.access = accessByObject(data);
    }

    /** Who may add and edit what, and which messages apply. */
    /** Fields the panel's query asked for that field-level security hides from this user. */
    get hiddenFields(): HiddenField[] {
        return this.data?.hiddenFields ?? [];
    }

    get view(): PlanPanelView {
        return planPanelView(this.data, this.loadErrors, this.access);
    }

    get objectives(): PlanObjectiveNode[] {
        return this.data ? planNodes(this.data, todayIso(), LABELS) : [];
    }

    get completeness(): CompletenessView | null {
        return this.data ? completenessView(this.data) : null;
    }

    get formFields(): FormFieldDefinition[] {
        return this.editor && this.data
            ? planItemFields(this.editor.level, LABELS, planChoices(this.data))
            : [];
    }

    handleNewObjective(): void {
        if (this.recordId) {
            this.openEditor('objective', null, this.recordId, {});
        }
    }

    handleAdd(event: CustomEvent<{ level: PlanLevel; parentId: string }>): void {
        this.openEditor(event.detail.level, null, event.detail.parentId, {});
    }

    handleEdit(event: CustomEvent<{ level: PlanLevel; id: string }>): void {
        const found = this.data && findPlanItem(this.data, event.detail.level, event.detail.id);
        if (found) {
            this.openEditor(event.detail.level, event.detail.id, found.parentId, found.values);
        }
    }

    handleOpenRecord(event: CustomEvent<{ recordId: string }>): void {
        this[NavigationMixin.Navigate]({
            type: 'standard__recordPage',
            attributes: { recordId: event.detail.recordId, actionName: 'view' }
        });
    }

    /** A completeness gap's link: opens the place where it is fixed. */
    handleFix(
        event: CustomEvent<{ objectApiName: string; recordId: string; field: string | null }>
    ): void {
        this[NavigationMixin.Navigate](fixPageReference(event.detail));
    }

    handleCancel(): void {
        this.editor = null;
    }

    async handleSave(event: CustomEvent<{ values: RecordFields; changed: RecordFields }>) {
        const editor = this.editor;
        if (!editor) {
            return;
        }
        const { values, changed } = event.detail;
        if (isUnchangedEdit(editor, changed)) {
            this.editor = null;
            return;
        }
        this.saving = true;
        this.clearSaveErrors();
        try {
            const fields = planItemSaveFields(editor, values, changed);
            await savePlanItem(editor.level, editor.parentId, editor.recordId, fields);
            this.editor = null;
            this.dispatchEvent(
                new ShowToastEvent({
                    title: savedMessage(LABELS.saved, values),
                    variant: 'success'
                })
            );
            await this.refresh();
        } catch (error) {
            // The form stays open with what the user typed; the errors say what to fix.
            this.saveErrors = error;
            this.fieldErrors = fieldErrorsOf(error);
        } finally {
            this.saving = false;
        }
    }

    private openEditor(
        level: PlanLevel,
        recordId: string | null,
        parentId: string,
        values: Record<string, unknown>
    ): void {
        this.clearSaveErrors();
        this.editor = planEditor(level, recordId, parentId, values, LABELS);
    }

    private clearSaveErrors(): void {
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
}

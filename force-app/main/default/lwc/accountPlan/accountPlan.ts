// The Account Plan panel on an Account page: the marketing Objectives → Strategies → Actions tree
// with owners, due dates, targets, status and overdue flags, added, edited and deleted in place at
// every level, moved up and down among their siblings, and the plan's completeness with what is
// missing, each finding opening its fix.
import { LightningElement, api, wire } from 'lwc';
import { PanelTiming } from 'c/panelTiming';
import { RefreshEvent } from 'lightning/refresh';
import { graphql } from 'lightning/graphql';
import type { GraphQLWireResult } from 'lightning/graphql';
import { getObjectInfos } from 'lightning/uiObjectInfoApi';
import type { ObjectInfosResult } from 'lightning/uiObjectInfoApi';
import { NavigationMixin } from 'lightning/navigation';
import { fieldErrorsOf } from 'c/atlasErrors';
import {
    ACCOUNT_PLAN_QUERY,
    accessByObject,
    accountPlanFromGraphQL,
    savePlanOrder,
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
import { completenessView } from './planCompletenessView';
import { fixOpening, planFixOf } from './planFixes';
import type { FixRequest } from './planFixes';
import { findPlanItem, planChoices } from './planEditing';
import { planEditor, savePlanEdit } from './planEditor';
import type { PlanEditor } from './planEditor';
import { planPanelView } from './planPanelView';
import { confirmAndDelete, planDeletion } from './planDeletion';
import { focusFormField, focusMovedItem, focusPlanItem } from './planFocus';
import { movedOrder, siblingsOf } from './planOrder';
import type { MoveDirection } from './planOrder';
import { confirmDiscard } from 'c/unsavedChanges';
import type { PlanPanelView } from './planPanelView';
import { PLAN_LABELS as LABELS } from './planLabels';

export default class AccountPlan extends NavigationMixin(LightningElement) {
    private readonly timing = new PanelTiming('accountPlan');
    @api recordId: string | undefined;

    labels = LABELS;
    data: AccountPlanData | undefined;
    loadErrors: unknown;
    access: Record<string, ObjectAccess> = {};
    editor: PlanEditor | null = null;
    saving = false;
    saveErrors: unknown;
    actionErrors: unknown;
    /** What the error panel says failed: a deletion or a move. */
    actionFailed: string = LABELS.deleteFailed;
    fieldErrors: Record<string, string> = {};
    /** A buying center's fields a completeness finding asks for, being filled in here. */
    centerFix: { center: Record<string, unknown>; fieldNames: string[] } | null = null;
    private focusAfterRender: string | null = null;
    private focusFieldName: string | null = null;
    private refreshData: (() => Promise<void>) | undefined;

    get variables(): Record<string, unknown> {
        return { accountId: this.recordId };
    }

    @wire(graphql, { query: ACCOUNT_PLAN_QUERY, variables: '$variables' })
    wiredPlan(result: GraphQLWireResult<unknown>): void {
        this.refreshData = result.refresh;
        this.loadErrors = result.errors && result.errors.length > 0 ? result.errors : undefined;
        if (result.data) {
            this.timing.answered();
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
        return this.data ? completenessView(this.data, todayIso()) : null;
    }

    get formFields(): FormFieldDefinition[] {
        return this.editor && this.data
            ? planItemFields(this.editor.level, LABELS, planChoices(this.data))
            : [];
    }

    async handleNewObjective(): Promise<void> {
        if (this.recordId) {
            await this.openEditor('objective', null, this.recordId, {});
        }
    }

    async handleAdd(event: CustomEvent<{ level: PlanLevel; parentId: string }>): Promise<void> {
        await this.openEditor(event.detail.level, null, event.detail.parentId, {});
    }

    async handleEdit(event: CustomEvent<{ level: PlanLevel; id: string }>): Promise<void> {
        const found = this.data && findPlanItem(this.data, event.detail.level, event.detail.id);
        if (found) {
            await this.openEditor(
                event.detail.level,
                event.detail.id,
                found.parentId,
                found.values
            );
        }
    }

    /** Deletes an item with what hangs under it, once the user has read what goes and agreed. */
    async handleDelete(event: CustomEvent<{ level: PlanLevel; id: string }>): Promise<void> {
        const deletion =
            this.data && planDeletion(this.data, event.detail.level, event.detail.id, LABELS);
        if (!deletion) {
            return;
        }
        this.actionErrors = undefined;
        this.actionFailed = LABELS.deleteFailed;
        try {
            if (!(await confirmAndDelete(deletion, this, LABELS.deleted))) {
                focusPlanItem(this.template, deletion.recordId);
                return;
            }
            if (this.editor?.recordId === deletion.recordId) {
                this.editor = null;
            }
            await this.refresh();
            focusPlanItem(this.template, deletion.focusId);
        } catch (error) {
            this.actionErrors = error;
        }
    }

    /** Move up / down: the siblings renumbered in their new order, the keyboard left on the button. */
    async handleMove(
        event: CustomEvent<{ level: PlanLevel; id: string; direction: MoveDirection }>
    ): Promise<void> {
        const { level, id, direction } = event.detail;
        const changes = this.data && movedOrder(siblingsOf(this.data, level, id), id, direction);
        if (!changes) {
            return;
        }
        this.actionErrors = undefined;
        this.actionFailed = LABELS.moveFailed;
        try {
            await savePlanOrder(level, changes);
            await this.refresh();
            focusMovedItem(this.template, id, direction);
        } catch (error) {
            this.actionErrors = error;
        }
    }

    handleOpenRecord(event: CustomEvent<{ recordId: string }>): void {
        this[NavigationMixin.Navigate]({
            type: 'standard__recordPage',
            attributes: { recordId: event.detail.recordId, actionName: 'view' }
        });
    }

    /** A completeness gap's link: opens the form where it is fixed, here when it can. */
    async handleFix(event: CustomEvent<FixRequest>): Promise<void> {
        const opening = this.data && fixOpening(planFixOf(event.detail), this.data, this.recordId);
        if (opening?.editor) {
            const { level, recordId, parentId, values, field } = opening.editor;
            await this.openEditor(level, recordId, parentId, values, field);
        } else if (opening?.centerFix && (await confirmDiscard())) {
            this.editor = null;
            this.centerFix = opening.centerFix;
            this.focusAfterRender = 'c-account-plan-center-fix';
        } else if (opening?.navigate) {
            this[NavigationMixin.Navigate](opening.navigate);
        }
    }

    async handleCenterFixClose(event: CustomEvent<{ saved: boolean }>): Promise<void> {
        this.centerFix = null;
        if (event.detail.saved) {
            await this.refresh();
        }
    }

    handleCancel(): void {
        const editor = this.editor;
        this.editor = null;
        focusPlanItem(this.template, editor?.recordId ?? editor?.parentId);
    }

    override renderedCallback(): void {
        this.timing.rendered();
        // A form opened from a link or a menu may be far from where the user was: bring it into
        // view with the keyboard on the field to fill.
        if (this.focusAfterRender) {
            focusFormField(this.template, this.focusAfterRender, this.focusFieldName);
            this.focusAfterRender = null;
        }
    }

    async handleSave(event: CustomEvent<{ values: RecordFields; changed: RecordFields }>) {
        const editor = this.editor;
        if (!editor) {
            return;
        }
        this.saving = true;
        this.clearSaveErrors();
        try {
            const savedId = await savePlanEdit(editor, event.detail, this, LABELS.saved);
            this.editor = null;
            if (savedId) {
                await this.refresh();
            }
            focusPlanItem(this.template, savedId ?? editor.recordId);
        } catch (error) {
            // The form stays open with what the user typed; the errors say what to fix.
            this.saveErrors = error;
            this.fieldErrors = fieldErrorsOf(error);
        } finally {
            this.saving = false;
        }
    }

    private async openEditor(
        level: PlanLevel,
        recordId: string | null,
        parentId: string,
        values: Record<string, unknown>,
        focusField: string | null = null
    ): Promise<void> {
        // Another form may hold what the user typed: it is replaced only if they agree.
        if (!(await confirmDiscard())) {
            return;
        }
        this.clearSaveErrors();
        this.centerFix = null;
        this.editor = planEditor(level, recordId, parentId, values, LABELS);
        this.focusAfterRender = 'c-planning-record-form';
        this.focusFieldName = focusField;
    }

    private clearSaveErrors(): void {
        this.saveErrors = undefined;
        this.fieldErrors = {};
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
}

// The Mutual Plan panel on an Opportunity page: the steps both sides agreed, in order against the
// close date (a step due after it, or open past its due date, is marked and is a deal risk on the
// Deal Score panel), added, edited and completed here, and exported for the customer as a CSV
// without internal notes. One GraphQL request; writes through c/atlasData, then a refresh.
import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLWireResult } from 'lightning/graphql';
import {
    MUTUAL_PLAN_QUERY,
    completePlanStep,
    formatLabel,
    mutualPlanFromGraphQL,
    notifyDealChanged,
    savePlanStep,
    todayIso
} from 'c/atlasData';
import type { MutualPlanData } from 'c/atlasData';
import { saveErrorsOf } from 'c/atlasErrors';
import { completedOnFor, stepProblems } from 'c/mutualPlan';
import type { PlanStep, StepDraft } from 'c/mutualPlan';
import type { FieldProblems, Option } from 'c/mutualPlanStepForm';
import { localeStyle } from 'c/atlasMessages';
import LOCALE from '@salesforce/i18n/locale';
import { PLAN_LABELS as LABELS, PROBLEM_LABELS } from './planLabels';
import { csvFileName, customerCsv, stepRows } from './planView';
import type { StepRow } from './planView';
import { downloadCsv } from './planDownload';

/** The form's step when adding one: no record yet. */
const NEW_STEP = 'new';
/** pendingFocus: the open form (its heading). */
const FORM = 'form';

export default class MutualPlanPanel extends LightningElement {
    @api recordId: string | undefined;

    labels = LABELS;
    data: MutualPlanData | undefined;
    loadErrors: unknown;
    /** NEW_STEP, the id of the step being edited, or null when no form is open. */
    editing: string | null = null;
    /**
     * Where focus goes once the page has rendered: FORM (the open form's heading), a step's id
     * (its Edit button, after its form closed), NEW_STEP (Add step, after the new step's form
     * closed), or null.
     */
    private pendingFocus: string | null = null;
    problems: FieldProblems = {};
    saveErrors: string[] = [];
    saving = false;
    completingId: string | null = null;
    completeErrors: unknown;
    private refreshData: (() => Promise<void>) | undefined;

    get variables(): Record<string, unknown> {
        return { opportunityId: this.recordId };
    }

    @wire(graphql, { query: MUTUAL_PLAN_QUERY, variables: '$variables' })
    wiredPlan(response: GraphQLWireResult<unknown>): void {
        this.refreshData = response.refresh;
        if (response.errors && response.errors.length > 0) {
            this.loadErrors = response.errors;
        } else if (response.data) {
            this.loadErrors = undefined;
            this.data = mutualPlanFromGraphQL(response.data);
        }
    }

    get isLoading(): boolean {
        return this.data === undefined && !this.loadErrors;
    }

    get notFound(): boolean {
        return this.data !== undefined && this.data.deal === null;
    }

    get hasDeal(): boolean {
        return !!this.data?.deal;
    }

    get closeDateText(): string {
        const close = this.data?.deal?.CloseDate;
        return close
            ? formatLabel(LABELS.closeDate, localeStyle({}, LOCALE).date(close))
            : LABELS.noCloseDate;
    }

    get isClosed(): boolean {
        return this.data?.deal?.IsClosed === true;
    }

    /** The steps, the one being edited holding its form (opened where the step is, not below the plan). */
    get rows(): (StepRow & { isEdited: boolean })[] {
        return this.data
            ? stepRows(this.data, todayIso()).map((row) => ({
                  ...row,
                  isEdited: row.id === this.editing
              }))
            : [];
    }

    get hasSteps(): boolean {
        return (this.data?.steps.length ?? 0) > 0;
    }

    get showEmpty(): boolean {
        return !this.isAdding;
    }

    get canAdd(): boolean {
        return this.data?.canCreate === true && this.editing === null;
    }

    get canEdit(): boolean {
        return this.data?.canEdit === true && this.editing === null;
    }

    get isReadOnly(): boolean {
        return !!this.data && !this.data.canCreate && !this.data.canEdit;
    }

    get isAdding(): boolean {
        return this.editing === NEW_STEP;
    }

    get editedStep(): PlanStep | null {
        return this.data?.steps.find((step) => step.Id === this.editing) ?? null;
    }

    get userOptions(): Option[] {
        return (this.data?.users ?? []).map((user) => ({ label: user.Name, value: user.Id }));
    }

    get contactOptions(): Option[] {
        return (this.data?.contacts ?? []).map((contact) => ({
            label: contact.Name,
            value: contact.Id
        }));
    }

    get statusOptions(): Option[] {
        return (this.data?.statuses ?? []).map((entry) => ({
            label: entry.label,
            value: entry.value
        }));
    }

    handleAdd(): void {
        this.openForm(NEW_STEP);
        this.pendingFocus = FORM;
    }

    handleEdit(event: Event): void {
        this.openForm((event.currentTarget as HTMLElement).dataset.id ?? null);
        this.pendingFocus = FORM;
    }

    handleCancel(): void {
        this.closeForm();
    }

    override renderedCallback(): void {
        if (this.pendingFocus === null) {
            return;
        }
        let target: (HTMLElement & { focusForm?: () => void }) | null | undefined;
        if (this.pendingFocus === FORM) {
            target = this.template?.querySelector('c-mutual-plan-step-form');
            target?.focusForm?.();
        } else {
            const selector =
                this.pendingFocus === NEW_STEP
                    ? 'lightning-button[data-id="add-step"]'
                    : `lightning-button[data-action="edit"][data-id="${this.pendingFocus}"]`;
            target = this.template?.querySelector<HTMLElement>(selector);
            target?.focus();
        }
        if (target) {
            this.pendingFocus = null;
        }
    }

    async handleSave(event: CustomEvent<StepDraft>): Promise<void> {
        const draft = event.detail;
        const found = stepProblems(draft);
        this.problems = Object.fromEntries(
            found.map((problem) => [problem.field, PROBLEM_LABELS[problem.code]])
        );
        this.saveErrors = [];
        const opportunityId = this.recordId;
        if (found.length > 0 || !opportunityId) {
            return;
        }
        const edited = this.editedStep;
        this.saving = true;
        try {
            await savePlanStep(opportunityId, edited?.Id ?? null, {
                ...draft,
                completedOn: completedOnFor(
                    draft.status,
                    edited?.Completed_On__c ?? null,
                    todayIso()
                )
            });
            this.closeForm();
            await this.afterWrite(opportunityId);
        } catch (error) {
            // The form stays open with what was typed; the platform's reasons show in it.
            this.saveErrors = saveErrorsOf(error);
        } finally {
            this.saving = false;
        }
    }

    async handleComplete(event: Event): Promise<void> {
        const stepId = (event.currentTarget as HTMLElement).dataset.id;
        const opportunityId = this.recordId;
        if (!stepId || !opportunityId) {
            return;
        }
        this.completingId = stepId;
        this.completeErrors = undefined;
        try {
            await completePlanStep(stepId, todayIso());
            await this.afterWrite(opportunityId);
        } catch (error) {
            this.completeErrors = error;
        } finally {
            this.completingId = null;
        }
    }

    handleExport(): void {
        if (this.data) {
            downloadCsv(customerCsv(this.data), csvFileName(this.data));
        }
    }

    /** Closes the form; focus goes back to the button that opened it (its step's Edit, or Add step). */
    private closeForm(): void {
        this.pendingFocus = this.editing;
        this.openForm(null);
    }

    private openForm(editing: string | null): void {
        this.editing = editing;
        this.problems = {};
        this.saveErrors = [];
    }

    /** Reloads the plan, and tells the page the deal changed so the Deal Score panel re-scores. */
    private async afterWrite(opportunityId: string): Promise<void> {
        await Promise.all([this.refreshData?.(), notifyDealChanged(opportunityId)]);
    }
}

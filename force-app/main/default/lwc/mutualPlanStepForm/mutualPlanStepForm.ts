// The form for one mutual plan step, new or edited: name, due date, status, owners on both sides,
// evidence and internal notes. It keeps what the rep typed until the container closes it, so a
// refused save loses nothing; it sends 'save' with the draft and 'cancel'.
import { LightningElement, api } from 'lwc';
import type { PlanStep, StepDraft } from 'c/mutualPlan';
import { STEP_EVIDENCE_MAX, STEP_NAME_MAX } from 'c/mutualPlan';
import { FORM_LABELS as LABELS } from './formLabels';

export interface Option {
    label: string;
    value: string;
}

/** A problem's words on the field it is about. */
export type FieldProblems = Partial<Record<'name' | 'dueDate' | 'evidence', string>>;

type DraftField = keyof StepDraft;

/** '' is how a combobox shows "nobody": the option the form adds first. */
const NOBODY = '';

export default class MutualPlanStepForm extends LightningElement {
    /** The step being edited, or null for a new one. */
    @api step: PlanStep | null = null;
    @api userOptions: Option[] = [];
    @api contactOptions: Option[] = [];
    @api statusOptions: Option[] = [];
    @api problems: FieldProblems = {};
    /** Why the last save failed (the platform's words), shown above the buttons. */
    @api saveErrors: string[] = [];
    @api saving = false;

    /**
     * Moves focus to the form as it opens: its heading ("Edit step"), so a screen reader hears
     * which form opened and Tab goes on to the step's name. (Focusing the name field itself left
     * the owner comboboxes unable to open in the browser preview, #22: not understood yet.)
     */
    @api focusForm(): void {
        this.template?.querySelector<HTMLElement>('[data-id="form-heading"]')?.focus();
    }

    labels = LABELS;
    nameMax = STEP_NAME_MAX;
    evidenceMax = STEP_EVIDENCE_MAX;
    draft: StepDraft = {
        name: '',
        dueDate: '',
        status: 'Not Started',
        ourOwnerId: null,
        customerOwnerId: null,
        evidence: '',
        internalNotes: ''
    };

    override connectedCallback(): void {
        const step = this.step;
        if (step) {
            this.draft = {
                name: step.Name,
                dueDate: step.Due_Date__c ?? '',
                status: step.Status__c ?? 'Not Started',
                ourOwnerId: step.Our_Owner__c ?? null,
                customerOwnerId: step.Customer_Owner__c ?? null,
                evidence: step.Evidence__c ?? '',
                internalNotes: step.Internal_Notes__c ?? ''
            };
        }
    }

    get heading(): string {
        return this.step ? LABELS.formEdit : LABELS.formNew;
    }

    get ourOwnerOptions(): Option[] {
        return [{ label: LABELS.pickNone, value: NOBODY }, ...this.userOptions];
    }

    get customerOwnerOptions(): Option[] {
        return [{ label: LABELS.pickNone, value: NOBODY }, ...this.contactOptions];
    }

    get ourOwnerValue(): string {
        return this.draft.ourOwnerId ?? NOBODY;
    }

    get customerOwnerValue(): string {
        return this.draft.customerOwnerId ?? NOBODY;
    }

    get hasProblems(): boolean {
        return Object.keys(this.problems).length > 0;
    }

    get hasSaveErrors(): boolean {
        return this.saveErrors.length > 0;
    }

    handleField(event: Event): void {
        const target = event.target as HTMLInputElement & { dataset: { field: DraftField } };
        const value =
            (event as CustomEvent<{ value?: string }>).detail?.value ?? target.value ?? '';
        const field = target.dataset.field;
        const isOwner = field === 'ourOwnerId' || field === 'customerOwnerId';
        this.draft = { ...this.draft, [field]: isOwner ? value || null : value };
    }

    handleSave(event: Event): void {
        event.preventDefault();
        this.dispatchEvent(new CustomEvent('save', { detail: { ...this.draft } }));
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }
}

// One stage criterion or qualification question of a deal: its state (No / In Progress / Yes),
// what the customer did or said, and the contact who verified it, read; Edit evidence draws the
// form (a deal of 60 criteria drew 60 forms nobody opened: issue #18). Keeps what the user typed
// until the saved record comes back, and across failed saves and refreshes of other criteria;
// tells the page while it holds unsaved evidence (c/unsavedChanges), so leaving asks first.
import { LightningElement, api } from 'lwc';
import { setUnsaved } from 'c/unsavedChanges';
import type { EvidenceState } from 'c/atlasModel';
import { formatLabel } from 'c/atlasData';
import { localeStyle } from 'c/atlasMessages';
import LOCALE from '@salesforce/i18n/locale';
import { ITEM_LABELS as LABELS } from './itemLabels';
import {
    draftOf,
    sameDraft,
    saveDetailOf,
    STATES,
    type Draft,
    type EvidenceItemView
} from './evidenceDraft';

export type { EvidenceItemView, EvidenceSaveDetail } from './evidenceDraft';

/** Dates in the user's locale (Oct 26, 2026), as the other panels show them. */
const DATES = localeStyle({}, LOCALE);

export default class StageEvidenceItem extends LightningElement {
    @api contactOptions: { label: string; value: string }[] = [];
    @api readOnly = false;
    @api saving = false;
    /** Field API name → message from a failed save. */
    @api fieldErrors: Record<string, string> = {};
    /** A failed save's error, for c-error-panel. */
    @api
    get errors(): unknown {
        return this.saveErrors;
    }
    set errors(value: unknown) {
        this.saveErrors = value;
        // The panel clears the error as each save (or waiver) sets off: what comes next is news.
        if (value === undefined || value === null) {
            this.errorsDropped = false;
        }
    }
    private saveErrors: unknown;

    labels = LABELS;
    draft: Draft = draftOf(null);
    /** The user opened the form (Edit evidence) and has not saved or cancelled it yet. */
    formOpen = false;
    localErrors: Record<string, string> = {};
    private current: EvidenceItemView | null = null;
    private saved: Draft = draftOf(null);
    /** Save was pressed: when the saved record comes back, focus goes to the criterion's heading. */
    private focusWhenSaved = false;
    private focusPending = false;
    /** Where focus goes after the render that opens or closes the form. */
    private focusAfterRender: 'form' | 'edit' | null = null;
    /**
     * The form was opened again after a failed save, and nothing was saved since: the error in
     * hand belongs to the draft the user dropped with Cancel, so the form does not show it.
     */
    private errorsDropped = false;

    /** The criterion and its saved evidence. A refresh that changes nothing keeps the draft. */
    @api
    get item(): EvidenceItemView | null {
        return this.current;
    }
    set item(item: EvidenceItemView | null) {
        const saved = draftOf(item);
        if (item?.criterionId !== this.current?.criterionId || !sameDraft(saved, this.saved)) {
            // Save disables its button once the draft is saved; the keyboard moves to the heading
            // instead of dropping to the page's body.
            this.focusPending = this.focusWhenSaved && sameDraft(saved, this.draft);
            this.focusWhenSaved = false;
            // Saved as typed: the criterion goes back to reading.
            if (this.focusPending || item?.criterionId !== this.current?.criterionId) {
                this.formOpen = false;
            }
            this.draft = saved;
            this.localErrors = {};
        }
        this.current = item;
        this.saved = saved;
        this.trackUnsaved();
    }

    override renderedCallback(): void {
        if (this.focusPending) {
            this.focusPending = false;
            this.focusCriterion();
        }
        const target = this.focusAfterRender;
        this.focusAfterRender = null;
        if (target === 'form') {
            this.template?.querySelector<HTMLElement>('[data-field="State__c"]')?.focus();
        } else if (target === 'edit') {
            this.template?.querySelector<HTMLElement>('[data-action="edit-evidence"]')?.focus();
        }
    }

    override disconnectedCallback(): void {
        setUnsaved(this.unsavedKey, false, '');
    }

    private get unsavedKey(): string {
        return `evidence-${this.current?.criterionId ?? ''}`;
    }

    private trackUnsaved(): void {
        setUnsaved(this.unsavedKey, this.isDirty, this.current?.question ?? '', () =>
            this.focusEvidence()
        );
    }

    private focusEvidence(): void {
        const field = this.template?.querySelector<HTMLElement>('[data-field="Evidence__c"]');
        field?.scrollIntoView?.({ block: 'center' });
        field?.focus();
    }

    /** The form shows while the user edits a criterion they may write. */
    get editing(): boolean {
        return this.formOpen && !this.readOnly;
    }

    get canEdit(): boolean {
        return !this.readOnly;
    }

    /**
     * The waiver part has something to show: who waived the criterion, or the waive button for a
     * manager. Otherwise it is not drawn at all (a deal's page draws one item per open criterion,
     * and an empty waiver part is a component for nothing: #18).
     */
    get hasWaiver(): boolean {
        return Boolean(this.current?.waiverText) || this.current?.canWaive === true;
    }

    get stateOptions(): { label: string; value: string }[] {
        return STATES.map((state) => ({ label: LABELS.states[state], value: state }));
    }

    get stateText(): string {
        const state = this.current?.state;
        return state ? LABELS.states[state] : LABELS.notAssessed;
    }

    get contactChoices(): { label: string; value: string }[] {
        return [{ label: LABELS.none, value: '' }, ...this.contactOptions];
    }

    get verifiedText(): string | null {
        const item = this.current;
        if (!item?.verifiedByName) {
            return null;
        }
        return item.verifiedOn
            ? formatLabel(LABELS.verifiedByOn, item.verifiedByName, DATES.date(item.verifiedOn))
            : formatLabel(LABELS.verifiedBy, item.verifiedByName);
    }

    /** The Edit evidence button's disclosure state (it shows only while the form is closed). */
    get formExpanded(): string {
        return String(this.editing);
    }

    /** The last failed save's field errors, unless the user dropped that draft since. */
    private get saveFieldErrors(): Record<string, string> | undefined {
        return this.errorsDropped ? undefined : this.fieldErrors;
    }

    get evidenceError(): string | undefined {
        return this.localErrors.Evidence__c ?? this.saveFieldErrors?.Evidence__c;
    }

    get stateError(): string | undefined {
        return this.saveFieldErrors?.State__c;
    }

    get verifiedByError(): string | undefined {
        return this.saveFieldErrors?.Verified_By__c;
    }

    get evidenceClass(): string {
        return this.evidenceError ? 'slds-has-error' : '';
    }

    get isDirty(): boolean {
        return !sameDraft(this.draft, this.saved);
    }

    get saveDisabled(): boolean {
        return this.saving || !this.isDirty;
    }

    get hasErrors(): boolean {
        return this.saveErrors !== undefined && this.saveErrors !== null && !this.errorsDropped;
    }

    get headingId(): string {
        return `criterion-${this.current?.criterionId ?? ''}`;
    }

    handleEdit(): void {
        this.formOpen = true;
        this.errorsDropped = this.saveErrors !== undefined && this.saveErrors !== null;
        this.focusAfterRender = 'form';
    }

    /** Drops what was typed since the last save and goes back to reading. */
    handleCancel(): void {
        this.draft = this.saved;
        this.localErrors = {};
        this.focusWhenSaved = false;
        this.formOpen = false;
        this.focusAfterRender = 'edit';
        this.trackUnsaved();
    }

    handleStateChange(event: CustomEvent<{ value: EvidenceState }>): void {
        this.draft = { ...this.draft, state: event.detail.value };
        this.localErrors = {};
        this.trackUnsaved();
    }

    handleEvidenceChange(event: CustomEvent<{ value: string }>): void {
        this.draft = { ...this.draft, evidence: event.detail.value ?? '' };
        this.localErrors = {};
        this.trackUnsaved();
    }

    handleVerifiedByChange(event: CustomEvent<{ value: string }>): void {
        this.draft = { ...this.draft, verifiedById: event.detail.value ?? '' };
        this.trackUnsaved();
    }

    handleSave(): void {
        const item = this.current;
        if (!item || !this.isDirty) {
            return;
        }
        const detail = saveDetailOf(item, this.draft);
        if (detail === 'evidence-needed') {
            this.localErrors = { Evidence__c: LABELS.evidenceNeeded };
            return;
        }
        this.focusWhenSaved = true;
        this.errorsDropped = false;
        this.dispatchEvent(new CustomEvent('saveevidence', { detail }));
    }

    /** Moves focus to this criterion (a next best action points here). */
    @api
    focusCriterion(): void {
        const target = this.template?.querySelector<HTMLElement>('[data-focus-target]');
        target?.focus();
    }
}

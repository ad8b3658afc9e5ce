// One stage criterion or qualification question of a deal: its state (No / In Progress / Yes),
// what the customer did or said, and the contact who verified it. Keeps what the user typed until
// the saved record comes back, and across failed saves and refreshes of other criteria; tells the
// page while it holds unsaved evidence (c/unsavedChanges), so leaving asks first.
import { LightningElement, api } from 'lwc';
import { setUnsaved } from 'c/unsavedChanges';
import type { EvidenceState } from 'c/atlasModel';
import { formatLabel } from 'c/atlasData';
import { localeStyle } from 'c/atlasMessages';
import LOCALE from '@salesforce/i18n/locale';
import type { EvidenceValues } from 'c/atlasData';
import { ITEM_LABELS as LABELS } from './itemLabels';

/** Dates in the user's locale (Oct 26, 2026), as the other panels show them. */
const DATES = localeStyle({}, LOCALE);

export interface EvidenceItemView {
    criterionId: string;
    evidenceId: string | null;
    question: string;
    guidance: string | null;
    importanceLabel: string;
    required: boolean;
    state: EvidenceState | null;
    /** Why the state counts as less than it says (a Yes without a verifier), or null. */
    countedNote: string | null;
    evidence: string | null;
    verifiedById: string | null;
    verifiedByName: string | null;
    verifiedOn: string | null;
    /** The user may not write this criterion's evidence (no create or no edit access). */
    locked: boolean;
    /** "Waived by Morgan Lee on Dec 7, 2026: reason", or null when not waived. */
    waiverText?: string | null;
    /** The user may waive it: required, not met, not waived, and they hold the permission. */
    canWaive?: boolean;
}

export interface EvidenceSaveDetail {
    criterionId: string;
    evidenceId: string | null;
    values: EvidenceValues;
    changed: Partial<EvidenceValues>;
}

interface Draft {
    state: EvidenceState | null;
    evidence: string;
    verifiedById: string;
}

const STATES: readonly EvidenceState[] = ['No', 'In Progress', 'Yes'];

function draftOf(item: EvidenceItemView | null): Draft {
    return {
        state: item?.state ?? null,
        evidence: item?.evidence ?? '',
        verifiedById: item?.verifiedById ?? ''
    };
}

const sameDraft = (a: Draft, b: Draft): boolean =>
    a.state === b.state && a.evidence === b.evidence && a.verifiedById === b.verifiedById;

export default class StageEvidenceItem extends LightningElement {
    @api contactOptions: { label: string; value: string }[] = [];
    @api readOnly = false;
    @api saving = false;
    /** Field API name → message from a failed save. */
    @api fieldErrors: Record<string, string> = {};
    /** A failed save's error, for c-error-panel. */
    @api errors: unknown;

    labels = LABELS;
    draft: Draft = draftOf(null);
    localErrors: Record<string, string> = {};
    private current: EvidenceItemView | null = null;
    private saved: Draft = draftOf(null);
    /** Save was pressed: when the saved record comes back, focus goes to the criterion's heading. */
    private focusWhenSaved = false;
    private focusPending = false;

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

    get evidenceError(): string | undefined {
        return this.localErrors.Evidence__c ?? this.fieldErrors?.Evidence__c;
    }

    get stateError(): string | undefined {
        return this.fieldErrors?.State__c;
    }

    get verifiedByError(): string | undefined {
        return this.fieldErrors?.Verified_By__c;
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
        return this.errors !== undefined && this.errors !== null;
    }

    get headingId(): string {
        return `criterion-${this.current?.criterionId ?? ''}`;
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
        const evidence = this.draft.evidence.trim() ? this.draft.evidence : null;
        const state = this.draft.state ?? 'No';
        // The Met_Criterion_Needs_Evidence rule would reject it: say so before the round trip.
        if (state === 'Yes' && !evidence) {
            this.localErrors = { Evidence__c: LABELS.evidenceNeeded };
            return;
        }
        const values: EvidenceValues = {
            State__c: state,
            Evidence__c: evidence,
            Verified_By__c: this.draft.verifiedById || null,
            Verified_On__c: item.verifiedOn
        };
        const changed: Partial<EvidenceValues> = {};
        if (!item.evidenceId || state !== item.state) {
            changed.State__c = state;
        }
        if (evidence !== (item.evidence || null)) {
            changed.Evidence__c = evidence;
        }
        if (values.Verified_By__c !== (item.verifiedById || null)) {
            changed.Verified_By__c = values.Verified_By__c;
        }
        const detail: EvidenceSaveDetail = {
            criterionId: item.criterionId,
            evidenceId: item.evidenceId,
            values,
            changed
        };
        this.focusWhenSaved = true;
        this.dispatchEvent(new CustomEvent('saveevidence', { detail }));
    }

    /** Moves focus to this criterion (a next best action points here). */
    @api
    focusCriterion(): void {
        const target = this.template?.querySelector<HTMLElement>('[data-focus-target]');
        target?.focus();
    }
}

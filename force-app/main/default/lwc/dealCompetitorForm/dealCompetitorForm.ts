// The form for one competitor of a deal, new or edited: its account or name, whether it is the
// incumbent, our position on "Can we compete?" and "Can we win?" with the customer's evidence, who
// at the customer confirmed it, and its strengths and weaknesses. It keeps what the rep typed until
// the container closes it, so a refused save loses nothing; it sends 'save' with the draft and
// 'cancel'.
import { LightningElement, api } from 'lwc';
import { COMPETITOR_EDITABLE_FIELDS, COMPETITOR_NAME_MAX, draftOf } from 'c/competitorStanding';
import type {
    CompetitorDraft,
    CompetitorEditableField,
    CompetitorProblemField
} from 'c/competitorStanding';
import type { DealCompetitorRecord } from 'c/atlasModel';
import { FORM_LABELS as LABELS } from './formLabels';

export interface Option {
    label: string;
    value: string;
}

/** A problem's words on the field it is about. */
export type FieldProblems = Partial<Record<CompetitorProblemField, string>>;

type DraftField = keyof CompetitorDraft;

/** One of the two competition questions as the form draws it: the answer, its evidence, its problem. */
interface QuestionView {
    key: string;
    stateField: DraftField;
    evidenceField: DraftField;
    label: string;
    evidenceLabel: string;
    options: Option[];
    showState: boolean;
    showEvidence: boolean;
    state: string;
    evidence: string;
    problem: string | undefined;
}

/** '' is how a combobox shows "none": the option the form adds first. */
const NONE = '';

/** Draft fields that hold a record id: blank is null. */
const ID_FIELDS: readonly DraftField[] = ['accountId', 'verifiedById'];

/** The fields a problem is about: "no competitor named" is answered by the account or the name. */
const PROBLEM_FIELDS: Readonly<Record<CompetitorProblemField, readonly DraftField[]>> = {
    name: ['accountId', 'name'],
    competeEvidence: ['competeEvidence'],
    winEvidence: ['winEvidence'],
    verifiedById: ['verifiedById']
};

export default class DealCompetitorForm extends LightningElement {
    /** The competitor being edited, or null for a new one. */
    @api competitor: DealCompetitorRecord | null = null;
    @api contactOptions: Option[] = [];
    @api competeOptions: Option[] = [];
    @api winOptions: Option[] = [];
    /** The problems of the last refused save: setting new ones moves focus to the first field. */
    @api
    get problems(): FieldProblems {
        return this.currentProblems;
    }
    set problems(problems: FieldProblems) {
        this.currentProblems = problems ?? {};
        if (Object.keys(this.currentProblems).length > 0) {
            this.focusAfterRender = 'problem';
        }
    }
    /** Why the last save failed (the platform's words), shown above the buttons. */
    @api saveErrors: string[] = [];
    @api saving = false;
    /** Competitor fields field-level security hides from the user, by API name: not offered. */
    @api hiddenFields: string[] = [];

    labels = LABELS;
    nameMax = COMPETITOR_NAME_MAX;
    draft: CompetitorDraft = draftOf(null);
    private currentProblems: FieldProblems = {};
    /** Where focus goes once rendered: the first field (the form just opened), or a problem's. */
    private focusAfterRender: 'first' | 'problem' | null = 'first';

    override connectedCallback(): void {
        this.draft = draftOf(this.competitor);
    }

    /** Opening the form puts the rep in its first field; a refused save in the first field to fix. */
    override renderedCallback(): void {
        const target = this.focusAfterRender;
        this.focusAfterRender = null;
        if (target === null) {
            return;
        }
        const fields = [...(this.template?.querySelectorAll<HTMLElement>('[data-field]') ?? [])];
        if (target === 'first') {
            fields[0]?.focus();
            return;
        }
        const wanted = new Set(
            (Object.keys(this.currentProblems) as CompetitorProblemField[]).flatMap(
                (field) => PROBLEM_FIELDS[field] ?? []
            )
        );
        fields.find((field) => wanted.has(field.dataset.field as DraftField))?.focus();
    }

    get heading(): string {
        return this.competitor ? LABELS.formEdit : LABELS.formNew;
    }

    /** Which editable fields the form offers: those the user can see. */
    get shows(): Record<CompetitorEditableField, boolean> {
        const hidden = new Set(this.hiddenFields);
        return Object.fromEntries(
            COMPETITOR_EDITABLE_FIELDS.map((field) => [field, !hidden.has(field)])
        ) as Record<CompetitorEditableField, boolean>;
    }

    get questions(): QuestionView[] {
        const notAssessed = { label: LABELS.pickNotAssessed, value: NONE };
        const shows = this.shows;
        return [
            {
                key: 'compete',
                stateField: 'compete',
                evidenceField: 'competeEvidence',
                label: LABELS.fieldCompete,
                evidenceLabel: LABELS.fieldCompeteEvidence,
                options: [notAssessed, ...this.competeOptions],
                showState: shows.Can_We_Compete__c,
                showEvidence: shows.Compete_Evidence__c,
                state: this.draft.compete,
                evidence: this.draft.competeEvidence,
                problem: this.problems.competeEvidence
            },
            {
                key: 'win',
                stateField: 'win',
                evidenceField: 'winEvidence',
                label: LABELS.fieldWin,
                evidenceLabel: LABELS.fieldWinEvidence,
                options: [notAssessed, ...this.winOptions],
                showState: shows.Can_We_Win__c,
                showEvidence: shows.Win_Evidence__c,
                state: this.draft.win,
                evidence: this.draft.winEvidence,
                problem: this.problems.winEvidence
            }
        ];
    }

    get verifierChoices(): Option[] {
        return [{ label: LABELS.pickNobody, value: NONE }, ...this.contactOptions];
    }

    get verifiedByValue(): string {
        return this.draft.verifiedById ?? NONE;
    }

    get hasProblems(): boolean {
        return Object.keys(this.problems).length > 0;
    }

    get hasSaveErrors(): boolean {
        return this.saveErrors.length > 0;
    }

    handleField(event: Event): void {
        const target = event.target as HTMLInputElement & { dataset: { field: DraftField } };
        const field = target.dataset.field;
        const detail = (event as CustomEvent<{ value?: string; checked?: boolean }>).detail;
        if (field === 'incumbent') {
            this.draft = { ...this.draft, incumbent: detail?.checked ?? target.checked };
            return;
        }
        const value = detail?.value ?? target.value ?? '';
        this.draft = { ...this.draft, [field]: ID_FIELDS.includes(field) ? value || null : value };
    }

    /** The record picker's change event carries the picked id (null when cleared). */
    handleAccount(event: CustomEvent<{ recordId?: string | null }>): void {
        this.draft = { ...this.draft, accountId: event.detail?.recordId || null };
    }

    handleSave(event: Event): void {
        event.preventDefault();
        this.dispatchEvent(new CustomEvent('save', { detail: { ...this.draft } }));
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }
}

// Adds or edits one stage criterion: its stage (or every stage, for a qualification question),
// category, question, guidance, importance, whether it gates the stage, and whether it is active.
// Keeps what the user typed across failed saves; tells the page about every change for the preview.
import { LightningElement, api } from 'lwc';
import { CRITERION_CATEGORIES, CRITERION_IMPORTANCES } from 'c/atlasData';
import type { RecordFields } from 'c/atlasData';
import { FORM_LABELS as LABELS } from './formLabels';

export interface CriterionFormValues {
    Stage__c: string;
    Category__c: string;
    Question__c: string;
    Guidance__c: string;
    Importance__c: string;
    Required__c: boolean;
    Active__c: boolean;
}

const EMPTY: CriterionFormValues = {
    Stage__c: '',
    Category__c: 'Verifiable Outcome',
    Question__c: '',
    Guidance__c: '',
    Importance__c: 'Important',
    Required__c: false,
    Active__c: true
};

function formValuesOf(values: Record<string, unknown> | null | undefined): CriterionFormValues {
    const text = (name: keyof CriterionFormValues): string => {
        const value = values?.[name];
        return typeof value === 'string' ? value : (EMPTY[name] as string);
    };
    return {
        Stage__c: text('Stage__c'),
        Category__c: text('Category__c'),
        Question__c: text('Question__c'),
        Guidance__c: text('Guidance__c'),
        Importance__c: text('Importance__c'),
        Required__c: values?.Required__c === true,
        Active__c: values?.Active__c !== false
    };
}

/** The form's values as a record write sends them: blanks as null. */
function recordFieldsOf(values: CriterionFormValues): RecordFields {
    const blankToNull = (value: string): string | null => (value.trim() === '' ? null : value);
    return {
        Stage__c: blankToNull(values.Stage__c),
        Category__c: blankToNull(values.Category__c),
        Question__c: blankToNull(values.Question__c),
        Guidance__c: blankToNull(values.Guidance__c),
        Importance__c: blankToNull(values.Importance__c),
        Required__c: values.Required__c,
        Active__c: values.Active__c
    };
}

export default class StageCriterionForm extends LightningElement {
    @api heading = '';
    /** The stages a criterion may belong to, in order. */
    @api stageOptions: { label: string; value: string }[] = [];
    @api fieldErrors: Record<string, string> = {};
    @api errors: unknown;
    @api saving = false;

    labels = LABELS;
    draft: CriterionFormValues = { ...EMPTY };
    questionError: string | null = null;
    private initial: CriterionFormValues = { ...EMPTY };

    /** The criterion's saved values (or a new one's defaults); setting them starts a new draft. */
    @api
    get values(): Record<string, unknown> {
        return { ...this.initial };
    }
    set values(values: Record<string, unknown> | null | undefined) {
        this.initial = formValuesOf(values);
        this.draft = { ...this.initial };
        this.questionError = null;
    }

    get stageChoices(): { label: string; value: string }[] {
        return [{ label: LABELS.everyStage, value: '' }, ...this.stageOptions];
    }

    get categoryOptions(): { label: string; value: string }[] {
        return CRITERION_CATEGORIES.map((value) => ({
            label: LABELS.categories[value] ?? value,
            value
        }));
    }

    get importanceOptions(): { label: string; value: string }[] {
        return CRITERION_IMPORTANCES.map((value) => ({
            label: LABELS.importances[value] ?? value,
            value
        }));
    }

    get questionMessage(): string | null {
        return this.questionError ?? this.fieldErrors?.Question__c ?? null;
    }

    get errorFor() {
        const errors = this.fieldErrors ?? {};
        return {
            stage: errors.Stage__c,
            category: errors.Category__c,
            guidance: errors.Guidance__c,
            importance: errors.Importance__c
        };
    }

    get questionClass(): string {
        return this.questionMessage ? 'slds-has-error' : '';
    }

    get hasErrors(): boolean {
        return this.errors !== undefined && this.errors !== null;
    }

    handleChange(event: CustomEvent<{ value?: unknown; checked?: boolean }>): void {
        const field = (event.currentTarget as HTMLElement).dataset
            .field as keyof CriterionFormValues;
        const target = event.currentTarget as HTMLElement & { checked?: boolean };
        const isCheckbox = field === 'Required__c' || field === 'Active__c';
        const value = isCheckbox
            ? (event.detail?.checked ?? target.checked) === true
            : String(event.detail?.value ?? '');
        this.draft = { ...this.draft, [field]: value };
        if (field === 'Question__c') {
            this.questionError = null;
        }
        this.dispatchEvent(
            new CustomEvent('draftchange', { detail: { values: recordFieldsOf(this.draft) } })
        );
    }

    handleSave(): void {
        const values = recordFieldsOf(this.draft);
        if (values.Question__c === null) {
            this.questionError = LABELS.questionRequired;
            return;
        }
        const before = recordFieldsOf(this.initial);
        const changed: RecordFields = {};
        for (const [name, value] of Object.entries(values)) {
            if (before[name] !== value) {
                changed[name] = value;
            }
        }
        this.dispatchEvent(new CustomEvent('save', { detail: { values, changed } }));
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }
}

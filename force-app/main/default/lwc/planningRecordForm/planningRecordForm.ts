// Edits one record's fields in place: renders an input per field, keeps what the user typed across
// failed saves, shows field errors next to their field and page errors above the buttons, refuses
// to save what its inputs mark invalid (and says so), takes lengths and ranges from the fields'
// metadata, warns of unlikely dates and duplicates before saving, and tells the page it holds
// unsaved changes.
import { LightningElement, api, wire } from 'lwc';
import { getObjectInfo } from 'lightning/uiObjectInfoApi';
import { formatLabel } from 'c/atlasData';
import type { FormFieldDefinition } from './formFields';
import { FAR_YEARS, dateWarnings, withFieldLimits } from './fieldChecks';
import type { DateWarning, FieldMetadata } from './fieldChecks';
import { fieldViewsOf } from './fieldViews';
import type { FieldMessage, FieldView } from './fieldViews';
import { hasUnsavedChanges, localToday, saveStepOf } from './formSave';
import SAVE from '@salesforce/label/c.Atlas_AP_Form_Save';
import CANCEL from '@salesforce/label/c.Atlas_AP_Form_Cancel';
import NONE from '@salesforce/label/c.Atlas_AP_Form_None';
import REQUIRED from '@salesforce/label/c.Atlas_AP_Form_Required';
import SAVING from '@salesforce/label/c.Atlas_AP_Form_Saving';
import NOT_SAVED from '@salesforce/label/c.Atlas_AP_Form_Not_Saved';
import INVALID from '@salesforce/label/c.Atlas_AP_Form_Invalid';
import WARN_FUTURE from '@salesforce/label/c.Atlas_AP_Form_Warn_Date_Future';
import WARN_PAST from '@salesforce/label/c.Atlas_AP_Form_Warn_Date_Past';
import WARN_FAR from '@salesforce/label/c.Atlas_AP_Form_Warn_Date_Far';
import WARN_CONFIRM from '@salesforce/label/c.Atlas_AP_Form_Warn_Confirm';
import { setUnsaved } from 'c/unsavedChanges';

let formCount = 0;

/** A base input that checks its own value (min, max, number format, length). */
interface Validating extends HTMLElement {
    reportValidity?: () => boolean;
}

const DATE_WARNINGS: Record<DateWarning, string> = {
    future: WARN_FUTURE,
    past: WARN_PAST,
    far: formatLabel(WARN_FAR, String(FAR_YEARS))
};

export default class PlanningRecordForm extends LightningElement {
    /** The form's heading, e.g. "New buying center". */
    @api heading = '';
    @api fields: FormFieldDefinition[] = [];
    /** The object the fields belong to: its object info gives their lengths and ranges. */
    @api objectApiName: string | undefined;
    /** Field API name → message from the server (or explained: message and detail), by the field. */
    @api fieldErrors: Record<string, string | FieldMessage> = {};
    /** Field API name → a warning from the parent (a duplicate name): Save asks once more. */
    @api fieldWarnings: Record<string, string> = {};
    /** A failed save's error (any shape c-error-panel reads). */
    @api errors: unknown;
    @api saving = false;

    labels = { save: SAVE, cancel: CANCEL, saving: SAVING, notSaved: NOT_SAVED, invalid: INVALID };
    /** Said above the buttons when Save found a field the inputs refuse, or warnings to check. */
    invalidMessage: string | null = null;
    /** The warnings the user has seen at a Save: the next Save with the same ones saves. */
    private acknowledgedWarnings = '';
    private fieldMetadata: Record<string, FieldMetadata> | undefined;
    private readonly formKey = `planning-form-${(formCount += 1)}`;
    /** What the inputs hold now: the record as loaded plus what the user typed. */
    draft: Record<string, unknown> = {};
    requiredErrors: Record<string, string> = {};
    private initialValues: Record<string, unknown> = {};

    /** The record's current values; setting them starts a new draft. */
    @api
    get values(): Record<string, unknown> {
        return this.initialValues;
    }
    set values(values: Record<string, unknown> | null | undefined) {
        this.initialValues = { ...(values ?? {}) };
        this.draft = { ...this.initialValues };
        this.requiredErrors = {};
        this.invalidMessage = null;
        this.trackUnsaved();
    }

    @wire(getObjectInfo, { objectApiName: '$objectApiName' })
    wiredObjectInfo({ data }: { data?: { fields?: Record<string, FieldMetadata> } }): void {
        // Until it answers (or if it cannot), the limits written in the field definitions apply.
        this.fieldMetadata = data?.fields;
    }

    get limitedFields(): FormFieldDefinition[] {
        return withFieldLimits(this.fields, this.fieldMetadata);
    }

    /** Field API name → warning: the parent's, and unlikely dates in what is typed now. */
    get warnings(): Record<string, string> {
        const dates = dateWarnings(this.fields, this.draft, localToday());
        return {
            ...Object.fromEntries(
                Object.entries(dates).map(([name, kind]) => [name, DATE_WARNINGS[kind]])
            ),
            ...(this.fieldWarnings ?? {})
        };
    }

    get hasErrors(): boolean {
        return this.errors !== undefined && this.errors !== null;
    }

    get fieldViews(): FieldView[] {
        return fieldViewsOf(
            this.limitedFields,
            this.draft,
            { ...(this.fieldErrors ?? {}), ...this.requiredErrors },
            this.warnings,
            NONE
        );
    }

    handleChange(event: CustomEvent<{ value?: unknown; recordId?: string | null }>): void {
        const name = (event.target as HTMLElement).dataset.field;
        if (!name) {
            return;
        }
        const detail = event.detail ?? {};
        const value = 'recordId' in detail ? detail.recordId : detail.value;
        this.draft = { ...this.draft, [name]: value };
        this.invalidMessage = null;
        this.trackUnsaved();
        // Lets a parent adapt the form to what is typed (a Blocked status needs a reason).
        this.dispatchEvent(new CustomEvent('draftchange', { detail: { name, value } }));
        if (this.requiredErrors[name]) {
            this.requiredErrors = Object.fromEntries(
                Object.entries(this.requiredErrors).filter(([field]) => field !== name)
            );
        }
    }

    handleSave(): void {
        const inputs = [...(this.template?.querySelectorAll<Validating>('[data-field]') ?? [])];
        const invalid = inputs.filter((input) => input.reportValidity?.() === false);
        if (invalid.length > 0) {
            this.invalidMessage = INVALID;
            invalid[0]?.focus();
            return;
        }
        this.invalidMessage = null;
        const step = saveStepOf(
            this.fields,
            this.draft,
            this.initialValues,
            this.warnings,
            this.acknowledgedWarnings
        );
        if (step.kind === 'missing') {
            this.requiredErrors = Object.fromEntries(step.fields.map((name) => [name, REQUIRED]));
        } else if (step.kind === 'warn') {
            // Warnings are asked about once: a Save with the same warnings saves.
            this.acknowledgedWarnings = step.seen;
            this.invalidMessage = WARN_CONFIRM;
            this.focusField(step.firstField);
        } else {
            const { values, changed } = step;
            this.dispatchEvent(new CustomEvent('save', { detail: { values, changed } }));
        }
    }

    handleCancel(): void {
        setUnsaved(this.formKey, false, this.heading);
        this.dispatchEvent(new CustomEvent('cancel'));
    }

    override disconnectedCallback(): void {
        // The form is gone (saved, cancelled or replaced after the user agreed): nothing to keep.
        setUnsaved(this.formKey, false, this.heading);
    }

    /** Tells the page whether this form holds anything the user typed and has not saved. */
    private trackUnsaved(): void {
        const dirty = hasUnsavedChanges(this.fields, this.draft, this.initialValues);
        setUnsaved(this.formKey, dirty, this.heading, () => this.focusField());
    }

    /** Sets one field's value as if the user had entered it (a contact created beside the form). */
    @api
    setFieldValue(name: string, value: unknown): void {
        this.draft = { ...this.draft, [name]: value };
        this.requiredErrors = Object.fromEntries(
            Object.entries(this.requiredErrors).filter(([field]) => field !== name)
        );
        this.trackUnsaved();
    }

    /**
     * Brings the form into view and puts the keyboard on a field (the named one, else the first),
     * so a form opened from a link elsewhere on the page is where the user's attention goes.
     */
    @api
    focusField(name?: string | null): void {
        const inputs = [...(this.template?.querySelectorAll<HTMLElement>('[data-field]') ?? [])];
        const target = inputs.find((input) => input.dataset.field === name) ?? inputs[0];
        target?.scrollIntoView?.({ block: 'center' });
        target?.focus();
    }
}

export type { FormFieldDefinition, FormFieldOption, FormFieldType } from './formFields';

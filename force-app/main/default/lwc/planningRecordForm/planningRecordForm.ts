// Edits one record's fields in place: renders an input per field, keeps what the user typed across
// failed saves, shows field errors next to their field and page errors above the buttons, refuses
// to save what its inputs mark invalid (and says so), and tells the page it holds unsaved changes.
import { LightningElement, api } from 'lwc';
import type { RecordFields } from 'c/atlasData';
import { fieldValuesOf, missingRequired } from './formFields';
import type { FormFieldDefinition } from './formFields';
import SAVE from '@salesforce/label/c.Atlas_AP_Form_Save';
import CANCEL from '@salesforce/label/c.Atlas_AP_Form_Cancel';
import NONE from '@salesforce/label/c.Atlas_AP_Form_None';
import REQUIRED from '@salesforce/label/c.Atlas_AP_Form_Required';
import SAVING from '@salesforce/label/c.Atlas_AP_Form_Saving';
import NOT_SAVED from '@salesforce/label/c.Atlas_AP_Form_Not_Saved';
import INVALID from '@salesforce/label/c.Atlas_AP_Form_Invalid';
import { setUnsaved } from 'c/unsavedChanges';

let formCount = 0;

/** A base input that checks its own value (min, max, number format, length). */
interface Validating extends HTMLElement {
    reportValidity?: () => boolean;
}

interface FieldView {
    name: string;
    label: string;
    value: unknown;
    required: boolean;
    error: string | undefined;
    errorId: string;
    className: string;
    isInput: boolean;
    isTextarea: boolean;
    isPicklist: boolean;
    isLookup: boolean;
    objectApiName: string | undefined;
    inputType: string;
    formatter: string | undefined;
    step: string | undefined;
    min: number | undefined;
    max: number | undefined;
    maxLength: number | undefined;
    helpText: string | undefined;
    options: { label: string; value: string }[];
}

export default class PlanningRecordForm extends LightningElement {
    /** The form's heading, e.g. "New buying center". */
    @api heading = '';
    @api fields: FormFieldDefinition[] = [];
    /** Field API name → message from the server, shown next to the field. */
    @api fieldErrors: Record<string, string> = {};
    /** A failed save's error (any shape c-error-panel reads). */
    @api errors: unknown;
    @api saving = false;

    labels = { save: SAVE, cancel: CANCEL, saving: SAVING, notSaved: NOT_SAVED, invalid: INVALID };
    /** Said above the buttons when Save found a field the inputs themselves refuse. */
    invalidMessage: string | null = null;
    private readonly formKey = `planning-form-${(formCount += 1)}`;
    /** Save was pressed and its click has not come yet. */
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

    get hasErrors(): boolean {
        return this.errors !== undefined && this.errors !== null;
    }

    get fieldViews(): FieldView[] {
        return this.fields.map((field) => {
            const error = this.requiredErrors[field.name] ?? this.fieldErrors?.[field.name];
            const numeric = field.type === 'currency' || field.type === 'percent';
            return {
                name: field.name,
                label: field.label,
                value: this.draft[field.name] ?? (field.type === 'picklist' ? '' : null),
                required: field.required === true,
                error,
                errorId: `${field.name}-error`,
                className: `planning-form__field${field.wide ? ' planning-form__field_wide' : ''}${
                    error ? ' slds-has-error' : ''
                }`,
                isInput: !['textarea', 'picklist', 'user', 'lookup'].includes(field.type),
                isTextarea: field.type === 'textarea',
                isPicklist: field.type === 'picklist',
                isLookup: field.type === 'user' || field.type === 'lookup',
                objectApiName: field.type === 'user' ? 'User' : field.objectApiName,
                inputType: numeric || field.type === 'number' ? 'number' : field.type,
                formatter: field.type === 'currency' ? 'currency' : undefined,
                // Numbers like Target_Value__c (16,2) take decimals; the browser's default step is 1.
                step: numeric ? '0.01' : field.type === 'number' ? 'any' : undefined,
                min: field.min,
                max: field.max,
                maxLength: field.maxLength,
                helpText: field.helpText,
                options: [
                    ...(field.required ? [] : [{ label: NONE, value: '' }]),
                    ...(field.options ?? [])
                ]
            };
        });
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

    /**
     * Save is pressed where it is now; the field being left then commits its value and shows or
     * clears its message, which can move the button from under the pointer so that no click
     * follows (the first Save "did nothing"). A release where the button was pressed still saves.
     */
    handleSavePointerDown(event: MouseEvent): void {
        const button = event.currentTarget as HTMLElement;
        const pressed = button.getBoundingClientRect();
        window.addEventListener(
            'mouseup',
            (release: MouseEvent) => {
                // Released over the button where it is now: its own click follows and saves.
                // Released where it was pressed after it moved away: no click comes, so save here.
                if (
                    contains(pressed, release) &&
                    !contains(button.getBoundingClientRect(), release)
                ) {
                    this.handleSave();
                }
            },
            { once: true }
        );
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
        const values: RecordFields = fieldValuesOf(this.fields, this.draft);
        const missing = missingRequired(this.fields, values);
        if (missing.length > 0) {
            this.requiredErrors = Object.fromEntries(missing.map((name) => [name, REQUIRED]));
            return;
        }
        // What differs from the record as loaded: an update writes only these, so it never
        // overwrites a field someone else changed meanwhile.
        const before = fieldValuesOf(this.fields, this.initialValues);
        const changed: RecordFields = Object.fromEntries(
            Object.entries(values).filter(([name, value]) => value !== before[name])
        );
        this.dispatchEvent(new CustomEvent('save', { detail: { values, changed } }));
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
        const now = fieldValuesOf(this.fields, this.draft);
        const before = fieldValuesOf(this.fields, this.initialValues);
        const dirty = Object.keys(now).some((name) => now[name] !== before[name]);
        setUnsaved(this.formKey, dirty, this.heading, () => this.focusField());
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

function contains(rect: DOMRect, point: MouseEvent): boolean {
    return (
        point.clientX >= rect.left &&
        point.clientX <= rect.right &&
        point.clientY >= rect.top &&
        point.clientY <= rect.bottom
    );
}

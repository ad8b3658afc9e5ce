// What the planning form's template renders for each field: the input kind and its attributes,
// the value being edited, and the error or warning shown under it.
import type { FormFieldDefinition, RecordPickerOptions } from './formFields';

/** A field's message: what to do, and (from the server) its own words as secondary text. */
export interface FieldMessage {
    message: string;
    detail?: string;
}

export interface FieldView {
    name: string;
    label: string;
    value: unknown;
    required: boolean;
    error: string | undefined;
    errorDetail: string | undefined;
    warning: string | undefined;
    errorId: string;
    className: string;
    isInput: boolean;
    isTextarea: boolean;
    isPicklist: boolean;
    isLookup: boolean;
    objectApiName: string | undefined;
    picker: RecordPickerOptions;
    inputType: string;
    formatter: string | undefined;
    step: string | undefined;
    min: number | undefined;
    max: number | undefined;
    /** The base input's own message for a number below min, unless the field names one. */
    minMessage: string | undefined;
    maxLength: number | undefined;
    helpText: string | undefined;
    options: { label: string; value: string }[];
}

function messageOf(value: string | FieldMessage | undefined): FieldMessage | undefined {
    return typeof value === 'string' ? { message: value } : value;
}

export function fieldViewsOf(
    fields: readonly FormFieldDefinition[],
    draft: Readonly<Record<string, unknown>>,
    errors: Readonly<Record<string, string | FieldMessage | undefined>>,
    warnings: Readonly<Record<string, string>>,
    noneLabel: string
): FieldView[] {
    return fields.map((field) => {
        const error = messageOf(errors[field.name]);
        const warning = error ? undefined : warnings[field.name];
        const numeric = field.type === 'currency' || field.type === 'percent';
        return {
            name: field.name,
            label: field.label,
            value: draft[field.name] ?? (field.type === 'picklist' ? '' : null),
            required: field.required === true,
            error: error?.message,
            errorDetail: error?.detail,
            warning,
            errorId: `${field.name}-error`,
            className: `planning-form__field${field.wide ? ' planning-form__field_wide' : ''}${
                error ? ' slds-has-error' : ''
            }`,
            isInput: !['textarea', 'picklist', 'user', 'lookup'].includes(field.type),
            isTextarea: field.type === 'textarea',
            isPicklist: field.type === 'picklist',
            isLookup: field.type === 'user' || field.type === 'lookup',
            objectApiName: field.type === 'user' ? 'User' : field.objectApiName,
            picker: field.picker ?? {},
            inputType: numeric || field.type === 'number' ? 'number' : field.type,
            formatter: field.type === 'currency' ? 'currency' : undefined,
            // Numbers like Target_Value__c (16,2) take decimals; the browser's default step is 1.
            step: numeric ? '0.01' : field.type === 'number' ? 'any' : undefined,
            min: field.min,
            max: field.max,
            minMessage: field.minMessage,
            maxLength: field.maxLength,
            helpText: field.helpText,
            options: [
                ...(field.required ? [] : [{ label: field.noneLabel ?? noneLabel, value: '' }]),
                ...(field.options ?? [])
            ]
        };
    });
}

// The fields a planning form shows, and the conversion between what an input holds and what a
// record write sends (numbers as numbers, blanks as null).
import type { FieldValue, RecordFields } from 'c/atlasData';

export type FormFieldType =
    | 'text'
    | 'email'
    | 'url'
    | 'textarea'
    | 'currency'
    | 'percent'
    | 'number'
    | 'date'
    | 'picklist'
    | 'user'
    | 'lookup';

export interface FormFieldOption {
    label: string;
    value: string;
}

/**
 * What a lookup's lightning-record-picker searches within and shows: its filter, displayInfo and
 * matchingInfo attributes (developer.salesforce.com/docs/component-library/bundle/lightning-record-picker).
 */
export interface RecordPickerOptions {
    filter?: {
        criteria: { fieldPath: string; operator: string; value: unknown }[];
        filterLogic?: string;
    };
    displayInfo?: { primaryField?: string; additionalFields?: string[] };
    matchingInfo?: {
        primaryField?: { fieldPath: string };
        additionalFields?: { fieldPath: string }[];
    };
    placeholder?: string;
}

export interface FormFieldDefinition {
    /** The field API name the value is written to. */
    name: string;
    label: string;
    type: FormFieldType;
    required?: boolean;
    /** The object a 'lookup' field searches (a 'user' field searches User). */
    objectApiName?: string;
    /** How a 'lookup' field's record picker searches and shows records. */
    picker?: RecordPickerOptions;
    /** Choices of a picklist (values are API names). */
    options?: FormFieldOption[];
    /** What a picklist's blank choice says, when "--None--" would not ("Not tested yet"). */
    noneLabel?: string;
    min?: number;
    max?: number;
    /** Said under the field, where it is typed, when the number is below min. */
    minMessage?: string;
    maxLength?: number;
    helpText?: string;
    /** Takes the whole row (long text). */
    wide?: boolean;
    /** A date that should have passed (a last engagement) or lie ahead (a close date): else warned. */
    expectedDate?: 'past' | 'future';
}

const NUMERIC: ReadonlySet<FormFieldType> = new Set(['currency', 'percent', 'number']);

/** An input's raw value as the record write sends it. */
export function toFieldValue(type: FormFieldType, raw: unknown): FieldValue {
    if (raw === undefined || raw === null || raw === '') {
        return null;
    }
    if (NUMERIC.has(type)) {
        const value = typeof raw === 'number' ? raw : Number(String(raw).trim());
        return Number.isFinite(value) ? value : null;
    }
    if (typeof raw === 'boolean' || typeof raw === 'number') {
        return raw;
    }
    const text = String(raw);
    return text.trim() === '' ? null : text;
}

/** The values of the given fields, converted for the record write. */
export function fieldValuesOf(
    fields: readonly FormFieldDefinition[],
    draft: Record<string, unknown>
): RecordFields {
    const values: RecordFields = {};
    for (const field of fields) {
        values[field.name] = toFieldValue(field.type, draft[field.name]);
    }
    return values;
}

/** The names of required fields left blank. */
export function missingRequired(
    fields: readonly FormFieldDefinition[],
    values: RecordFields
): string[] {
    return fields
        .filter((field) => field.required && values[field.name] === null)
        .map((field) => field.name);
}

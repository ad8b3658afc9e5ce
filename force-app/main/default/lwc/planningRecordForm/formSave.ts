// What a planning form's Save does with what is typed, once its inputs accept their values: the
// required fields left blank, the warnings asked about once, else the values to write and the
// fields that changed (an update writes only those, so it never overwrites someone else's change).
import type { RecordFields } from 'c/atlasData';
import { fieldValuesOf, missingRequired } from './formFields';
import type { FormFieldDefinition } from './formFields';

export type SaveStep =
    | { kind: 'missing'; fields: string[] }
    | { kind: 'warn'; seen: string; firstField: string }
    | { kind: 'save'; values: RecordFields; changed: RecordFields };

/** acknowledged: the warnings shown at the previous Save; the same ones again mean "save it". */
export function saveStepOf(
    fields: readonly FormFieldDefinition[],
    draft: Record<string, unknown>,
    initialValues: Record<string, unknown>,
    warnings: Readonly<Record<string, string>>,
    acknowledged: string
): SaveStep {
    const values = fieldValuesOf(fields, draft);
    const missing = missingRequired(fields, values);
    if (missing.length > 0) {
        return { kind: 'missing', fields: missing };
    }
    const [firstField] = Object.keys(warnings);
    const seen = JSON.stringify(warnings);
    if (firstField !== undefined && seen !== acknowledged) {
        return { kind: 'warn', seen, firstField };
    }
    const before = fieldValuesOf(fields, initialValues);
    const changed: RecordFields = Object.fromEntries(
        Object.entries(values).filter(([name, value]) => value !== before[name])
    );
    return { kind: 'save', values, changed };
}

/** Whether the draft differs from the record as loaded (the page is told it holds unsaved work). */
export function hasUnsavedChanges(
    fields: readonly FormFieldDefinition[],
    draft: Record<string, unknown>,
    initialValues: Record<string, unknown>
): boolean {
    const now = fieldValuesOf(fields, draft);
    const before = fieldValuesOf(fields, initialValues);
    return Object.keys(now).some((name) => now[name] !== before[name]);
}

/** Today as 'YYYY-MM-DD' in the user's time zone (what a date input holds). */
export function localToday(now: Date = new Date()): string {
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

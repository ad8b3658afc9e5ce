// What a planning form checks where the user types, beyond required fields: the lengths and ranges
// the fields' metadata allows (UI API object info: dataType, length, precision, scale), so the server
// never has to refuse them, and dates that are possible but unlikely (warned, not refused).
import type { FormFieldDefinition } from './formFields';

/** The part of a UI API object info field these checks read. */
export interface FieldMetadata {
    dataType?: string;
    length?: number;
    precision?: number;
    scale?: number;
}

const TEXT_TYPES = new Set(['String', 'TextArea', 'Email', 'Phone', 'Url', 'EncryptedString']);
const NUMBER_TYPES = new Set(['Currency', 'Double', 'Percent', 'Int']);

/** The largest number a field of this precision and scale stores (precision 16, scale 2: 10^14 - 0.01). */
export function largestNumber(precision: number, scale: number): number {
    return Number((10 ** (precision - scale) - 10 ** -scale).toFixed(scale));
}

/** The fields with maxLength, min and max narrowed to what their metadata allows. */
export function withFieldLimits(
    fields: readonly FormFieldDefinition[],
    metadata: Readonly<Record<string, FieldMetadata>> | undefined
): FormFieldDefinition[] {
    return fields.map((field) => {
        const info = metadata?.[field.name];
        if (info?.dataType === undefined) {
            return field;
        }
        if (TEXT_TYPES.has(info.dataType) && (info.length ?? 0) > 0) {
            const length = info.length ?? 0;
            return { ...field, maxLength: Math.min(field.maxLength ?? length, length) };
        }
        if (NUMBER_TYPES.has(info.dataType) && (info.precision ?? 0) > 0) {
            const largest = largestNumber(info.precision ?? 0, info.scale ?? 0);
            return {
                ...field,
                max: Math.min(field.max ?? largest, largest),
                min: Math.max(field.min ?? -largest, -largest)
            };
        }
        return field;
    });
}

/** Why a date looks wrong, if it does. */
export type DateWarning = 'future' | 'past' | 'far';

/** Further away than this, in years, a planning date is almost always a typo (2062 for 2026). */
export const FAR_YEARS = 10;

/**
 * The dates that are allowed but unlikely: a date that should have passed (a last engagement) set
 * in the future, one that should lie ahead set in the past, or any date more than FAR_YEARS away.
 * today is 'YYYY-MM-DD' in the user's time zone; values are what the form would save.
 */
export function dateWarnings(
    fields: readonly FormFieldDefinition[],
    values: Readonly<Record<string, unknown>>,
    today: string
): Record<string, DateWarning> {
    const warnings: Record<string, DateWarning> = {};
    const year = Number(today.slice(0, 4));
    const earliest = `${year - FAR_YEARS}${today.slice(4)}`;
    const latest = `${year + FAR_YEARS}${today.slice(4)}`;
    for (const field of fields) {
        const value = values[field.name];
        if (field.type !== 'date' || typeof value !== 'string' || value === '') {
            continue;
        }
        if (field.expectedDate === 'past' && value > today) {
            warnings[field.name] = 'future';
        } else if (field.expectedDate === 'future' && value < today) {
            warnings[field.name] = 'past';
        } else if (value < earliest || value > latest) {
            warnings[field.name] = 'far';
        }
    }
    return warnings;
}

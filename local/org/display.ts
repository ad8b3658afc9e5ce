// displayValue as the UI API and GraphQL give it: the value formatted for the org's locale (en_US,
// USD, GMT), or null where a value needs no formatting (text, ids, checkboxes).
import type { SObjectField } from '../../schema/types';
import { kindOf, type SqlValue } from './values';

const dateFormat = new Intl.DateTimeFormat('en-US', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric'
});
const dateTimeFormat = new Intl.DateTimeFormat('en-US', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit'
});

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Intl formatters are costly to build; one per style and scale is enough. */
function numberFormat(
    kind: 'currency' | 'number',
    scale: number,
    minimum: number
): Intl.NumberFormat {
    const key = `${kind}:${scale}:${minimum}`;
    let format = numberFormats.get(key);
    if (format === undefined) {
        format =
            kind === 'currency'
                ? new Intl.NumberFormat('en-US', {
                      style: 'currency',
                      currency: 'USD',
                      minimumFractionDigits: minimum,
                      maximumFractionDigits: scale
                  })
                : new Intl.NumberFormat('en-US', {
                      minimumFractionDigits: minimum,
                      maximumFractionDigits: scale
                  });
        numberFormats.set(key, format);
    }
    return format;
}

export function displayValue(field: SObjectField, stored: SqlValue | undefined): string | null {
    if (stored === null || stored === undefined) {
        return null;
    }
    if (field.picklist !== undefined) {
        const values = String(stored).split(';');
        return values
            .map(
                (value) =>
                    field.picklist?.values.find((candidate) => candidate.value === value)?.label ??
                    value
            )
            .join(';');
    }
    switch (field.type) {
        case 'Currency':
            return numberFormat('currency', field.scale ?? 2, field.scale ?? 2).format(
                Number(stored)
            );
        case 'Percent':
            return `${numberFormat('number', field.scale ?? 2, 0).format(Number(stored))}%`;
        case 'Date':
            return dateFormat.format(new Date(`${String(stored)}T00:00:00Z`));
        case 'DateTime':
            return dateTimeFormat.format(new Date(String(stored)));
        default:
            return kindOf(field) === 'number'
                ? numberFormat('number', field.scale ?? 0, 0).format(Number(stored))
                : null;
    }
}

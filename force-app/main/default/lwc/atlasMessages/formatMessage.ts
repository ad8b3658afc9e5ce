// The one formatter: words a message with its label's text, filling {0}, {1}… with its parameters
// formatted for the reader. Panels use the user's locale; the CLI and docs use the plain style, which
// prints exactly the English the project has always printed (ISO dates, 1,250,000, 74%).
import type { FormattedValue, Message, MessageParam } from './message';
import { isMessage } from './message';

/** How one reader sees text: the labels' texts and how numbers, money and dates are written. */
export interface MessageStyle {
    /** The text of a custom label, or undefined when there is none. */
    text(label: string): string | undefined;
    number(value: number): string;
    amount(value: number): string;
    percent(ratio: number): string;
    decimal(value: number, digits: number): string;
    date(iso: string): string;
    plural(count: number): 'one' | 'other';
}

export class MessageFormatError extends Error {
    constructor(text: string) {
        super(text);
        this.name = 'MessageFormatError';
    }
}

/** Fills {0}, {1}… with `values`; a placeholder with no value is an error, never shown as "{2}". */
export function fillPlaceholders(label: string, text: string, values: readonly string[]): string {
    return text.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
        const value = values[Number(index)];
        if (value === undefined) {
            throw new MessageFormatError(
                `The custom label ${label} has ${placeholder} but only ${values.length} values were given.`
            );
        }
        return value;
    });
}

function formatted(value: FormattedValue, style: MessageStyle): string {
    if ('amount' in value) {
        return style.amount(value.amount);
    }
    if ('percent' in value) {
        return style.percent(value.percent);
    }
    if ('date' in value) {
        return style.date(value.date);
    }
    return style.decimal(value.decimal, value.digits);
}

function param(value: MessageParam, style: MessageStyle): string {
    if (typeof value === 'string') {
        return value;
    }
    if (typeof value === 'number') {
        return style.number(value);
    }
    return isMessage(value) ? renderMessage(value, style) : formatted(value, style);
}

/** The message in the reader's words. Throws MessageFormatError for a label that does not exist. */
export function renderMessage(message: Message, style: MessageStyle): string {
    const { label } = message;
    const name = typeof label === 'string' ? label : label[style.plural(label.count)];
    const text = style.text(name);
    if (text === undefined) {
        throw new MessageFormatError(`There is no custom label ${name}.`);
    }
    return fillPlaceholders(
        name,
        text,
        message.params.map((value) => param(value, style))
    );
}

type Texts = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

function lookup(texts: Texts): (label: string) => string | undefined {
    return texts instanceof Map
        ? (label) => texts.get(label)
        : (label) => (texts as Readonly<Record<string, string>>)[label];
}

/** 1250000 → "1,250,000", -5 → "-5": whole units. */
function grouped(value: number): string {
    const rounded = Math.round(value);
    const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return rounded < 0 ? `-${digits}` : digits;
}

/** The English of the CLI and docs, the same on every machine whatever its locale. */
export function plainStyle(texts: Texts): MessageStyle {
    return {
        text: lookup(texts),
        number: (value) => String(value),
        amount: grouped,
        percent: (ratio) => `${Math.round(ratio * 100)}%`,
        decimal: (value, digits) => value.toFixed(digits),
        date: (iso) => iso,
        plural: (count) => (count === 1 ? 'one' : 'other')
    };
}

/**
 * Money as the panels show it beside lightning-formatted-number (format-style currency,
 * maximum-fraction-digits 0): the user's locale and currency (@salesforce/i18n/currency), no cents.
 */
export function moneyFormatter(locale: string, currency: string): (value: number) => string {
    const money = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        maximumFractionDigits: 0,
        minimumFractionDigits: 0
    });
    return (value) => money.format(value);
}

/** The panels' style: numbers, money and dates for the user's locale (@salesforce/i18n/locale). */
export function localeStyle(texts: Texts, locale: string): MessageStyle {
    const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    const decimals = new Map<number, Intl.NumberFormat>();
    // Record dates are calendar days: formatted in UTC so no time zone moves them a day.
    const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const plurals = new Intl.PluralRules(locale);
    return {
        text: lookup(texts),
        number: (value) => numbers.format(value),
        // Math.round first: Intl rounds halves away from zero, the scores' arithmetic rounds up.
        amount: (value) => numbers.format(Math.round(value)),
        percent: (ratio) => percents.format(Math.round(ratio * 100) / 100),
        decimal: (value, digits) => {
            let format = decimals.get(digits);
            if (format === undefined) {
                format = new Intl.NumberFormat(locale, {
                    minimumFractionDigits: digits,
                    maximumFractionDigits: digits
                });
                decimals.set(digits, format);
            }
            return format.format(value);
        },
        date: (iso) => {
            const day = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : null;
            return day === null || Number.isNaN(day.getTime()) ? iso : dates.format(day);
        },
        plural: (count) => (plurals.select(count) === 'one' ? 'one' : 'other')
    };
}

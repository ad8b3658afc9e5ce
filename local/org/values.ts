// Field values between their three forms: what a client sends (JSON or CSV text), what SQLite stores,
// and what the API returns. Type, length, range and picklist checks give the platform's error codes.
import type { SObjectField } from '../../schema/types';
import { recordError, type SalesforceError } from './errors';
import { normalizeId } from './ids';

/** What one SQLite column holds. */
export type SqlValue = string | number | null;

/** A stored row: column name → value. */
export type Row = Record<string, SqlValue>;

export type ValueKind = 'text' | 'id' | 'number' | 'boolean' | 'date' | 'datetime' | 'time';

/** How a field type is stored and compared; undefined for types the local org does not store. */
export function kindOf(field: SObjectField): ValueKind | undefined {
    switch (field.type) {
        case 'Id':
        case 'Lookup':
        case 'MasterDetail':
        case 'Hierarchy':
            return 'id';
        case 'Number':
        case 'Currency':
        case 'Percent':
        case 'Summary':
            return 'number';
        case 'Checkbox':
            return 'boolean';
        case 'Date':
            return 'date';
        case 'DateTime':
            return 'datetime';
        case 'Time':
            return 'time';
        case 'Text':
        case 'TextArea':
        case 'LongTextArea':
        case 'Html':
        case 'EncryptedText':
        case 'Email':
        case 'Phone':
        case 'Url':
        case 'Picklist':
        case 'MultiselectPicklist':
        case 'AutoNumber':
            return 'text';
        default:
            return undefined;
    }
}

/** The SQLite column declaration for a field (text compares case-insensitively, as SOQL does). */
export function columnType(field: SObjectField): string {
    switch (kindOf(field)) {
        case 'number':
            return 'REAL';
        case 'boolean':
            return 'INTEGER NOT NULL DEFAULT 0';
        case 'text':
            return 'TEXT COLLATE NOCASE';
        default:
            return 'TEXT';
    }
}

/** Where a value came from: a JSON body (typed) or CSV/formula text (everything is a string). */
export type InputMode = 'json' | 'text';

export type Coerced =
    | { readonly ok: true; readonly value: SqlValue }
    | { readonly ok: false; readonly error: SalesforceError };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function validDate(year: number, month: number, day: number): boolean {
    const date = new Date(Date.UTC(year, month - 1, day));
    return (
        date.getUTCFullYear() === year &&
        date.getUTCMonth() === month - 1 &&
        date.getUTCDate() === day
    );
}

/** 'YYYY-MM-DD' when the text is a real calendar date. */
export function parseDate(text: string): string | undefined {
    const match = DATE.exec(text.trim());
    if (match === null) {
        return undefined;
    }
    return validDate(Number(match[1]), Number(match[2]), Number(match[3])) ? match[0] : undefined;
}

/** The stored form of a date-time: UTC, millisecond precision, 'YYYY-MM-DDTHH:MM:SS.sssZ'. */
export function parseDateTime(text: string): string | undefined {
    const match = DATETIME.exec(text.trim());
    if (match === null) {
        return undefined;
    }
    const [, y, mo, d, h = '00', mi = '00', s = '00', fraction = '', zone = 'Z'] = match;
    if (
        !validDate(Number(y), Number(mo), Number(d)) ||
        Number(h) > 23 ||
        Number(mi) > 59 ||
        Number(s) > 59
    ) {
        return undefined;
    }
    const millis = (fraction + '000').slice(0, 3);
    const normalizedZone = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
    const time = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}.${millis}${normalizedZone}`);
    return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** The API form of a stored date-time: '2026-11-22T10:00:00.000+0000'. */
export function formatDateTime(stored: string): string {
    return stored.endsWith('Z') ? `${stored.slice(0, -1)}+0000` : stored;
}

function typeError(
    field: SObjectField,
    raw: unknown,
    mode: InputMode,
    javaType: string
): SalesforceError {
    if (mode === 'json') {
        const token =
            typeof raw === 'string'
                ? 'VALUE_STRING'
                : typeof raw === 'boolean'
                  ? `VALUE_${String(raw).toUpperCase()}`
                  : typeof raw === 'number'
                    ? 'VALUE_NUMBER'
                    : Array.isArray(raw)
                      ? 'START_ARRAY'
                      : 'START_OBJECT';
        return recordError(
            'JSON_PARSER_ERROR',
            `Cannot deserialize instance of ${javaType} from ${token} value ${typeof raw === 'object' ? JSON.stringify(raw) : String(raw)} or request may be missing a required field`,
            [field.name]
        );
    }
    return recordError(
        'INVALID_TYPE_ON_FIELD_IN_RECORD',
        `${field.label}: value not of required type: ${String(raw)}`,
        [field.name]
    );
}

/**
 * Converts one client value to its stored form, checking type, length, range, e-mail shape and
 * restricted picklist values as the platform does. null/'' clear the field.
 */
export function coerce(field: SObjectField, raw: unknown, mode: InputMode): Coerced {
    const kind = kindOf(field);
    if (kind === undefined) {
        return {
            ok: false,
            error: recordError(
                'FUNCTIONALITY_NOT_ENABLED',
                `The Account Atlas local org does not implement fields of type ${field.type} (${field.objectName}.${field.name}).`,
                [field.name]
            )
        };
    }
    if (raw === null || raw === undefined || (raw === '' && kind !== 'text')) {
        return { ok: true, value: kind === 'boolean' ? 0 : null };
    }
    switch (kind) {
        case 'boolean': {
            if (typeof raw === 'boolean') {
                return { ok: true, value: raw ? 1 : 0 };
            }
            if (typeof raw === 'string' && /^(true|false|1|0)$/i.test(raw.trim())) {
                return { ok: true, value: /^(true|1)$/i.test(raw.trim()) ? 1 : 0 };
            }
            return { ok: false, error: typeError(field, raw, mode, 'boolean') };
        }
        case 'number': {
            const number =
                typeof raw === 'number'
                    ? raw
                    : typeof raw === 'string' && raw.trim() !== ''
                      ? Number(raw)
                      : Number.NaN;
            if (!Number.isFinite(number)) {
                return { ok: false, error: typeError(field, raw, mode, 'double') };
            }
            const scale = field.scale ?? 0;
            const integerDigits = (field.precision ?? 18) - scale;
            const factor = 10 ** scale;
            const rounded = Math.round(number * factor) / factor;
            if (Math.abs(rounded) >= 10 ** integerDigits) {
                return {
                    ok: false,
                    error: recordError(
                        'NUMBER_OUTSIDE_VALID_RANGE',
                        `${field.label}: value outside of valid range on numeric field: ${number}`,
                        [field.name]
                    )
                };
            }
            return { ok: true, value: rounded };
        }
        case 'date': {
            const date = typeof raw === 'string' ? parseDate(raw) : undefined;
            return date === undefined
                ? { ok: false, error: typeError(field, raw, mode, 'date') }
                : { ok: true, value: date };
        }
        case 'datetime': {
            const dateTime = typeof raw === 'string' ? parseDateTime(raw) : undefined;
            return dateTime === undefined
                ? { ok: false, error: typeError(field, raw, mode, 'dateTime') }
                : { ok: true, value: dateTime };
        }
        case 'time': {
            const match = typeof raw === 'string' ? TIME.exec(raw.trim()) : null;
            if (match === null) {
                return { ok: false, error: typeError(field, raw, mode, 'time') };
            }
            const [, h, mi, s = '00', ms = '000'] = match;
            return { ok: true, value: `${h}:${mi}:${s}.${(ms + '00').slice(0, 3)}Z` };
        }
        case 'id': {
            if (typeof raw !== 'string') {
                return { ok: false, error: typeError(field, raw, mode, 'id') };
            }
            const id = normalizeId(raw.trim());
            if (id === undefined) {
                return {
                    ok: false,
                    error: recordError(
                        'MALFORMED_ID',
                        `${field.label}: id value of incorrect type: ${raw}`,
                        [field.name]
                    )
                };
            }
            return { ok: true, value: id };
        }
        case 'text':
            return coerceText(field, raw, mode);
    }
}

function coerceText(field: SObjectField, raw: unknown, mode: InputMode): Coerced {
    if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') {
        return { ok: false, error: typeError(field, raw, mode, 'String') };
    }
    const text = String(raw);
    if (text === '') {
        return { ok: true, value: null };
    }
    if (field.length !== undefined && text.length > field.length) {
        return {
            ok: false,
            error: recordError(
                'STRING_TOO_LONG',
                `${field.label}: data value too large: ${text.length > 60 ? `${text.slice(0, 60)}...` : text} (max length=${field.length})`,
                [field.name]
            )
        };
    }
    if (field.type === 'Email' && !EMAIL.test(text)) {
        return {
            ok: false,
            error: recordError(
                'INVALID_EMAIL_ADDRESS',
                `${field.label}: invalid email address: ${text}`,
                [field.name]
            )
        };
    }
    const picklist = field.picklist;
    if (picklist !== undefined && picklist.valuesKnown) {
        const chosen = field.type === 'MultiselectPicklist' ? text.split(';') : [text];
        const canonical: string[] = [];
        for (const item of chosen) {
            const match = picklist.values.find(
                (value) => value.value.toLowerCase() === item.toLowerCase()
            );
            if (match !== undefined) {
                canonical.push(match.value);
            } else if (picklist.restricted) {
                return {
                    ok: false,
                    error: recordError(
                        'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
                        `${field.label}: bad value for restricted picklist field: ${item}`,
                        [field.name]
                    )
                };
            } else {
                canonical.push(item);
            }
        }
        return { ok: true, value: canonical.join(';') };
    }
    return { ok: true, value: text };
}

/** A stored value as the REST API's JSON returns it. */
export type ApiValue = string | number | boolean | null;

export function toApi(field: SObjectField, stored: SqlValue | undefined): ApiValue {
    if (stored === null || stored === undefined) {
        return kindOf(field) === 'boolean' ? false : null;
    }
    switch (kindOf(field)) {
        case 'boolean':
            return stored === 1 || stored === '1';
        case 'number':
            return typeof stored === 'number' ? stored : Number(stored);
        case 'datetime':
            return formatDateTime(String(stored));
        default:
            return typeof stored === 'number' ? stored : String(stored);
    }
}

/** A stored value as Bulk API CSV text ('' for null). */
export function toCsv(field: SObjectField, stored: SqlValue | undefined): string {
    if (stored === null || stored === undefined) {
        return kindOf(field) === 'boolean' ? 'false' : '';
    }
    switch (kindOf(field)) {
        case 'boolean':
            return stored === 1 || stored === '1' ? 'true' : 'false';
        default:
            return String(stored);
    }
}

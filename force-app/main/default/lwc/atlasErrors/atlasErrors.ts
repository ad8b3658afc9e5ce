// Turns whatever a failed load or save produced — UI API errors, GraphQL errors, fetch failures,
// plain exceptions — into sentences a user can act on, and field errors to show next to fields.
import { explainFieldError } from './fieldMessages';
import type { ExplainedFieldError } from './fieldMessages';

/** The body UI API (lightning/uiRecordApi) puts on a rejected write. */
interface UiApiErrorBody {
    message?: string;
    errorCode?: string;
    output?: {
        errors?: { message?: string; errorCode?: string }[];
        fieldErrors?: Record<string, { message?: string; errorCode?: string }[]>;
    };
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null;
}

function messagesOfBody(body: unknown): string[] {
    if (Array.isArray(body)) {
        return body.flatMap((entry) => messagesOfBody(entry));
    }
    if (!isObject(body)) {
        return typeof body === 'string' && body ? [body] : [];
    }
    const uiApiBody = body as UiApiErrorBody;
    const output = uiApiBody.output;
    const pageErrors = (output?.errors ?? []).map((error) => error.message ?? '');
    const fieldMessages = Object.values(output?.fieldErrors ?? {}).flatMap((errors) =>
        errors.map((error) => error.message ?? '')
    );
    const specific = [...pageErrors, ...fieldMessages].filter(Boolean);
    if (specific.length > 0) {
        return specific;
    }
    return uiApiBody.message ? [uiApiBody.message] : [];
}

function messagesOf(error: unknown): string[] {
    if (error === null || error === undefined) {
        return [];
    }
    if (Array.isArray(error)) {
        return error.flatMap((entry) => messagesOf(entry));
    }
    if (typeof error === 'string') {
        return error ? [error] : [];
    }
    if (!isObject(error)) {
        return [String(error)];
    }
    if ('body' in error && error.body !== undefined && error.body !== null) {
        const fromBody = messagesOfBody(error.body);
        if (fromBody.length > 0) {
            return fromBody;
        }
    }
    if (typeof error.message === 'string' && error.message) {
        return [error.message];
    }
    if (typeof error.statusText === 'string' && error.statusText) {
        return [error.statusText];
    }
    return [];
}

/**
 * Every distinct message in one error or a list of them, in order. A GraphQL `errors` array, a
 * rejected uiRecordApi promise and a thrown Error all work.
 */
export function reduceErrors(errors: unknown): string[] {
    return [
        ...new Set(
            messagesOf(errors)
                .map((message) => message.trim())
                .filter(Boolean)
        )
    ];
}

/**
 * A read the user's access refused: an object or field their permission sets do not grant is not in
 * their GraphQL schema (Salesforce's graphql-java says "Validation error (FieldUndefined…) … is
 * undefined", a graphql-js server "Cannot query field"), or a record API says INSUFFICIENT_ACCESS.
 */
const ACCESS_REFUSED = [/FieldUndefined/, /Cannot query field/, /INSUFFICIENT_ACCESS/];

/** Whether any of these messages (from reduceErrors) is a refusal by the user's access. */
export function isAccessRefusal(messages: readonly string[]): boolean {
    return messages.some((message) => ACCESS_REFUSED.some((pattern) => pattern.test(message)));
}

/** Field API name → message, from a rejected uiRecordApi write, so forms can mark the field. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
    if (!isObject(error) || !isObject(error.body)) {
        return {};
    }
    const fieldErrors = (error.body as UiApiErrorBody).output?.fieldErrors ?? {};
    const result: Record<string, string> = {};
    for (const [field, errors] of Object.entries(fieldErrors)) {
        const message = errors
            .map((entry) => entry.message ?? '')
            .filter(Boolean)
            .join(' ');
        if (message) {
            result[field] = message;
        }
    }
    return result;
}

/**
 * Every reason a rejected uiRecordApi write gives, each once: the fields' (a validation rule shown
 * on its field) and the record's. A form that lists them above its buttons shows these.
 */
export function saveErrorsOf(error: unknown): string[] {
    return [...new Set([...Object.values(fieldErrorsOf(error)), ...reduceErrors(error)])];
}

/**
 * Field API name → what to do about the server's refusal, with its own words as detail, from a
 * rejected uiRecordApi write; a message already reworded for users (explainDuplicateKeys, a
 * validation rule) is shown as it is.
 */
export function explainFieldErrors(error: unknown): Record<string, ExplainedFieldError> {
    if (!isObject(error) || !isObject(error.body)) {
        return {};
    }
    const fieldErrors = (error.body as UiApiErrorBody).output?.fieldErrors ?? {};
    const result: Record<string, ExplainedFieldError> = {};
    for (const [field, errors] of Object.entries(fieldErrors)) {
        const explained = explainFieldError(errors);
        if (explained.message) {
            result[field] = explained;
        }
    }
    return result;
}

/** What to say instead of the platform's DUPLICATE_VALUE on a unique key that a flow computes. */
export interface DuplicateKeyExplanation {
    /** The unique key field the platform names in its message, e.g. Member_Key__c. */
    keyField: string;
    /** The sentence the user reads instead (a custom label). */
    message: string;
    /** The field the user chose that makes the key, to show the message beside; else page level. */
    field?: string;
}

interface UiApiErrorEntry {
    message?: string;
    errorCode?: string;
    field?: string | null;
}

function isDuplicateOf(entry: UiApiErrorEntry, keyField: string): boolean {
    // The platform names the key field in the message ("duplicate value found: Member_Key__c
    // duplicates value on record with id: …"), with a namespace prefix when installed in one.
    return (
        entry.errorCode === 'DUPLICATE_VALUE' &&
        (entry.field?.endsWith(keyField) === true ||
            new RegExp(`\\b(\\w+__)?${keyField}\\b`).test(entry.message ?? ''))
    );
}

/**
 * A rejected uiRecordApi write with its DUPLICATE_VALUE errors on the given key fields reworded:
 * the key is computed, so its name and the other record's id tell the user nothing. Any other
 * error comes back as it was; the input is not changed.
 */
export function explainDuplicateKeys(
    error: unknown,
    explanations: readonly DuplicateKeyExplanation[]
): unknown {
    if (!isObject(error) || !isObject(error.body) || !isObject(error.body.output)) {
        return error;
    }
    const body = error.body as UiApiErrorBody;
    const errors: UiApiErrorEntry[] = [...(body.output?.errors ?? [])];
    let fieldErrors: Record<string, UiApiErrorEntry[]> = { ...(body.output?.fieldErrors ?? {}) };
    let explained = false;
    for (const explanation of explanations) {
        const matches = (entry: UiApiErrorEntry) => isDuplicateOf(entry, explanation.keyField);
        const found =
            errors.some(matches) ||
            Object.values(fieldErrors).some((entries) => entries.some(matches));
        if (!found) {
            continue;
        }
        explained = true;
        const friendly: UiApiErrorEntry = {
            errorCode: 'DUPLICATE_VALUE',
            field: explanation.field ?? null,
            message: explanation.message
        };
        const pageErrors = errors.filter((entry) => !matches(entry));
        errors.length = 0;
        errors.push(...pageErrors);
        const kept: Record<string, UiApiErrorEntry[]> = {};
        for (const [field, entries] of Object.entries(fieldErrors)) {
            const rest = entries.filter((entry) => !matches(entry));
            if (rest.length > 0) {
                kept[field] = rest;
            }
        }
        fieldErrors = kept;
        if (explanation.field) {
            fieldErrors[explanation.field] = [friendly, ...(fieldErrors[explanation.field] ?? [])];
        } else {
            errors.unshift(friendly);
        }
    }
    if (!explained) {
        return error;
    }
    return { ...error, body: { ...body, output: { ...body.output, errors, fieldErrors } } };
}

export type { ExplainedFieldError } from './fieldMessages';

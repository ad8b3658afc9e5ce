// Turns whatever a failed load or save produced — UI API errors, GraphQL errors, fetch failures,
// plain exceptions — into sentences a user can act on, and field errors to show next to fields.

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

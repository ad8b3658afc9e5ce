// Salesforce-shaped errors: every failure the local org reports carries the platform's error code,
// message and fields, so clients (jsforce, the sf CLI, LDS) react to it as they would to a real org.

/** One entry of the REST API's error array: [{ message, errorCode, fields }]. */
export interface ErrorDetail {
    readonly message: string;
    readonly errorCode: string;
    readonly fields: readonly string[];
}

export class SalesforceError extends Error {
    // `declare` keeps these out of the emitted class fields: the LWC Jest transform would otherwise
    // treat a subclass with fields as a component and require the LWC engine.
    declare readonly statusCode: number;
    declare readonly errorCode: string;
    declare readonly fields: readonly string[];

    constructor(
        statusCode: number,
        errorCode: string,
        message: string,
        fields: readonly string[] = []
    ) {
        super(message);
        this.name = 'SalesforceError';
        this.statusCode = statusCode;
        this.errorCode = errorCode;
        this.fields = fields;
    }

    detail(): ErrorDetail {
        return { message: this.message, errorCode: this.errorCode, fields: this.fields };
    }
}

/** A record-level failure (validation, required field, duplicate…): HTTP 400. */
export function recordError(
    errorCode: string,
    message: string,
    fields: readonly string[] = []
): SalesforceError {
    return new SalesforceError(400, errorCode, message, fields);
}

export function notFound(message = 'The requested resource does not exist'): SalesforceError {
    return new SalesforceError(404, 'NOT_FOUND', message);
}

export function malformedQuery(message: string): SalesforceError {
    return new SalesforceError(400, 'MALFORMED_QUERY', message);
}

export function invalidField(message: string): SalesforceError {
    return new SalesforceError(400, 'INVALID_FIELD', message);
}

export function invalidType(message: string): SalesforceError {
    return new SalesforceError(400, 'INVALID_TYPE', message);
}

/**
 * What the local org does not implement answers with this, naming the feature, rather than with a
 * result that could be wrong. A real org answers a feature it lacks with HTTP 403 and
 * [{"message":"This feature is not currently enabled for this user.","errorCode":"FUNCTIONALITY_NOT_ENABLED"}]
 * (REST API Developer Guide, "Status Codes and Error Responses": 403, the request has been refused).
 */
export function notImplemented(feature: string): SalesforceError {
    return new SalesforceError(
        403,
        'FUNCTIONALITY_NOT_ENABLED',
        `This feature is not currently enabled for this user: the Account Atlas local org does not implement ${feature}. See local/README.md for what it supports.`
    );
}

export function invalidSession(): SalesforceError {
    return new SalesforceError(401, 'INVALID_SESSION_ID', 'Session expired or invalid');
}

/** Any thrown value as a SalesforceError (an unexpected exception becomes UNKNOWN_EXCEPTION). */
export function asSalesforceError(error: unknown): SalesforceError {
    if (error instanceof SalesforceError) {
        return error;
    }
    const message = error instanceof Error ? error.message : String(error);
    return new SalesforceError(
        500,
        'UNKNOWN_EXCEPTION',
        `An unexpected error occurred: ${message}`
    );
}

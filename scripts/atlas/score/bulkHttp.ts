// Raw HTTP for Bulk API 2.0 on a jsforce connection's session: the instance URL, API version and
// access token come from the Connection, the calls go through fetch so the Sforce-Locator header
// and exact status codes are ours to read. 500/502/503/504 and dropped connections are retried with
// a bounded, growing pause; an expired session stops the run with an error that says what to do.
import type { Connection } from 'jsforce';

export interface RetryPolicy {
    /** Tries in all, the first included. */
    readonly attempts: number;
    readonly baseDelayMs: number;
    readonly maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 500, maxDelayMs: 8_000 };

const RETRYABLE_STATUSES = new Set([500, 502, 503, 504]);

/** The session is no longer valid: nothing more can be read or written until the user logs in. */
export class SessionExpiredError extends Error {
    constructor(detail: string) {
        super(
            `session expired: log in again (sf org login web --alias <alias>, or restart the local org) and rerun; ${detail}`
        );
        this.name = 'SessionExpiredError';
    }
}

/** Salesforce answered with an error that retrying will not fix (or retries ran out). */
export class BulkRequestError extends Error {
    // `declare` keeps these out of the emitted class fields: the LWC Jest transform treats a
    // subclass with fields as a component (see local/org/errors.ts).
    declare readonly status: number;
    declare readonly errorCode: string;
    declare readonly retryable: boolean;
    constructor(status: number, errorCode: string, message: string, retryable: boolean) {
        super(message);
        this.name = 'BulkRequestError';
        this.status = status;
        this.errorCode = errorCode;
        this.retryable = retryable;
    }
}

export interface BulkResponse {
    readonly status: number;
    readonly text: string;
    readonly headers: Headers;
}

export interface BulkHttpOptions {
    readonly retry?: RetryPolicy;
    /** Called before each retry, so the run can say what happened. */
    readonly onRetry?: (what: string, attempt: number, reason: string) => void;
    readonly sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number): Promise<void> =>
    new Promise((resolve) => setTimeout(resolve, ms));

/** The first error of a Salesforce error body (`[{ errorCode, message }]`), if there is one. */
function errorOf(text: string): { errorCode: string; message: string } | null {
    try {
        const body = JSON.parse(text) as unknown;
        const first = Array.isArray(body) ? (body[0] as unknown) : body;
        if (typeof first === 'object' && first !== null) {
            const { errorCode, message } = first as Record<string, unknown>;
            if (typeof errorCode === 'string') {
                return { errorCode, message: typeof message === 'string' ? message : errorCode };
            }
        }
    } catch {
        // not JSON
    }
    return null;
}

export class BulkHttp {
    private readonly conn: Connection;
    private readonly retry: RetryPolicy;
    private readonly onRetry: BulkHttpOptions['onRetry'];
    private readonly sleep: (ms: number) => Promise<void>;
    /** Retries made so far (for the summary). */
    retries = 0;

    constructor(conn: Connection, options: BulkHttpOptions = {}) {
        this.conn = conn;
        this.retry = options.retry ?? DEFAULT_RETRY;
        this.onRetry = options.onRetry;
        this.sleep = options.sleep ?? defaultSleep;
    }

    /** `/services/data/vNN.N` on the connection's instance. */
    basePath(): string {
        return `${this.conn.instanceUrl.replace(/\/$/, '')}/services/data/v${this.conn.version}`;
    }

    /** One request, without retries; throws SessionExpiredError or BulkRequestError on failure. */
    async once(
        method: string,
        path: string,
        body?: { json: unknown } | { csv: string }
    ): Promise<BulkResponse> {
        const headers: Record<string, string> = {
            Authorization: `Bearer ${this.conn.accessToken ?? ''}`,
            Accept: 'application/json'
        };
        let payload: string | undefined;
        if (body && 'json' in body) {
            headers['Content-Type'] = 'application/json';
            payload = JSON.stringify(body.json);
        } else if (body) {
            headers['Content-Type'] = 'text/csv';
            payload = body.csv;
        }
        let response: Response;
        try {
            response = await fetch(`${this.basePath()}${path}`, { method, headers, body: payload });
        } catch (error) {
            // A dropped or refused connection: the server may come back.
            throw new BulkRequestError(
                0,
                'CONNECTION_FAILED',
                `${method} ${path}: ${(error as Error).message}`,
                true
            );
        }
        const text = await response.text();
        if (response.ok) {
            return { status: response.status, text, headers: response.headers };
        }
        const error = errorOf(text);
        if (response.status === 401 || error?.errorCode === 'INVALID_SESSION_ID') {
            throw new SessionExpiredError(error?.message ?? `HTTP ${response.status}`);
        }
        throw new BulkRequestError(
            response.status,
            error?.errorCode ?? `HTTP_${response.status}`,
            `${method} ${path}: ${response.status} ${error ? `${error.errorCode}: ${error.message}` : text.slice(0, 200)}`,
            RETRYABLE_STATUSES.has(response.status)
        );
    }

    /** Runs an idempotent step, retrying what may pass on a second try, with a bounded backoff. */
    async withRetry<T>(what: string, step: () => Promise<T>): Promise<T> {
        for (let attempt = 1; ; attempt++) {
            try {
                return await step();
            } catch (error) {
                const retryable = error instanceof BulkRequestError && error.retryable;
                if (!retryable || attempt >= this.retry.attempts) {
                    if (retryable) {
                        (error as Error).message +=
                            ` (gave up after ${attempt} tries; rerun the command to finish the work)`;
                    }
                    throw error;
                }
                await this.backoff(what, attempt, (error as Error).message);
            }
        }
    }

    /** Counts a retry, reports it and waits a little longer each time (bounded). */
    async backoff(what: string, attempt: number, reason: string): Promise<void> {
        this.retries++;
        this.onRetry?.(what, attempt, reason);
        await this.sleep(
            Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (attempt - 1))
        );
    }

    /** An idempotent request (GET, or a job creation/state change checked by the caller), retried. */
    request(
        method: string,
        path: string,
        body?: { json: unknown } | { csv: string }
    ): Promise<BulkResponse> {
        return this.withRetry(`${method} ${path}`, () => this.once(method, path, body));
    }

    async json<T>(method: string, path: string, body?: unknown): Promise<T> {
        const response = await this.request(
            method,
            path,
            body === undefined ? undefined : { json: body }
        );
        return JSON.parse(response.text) as T;
    }
}

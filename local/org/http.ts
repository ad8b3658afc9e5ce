// A small HTTP toolkit over node:http: a router of method + path patterns, request bodies read with
// a size cap, and replies as JSON, CSV or nothing. Errors leave as the REST API's error array.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { asSalesforceError, SalesforceError } from './errors';

export interface Reply {
    readonly status: number;
    /** Serialised as JSON unless `text` is given. */
    readonly json?: unknown;
    readonly text?: string;
    readonly contentType?: string;
    readonly headers?: Readonly<Record<string, string>>;
}

export interface BodyLimits {
    readonly json: number;
    readonly csv: number;
}

export class Request {
    readonly method: string;
    /** The path with doubled slashes collapsed (the sf CLI sends //services/data/…). */
    readonly path: string;
    readonly query: URLSearchParams;
    readonly headers: IncomingHttpHeaders;
    /** Set by the router for /services/data/vNN.N/… paths. */
    apiVersion = '66.0';
    private readonly incoming: IncomingMessage;
    private readonly limits: BodyLimits;
    private consumed: Promise<Buffer> | undefined;

    constructor(incoming: IncomingMessage, limits: BodyLimits) {
        this.incoming = incoming;
        this.limits = limits;
        this.method = (incoming.method ?? 'GET').toUpperCase();
        // Collapse doubled slashes before parsing: '//services/…' would read as a host name.
        const raw = (incoming.url ?? '/').replace(/^\/{2,}/, '/');
        const url = new URL(raw, 'http://127.0.0.1');
        this.path = url.pathname.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1');
        this.query = url.searchParams;
        this.headers = incoming.headers;
    }

    header(name: string): string | undefined {
        const value = this.headers[name.toLowerCase()];
        return Array.isArray(value) ? value[0] : value;
    }

    /** The raw body, refused (413) past the limit for its kind without buffering the rest. */
    body(kind: keyof BodyLimits = 'json'): Promise<Buffer> {
        if (this.consumed !== undefined) {
            return this.consumed;
        }
        const limit = this.limits[kind];
        this.consumed = new Promise<Buffer>((resolve, reject) => {
            const declared = Number(this.header('content-length') ?? '0');
            if (declared > limit) {
                this.incoming.resume();
                reject(tooLarge(limit));
                return;
            }
            const chunks: Buffer[] = [];
            let size = 0;
            let failed = false;
            this.incoming.on('data', (chunk: Buffer) => {
                if (failed) {
                    return;
                }
                size += chunk.length;
                if (size > limit) {
                    failed = true;
                    chunks.length = 0;
                    reject(tooLarge(limit));
                    return;
                }
                chunks.push(chunk);
            });
            this.incoming.on('end', () => {
                if (!failed) {
                    resolve(Buffer.concat(chunks));
                }
            });
            this.incoming.on('error', (error) => reject(error));
        });
        return this.consumed;
    }

    async text(kind: keyof BodyLimits = 'json'): Promise<string> {
        return (await this.body(kind)).toString('utf8');
    }

    /** The JSON body; JSON_PARSER_ERROR when it is not JSON. */
    async json(): Promise<unknown> {
        const text = await this.text('json');
        if (text.trim() === '') {
            throw new SalesforceError(
                400,
                'JSON_PARSER_ERROR',
                'The request body is empty; a JSON body is required'
            );
        }
        try {
            return JSON.parse(text) as unknown;
        } catch (error) {
            throw new SalesforceError(
                400,
                'JSON_PARSER_ERROR',
                `Unexpected character in the JSON body: ${error instanceof Error ? error.message : String(error)}`
            );
        }
    }

    /** The JSON body as an object, or JSON_PARSER_ERROR. */
    async jsonObject(): Promise<Record<string, unknown>> {
        const value = await this.json();
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            throw new SalesforceError(
                400,
                'JSON_PARSER_ERROR',
                'The request body must be a JSON object'
            );
        }
        return value as Record<string, unknown>;
    }
}

function tooLarge(limit: number): SalesforceError {
    return new SalesforceError(
        413,
        'EXCEEDED_MAX_SIZE_REQUEST',
        `The request body exceeds the local org's limit of ${limit} bytes`
    );
}

export type Handler = (request: Request, params: readonly string[]) => Reply | Promise<Reply>;

interface Route {
    readonly method: string;
    readonly pattern: RegExp;
    readonly handler: Handler;
    /** A `*` route answers only when no specific route knows the path. */
    readonly fallback: boolean;
}

export class Router {
    private readonly routes: Route[] = [];

    /** pattern: a path with `:name` segments ('/sobjects/:object/:id'); `*` matches the rest. */
    on(method: string, pattern: string, handler: Handler): void {
        const source = pattern
            .split('/')
            .map((segment) =>
                segment === '*'
                    ? '(.*)'
                    : segment.startsWith(':')
                      ? '([^/]+)'
                      : escapeRegExp(segment)
            )
            .join('/');
        this.routes.push({
            method,
            pattern: new RegExp(`^${source}$`),
            handler,
            fallback: pattern.includes('*')
        });
    }

    /** The route for a path: the handler, or which methods the path allows. */
    match(
        method: string,
        path: string
    ): { handler: Handler; params: string[] } | { allowed: string[] } {
        // Specific routes first; a path they know with another method is a 405, not a fallback.
        for (const fallback of [false, true]) {
            const allowed: string[] = [];
            for (const route of this.routes) {
                const match = route.fallback === fallback ? route.pattern.exec(path) : null;
                if (match === null) {
                    continue;
                }
                if (route.method === method) {
                    return {
                        handler: route.handler,
                        params: match.slice(1).map((part) => decodeURIComponent(part))
                    };
                }
                allowed.push(route.method);
            }
            if (allowed.length > 0) {
                return { allowed };
            }
        }
        return { allowed: [] };
    }
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
    return { status, json: body, headers };
}

export function noContent(): Reply {
    return { status: 204 };
}

/** Writes a reply; a body that cannot be serialised becomes UNKNOWN_EXCEPTION. */
export function send(response: ServerResponse, reply: Reply): void {
    const headers: Record<string, string> = { ...reply.headers };
    let payload: string | undefined;
    if (reply.text !== undefined) {
        payload = reply.text;
        headers['Content-Type'] = reply.contentType ?? 'text/plain; charset=UTF-8';
    } else if (reply.json !== undefined) {
        payload = JSON.stringify(reply.json);
        headers['Content-Type'] = 'application/json;charset=UTF-8';
    }
    if (payload !== undefined) {
        headers['Content-Length'] = String(Buffer.byteLength(payload));
    }
    response.writeHead(reply.status, headers);
    response.end(payload);
}

/** The REST API's error body: [{ message, errorCode, fields? }]. */
export function errorReply(error: unknown): Reply {
    const failure = asSalesforceError(error);
    const body =
        failure.fields.length > 0 || failure.statusCode === 400
            ? [{ message: failure.message, errorCode: failure.errorCode, fields: failure.fields }]
            : [{ message: failure.message, errorCode: failure.errorCode }];
    return json(failure.statusCode, body);
}

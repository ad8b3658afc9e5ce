// Starts a local org for one test file: its own temp data directory, a free port, and a jsforce
// connection logged in with the org's token. Stop it in afterAll.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Connection } from 'jsforce';
import { startOrgServer, type RunningOrg, type ServerOptions } from '../org/server';

export const PROJECT_DIR = resolve(__dirname, '..', '..');

export interface TestOrg {
    readonly running: RunningOrg;
    readonly conn: Connection;
    readonly dataDir: string;
    stop(): Promise<void>;
}

export async function startTestOrg(options: Partial<ServerOptions> = {}): Promise<TestOrg> {
    const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'atlas-local-org-'));
    const running = await startOrgServer({ projectDir: PROJECT_DIR, port: 0, ...options, dataDir });
    const conn = new Connection({
        instanceUrl: running.url,
        accessToken: running.token,
        version: '66.0'
    });
    return {
        running,
        conn,
        dataDir,
        stop: async () => {
            await running.close();
            rmSync(dataDir, { recursive: true, force: true });
        }
    };
}

/**
 * fetch, sent again once when a read hits a connection the org had closed.
 * The org runs in the test's own process: a test that scores for more than the server's 5 s
 * keep-alive blocks both timers, and on resuming the server closes the idle socket the client
 * then reuses (ECONNRESET). A reset can also come after the org handled a request, so only reads
 * are sent again (GET, HEAD, or a GraphQL query): a write sent twice could hide a bug or make a
 * record twice.
 */
async function fetchRetryingReset(
    url: string,
    init: RequestInit,
    isRead: boolean
): Promise<Response> {
    try {
        return await fetch(url, init);
    } catch (error) {
        const cause = (error as { cause?: { code?: unknown } }).cause;
        if (!isRead || cause?.code !== 'ECONNRESET') {
            throw error;
        }
        return fetch(url, init);
    }
}

/** Whether a call only reads: sending it twice changes nothing in the org. */
function isReadOnlyCall(method: string, path: string, body: unknown): boolean {
    if (method === 'GET' || method === 'HEAD') {
        return true;
    }
    const query = (body as { query?: unknown } | undefined)?.query;
    return (
        method === 'POST' &&
        path.includes('/graphql') &&
        typeof query === 'string' &&
        !/^\s*mutation\b/.test(query)
    );
}

/** A raw HTTP call with the org's token (or none), for checking exact status codes and bodies. */
export async function call(
    org: TestOrg,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {}
): Promise<{ status: number; body: unknown; text: string; headers: Headers }> {
    const response = await fetchRetryingReset(
        `${org.running.url}${path}`,
        {
            method,
            headers: {
                Authorization: `Bearer ${org.running.token}`,
                ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
                ...headers
            },
            body:
                body === undefined
                    ? undefined
                    : typeof body === 'string'
                      ? body
                      : JSON.stringify(body)
        },
        isReadOnlyCall(method, path, body)
    );
    const text = await response.text();
    let parsed: unknown = text;
    try {
        parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
        // not JSON (CSV results): keep the text
    }
    return { status: response.status, body: parsed, text, headers: response.headers };
}

/** A GraphQL query's data, sent as the panels send it; the test fails on any error in the answer. */
export async function graphqlData(
    org: TestOrg,
    query: unknown,
    variables: Record<string, unknown> = {}
): Promise<unknown> {
    const answer = await call(org, 'POST', '/services/data/v66.0/graphql', { query, variables });
    const body = answer.body as { data: unknown; errors?: unknown[] };
    expect(body.errors ?? []).toEqual([]);
    return body.data;
}

/** Counts every stored record of every object (to prove a failed request changed nothing). */
export function countAll(org: TestOrg): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const object of org.running.org.model.objects()) {
        const row = org.running.org.db
            .prepare(`SELECT COUNT(*) AS n, MAX("SystemModstamp") AS m FROM "${object.name}"`)
            .get() as {
            n: number;
            m: string | null;
        };
        counts[object.name] = row.n;
        counts[`${object.name}@`] = row.m === null ? 0 : Date.parse(row.m);
    }
    return counts;
}

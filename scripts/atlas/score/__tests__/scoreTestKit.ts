// Shared by the atlas score tests: a seeded temp local org, the command run in-process with a pinned
// clock and captured output, record reads straight from the org, and a loopback proxy that forwards
// to the org and lets a test fail, rewrite or cut off chosen requests.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Connection } from 'jsforce';
import { captureIo, type CapturedIo } from '../../io';
import { runScoreCommand } from '../scoreCommand';
import type { TestOrg } from '../../../../local/__tests__/testOrg';

/** Fast polling and retries for tests; the logic is the same as with the defaults. */
export const TEST_ENV = {
    ATLAS_BULK_POLL_MS: '20',
    ATLAS_BULK_RETRY_MS: '5',
    ATLAS_BULK_RETRY_ATTEMPTS: '3'
};

export interface ScoreRun {
    code: number;
    io: CapturedIo;
    out: string;
    err: string;
}

export function tempDir(): string {
    return mkdtempSync(join(tmpdir(), 'atlas-score-'));
}

export function removeDir(dir: string): void {
    rmSync(dir, { recursive: true, force: true });
}

export function connectionTo(url: string, token: string): Connection {
    return new Connection({ instanceUrl: url, accessToken: token, version: '66.0' });
}

export async function score(
    conn: Connection,
    argv: readonly string[],
    options: { now: Date; cwd: string; env?: Record<string, string> }
): Promise<ScoreRun> {
    const io = captureIo({
        now: () => options.now,
        env: { ...TEST_ENV, ...options.env },
        cwd: options.cwd
    });
    const code = await runScoreCommand(conn, argv, io);
    return { code, io, out: io.out(), err: io.err() };
}

export interface OpportunityRow {
    Id: string;
    Name: string;
    StageName: string;
    Deal_Score__c: number | null;
    Deal_Score_Band__c: string | null;
    Deal_Scored_At__c: string | null;
    SystemModstamp: string;
    Amount: number | null;
    CloseDate: string | null;
    Description: string | null;
}

/** Open opportunities as stored, straight from the org's database. */
export function openOpportunities(org: TestOrg): OpportunityRow[] {
    return org.running.org.db
        .prepare(
            'SELECT Id, Name, StageName, Deal_Score__c, Deal_Score_Band__c, Deal_Scored_At__c, SystemModstamp, Amount, CloseDate, Description FROM Opportunity WHERE IsClosed = 0 AND IsDeleted = 0 ORDER BY Name'
        )
        .all() as OpportunityRow[];
}

/**
 * The sample's open deals store the score scoring gives them on the story's day (data/README.md),
 * so a run on that day would change nothing: tests of what a run writes start from an org whose
 * open deals were never scored, as a fresh install's are.
 */
export async function forgetStoredScores(org: TestOrg): Promise<void> {
    for (const row of openOpportunities(org)) {
        await org.conn.sobject('Opportunity').update({
            Id: row.Id,
            Deal_Score__c: null,
            Deal_Score_Band__c: null,
            Deal_Scored_At__c: null
        });
    }
}

export interface SnapshotRow {
    Opportunity__c: string;
    Snapshot_Key__c: string;
    Score__c: number;
    Band__c: string;
    Stage__c: string | null;
    Taken_At__c: string;
}

/** Snapshots the scorer wrote (the sample data's keys start with SAMPLE:). */
export function scorerSnapshots(org: TestOrg): SnapshotRow[] {
    return org.running.org.db
        .prepare(
            "SELECT Opportunity__c, Snapshot_Key__c, Score__c, Band__c, Stage__c, Taken_At__c FROM Deal_Score_Snapshot__c WHERE IsDeleted = 0 AND Snapshot_Key__c NOT LIKE 'SAMPLE:%' ORDER BY Opportunity__c, Taken_At__c"
        )
        .all() as SnapshotRow[];
}

export function countSnapshots(org: TestOrg): number {
    return (
        org.running.org.db
            .prepare('SELECT COUNT(*) AS n FROM Deal_Score_Snapshot__c WHERE IsDeleted = 0')
            .get() as { n: number }
    ).n;
}

/** What a proxy rule may do with a request. */
export type ProxyAction =
    | { kind: 'forward'; body?: string }
    | { kind: 'respond'; status: number; body: string }
    /** Never answer (the client is about to be killed). */
    | { kind: 'hang' };

export interface ProxiedRequest {
    readonly method: string;
    readonly path: string;
    readonly body: string;
}

export interface FaultProxy {
    readonly url: string;
    /** Every request seen, in order. */
    readonly seen: ProxiedRequest[];
    close(): Promise<void>;
}

async function bodyOf(request: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) {
        chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
}

/** A loopback proxy in front of the org; `rule` decides per request (default: forward as is). */
export async function startFaultProxy(
    target: string,
    rule: (request: ProxiedRequest) => ProxyAction | Promise<ProxyAction>
): Promise<FaultProxy> {
    const seen: ProxiedRequest[] = [];
    const server: Server = createServer((request, response) => {
        void (async () => {
            const body = await bodyOf(request);
            const proxied = { method: request.method ?? 'GET', path: request.url ?? '/', body };
            seen.push(proxied);
            const action = await rule(proxied);
            if (action.kind === 'hang') {
                return;
            }
            if (action.kind === 'respond') {
                response.writeHead(action.status, { 'Content-Type': 'application/json' });
                response.end(action.body);
                return;
            }
            const headers: Record<string, string> = {};
            for (const [name, value] of Object.entries(request.headers)) {
                if (
                    typeof value === 'string' &&
                    !['host', 'content-length', 'connection'].includes(name)
                ) {
                    headers[name] = value;
                }
            }
            const sent = action.body ?? body;
            const forwarded = await fetch(`${target}${proxied.path}`, {
                method: proxied.method,
                headers,
                body: proxied.method === 'GET' || proxied.method === 'HEAD' ? undefined : sent
            });
            const answer = Buffer.from(await forwarded.arrayBuffer());
            const answerHeaders: Record<string, string> = {};
            forwarded.headers.forEach((value, name) => {
                if (
                    ![
                        'content-length',
                        'content-encoding',
                        'transfer-encoding',
                        'connection'
                    ].includes(name)
                ) {
                    answerHeaders[name] = value;
                }
            });
            response.writeHead(forwarded.status, answerHeaders);
            response.end(answer);
        })().catch((error: unknown) => {
            response.writeHead(502);
            response.end(String(error));
        });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
        url: `http://127.0.0.1:${port}`,
        seen,
        close: () =>
            new Promise((resolve) => {
                server.closeAllConnections();
                server.close(() => resolve());
            })
    };
}

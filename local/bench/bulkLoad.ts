// Bulk API 2.0 throughput of the local org on the `atlas score` workload: insert opportunities, update
// their scores, upsert a score snapshot per deal by its external id, then read them all back with a
// query job. Each phase prints rows per second; a plain better-sqlite3 insert of the same rows in this
// process is the machine's ceiling, printed beside them so runs on a busy machine stay comparable.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export interface BulkLoadOptions {
    readonly url: string;
    readonly token: string;
    readonly rows: number;
    /** Rows per query result page (the client's maxRecords). */
    readonly pageSize?: number;
    /** CPU seconds the org's process has used so far, when the bench can read them. */
    readonly orgCpuSeconds?: () => number | undefined;
}

export interface BulkPhase {
    readonly name: string;
    readonly kind: 'ingest' | 'query';
    readonly rows: number;
    readonly seconds: number;
    /** CPU seconds the org's process spent in the phase (undefined when unknown). */
    readonly orgCpuSeconds?: number;
    readonly failed: number;
}

export interface BulkLoadReport {
    readonly phases: readonly BulkPhase[];
    /** Rows per second of a bare SQLite insert of the same number of rows (one transaction). */
    readonly sqliteCeiling: number;
}

/** The issue's goals (#18 item 3): rows per second on this machine. */
export const BULK_GOALS = { ingest: 10_000, query: 50_000 } as const;

interface JobInfo {
    id: string;
    state: string;
    numberRecordsProcessed: number;
    numberRecordsFailed: number;
    errorMessage?: string;
}

function client(options: BulkLoadOptions) {
    const api = `${options.url}/services/data/v66.0`;
    const authorization = `Bearer ${options.token}`;
    return async (
        method: string,
        path: string,
        body?: { json?: unknown; csv?: string }
    ): Promise<Response> => {
        const response = await fetch(`${api}${path}`, {
            method,
            headers: {
                Authorization: authorization,
                ...(body?.json !== undefined ? { 'Content-Type': 'application/json' } : {}),
                ...(body?.csv !== undefined ? { 'Content-Type': 'text/csv' } : {})
            },
            body: body?.json !== undefined ? JSON.stringify(body.json) : body?.csv
        });
        if (response.status >= 400) {
            throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
        }
        return response;
    };
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * CPU seconds (user + system) a process has used, from Linux's /proc/<pid>/stat (fields 14 and 15,
 * in USER_HZ ticks of 1/100 s: proc(5)); undefined elsewhere.
 */
export function processCpuSeconds(pid: number): number | undefined {
    try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
        return undefined;
    }
}

/** One ingest job from create to JobComplete (upload and processing both counted). */
async function ingestPhase(
    request: ReturnType<typeof client>,
    name: string,
    job: { object: string; operation: string; externalIdFieldName?: string },
    csv: string,
    rows: number
): Promise<BulkPhase> {
    const started = performance.now();
    const created = (await (
        await request('POST', '/jobs/ingest', {
            json: { ...job, contentType: 'CSV', lineEnding: 'LF', columnDelimiter: 'COMMA' }
        })
    ).json()) as JobInfo;
    await request('PUT', `/jobs/ingest/${created.id}/batches`, { csv });
    await request('PATCH', `/jobs/ingest/${created.id}`, { json: { state: 'UploadComplete' } });
    for (;;) {
        const info = (await (await request('GET', `/jobs/ingest/${created.id}`)).json()) as JobInfo;
        if (info.state === 'JobComplete') {
            return {
                name,
                kind: 'ingest',
                rows,
                seconds: (performance.now() - started) / 1000,
                failed: info.numberRecordsFailed
            };
        }
        if (info.state === 'Failed' || info.state === 'Aborted') {
            throw new Error(`${name} job ${info.state}: ${info.errorMessage ?? ''}`);
        }
        await pause(10);
    }
}

/** One query job from create to its last result page read. */
async function queryPhase(
    request: ReturnType<typeof client>,
    name: string,
    soql: string,
    pageSize: number
): Promise<BulkPhase> {
    const started = performance.now();
    const created = (await (
        await request('POST', '/jobs/query', { json: { operation: 'query', query: soql } })
    ).json()) as JobInfo;
    for (;;) {
        const info = (await (await request('GET', `/jobs/query/${created.id}`)).json()) as JobInfo;
        if (info.state === 'JobComplete') {
            break;
        }
        if (info.state === 'Failed' || info.state === 'Aborted') {
            throw new Error(`${name} job ${info.state}: ${info.errorMessage ?? ''}`);
        }
        await pause(10);
    }
    let rows = 0;
    let locator = '';
    do {
        const response = await request(
            'GET',
            `/jobs/query/${created.id}/results?maxRecords=${pageSize}${locator === '' ? '' : `&locator=${encodeURIComponent(locator)}`}`
        );
        const text = await response.text();
        rows += Number(response.headers.get('sforce-numberofrecords') ?? '0');
        if (text.length === 0) {
            throw new Error(`${name}: an empty result page`);
        }
        locator = response.headers.get('sforce-locator') ?? 'null';
    } while (locator !== 'null');
    return { name, kind: 'query', rows, seconds: (performance.now() - started) / 1000, failed: 0 };
}

/** A bare SQLite insert of `rows` rows of similar width, in this process: the machine's ceiling. */
function sqliteCeiling(rows: number): number {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-sqlite-'));
    try {
        const db = new Database(join(dir, 'ceiling.db'));
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
        db.exec(
            'CREATE TABLE t (Id TEXT PRIMARY KEY, Name TEXT, StageName TEXT, CloseDate TEXT, Amount REAL, AccountId TEXT, CreatedDate TEXT)'
        );
        const insert = db.prepare('INSERT INTO t VALUES (?, ?, ?, ?, ?, ?, ?)');
        const started = performance.now();
        db.transaction(() => {
            for (let i = 0; i < rows; i++) {
                insert.run(
                    `006${String(i).padStart(15, '0')}`,
                    `Bench deal ${i}`,
                    'Prospecting',
                    '2027-03-31',
                    1000 + i,
                    '001000000000001AAA',
                    new Date().toISOString()
                );
            }
        })();
        const seconds = (performance.now() - started) / 1000;
        db.close();
        return rows / seconds;
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

/** Runs the four phases against a seeded local org and returns their figures. */
export async function runBulkLoad(options: BulkLoadOptions): Promise<BulkLoadReport> {
    const request = client(options);
    const accounts = (await (
        await request('GET', `/query?q=${encodeURIComponent('SELECT Id FROM Account LIMIT 20')}`)
    ).json()) as { records: { Id: string }[] };
    const accountIds = accounts.records.map((record) => record.Id);
    if (accountIds.length === 0) {
        throw new Error('the org has no accounts to attach opportunities to (seed it first)');
    }
    const tag = `Bulk ${Date.now().toString(36)}`;
    const n = options.rows;
    const phases: BulkPhase[] = [];
    const cpu = options.orgCpuSeconds ?? (() => undefined);
    const withCpu = async (run: () => Promise<BulkPhase>): Promise<BulkPhase> => {
        const before = cpu();
        const phase = await run();
        const after = cpu();
        return before === undefined || after === undefined
            ? phase
            : { ...phase, orgCpuSeconds: after - before };
    };

    const inserts = [
        'Name,AccountId,StageName,CloseDate,Amount',
        ...Array.from(
            { length: n },
            (_, i) =>
                `${tag} ${i},${accountIds[i % accountIds.length] ?? ''},Prospecting,2027-03-31,${1000 + i}`
        )
    ].join('\n');
    phases.push(
        await withCpu(() =>
            ingestPhase(
                request,
                'insert Opportunity',
                { object: 'Opportunity', operation: 'insert' },
                inserts,
                n
            )
        )
    );

    const query = await withCpu(() =>
        queryPhase(
            request,
            'query Opportunity',
            `SELECT Id, Name, StageName, CloseDate, Amount, AccountId FROM Opportunity WHERE Name LIKE '${tag} %'`,
            options.pageSize ?? 50_000
        )
    );
    phases.push(query);
    // The ids to score come from the org, as atlas score reads them.
    const ids = await readIds(request, tag);

    const updates = [
        'Id,Deal_Score__c,Deal_Score_Band__c,Deal_Scored_At__c',
        ...ids.map(
            (id, i) =>
                `${id},${i % 101},${i % 2 === 0 ? 'Healthy' : 'At Risk'},2026-12-07T10:00:00Z`
        )
    ].join('\n');
    phases.push(
        await withCpu(() =>
            ingestPhase(
                request,
                'update Opportunity scores',
                { object: 'Opportunity', operation: 'update' },
                updates,
                ids.length
            )
        )
    );

    const snapshots = [
        'Snapshot_Key__c,Opportunity__c,Score__c,Band__c,Stage__c,Taken_At__c',
        ...ids.map(
            (id, i) =>
                `${id}:2026-12-07,${id},${i % 101},${i % 2 === 0 ? 'Healthy' : 'At Risk'},Prospecting,2026-12-07T10:00:00Z`
        )
    ].join('\n');
    phases.push(
        await withCpu(() =>
            ingestPhase(
                request,
                'upsert Deal_Score_Snapshot__c',
                {
                    object: 'Deal_Score_Snapshot__c',
                    operation: 'upsert',
                    externalIdFieldName: 'Snapshot_Key__c'
                },
                snapshots,
                ids.length
            )
        )
    );
    return { phases, sqliteCeiling: sqliteCeiling(n) };
}

async function readIds(request: ReturnType<typeof client>, tag: string): Promise<string[]> {
    const ids: string[] = [];
    let next: string | undefined =
        `/query?q=${encodeURIComponent(`SELECT Id FROM Opportunity WHERE Name LIKE '${tag} %'`)}`;
    while (next !== undefined) {
        const page = (await (await request('GET', next)).json()) as {
            records: { Id: string }[];
            nextRecordsUrl?: string;
        };
        page.records.forEach((record) => ids.push(record.Id));
        next = page.nextRecordsUrl?.replace('/services/data/v66.0', '');
    }
    return ids;
}

/** The figures as printable lines, each beside its goal (printed, never asserted). */
export function formatBulkReport(report: BulkLoadReport): string {
    const lines = report.phases.map((phase) => {
        const rate = phase.rows / phase.seconds;
        const goal = BULK_GOALS[phase.kind];
        const perCpu =
            phase.orgCpuSeconds === undefined || phase.orgCpuSeconds <= 0
                ? ''
                : `; ${(phase.rows / phase.orgCpuSeconds).toFixed(0)} rows per CPU-second of the org`;
        return `  ${phase.name.padEnd(30)} ${String(phase.rows).padStart(7)} rows in ${phase.seconds.toFixed(2).padStart(6)} s = ${rate.toFixed(0).padStart(7)} rows/s (goal ≥ ${goal}: ${rate >= goal ? 'met' : 'not met'})${perCpu}${phase.failed > 0 ? `, ${phase.failed} FAILED` : ''}`;
    });
    return [
        'local org Bulk API 2.0 (the atlas score workload):',
        ...lines,
        `  bare SQLite insert in this process: ${report.sqliteCeiling.toFixed(0)} rows/s (the machine's ceiling now, for comparing runs)`,
        '  (rows per CPU-second: what the org does with a core to itself, whatever else the machine runs)'
    ].join('\n');
}

// Bulk API 2.0 query jobs: create, wait for JobComplete, then read the result pages ourselves with
// maxRecords and the Sforce-Locator header until it is the string "null" (jsforce 3.10.16's
// bulk2.query cannot follow several pages). Every step is a read or a new job, so all are retried.
import { parse } from 'csv-parse/sync';
import type { BulkHttp } from './bulkHttp';
import { BulkRequestError } from './bulkHttp';

export type CsvRow = Record<string, string>;

interface QueryJobInfo {
    id: string;
    state: 'UploadComplete' | 'InProgress' | 'JobComplete' | 'Failed' | 'Aborted';
    numberRecordsProcessed?: number;
    errorMessage?: string;
}

export interface QueryOptions {
    readonly pageSize: number;
    readonly pollMs: number;
    /** How long a job may take before the run gives up on it. */
    readonly timeoutMs: number;
    /** Called once the job is complete, with its record count, then after each page. */
    readonly onProgress?: (read: number, total: number) => void;
    readonly sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number): Promise<void> =>
    new Promise((resolve) => setTimeout(resolve, ms));

export async function waitForQueryJob(
    http: BulkHttp,
    id: string,
    options: Pick<QueryOptions, 'pollMs' | 'timeoutMs' | 'sleep'>
): Promise<QueryJobInfo> {
    const sleep = options.sleep ?? defaultSleep;
    const deadline = Date.now() + options.timeoutMs;
    // Small jobs finish in moments: poll often at first, then back off to pollMs.
    let pause = Math.min(50, options.pollMs);
    for (;;) {
        const info = await http.json<QueryJobInfo>('GET', `/jobs/query/${id}`);
        if (info.state === 'JobComplete') {
            return info;
        }
        if (info.state === 'Failed' || info.state === 'Aborted') {
            throw new BulkRequestError(
                200,
                'QUERY_JOB_FAILED',
                `query job ${id} ${info.state.toLowerCase()}: ${info.errorMessage ?? 'no reason given'}`,
                false
            );
        }
        if (Date.now() > deadline) {
            throw new BulkRequestError(
                0,
                'QUERY_JOB_TIMEOUT',
                `query job ${id} still ${info.state} after ${options.timeoutMs} ms; rerun later`,
                false
            );
        }
        await sleep(pause);
        pause = Math.min(options.pollMs, pause * 1.5);
    }
}

/** Runs a SOQL query as a Bulk 2.0 query job and yields its rows page by page. */
export async function* queryPages(
    http: BulkHttp,
    soql: string,
    options: QueryOptions
): AsyncGenerator<CsvRow[]> {
    // A new job per try: creating a query job twice costs nothing but a job.
    const created = await http.json<QueryJobInfo>('POST', '/jobs/query', {
        operation: 'query',
        query: soql,
        contentType: 'CSV',
        columnDelimiter: 'COMMA',
        lineEnding: 'LF'
    });
    const info = await waitForQueryJob(http, created.id, options);
    const total = info.numberRecordsProcessed ?? 0;
    let read = 0;
    options.onProgress?.(read, total);
    let locator = '';
    do {
        const query = `maxRecords=${options.pageSize}${locator ? `&locator=${encodeURIComponent(locator)}` : ''}`;
        const page = await http.request('GET', `/jobs/query/${created.id}/results?${query}`);
        const rows = parse(page.text, {
            columns: true,
            skip_empty_lines: true,
            relax_column_count: false
        }) as CsvRow[];
        read += rows.length;
        options.onProgress?.(read, total);
        yield rows;
        // No header, or the string "null": the last page.
        locator = page.headers.get('sforce-locator') ?? 'null';
    } while (locator !== 'null' && locator !== '');
}

/** Every row of a query, in pages as the server sends them. */
export async function queryAll(
    http: BulkHttp,
    soql: string,
    options: QueryOptions
): Promise<CsvRow[]> {
    const rows: CsvRow[] = [];
    for await (const page of queryPages(http, soql, options)) {
        for (const row of page) {
            rows.push(row);
        }
    }
    return rows;
}

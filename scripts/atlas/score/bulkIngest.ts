// Bulk API 2.0 ingest jobs: create, upload one CSV, UploadComplete, wait, then read the successful,
// failed and unprocessed rows. The operations the scorer sends (update by Id, upsert by an external
// id) are idempotent, so a job broken off by a 500/503 before it was closed is aborted and sent
// again whole; once closed, only reads are retried.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { BulkHttp } from './bulkHttp';
import { BulkRequestError, SessionExpiredError } from './bulkHttp';
import type { CsvRow } from './bulkQuery';

interface IngestJobInfo {
    id: string;
    state: 'Open' | 'UploadComplete' | 'InProgress' | 'JobComplete' | 'Failed' | 'Aborted';
    numberRecordsProcessed?: number;
    numberRecordsFailed?: number;
    errorMessage?: string;
}

export interface IngestRequest {
    readonly object: string;
    readonly operation: 'insert' | 'update' | 'upsert';
    readonly externalIdFieldName?: string;
    readonly columns: readonly string[];
    readonly rows: readonly Record<string, string>[];
}

export interface IngestOutcome {
    readonly jobId: string;
    readonly state: IngestJobInfo['state'];
    readonly errorMessage: string | null;
    /** Rows as the server echoes them, with sf__Id and sf__Created. */
    readonly successful: CsvRow[];
    /** Rows with sf__Id and sf__Error (`CODE:message:fields --`). */
    readonly failed: CsvRow[];
    /** Rows the server never processed (a failed or aborted job): the columns only. */
    readonly unprocessed: CsvRow[];
}

export interface IngestOptions {
    readonly pollMs: number;
    readonly timeoutMs: number;
    /** Whole-job tries when the job breaks before it is closed. */
    readonly jobAttempts: number;
    readonly onProgress?: (processed: number, total: number) => void;
    /** Called once the job has been closed (UploadComplete): the server works on it from then on. */
    readonly onSubmitted?: (jobId: string) => void;
    readonly sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number): Promise<void> =>
    new Promise((resolve) => setTimeout(resolve, ms));

function parseCsv(text: string): CsvRow[] {
    return text.trim() === ''
        ? []
        : (parse(text, { columns: true, skip_empty_lines: true }) as CsvRow[]);
}

/** Creates, uploads and closes a job; returns its id. Throws if any of that fails. */
async function submit(http: BulkHttp, request: IngestRequest, csv: string): Promise<string> {
    const created = await http.json<IngestJobInfo>('POST', '/jobs/ingest', {
        object: request.object,
        operation: request.operation,
        ...(request.externalIdFieldName
            ? { externalIdFieldName: request.externalIdFieldName }
            : {}),
        contentType: 'CSV',
        columnDelimiter: 'COMMA',
        lineEnding: 'LF'
    });
    try {
        // One upload per job: a retried PUT could be refused, so a failure here redoes the job.
        await http.once('PUT', `/jobs/ingest/${created.id}/batches`, { csv });
        await http.once('PATCH', `/jobs/ingest/${created.id}`, {
            json: { state: 'UploadComplete' }
        });
    } catch (error) {
        if (error instanceof SessionExpiredError) {
            throw error;
        }
        // Did the close land although its answer was lost? Then the server has the job.
        const info = await http
            .json<IngestJobInfo>('GET', `/jobs/ingest/${created.id}`)
            .catch(() => null);
        if (info && info.state !== 'Open' && info.state !== 'Aborted') {
            return created.id;
        }
        await http
            .once('PATCH', `/jobs/ingest/${created.id}`, { json: { state: 'Aborted' } })
            .catch(() => undefined);
        throw error;
    }
    return created.id;
}

async function waitForIngestJob(
    http: BulkHttp,
    id: string,
    total: number,
    options: IngestOptions
): Promise<IngestJobInfo> {
    const sleep = options.sleep ?? defaultSleep;
    const deadline = Date.now() + options.timeoutMs;
    // Small jobs finish in moments: poll often at first, then back off to pollMs.
    let pause = Math.min(50, options.pollMs);
    for (;;) {
        const info = await http.json<IngestJobInfo>('GET', `/jobs/ingest/${id}`);
        options.onProgress?.(info.numberRecordsProcessed ?? 0, total);
        if (info.state === 'JobComplete' || info.state === 'Failed' || info.state === 'Aborted') {
            return info;
        }
        if (Date.now() > deadline) {
            throw new BulkRequestError(
                0,
                'INGEST_JOB_TIMEOUT',
                `ingest job ${id} still ${info.state} after ${options.timeoutMs} ms; the server keeps working on it: rerun later to finish`,
                false
            );
        }
        await sleep(pause);
        pause = Math.min(options.pollMs, pause * 1.5);
    }
}

/** Runs one ingest job to its end and returns every row's outcome. */
export async function ingest(
    http: BulkHttp,
    request: IngestRequest,
    options: IngestOptions
): Promise<IngestOutcome> {
    const csv = stringify([...request.rows], {
        header: true,
        columns: [...request.columns],
        record_delimiter: '\n'
    });
    let jobId = '';
    for (let attempt = 1; ; attempt++) {
        try {
            jobId = await submit(http, request, csv);
            break;
        } catch (error) {
            const retryable = error instanceof BulkRequestError && error.retryable;
            if (!retryable || attempt >= options.jobAttempts) {
                throw error;
            }
            await http.backoff(`${request.object} ingest job`, attempt, (error as Error).message);
        }
    }
    options.onSubmitted?.(jobId);
    const info = await waitForIngestJob(http, jobId, request.rows.length, options);
    const results = async (kind: string): Promise<CsvRow[]> =>
        parseCsv((await http.request('GET', `/jobs/ingest/${jobId}/${kind}`)).text);
    return {
        jobId,
        state: info.state,
        errorMessage: info.errorMessage ?? null,
        successful: await results('successfulResults'),
        failed: await results('failedResults'),
        unprocessed: await results('unprocessedrecords')
    };
}

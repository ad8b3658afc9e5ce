// Persistence of Bulk API 2.0 jobs: job info, uploaded CSV parts, per-row ingest results and query
// result lines, all in the org's SQLite file so a restart (or a crash) loses nothing committed.
import type { Statement } from 'better-sqlite3';
import type { SqliteDatabase } from '../database';
import type { ColumnDelimiter, LineEnding } from './csv';

export type IngestOperation = 'insert' | 'update' | 'upsert' | 'delete';
export type JobState =
    'Open' | 'UploadComplete' | 'InProgress' | 'JobComplete' | 'Failed' | 'Aborted';

/** The job info document, stored as JSON and returned (with computed fields) by GET. */
export interface JobInfo {
    id: string;
    kind: 'ingest' | 'query';
    operation: string;
    object: string;
    createdById: string;
    createdDate: string;
    systemModstamp: string;
    state: JobState;
    externalIdFieldName?: string;
    concurrencyMode: 'Parallel';
    contentType: 'CSV';
    apiVersion: number;
    lineEnding: LineEnding;
    columnDelimiter: ColumnDelimiter;
    numberRecordsProcessed: number;
    numberRecordsFailed: number;
    retries: number;
    totalProcessingTime: number;
    errorMessage?: string;
    query?: string;
    /** Query jobs: the CSV header line of the results. */
    header?: string;
    /** Rows of the uploaded data already processed (committed with their results). */
    nextRow: number;
}

export interface RowResult {
    readonly rowIndex: number;
    readonly success: boolean;
    readonly recordId: string | null;
    readonly created: boolean;
    readonly error: string | null;
}

export class JobStore {
    private readonly db: SqliteDatabase;

    private readonly statements = new Map<string, Statement>();

    constructor(db: SqliteDatabase) {
        this.db = db;
    }

    /** Each statement is prepared once: a bulk job runs them once per row. */
    private prepare(sql: string): Statement {
        let statement = this.statements.get(sql);
        if (statement === undefined) {
            statement = this.db.prepare(sql);
            this.statements.set(sql, statement);
        }
        return statement;
    }

    save(info: JobInfo): void {
        this.prepare(
            'INSERT INTO _bulk_jobs (id, kind, state, info, created) VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET state = excluded.state, info = excluded.info'
        ).run(info.id, info.kind, info.state, JSON.stringify(info), info.createdDate);
    }

    get(id: string): JobInfo | undefined {
        const row = this.prepare('SELECT info FROM _bulk_jobs WHERE id = ?').get(id) as
            { info: string } | undefined;
        return row === undefined ? undefined : (JSON.parse(row.info) as JobInfo);
    }

    list(kind: 'ingest' | 'query'): JobInfo[] {
        const rows = this.prepare(
            'SELECT info FROM _bulk_jobs WHERE kind = ? ORDER BY created, id'
        ).all(kind) as { info: string }[];
        return rows.map((row) => JSON.parse(row.info) as JobInfo);
    }

    /** Ingest jobs waiting for (or interrupted during) processing, oldest first. */
    pending(): JobInfo[] {
        const rows = this.prepare(
            "SELECT info FROM _bulk_jobs WHERE kind = 'ingest' AND state IN ('UploadComplete', 'InProgress') ORDER BY created, id"
        ).all() as { info: string }[];
        return rows.map((row) => JSON.parse(row.info) as JobInfo);
    }

    remove(id: string): void {
        for (const table of ['_bulk_job_data', '_bulk_job_results', '_bulk_query_rows']) {
            this.prepare(`DELETE FROM ${table} WHERE job_id = ?`).run(id);
        }
        this.prepare('DELETE FROM _bulk_jobs WHERE id = ?').run(id);
    }

    addData(id: string, content: string): number {
        const row = this.prepare(
            'SELECT COALESCE(MAX(part), 0) + 1 AS part FROM _bulk_job_data WHERE job_id = ?'
        ).get(id) as { part: number };
        this.prepare('INSERT INTO _bulk_job_data (job_id, part, content) VALUES (?, ?, ?)').run(
            id,
            row.part,
            content
        );
        return row.part;
    }

    data(id: string): string[] {
        const rows = this.prepare(
            'SELECT content FROM _bulk_job_data WHERE job_id = ? ORDER BY part'
        ).all(id) as { content: string }[];
        return rows.map((row) => row.content);
    }

    addResult(jobId: string, result: RowResult): void {
        this.prepare(
            'INSERT OR REPLACE INTO _bulk_job_results (job_id, row_index, outcome, record_id, created, error) VALUES (?, ?, ?, ?, ?, ?)'
        ).run(
            jobId,
            result.rowIndex,
            result.success ? 'success' : 'failure',
            result.recordId,
            result.created ? 1 : 0,
            result.error
        );
    }

    results(jobId: string, success: boolean): RowResult[] {
        const rows = this.prepare(
            'SELECT row_index, record_id, created, error FROM _bulk_job_results WHERE job_id = ? AND outcome = ? ORDER BY row_index'
        ).all(jobId, success ? 'success' : 'failure') as {
            row_index: number;
            record_id: string | null;
            created: number;
            error: string | null;
        }[];
        return rows.map((row) => ({
            rowIndex: row.row_index,
            success,
            recordId: row.record_id,
            created: row.created === 1,
            error: row.error
        }));
    }

    addQueryLines(jobId: string, lines: readonly string[]): void {
        const insert = this.prepare(
            'INSERT INTO _bulk_query_rows (job_id, seq, line) VALUES (?, ?, ?)'
        );
        lines.forEach((line, index) => insert.run(jobId, index, line));
    }

    queryLines(jobId: string, offset: number, limit: number): string[] {
        const rows = this.prepare(
            'SELECT line FROM _bulk_query_rows WHERE job_id = ? AND seq >= ? ORDER BY seq LIMIT ?'
        ).all(jobId, offset, limit) as { line: string }[];
        return rows.map((row) => row.line);
    }
}

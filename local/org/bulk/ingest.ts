// Bulk API 2.0 ingest jobs: create, upload CSV, close (UploadComplete) or abort, then a background
// processor applies the rows in chunks. Each chunk — its records, their results and the job's
// progress — commits in one transaction, so a process killed mid-job keeps every committed chunk,
// leaves no half-written record, and resumes where it stopped on the next start.
import type { SObjectDescribe } from '../../../schema/types';
import { asSalesforceError, notImplemented, SalesforceError } from '../errors';
import { json, noContent, type Reply, type Request, type Router } from '../http';
import type { LocalOrg } from '../org';
import { api } from '../versions';
import { csvLine, csvText, isColumnDelimiter, isLineEnding, parseCsv } from './csv';
import type { JobStore } from './jobs';
import { type IngestOperation, type JobInfo, type RowResult } from './jobs';

export interface IngestOptions {
    /**
     * Rows per transaction (default 1000: five of the platform's 200-record chunks). Each commit
     * rewrites the hot index pages into the WAL, so 200-row commits cost a tenth more CPU per row.
     */
    readonly chunkSize?: number;
    /** Pause between chunks in milliseconds (0: just yield to other requests). */
    readonly pauseMs?: number;
}

const OPERATIONS: readonly IngestOperation[] = ['insert', 'update', 'upsert', 'delete'];

export function invalidJob(message: string): SalesforceError {
    return new SalesforceError(400, 'INVALIDJOB', message);
}

/** The public job info: the stored document without the processor's bookkeeping. */
export function publicInfo(info: JobInfo, baseContentUrl?: string): Record<string, unknown> {
    const { nextRow: _nextRow, kind: _kind, header: _header, query: _query, ...rest } = info;
    const body: Record<string, unknown> = {
        ...rest,
        apexProcessingTime: 0,
        apiActiveProcessingTime: info.totalProcessingTime
    };
    if (baseContentUrl !== undefined) {
        body.contentUrl = baseContentUrl;
    }
    if (info.kind === 'query') {
        delete body.numberRecordsFailed;
        body.query = info.query;
    }
    return body;
}

interface ParsedJob {
    readonly header: string[];
    readonly rows: string[][];
}

export class IngestProcessor {
    private readonly org: LocalOrg;
    private readonly jobs: JobStore;
    private readonly chunkSize: number;
    private readonly pauseMs: number;
    private readonly parsed = new Map<string, ParsedJob>();
    private running = false;
    private stopped = false;
    private timer: NodeJS.Timeout | undefined;

    constructor(org: LocalOrg, jobs: JobStore, options: IngestOptions) {
        this.org = org;
        this.jobs = jobs;
        const chunkSize = options.chunkSize ?? Number.NaN;
        this.chunkSize = Number.isInteger(chunkSize) && chunkSize > 0 ? chunkSize : 1000;
        const pauseMs = options.pauseMs ?? 0;
        this.pauseMs = Number.isFinite(pauseMs) && pauseMs > 0 ? pauseMs : 0;
    }

    /** Starts processing if work is waiting (called on start, for resumed jobs, and on UploadComplete). */
    kick(): void {
        if (this.running || this.stopped) {
            return;
        }
        this.running = true;
        this.timer = setTimeout(() => this.step(), 0);
    }

    stop(): void {
        this.stopped = true;
        if (this.timer !== undefined) {
            clearTimeout(this.timer);
        }
    }

    /** The uploaded rows of a job (parsed once and kept while the job runs). */
    rows(info: JobInfo, keep = true): ParsedJob {
        const cached = this.parsed.get(info.id);
        if (cached !== undefined) {
            return cached;
        }
        const parts = this.jobs.data(info.id).map((text) => parseCsv(text, info.columnDelimiter));
        const [first] = parts;
        if (first === undefined) {
            return { header: [], rows: [] };
        }
        for (const part of parts) {
            if (part.header.join('\u0000') !== first.header.join('\u0000')) {
                throw new SalesforceError(
                    400,
                    'InvalidBatch',
                    'InvalidBatch : Every upload of a job must have the same header row'
                );
            }
        }
        const parsed = { header: first.header, rows: parts.flatMap((part) => part.rows) };
        if (keep) {
            this.parsed.set(info.id, parsed);
        }
        return parsed;
    }

    private step(): void {
        this.timer = undefined;
        if (this.stopped) {
            this.running = false;
            return;
        }
        const [job] = this.jobs.pending();
        if (job === undefined) {
            this.running = false;
            return;
        }
        try {
            // A job runs as the user who created it, whoever's request started the processor.
            this.org.users.runAsId(job.createdById, () => this.processChunk(job));
        } catch (error) {
            this.fail(job, asSalesforceError(error).message);
        }
        this.timer = setTimeout(() => this.step(), this.pauseMs);
    }

    private fail(job: JobInfo, message: string): void {
        const current = this.jobs.get(job.id) ?? job;
        this.parsed.delete(job.id);
        this.jobs.save({
            ...current,
            state: 'Failed',
            errorMessage: message,
            systemModstamp: this.org.store.now()
        });
    }

    /** Applies the next chunk of rows and records their results, all in one transaction. */
    private processChunk(job: JobInfo): void {
        const started = Date.now();
        const { header, rows } = this.rows(job);
        const object = this.org.model.requireType(job.object);
        const columns = this.columns(job, object, header);
        const end = Math.min(rows.length, job.nextRow + this.chunkSize);
        const { store } = this.org;
        store.transaction(() => {
            let failed = 0;
            for (let index = job.nextRow; index < end; index++) {
                const result = this.applyRow(job, object, columns, rows[index] ?? [], index);
                if (!result.success) {
                    failed++;
                }
                this.jobs.addResult(job.id, result);
            }
            const done = end >= rows.length;
            this.jobs.save({
                ...job,
                state: done ? 'JobComplete' : 'InProgress',
                nextRow: end,
                numberRecordsProcessed: end,
                numberRecordsFailed: job.numberRecordsFailed + failed,
                totalProcessingTime: job.totalProcessingTime + (Date.now() - started),
                systemModstamp: store.now()
            });
        });
        if (end >= rows.length) {
            this.parsed.delete(job.id);
        }
    }

    /** Checks the header once per chunk: every column a field, a relationship.externalId, or Id. */
    private columns(job: JobInfo, object: SObjectDescribe, header: readonly string[]): string[] {
        for (const column of header) {
            if (column.includes(':')) {
                throw notImplemented(
                    `polymorphic relationship columns in Bulk API CSV (${column})`
                );
            }
            const [relationshipName, keyName] = column.split('.');
            if (keyName !== undefined) {
                const relationship = this.org.model.schema.parentRelationship(
                    object.name,
                    relationshipName ?? '',
                    { ignoreCase: true }
                );
                if (relationship === undefined) {
                    throw new SalesforceError(
                        400,
                        'InvalidBatch',
                        `InvalidBatch : Field name not found : ${column}`
                    );
                }
            } else if (this.org.model.field(object.name, column) === undefined) {
                throw new SalesforceError(
                    400,
                    'InvalidBatch',
                    `InvalidBatch : Field name not found : ${column}`
                );
            }
        }
        if (
            (job.operation === 'update' || job.operation === 'delete') &&
            !header.some((column) => column.toLowerCase() === 'id')
        ) {
            throw new SalesforceError(
                400,
                'InvalidBatch',
                'InvalidBatch : Field name not found : Id'
            );
        }
        const externalId = job.externalIdFieldName ?? '';
        if (
            job.operation === 'upsert' &&
            !header.some((column) => column.toLowerCase() === externalId.toLowerCase())
        ) {
            throw new SalesforceError(
                400,
                'InvalidBatch',
                `InvalidBatch : Field name not found : ${externalId}`
            );
        }
        return [...header];
    }

    private applyRow(
        job: JobInfo,
        object: SObjectDescribe,
        header: readonly string[],
        row: readonly string[],
        index: number
    ): RowResult {
        const fields: Record<string, unknown> = {};
        let id: string | null = null;
        let external = '';
        header.forEach((column, position) => {
            const value = row[position] ?? '';
            const [relationshipName, keyName] = column.split('.');
            if (column.toLowerCase() === 'id') {
                id = value === '' ? null : value;
            } else if (
                job.operation === 'upsert' &&
                column.toLowerCase() === (job.externalIdFieldName ?? '').toLowerCase()
            ) {
                external = value;
            } else if (keyName !== undefined && relationshipName !== undefined) {
                if (value !== '') {
                    fields[relationshipName] = { [keyName]: value };
                }
            } else {
                fields[column] = value;
            }
        });
        try {
            if ((job.operation === 'update' || job.operation === 'delete') && id === null) {
                throw new SalesforceError(
                    400,
                    'MISSING_ARGUMENT',
                    `Id not specified in an ${job.operation} call`
                );
            }
            const outcome = this.applyOperation(job, object, id ?? '', external, fields);
            return { rowIndex: index, success: true, ...outcome, error: null };
        } catch (error) {
            const failure = asSalesforceError(error);
            return {
                rowIndex: index,
                success: false,
                recordId: id,
                created: false,
                error: `${failure.errorCode}:${failure.message}:${failure.fields.join(',')} --`
            };
        }
    }

    /**
     * One row's write. Each store call is its own savepoint inside the chunk's transaction, so a
     * row that fails leaves nothing behind and the chunk goes on.
     */
    private applyOperation(
        job: JobInfo,
        object: SObjectDescribe,
        id: string,
        external: string,
        fields: Record<string, unknown>
    ): { recordId: string; created: boolean } {
        const { store } = this.org;
        const text = { mode: 'text', blankMeansUnchanged: true } as const;
        switch (job.operation) {
            case 'insert':
                return {
                    recordId: store.insert(object.name, dropBlanks(fields), { mode: 'text' }),
                    created: true
                };
            case 'update':
                store.update(object.name, id, fields, text);
                return { recordId: id, created: false };
            case 'upsert': {
                const fieldName = job.externalIdFieldName ?? 'Id';
                const key = fieldName.toLowerCase() === 'id' ? id : external;
                const outcome = store.upsert(object.name, fieldName, key, fields, text);
                return { recordId: outcome.id, created: outcome.created };
            }
            default:
                store.delete(object.name, id);
                return { recordId: id, created: false };
        }
    }
}

/** On insert a blank CSV value means "not set" (defaults apply). */
function dropBlanks(fields: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== ''));
}

export function registerIngest(
    router: Router,
    org: LocalOrg,
    jobs: JobStore,
    processor: IngestProcessor
): void {
    const { store } = org;

    const requireJob = (id: string): JobInfo => {
        const info = jobs.get(id);
        if (info === undefined || info.kind !== 'ingest') {
            throw new SalesforceError(404, 'NOT_FOUND', 'The requested resource does not exist');
        }
        return info;
    };
    const contentUrl = (request: Request, id: string): string =>
        `services/data/v${request.apiVersion}/jobs/ingest/${id}/batches`;

    api(router, 'POST', '/jobs/ingest', async (request) => {
        if ((request.header('content-type') ?? '').startsWith('multipart/')) {
            throw notImplemented(
                'multipart ingest job requests (create the job, then PUT the CSV)'
            );
        }
        const body = await request.jsonObject();
        const operation = body.operation;
        if (operation === 'hardDelete') {
            throw notImplemented('hardDelete (records go to the recycle bin with delete)');
        }
        if (typeof operation !== 'string' || !OPERATIONS.includes(operation as IngestOperation)) {
            throw invalidJob(`InvalidJob : Invalid operation: ${String(operation)}`);
        }
        const object = org.model.object(typeof body.object === 'string' ? body.object : '');
        if (object === undefined) {
            throw invalidJob(`InvalidJob : Unable to find object: ${String(body.object)}`);
        }
        if (body.contentType !== undefined && body.contentType !== 'CSV') {
            throw invalidJob(`InvalidJob : Invalid content type: ${String(body.contentType)}`);
        }
        const columnDelimiter = body.columnDelimiter ?? 'COMMA';
        const lineEnding = body.lineEnding ?? 'LF';
        if (!isColumnDelimiter(columnDelimiter) || !isLineEnding(lineEnding)) {
            throw invalidJob('InvalidJob : columnDelimiter or lineEnding is not valid');
        }
        let externalIdFieldName: string | undefined;
        if (operation === 'upsert') {
            const field = org.model.field(
                object.name,
                typeof body.externalIdFieldName === 'string' ? body.externalIdFieldName : ''
            );
            if (field === undefined || (!field.externalId && field.name !== 'Id')) {
                throw invalidJob(
                    `InvalidJob : External ID field ${String(body.externalIdFieldName)} is not an external id field of ${object.name}`
                );
            }
            externalIdFieldName = field.name;
        }
        const now = store.now();
        const info: JobInfo = {
            id: store.allocateIdWithPrefix('750'),
            kind: 'ingest',
            operation,
            object: object.name,
            createdById: store.userId,
            createdDate: now,
            systemModstamp: now,
            state: 'Open',
            externalIdFieldName,
            concurrencyMode: 'Parallel',
            contentType: 'CSV',
            apiVersion: Number(request.apiVersion),
            lineEnding,
            columnDelimiter,
            numberRecordsProcessed: 0,
            numberRecordsFailed: 0,
            retries: 0,
            totalProcessingTime: 0,
            nextRow: 0
        };
        jobs.save(info);
        return json(200, publicInfo(info, contentUrl(request, info.id)));
    });

    api(router, 'GET', '/jobs/ingest', (request) =>
        json(200, {
            done: true,
            records: jobs
                .list('ingest')
                .map((info) => publicInfo(info, contentUrl(request, info.id))),
            nextRecordsUrl: null
        })
    );

    api(router, 'GET', '/jobs/ingest/:id', (request, [id = '']) =>
        json(200, publicInfo(requireJob(id), contentUrl(request, id)))
    );

    api(router, 'PUT', '/jobs/ingest/:id/batches', async (request, [id = '']) => {
        const info = requireJob(id);
        if (info.state !== 'Open') {
            throw invalidJob(
                `InvalidJob : Job ${id} is not open for uploads (state ${info.state})`
            );
        }
        const text = await request.text('csv');
        // Parse now, so a malformed upload is refused before the job is closed.
        parseCsv(text, info.columnDelimiter);
        jobs.addData(id, text);
        return { status: 201 };
    });

    api(router, 'PATCH', '/jobs/ingest/:id', async (request, [id = '']): Promise<Reply> => {
        const info = requireJob(id);
        const body = await request.jsonObject();
        const now = store.now();
        if (body.state === 'UploadComplete') {
            if (info.state !== 'Open') {
                throw invalidJob(`InvalidJob : Job ${id} is not open (state ${info.state})`);
            }
            const next: JobInfo =
                jobs.data(id).length === 0
                    ? {
                          ...info,
                          state: 'Failed',
                          errorMessage: 'InvalidBatch : No data was uploaded for this job',
                          systemModstamp: now
                      }
                    : { ...info, state: 'UploadComplete', systemModstamp: now };
            jobs.save(next);
            processor.kick();
            return json(200, publicInfo(next, contentUrl(request, id)));
        }
        if (body.state === 'Aborted') {
            if (info.state === 'JobComplete' || info.state === 'Failed') {
                throw invalidJob(
                    `InvalidJob : Job ${id} has already finished (state ${info.state})`
                );
            }
            const next: JobInfo = { ...info, state: 'Aborted', systemModstamp: now };
            jobs.save(next);
            return json(200, publicInfo(next, contentUrl(request, id)));
        }
        throw invalidJob(`InvalidJob : Invalid state: ${String(body.state)}`);
    });

    api(router, 'DELETE', '/jobs/ingest/:id', (_request, [id = '']) => {
        const info = requireJob(id);
        if (info.state === 'Open' || info.state === 'InProgress') {
            throw invalidJob(`InvalidJob : Job ${id} cannot be deleted in state ${info.state}`);
        }
        store.transaction(() => jobs.remove(id));
        return noContent();
    });

    const csvReply = (text: string): Reply => ({ status: 200, text, contentType: 'text/csv' });

    const results = (id: string, success: boolean): Reply => {
        const info = requireJob(id);
        const { header, rows } = safeRows(processor, info);
        const first = success ? ['sf__Id', 'sf__Created'] : ['sf__Id', 'sf__Error'];
        const lines = [csvLine([...first, ...header], info.columnDelimiter)];
        for (const result of jobs.results(id, success)) {
            const values = success
                ? [result.recordId ?? '', result.created ? 'true' : 'false']
                : [result.recordId ?? '', result.error ?? ''];
            lines.push(
                csvLine([...values, ...(rows[result.rowIndex] ?? [])], info.columnDelimiter)
            );
        }
        return csvReply(csvText(lines, info.lineEnding));
    };

    api(router, 'GET', '/jobs/ingest/:id/successfulResults', (_request, [id = '']) =>
        results(id, true)
    );
    api(router, 'GET', '/jobs/ingest/:id/failedResults', (_request, [id = '']) =>
        results(id, false)
    );
    api(router, 'GET', '/jobs/ingest/:id/unprocessedrecords', (_request, [id = '']) => {
        const info = requireJob(id);
        const { header, rows } = safeRows(processor, info);
        const unprocessed = info.state === 'JobComplete' ? [] : rows.slice(info.nextRow);
        return csvReply(
            csvText(
                [
                    csvLine(header, info.columnDelimiter),
                    ...unprocessed.map((row) => csvLine(row, info.columnDelimiter))
                ],
                info.lineEnding
            )
        );
    });
}

/** Rows for the result files; a job whose data never parsed has none. */
function safeRows(
    processor: IngestProcessor,
    info: JobInfo
): { header: string[]; rows: string[][] } {
    try {
        return processor.rows(info, false);
    } catch {
        return { header: [], rows: [] };
    }
}

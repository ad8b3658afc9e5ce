// Bulk API 2.0 query jobs: the SOQL runs when the job is created (a consistent snapshot), its rows are
// stored as CSV lines, and results are read in pages of maxRecords with the Sforce-Locator header
// ('null' on the last page).
import { notImplemented, SalesforceError } from '../errors';
import { json, noContent, type Reply, type Router } from '../http';
import type { LocalOrg } from '../org';
import { runQuery } from '../query/execute';
import { refPath } from '../query/plan';
import { compileSoql } from '../query/soql';
import { toCsv } from '../values';
import { api } from '../versions';
import { csvLine, csvText, isColumnDelimiter, isLineEnding } from './csv';
import { invalidJob, publicInfo } from './ingest';
import type { JobInfo, JobStore } from './jobs';

const DEFAULT_PAGE = 50_000;

/** Locators are opaque to clients; here they carry the next row offset. */
function encodeLocator(offset: number): string {
    return Buffer.from(`atlas:${offset}`).toString('base64url');
}

function decodeLocator(locator: string): number {
    const match = /^atlas:(\d+)$/.exec(Buffer.from(locator, 'base64url').toString('utf8'));
    if (match === null) {
        throw new SalesforceError(400, 'INVALID_QUERY_LOCATOR', `Invalid locator: ${locator}`);
    }
    return Number(match[1]);
}

export function registerQueryJobs(router: Router, org: LocalOrg, jobs: JobStore): void {
    const { store } = org;

    const requireJob = (id: string): JobInfo => {
        const info = jobs.get(id);
        if (info === undefined || info.kind !== 'query') {
            throw new SalesforceError(404, 'NOT_FOUND', 'The requested resource does not exist');
        }
        return info;
    };

    api(router, 'POST', '/jobs/query', async (request) => {
        const body = await request.jsonObject();
        const operation = body.operation ?? 'query';
        if (operation !== 'query' && operation !== 'queryAll') {
            throw invalidJob(`InvalidJob : Invalid operation: ${String(operation)}`);
        }
        if (typeof body.query !== 'string' || body.query.trim() === '') {
            throw invalidJob('InvalidJob : A query is required');
        }
        const columnDelimiter = body.columnDelimiter ?? 'COMMA';
        const lineEnding = body.lineEnding ?? 'LF';
        if (!isColumnDelimiter(columnDelimiter) || !isLineEnding(lineEnding)) {
            throw invalidJob('InvalidJob : columnDelimiter or lineEnding is not valid');
        }
        const compiled = compileSoql(org.model, body.query, {
            includeDeleted: operation === 'queryAll',
            now: store.today()
        });
        // "Bulk API 2.0 doesn't support SOQL queries that include … GROUP BY, OFFSET, or TYPEOF
        // clauses; aggregate functions such as COUNT(); … parent-to-child relationship queries"
        // (Bulk API 2.0 Developer Guide, Understanding Bulk API 2.0 Query, SOQL considerations).
        if (compiled.plan.offset !== undefined) {
            throw invalidJob('InvalidJob : OFFSET is not supported by Bulk API 2.0 query jobs');
        }
        if (compiled.countOnly || compiled.aggregate) {
            throw invalidJob(
                'InvalidJob : aggregate functions such as COUNT() are not supported by Bulk API 2.0 query jobs'
            );
        }
        const fieldItems = compiled.items.flatMap((item) => (item.kind === 'field' ? [item] : []));
        if (fieldItems.length !== compiled.items.length) {
            throw invalidJob(
                'InvalidJob : Bulk API 2.0 query jobs do not support child relationship subqueries'
            );
        }
        const started = Date.now();
        const output = runQuery(store, compiled, request.apiVersion);
        const lines = output.records.map((record) =>
            csvLine(
                fieldItems.map((item) => {
                    let value: unknown = record;
                    for (const hop of item.ref.hops) {
                        value =
                            typeof value === 'object' && value !== null
                                ? (value as Record<string, unknown>)[hop.name]
                                : null;
                    }
                    const leaf =
                        typeof value === 'object' && value !== null
                            ? (value as Record<string, unknown>)[item.ref.field.name]
                            : null;
                    if (leaf === null || leaf === undefined) {
                        return null;
                    }
                    // Back to stored form for CSV: booleans true/false, numbers plain, date-times with Z.
                    const stored =
                        typeof leaf === 'boolean'
                            ? leaf
                                ? 1
                                : 0
                            : typeof leaf === 'number'
                              ? leaf
                              : String(leaf).replace(/\+0000$/, 'Z');
                    return toCsv(item.ref.field, stored);
                }),
                columnDelimiter
            )
        );
        const now = store.now();
        const info: JobInfo = {
            id: store.allocateIdWithPrefix('750'),
            kind: 'query',
            operation,
            object: compiled.plan.object.name,
            createdById: store.userId,
            createdDate: now,
            systemModstamp: now,
            state: 'JobComplete',
            concurrencyMode: 'Parallel',
            contentType: 'CSV',
            apiVersion: Number(request.apiVersion),
            lineEnding,
            columnDelimiter,
            numberRecordsProcessed: lines.length,
            numberRecordsFailed: 0,
            retries: 0,
            totalProcessingTime: Date.now() - started,
            query: body.query,
            header: csvLine(
                fieldItems.map((item) => refPath(item.ref)),
                columnDelimiter
            ),
            nextRow: 0
        };
        store.transaction(() => {
            jobs.save(info);
            jobs.addQueryLines(info.id, lines);
        });
        // The job is already complete; it answers as just accepted, as the platform does.
        return json(200, { ...publicInfo(info), state: 'UploadComplete' });
    });

    api(router, 'GET', '/jobs/query', () =>
        json(200, {
            done: true,
            records: jobs.list('query').map((info) => publicInfo(info)),
            nextRecordsUrl: null
        })
    );

    api(router, 'GET', '/jobs/query/:id', (_request, [id = '']) =>
        json(200, publicInfo(requireJob(id)))
    );

    api(router, 'GET', '/jobs/query/:id/results', (request, [id = '']): Reply => {
        const info = requireJob(id);
        if (info.state !== 'JobComplete') {
            throw new SalesforceError(
                400,
                'INVALIDJOBSTATE',
                `Job ${id} is not complete (state ${info.state})`
            );
        }
        const locator = request.query.get('locator');
        const offset =
            locator === null || locator === '' || locator === 'null' ? 0 : decodeLocator(locator);
        const maxRecords = Number(request.query.get('maxRecords') ?? DEFAULT_PAGE);
        if (!Number.isInteger(maxRecords) || maxRecords < 1) {
            throw new SalesforceError(
                400,
                'INVALID_INPUT',
                `maxRecords must be a positive integer: ${String(request.query.get('maxRecords'))}`
            );
        }
        const lines = jobs.queryLines(id, offset, maxRecords);
        const next = offset + lines.length;
        return {
            status: 200,
            text: csvText([info.header ?? '', ...lines], info.lineEnding),
            contentType: 'text/csv',
            headers: {
                'Sforce-Locator': next < info.numberRecordsProcessed ? encodeLocator(next) : 'null',
                'Sforce-NumberOfRecords': String(lines.length)
            }
        };
    });

    api(router, 'GET', '/jobs/query/:id/resultPages', () => {
        throw notImplemented(
            'parallel query result pages (read results with the Sforce-Locator header)'
        );
    });

    api(router, 'PATCH', '/jobs/query/:id', async (request, [id = '']) => {
        const info = requireJob(id);
        const body = await request.jsonObject();
        if (body.state !== 'Aborted') {
            throw invalidJob(`InvalidJob : Invalid state: ${String(body.state)}`);
        }
        if (info.state === 'JobComplete') {
            throw invalidJob(`InvalidJob : Job ${id} has already finished`);
        }
        const next: JobInfo = { ...info, state: 'Aborted', systemModstamp: store.now() };
        jobs.save(next);
        return json(200, publicInfo(next));
    });

    api(router, 'DELETE', '/jobs/query/:id', (_request, [id = '']) => {
        requireJob(id);
        store.transaction(() => jobs.remove(id));
        return noContent();
    });
}

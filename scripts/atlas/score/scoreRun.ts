// One `atlas score` run: read the open deals slice by slice (scoreSlices.ts) through Bulk API 2.0
// queries, score each with the panels' dealScoring module, and write only the deals whose score or
// band changed (or whose earlier write was cut off) through Bulk API 2.0 ingest before reading the
// next slice — snapshot first, then the opportunity (see scorePlan.ts for why that order makes
// reruns safe).
import { performance } from 'node:perf_hooks';
import type { Connection } from 'jsforce';
import { dealScoringOverridesOf } from '../../../force-app/main/default/lwc/scoringSettings/scoringSettings';
import { readScoringSettings } from '../scoringSettingsRecord';
import { BulkHttp, BulkRequestError, SessionExpiredError } from './bulkHttp';
import type { RetryPolicy } from './bulkHttp';
import { queryAll } from './bulkQuery';
import type { CsvRow } from './bulkQuery';
import { ingest } from './bulkIngest';
import type { IngestOutcome } from './bulkIngest';
import {
    COMPETITOR_FIELDS,
    CONTACT_FIELDS,
    CRITERION_FIELDS,
    FRAMEWORK_GROUP_FIELDS,
    EVIDENCE_FIELDS,
    MEMBER_FIELDS,
    OPPORTUNITY_FIELDS,
    SNAPSHOT_FIELDS,
    recordsOf,
    scoringQueries,
    sharedQueries,
    sliceIdsQuery,
    sliceQueries
} from './dealRecords';
import type { CompetitorRow, ContactRow, ScoringRecords, SnapshotRow } from './dealRecords';
import { OPPORTUNITY_COLUMNS, SNAPSHOT_COLUMNS, opportunityRow, snapshotRow } from './scorePlan';
import { emptyTotals, scoreSlices } from './scoreSlices';
import { collectGarbage } from './sliceHeap';
import type { DealSource, SharedRecords, SliceTotals } from './scoreSlices';
import type { PlannedWrite } from './scorePlan';
import type { ScoreProgress } from './progress';

export interface ScoreRunOptions {
    readonly where: string | null;
    readonly dryRun: boolean;
    /** The run's clock reading: "as of" for the scores and the snapshots' time. */
    readonly runAt: Date;
    readonly pageSize: number;
    /** Open deals per slice: read, scored and written before the next slice is read. */
    readonly sliceSize: number;
    /** Deals per pair of ingest jobs (snapshots, then opportunities). */
    readonly writeBatchSize: number;
    readonly pollMs: number;
    readonly jobTimeoutMs: number;
    readonly retry: RetryPolicy;
}

export interface FailedWrite {
    readonly object: 'Deal_Score_Snapshot__c' | 'Opportunity';
    readonly write: PlannedWrite;
    readonly error: string;
}

export interface ScoreRunSummary {
    readonly read: Record<
        'opportunities' | 'evidence' | 'members' | 'snapshots' | 'criteria',
        number
    >;
    scored: number;
    /** Deals to write: score or band changed, or an earlier run's write to finish. */
    changed: number;
    /** Of those, the ones finishing an interrupted write. */
    resumed: number;
    /** How many slices of open deals the run read. */
    slices: number;
    /** Deals whose snapshot and opportunity were both written. */
    written: number;
    readonly failed: FailedWrite[];
    readonly ms: { query: number; score: number; write: number };
    retries: number;
    /** Why the run stopped early, if it did (expired session, a server that kept failing). */
    stoppedBy: string | null;
    /** The first changes (LISTED_CHANGES), for a dry run's list; `changed` counts them all. */
    readonly listedChanges: PlannedWrite[];
    /** Where the scoring settings came from (the saved Active record, or the defaults). */
    settingsNote: string;
}

interface PicklistDescribe {
    fields: { name: string; picklistValues?: { value: string; active: boolean }[] }[];
}

type QueryOptions = Pick<ScoreRunOptions, 'where' | 'pageSize' | 'pollMs' | 'jobTimeoutMs'>;

/** Reads one Bulk API 2.0 query whole, as a progress step. */
function bulkReader(
    http: BulkHttp,
    options: QueryOptions,
    progress: ScoreProgress
): (name: string, soql: string) => Promise<CsvRow[]> {
    return async (name, soql) => {
        progress.start(`query ${name}`, 0);
        const rows = await queryAll(http, soql, {
            pageSize: options.pageSize,
            pollMs: options.pollMs,
            timeoutMs: options.jobTimeoutMs,
            onProgress: (done, total) => progress.update(done, total)
        });
        progress.finish(`${rows.length} records`);
        return rows;
    };
}

/** What every slice is scored with: the stage picklist, closed stage names and the criteria. */
async function readShared(
    http: BulkHttp,
    options: QueryOptions,
    progress: ScoreProgress
): Promise<SharedRecords> {
    const read = bulkReader(http, options, progress);
    const queries = sharedQueries();
    const describe = await http.json<PicklistDescribe>('GET', '/sobjects/Opportunity/describe');
    const stagePicklist = (
        describe.fields.find((field) => field.name === 'StageName')?.picklistValues ?? []
    )
        .filter((entry) => entry.active)
        .map((entry) => entry.value);
    const closedStages = [
        ...new Set(
            (await read('closedStages', queries.closedStages)).map((row) => row.StageName ?? '')
        )
    ];
    return {
        criteria: recordsOf(await read('criteria', queries.criteria), CRITERION_FIELDS),
        frameworkGroups: recordsOf(
            await read('frameworkGroups', queries.frameworkGroups),
            FRAMEWORK_GROUP_FIELDS
        ),
        stagePicklist,
        closedStages
    };
}

/** Everything a run scores with, read whole through Bulk API 2.0 (for the parity test). */
export async function readRecords(
    http: BulkHttp,
    options: QueryOptions,
    progress: ScoreProgress
): Promise<ScoringRecords> {
    const read = bulkReader(http, options, progress);
    const queries = scoringQueries(options.where);
    const query = (name: string): Promise<CsvRow[]> => read(name, queries[name] ?? '');
    return {
        ...(await readShared(http, options, progress)),
        opportunities: recordsOf(await query('opportunities'), OPPORTUNITY_FIELDS),
        evidence: recordsOf(await query('evidence'), EVIDENCE_FIELDS),
        members: recordsOf(await query('members'), MEMBER_FIELDS),
        snapshots: recordsOf<SnapshotRow>(await query('snapshots'), SNAPSHOT_FIELDS),
        contacts: recordsOf<ContactRow>(await query('contacts'), CONTACT_FIELDS),
        competitors: recordsOf<CompetitorRow>(await query('competitors'), COMPETITOR_FIELDS)
    };
}

interface RestPage {
    records: { Id?: string }[];
    nextRecordsUrl?: string;
}

/** The Ids a REST query returns, following nextRecordsUrl (a slice's Ids: a few pages). */
async function restIds(http: BulkHttp, soql: string): Promise<string[]> {
    const ids: string[] = [];
    let path: string | null = `/query?q=${encodeURIComponent(soql)}`;
    while (path !== null) {
        const page: RestPage = await http.json<RestPage>('GET', path);
        for (const record of page.records) {
            ids.push(record.Id ?? '');
        }
        // nextRecordsUrl is absolute (/services/data/vXX.X/query/…); http paths start after the version.
        const next = page.nextRecordsUrl;
        path = next === undefined ? null : next.slice(next.indexOf('/query'));
    }
    return ids;
}

/** The org's open deals, one slice of Ids at a time, with what scoring needs about them. */
function bulkDealSource(
    http: BulkHttp,
    options: QueryOptions,
    progress: ScoreProgress
): DealSource {
    const read = bulkReader(http, options, progress);
    return {
        async readSlice(afterId, size) {
            const ids = await restIds(http, sliceIdsQuery(options.where, afterId, size));
            const firstId = ids[0];
            const lastId = ids[ids.length - 1];
            if (firstId === undefined || lastId === undefined) {
                return null;
            }
            const queries = sliceQueries(options.where, firstId, lastId);
            return {
                lastId,
                opportunities: recordsOf(
                    await read('opportunities', queries.opportunities),
                    OPPORTUNITY_FIELDS
                ),
                evidence: recordsOf(await read('evidence', queries.evidence), EVIDENCE_FIELDS),
                members: recordsOf(await read('members', queries.members), MEMBER_FIELDS),
                snapshots: recordsOf<SnapshotRow>(
                    await read('snapshots', queries.snapshots),
                    SNAPSHOT_FIELDS
                ),
                contacts: recordsOf<ContactRow>(
                    await read('contacts', queries.contacts),
                    CONTACT_FIELDS
                ),
                competitors: recordsOf<CompetitorRow>(
                    await read('competitors', queries.competitors),
                    COMPETITOR_FIELDS
                )
            };
        }
    };
}

/** The outcome of each planned write in one ingest job, by the key the rows carry. */
function outcomesOf(
    outcome: IngestOutcome,
    key: (row: CsvRow) => string | undefined
): Map<string, string | null> {
    const byKey = new Map<string, string | null>();
    for (const row of outcome.successful) {
        byKey.set(key(row) ?? '', null);
    }
    for (const row of outcome.failed) {
        byKey.set(key(row) ?? '', row.sf__Error || 'failed without an error message');
    }
    const notProcessed = `not processed: job ${outcome.jobId} ${outcome.state}${outcome.errorMessage ? ` (${outcome.errorMessage})` : ''}`;
    for (const row of outcome.unprocessed) {
        byKey.set(key(row) ?? '', notProcessed);
    }
    return byKey;
}

/**
 * The planned writes whose rows landed, matched by the key each row carries; every other one goes
 * to the summary's failures with the org's error, or why its row was never processed.
 */
function landedWrites(
    outcome: IngestOutcome,
    writes: readonly PlannedWrite[],
    object: FailedWrite['object'],
    keys: { ofRow: (row: CsvRow) => string | undefined; ofWrite: (write: PlannedWrite) => string },
    summary: ScoreRunSummary
): PlannedWrite[] {
    const errors = outcomesOf(outcome, keys.ofRow);
    const landed: PlannedWrite[] = [];
    for (const write of writes) {
        const key = keys.ofWrite(write);
        const error = errors.has(key) ? errors.get(key) : 'no result returned for this row';
        if (error) {
            summary.failed.push({ object, write, error });
        } else {
            landed.push(write);
        }
    }
    return landed;
}

async function writeBatch(
    http: BulkHttp,
    batch: readonly PlannedWrite[],
    options: ScoreRunOptions,
    progress: ScoreProgress,
    summary: ScoreRunSummary
): Promise<void> {
    const jobOptions = {
        pollMs: options.pollMs,
        timeoutMs: options.jobTimeoutMs,
        jobAttempts: options.retry.attempts,
        onProgress: (done: number, total: number) => progress.update(done, total)
    };
    progress.start('write score snapshots', batch.length);
    const snapshotWritten = landedWrites(
        await ingest(
            http,
            {
                object: 'Deal_Score_Snapshot__c',
                operation: 'upsert',
                externalIdFieldName: 'Snapshot_Key__c',
                columns: SNAPSHOT_COLUMNS,
                rows: batch.map(snapshotRow)
            },
            jobOptions
        ),
        batch,
        'Deal_Score_Snapshot__c',
        { ofRow: (row) => row.Snapshot_Key__c, ofWrite: (write) => write.snapshotKey },
        summary
    );
    progress.finish(`${snapshotWritten.length} of ${batch.length} upserted`);
    if (snapshotWritten.length === 0) {
        return;
    }
    // Only deals whose snapshot is stored get their score: an opportunity never runs ahead of its
    // snapshot (scorePlan.ts).
    progress.start('write opportunity scores', snapshotWritten.length);
    const opportunitiesWritten = landedWrites(
        await ingest(
            http,
            {
                object: 'Opportunity',
                operation: 'update',
                columns: OPPORTUNITY_COLUMNS,
                rows: snapshotWritten.map(opportunityRow)
            },
            jobOptions
        ),
        snapshotWritten,
        'Opportunity',
        { ofRow: (row) => row.Id, ofWrite: (write) => write.opportunityId },
        summary
    );
    summary.written += opportunitiesWritten.length;
    progress.finish(`${opportunitiesWritten.length} of ${snapshotWritten.length} updated`);
}

export async function runScore(
    conn: Connection,
    options: ScoreRunOptions,
    progress: ScoreProgress
): Promise<ScoreRunSummary> {
    const http = new BulkHttp(conn, {
        retry: options.retry,
        onRetry: (what, attempt, reason) =>
            progress.note(
                `retrying ${what} (try ${attempt + 1} of ${options.retry.attempts}): ${reason}`
            )
    });
    const totals: SliceTotals = emptyTotals();
    const summary: ScoreRunSummary = {
        read: { opportunities: 0, evidence: 0, members: 0, snapshots: 0, criteria: 0 },
        scored: 0,
        changed: 0,
        resumed: 0,
        slices: 0,
        written: 0,
        failed: [],
        ms: totals.ms,
        retries: 0,
        stoppedBy: null,
        listedChanges: totals.listedChanges,
        settingsNote: ''
    };
    const settle = (): ScoreRunSummary => {
        Object.assign(summary.read, totals.read);
        summary.scored = totals.scored;
        summary.changed = totals.changed;
        summary.resumed = totals.resumed;
        summary.slices = totals.slices;
        summary.retries = http.retries;
        return summary;
    };
    const stopped = (error: unknown): void => {
        if (error instanceof SessionExpiredError || error instanceof BulkRequestError) {
            summary.stoppedBy = error.message;
            return;
        }
        throw error;
    };

    const phase = performance.now();
    let shared: SharedRecords;
    let scoring: ReturnType<typeof dealScoringOverridesOf>;
    try {
        // The settings first: unusable ones stop the run (CommandError) before anything is read.
        const settings = await readScoringSettings(
            async (soql) =>
                (
                    await http.json<{ records: Record<string, unknown>[] }>(
                        'GET',
                        `/query?q=${encodeURIComponent(soql)}`
                    )
                ).records
        );
        summary.settingsNote = settings.note;
        scoring = dealScoringOverridesOf(settings.settings);
        shared = await readShared(http, options, progress);
    } catch (error) {
        stopped(error);
        totals.ms.query += performance.now() - phase;
        return settle();
    }
    summary.read.criteria = shared.criteria.length;
    totals.ms.query += performance.now() - phase;

    const writeSlice = async (writes: readonly PlannedWrite[]): Promise<void> => {
        for (let start = 0; start < writes.length; start += options.writeBatchSize) {
            const batch = writes.slice(start, start + options.writeBatchSize);
            try {
                await writeBatch(http, batch, options, progress, summary);
            } catch (error) {
                // Nothing of this slice after this point was written: list it, so the report says
                // what is left; the slices after it were never read (a rerun scores them).
                if (error instanceof SessionExpiredError || error instanceof BulkRequestError) {
                    const reason = `not written: the run stopped (${error.message})`;
                    const reported = new Set(summary.failed.map((failure) => failure.write));
                    for (const write of writes.slice(start)) {
                        if (!reported.has(write)) {
                            summary.failed.push({ object: 'Opportunity', write, error: reason });
                        }
                    }
                }
                throw error;
            }
        }
    };
    try {
        await scoreSlices(
            bulkDealSource(http, options, progress),
            shared,
            options.dryRun ? null : writeSlice,
            {
                sliceSize: options.sliceSize,
                runAt: options.runAt,
                scoring,
                betweenSlices: collectGarbage
            },
            progress,
            totals
        );
    } catch (error) {
        stopped(error);
    }
    return settle();
}

// One `atlas score` run: read the open deals and what scoring needs through Bulk API 2.0 queries,
// score each with the panels' dealScoring module, and write only the deals whose score or band
// changed (or whose earlier write was cut off) through Bulk API 2.0 ingest — snapshot first, then
// the opportunity (see scorePlan.ts for why that order makes reruns safe).
import { performance } from 'node:perf_hooks';
import type { Connection } from 'jsforce';
import { scoreDeal } from '../../../force-app/main/default/lwc/dealScoring/dealScoring';
import { dealScoringOverridesOf } from '../../../force-app/main/default/lwc/scoringSettings/scoringSettings';
import { readScoringSettings } from '../scoringSettingsRecord';
import type { ScoreBand } from '../../../force-app/main/default/lwc/atlasModel/atlasModel';
import { BulkHttp, BulkRequestError, SessionExpiredError } from './bulkHttp';
import type { RetryPolicy } from './bulkHttp';
import { queryAll } from './bulkQuery';
import type { CsvRow } from './bulkQuery';
import { ingest } from './bulkIngest';
import type { IngestOutcome } from './bulkIngest';
import {
    CONTACT_FIELDS,
    CRITERION_FIELDS,
    EVIDENCE_FIELDS,
    MEMBER_FIELDS,
    OPPORTUNITY_FIELDS,
    SNAPSHOT_FIELDS,
    recordsOf,
    scoringQueries
} from './dealRecords';
import type { ContactRow, ScoringRecords, SnapshotRow } from './dealRecords';
import { dealsToScore } from './dealInputs';
import {
    OPPORTUNITY_COLUMNS,
    SNAPSHOT_COLUMNS,
    isPendingSnapshot,
    opportunityRow,
    planWrite,
    snapshotRow
} from './scorePlan';
import type { PlannedWrite } from './scorePlan';
import type { ScoreProgress } from './progress';

export interface ScoreRunOptions {
    readonly where: string | null;
    readonly dryRun: boolean;
    /** The run's clock reading: "as of" for the scores and the snapshots' time. */
    readonly runAt: Date;
    readonly pageSize: number;
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
    /** Deals whose snapshot and opportunity were both written. */
    written: number;
    readonly failed: FailedWrite[];
    readonly ms: { query: number; score: number; write: number };
    retries: number;
    /** Why the run stopped early, if it did (expired session, a server that kept failing). */
    stoppedBy: string | null;
    readonly changes: PlannedWrite[];
    /** Where the scoring settings came from (the saved Active record, or the defaults). */
    settingsNote: string;
}

const day = (date: Date): string => date.toISOString().slice(0, 10);

interface PicklistDescribe {
    fields: { name: string; picklistValues?: { value: string; active: boolean }[] }[];
}

/** Everything a run scores with, read through Bulk API 2.0 (exported for the parity test). */
export async function readRecords(
    http: BulkHttp,
    options: Pick<ScoreRunOptions, 'where' | 'pageSize' | 'pollMs' | 'jobTimeoutMs'>,
    progress: ScoreProgress
): Promise<ScoringRecords> {
    const queries = scoringQueries(options.where);
    const read = async (name: string): Promise<CsvRow[]> => {
        progress.start(`query ${name}`, 0);
        const rows = await queryAll(http, queries[name] ?? '', {
            pageSize: options.pageSize,
            pollMs: options.pollMs,
            timeoutMs: options.jobTimeoutMs,
            onProgress: (done, total) => progress.update(done, total)
        });
        progress.finish(`${rows.length} records`);
        return rows;
    };
    const describe = await http.json<PicklistDescribe>('GET', '/sobjects/Opportunity/describe');
    const stagePicklist = (
        describe.fields.find((field) => field.name === 'StageName')?.picklistValues ?? []
    )
        .filter((entry) => entry.active)
        .map((entry) => entry.value);
    const closedStages = [
        ...new Set((await read('closedStages')).map((row) => row.StageName ?? ''))
    ];
    return {
        opportunities: recordsOf(await read('opportunities'), OPPORTUNITY_FIELDS),
        evidence: recordsOf(await read('evidence'), EVIDENCE_FIELDS),
        members: recordsOf(await read('members'), MEMBER_FIELDS),
        snapshots: recordsOf<SnapshotRow>(await read('snapshots'), SNAPSHOT_FIELDS),
        criteria: recordsOf(await read('criteria'), CRITERION_FIELDS),
        contacts: recordsOf<ContactRow>(await read('contacts'), CONTACT_FIELDS),
        stagePicklist,
        closedStages
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
    const summary: ScoreRunSummary = {
        read: { opportunities: 0, evidence: 0, members: 0, snapshots: 0, criteria: 0 },
        scored: 0,
        changed: 0,
        resumed: 0,
        written: 0,
        failed: [],
        ms: { query: 0, score: 0, write: 0 },
        retries: 0,
        stoppedBy: null,
        changes: [],
        settingsNote: ''
    };
    const stopped = (error: unknown): void => {
        if (error instanceof SessionExpiredError || error instanceof BulkRequestError) {
            summary.stoppedBy = error.message;
            return;
        }
        throw error;
    };

    let phase = performance.now();
    let records: ScoringRecords;
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
        records = await readRecords(http, options, progress);
    } catch (error) {
        stopped(error);
        summary.retries = http.retries;
        summary.ms.query = performance.now() - phase;
        return summary;
    }
    summary.read.opportunities = records.opportunities.length;
    summary.read.evidence = records.evidence.length;
    summary.read.members = records.members.length;
    summary.read.snapshots = records.snapshots.length;
    summary.read.criteria = records.criteria.length;
    summary.ms.query = performance.now() - phase;

    phase = performance.now();
    progress.start('score deals', records.opportunities.length);
    const deals = dealsToScore(
        records,
        day(options.runAt),
        (opportunity, snapshot) => !isPendingSnapshot(opportunity, snapshot)
    );
    for (const deal of deals) {
        // Bulk rescoring stores the score and band only: no next-action ranking.
        const result = scoreDeal(deal.input, scoring, { nextActions: false });
        summary.scored++;
        const write = planWrite(
            deal.opportunity,
            deal.snapshots,
            { score: result.score, band: result.band as ScoreBand },
            options.runAt
        );
        if (write) {
            summary.changes.push(write);
            summary.resumed += write.resumed ? 1 : 0;
        }
        if (summary.scored % 1000 === 0) {
            progress.update(summary.scored, deals.length);
        }
    }
    summary.changed = summary.changes.length;
    progress.finish(
        `${summary.scored} scored, ${summary.changed} to write${summary.resumed ? ` (${summary.resumed} finishing an interrupted run)` : ''}`
    );
    summary.ms.score = performance.now() - phase;

    phase = performance.now();
    if (!options.dryRun) {
        for (let start = 0; start < summary.changes.length; start += options.writeBatchSize) {
            const batch = summary.changes.slice(start, start + options.writeBatchSize);
            try {
                await writeBatch(http, batch, options, progress, summary);
            } catch (error) {
                stopped(error);
                // Nothing after this point was written: list it, so the report says what is left.
                const reason = `not written: the run stopped (${summary.stoppedBy ?? ''})`;
                const reported = new Set(summary.failed.map((failure) => failure.write));
                for (const write of summary.changes.slice(start)) {
                    if (!reported.has(write)) {
                        summary.failed.push({ object: 'Opportunity', write, error: reason });
                    }
                }
                break;
            }
        }
    }
    summary.ms.write = performance.now() - phase;
    summary.retries = http.retries;
    return summary;
}

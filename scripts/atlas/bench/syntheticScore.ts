// One synthetic `atlas score` run for `npm run bench:score-org -- --synthetic`: the run's own slice
// loop (scoreSlices.ts) over a generator that stands in for the org's query results (the same CSV
// strings Bulk API 2.0 returns, typed by the same reader), with a writer that turns each change
// into its ingest rows and drops them. Prints one JSON line: deals, slices, peak RSS, milliseconds.
//
//   tsx scripts/atlas/bench/syntheticScore.ts --size 1000000 [--slice 10000] [--keep-garbage] [--trace-slices]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
    COVERAGES,
    INFLUENCES,
    SUPPORTS
} from '../../../force-app/main/default/lwc/atlasModel/atlasModel';
import { SAMPLE_SALES_PROCESS } from '../../../data/sampleSalesProcess';
import {
    CONTACT_FIELDS,
    CRITERION_FIELDS,
    EVIDENCE_FIELDS,
    MEMBER_FIELDS,
    OPPORTUNITY_FIELDS,
    SNAPSHOT_FIELDS,
    recordsOf
} from '../score/dealRecords';
import type { ContactRow, SnapshotRow } from '../score/dealRecords';
import type { CsvRow } from '../score/bulkQuery';
import { opportunityRow, snapshotRow } from '../score/scorePlan';
import { emptyTotals, scoreSlices } from '../score/scoreSlices';
import type { DealSource, SharedRecords } from '../score/scoreSlices';
import { collectGarbage } from '../score/sliceHeap';

const PROJECT_DIR = resolve(__dirname, '..', '..', '..');
const STAGES = [...SAMPLE_SALES_PROCESS];
const ROLES = ['Decision Maker', 'Approver', 'Evaluator', 'Influencer', 'User', 'Coach'];
const STATES = ['Yes', 'Yes', 'In Progress', 'No'];
/**
 * Deals per account, as in the org benchmark: 2 buying centers of 4 members, 6 contacts. An
 * account's deals have neighbouring Ids, so every slice covers the same number of accounts
 * (slice ÷ 50) at any org size. Spreading deal n over n mod (total ÷ 50) accounts instead made a
 * 1M-deal slice read 80,000 members and 60,000 contacts against 1,600 and 1,200 at 10k: a larger
 * slice, not a growing run (its heap fell back to ~90 MB after each full collection).
 */
const DEALS_PER_ACCOUNT = 50;

/** An 18-character id for a generated record: key prefix, then the number, zero-padded. */
const idOf = (prefix: string, n: number): string => `${prefix}${String(n).padStart(15, '0')}`;

/** The same pseudo-random value for the same deal and purpose, whatever the slice size. */
function hash(n: number, salt: number): number {
    let t = (n * 0x9e3779b1 + salt * 0x85ebca6b) >>> 0;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(values: readonly T[], n: number, salt: number): T =>
    values[Math.floor(hash(n, salt) * values.length)] as T;

function sampleCriteria(): CsvRow[] {
    const { records } = JSON.parse(
        readFileSync(join(PROJECT_DIR, 'data/Stage_Criterion__c.json'), 'utf8')
    ) as { records: Record<string, unknown>[] };
    return records.map((record, index) => {
        const row: CsvRow = { Id: idOf('a01', index) };
        for (const name of Object.keys(CRITERION_FIELDS)) {
            if (name !== 'Id') {
                const value = record[name];
                row[name] = value === undefined || value === null ? '' : String(value);
            }
        }
        return row;
    });
}

/** Open deals 0 … total-1 in slices, with what the org's queries would return for each slice. */
function generatedSource(total: number, criteria: readonly CsvRow[]): DealSource {
    const criterionStage = criteria.map((row) => STAGES.indexOf(row.Stage__c ?? ''));
    return {
        readSlice(afterId, size) {
            const from = afterId === null ? 0 : Number(afterId.slice(3)) + 1;
            const to = Math.min(total, from + size);
            if (from >= to) {
                return Promise.resolve(null);
            }
            const opportunities: CsvRow[] = [];
            const evidence: CsvRow[] = [];
            const snapshots: CsvRow[] = [];
            const accounts = new Set<number>();
            for (let n = from; n < to; n++) {
                const account = Math.floor(n / DEALS_PER_ACCOUNT);
                accounts.add(account);
                const stage = pick(STAGES, n, 1);
                const id = idOf('006', n);
                opportunities.push({
                    Id: id,
                    Name: `Synthetic Deal ${n}`,
                    AccountId: idOf('001', account),
                    OwnerId: idOf('005', n % 40),
                    StageName: stage,
                    Amount: n % 25 === 3 ? '' : String(Math.round(5_000 + hash(n, 2) * 500_000)),
                    CloseDate: '2027-02-15',
                    CreatedDate: '2026-06-01T09:00:00.000+0000',
                    LastActivityDate: '2026-11-20',
                    IsClosed: 'false',
                    IsWon: 'false',
                    Buying_Center__c: n % 20 === 7 ? '' : idOf('a02', account * 2 + (n % 2)),
                    'Buying_Center__r.Name': n % 20 === 7 ? '' : `Center ${account}-${n % 2}`,
                    Deal_Score__c: n % 3 === 0 ? '' : String(Math.floor(hash(n, 3) * 100)),
                    Deal_Score_Band__c: n % 3 === 0 ? '' : 'Watch',
                    Deal_Scored_At__c: n % 3 === 0 ? '' : '2026-11-01T09:00:00.000+0000'
                });
                const reachable = criteria.filter(
                    (_, index) =>
                        (criterionStage[index] ?? -1) <= STAGES.indexOf(stage) ||
                        criterionStage[index] === -1
                );
                for (let e = 0; e < 3 && e < reachable.length; e++) {
                    const state = pick(STATES, n, 10 + e);
                    evidence.push({
                        Id: idOf('a03', n * 3 + e),
                        Opportunity__c: id,
                        Stage_Criterion__c: reachable[(n + e * 7) % reachable.length]?.Id ?? '',
                        State__c: state,
                        Evidence__c: state === 'Yes' ? 'The customer confirmed it in writing.' : '',
                        Verified_By__c: state === 'Yes' ? idOf('003', account * 6) : '',
                        Verified_On__c: state === 'Yes' ? '2026-11-10' : ''
                    });
                }
                if (n % 3 !== 0) {
                    snapshots.push({
                        Id: idOf('a04', n),
                        Opportunity__c: id,
                        Score__c: String(Math.floor(hash(n, 3) * 100)),
                        Band__c: 'Watch',
                        Stage__c: stage,
                        Taken_At__c: '2026-11-01T09:00:00.000+0000',
                        Snapshot_Key__c: `${id}:2026-11-01T09:00:00.000Z`
                    });
                }
            }
            const members: CsvRow[] = [];
            const contacts: CsvRow[] = [];
            for (const account of accounts) {
                for (let c = 0; c < 6; c++) {
                    contacts.push({
                        Id: idOf('003', account * 6 + c),
                        AccountId: idOf('001', account),
                        Name: `Contact ${account}-${c}`
                    });
                }
                for (let b = 0; b < 2; b++) {
                    for (let m = 0; m < 4; m++) {
                        const key = (account * 2 + b) * 4 + m;
                        members.push({
                            Id: idOf('a05', key),
                            Buying_Center__c: idOf('a02', account * 2 + b),
                            Contact__c: idOf('003', account * 6 + ((m + b * 2) % 6)),
                            Buying_Role__c: ROLES[m] ?? 'User',
                            Influence__c: pick(INFLUENCES, key, 20),
                            Support__c: pick(SUPPORTS, key, 21),
                            Coverage__c: pick(COVERAGES, key, 22)
                        });
                    }
                }
            }
            return Promise.resolve({
                lastId: idOf('006', to - 1),
                opportunities: recordsOf(opportunities, OPPORTUNITY_FIELDS),
                evidence: recordsOf(evidence, EVIDENCE_FIELDS),
                members: recordsOf(members, MEMBER_FIELDS),
                snapshots: recordsOf<SnapshotRow>(snapshots, SNAPSHOT_FIELDS),
                contacts: recordsOf<ContactRow>(contacts, CONTACT_FIELDS)
            });
        }
    };
}

function option(name: string, fallback: number): number {
    const index = process.argv.indexOf(name);
    const value = index === -1 ? fallback : Number(process.argv[index + 1]);
    if (!Number.isInteger(value) || value < 1) {
        throw new Error(`${name} takes a positive whole number`);
    }
    return value;
}

/**
 * With --trace-slices: the source, printing before each read the heap and RSS the previous slice
 * left and how many members and contacts it carried, to tell a leak from a larger slice. Run with
 * `node --expose-gc` and the heap is measured after a full collection: what the run retains.
 */
const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(0);

function tracedSource(source: DealSource): DealSource {
    let slice = 0;
    let carried = '';
    return {
        async readSlice(afterId, size) {
            (globalThis as { gc?: () => void }).gc?.();
            const memory = process.memoryUsage();
            process.stderr.write(
                `slice ${slice}: heap ${mb(memory.heapUsed)} of ${mb(memory.heapTotal)} MB, external ${mb(memory.external)} MB, rss ${mb(memory.rss)} MB, peak rss ${mb(process.resourceUsage().maxRSS * 1024)} MB${carried}\n`
            );
            const records = await source.readSlice(afterId, size);
            slice++;
            carried = records
                ? ` (slice ${slice} read ${records.members.length} members, ${records.contacts.length} contacts)`
                : '';
            return records;
        }
    };
}

async function main(): Promise<void> {
    const size = option('--size', 10_000);
    const sliceSize = option('--slice', 10_000);
    const criteria = sampleCriteria();
    const generated = generatedSource(size, criteria);
    const shared: SharedRecords = {
        criteria: recordsOf(criteria, CRITERION_FIELDS),
        stagePicklist: [...STAGES, 'Closed Won', 'Closed Lost'],
        closedStages: []
    };
    const totals = emptyTotals();
    let rowsWritten = 0;
    const quiet = { start: () => undefined, update: () => undefined, finish: () => undefined };
    const started = performance.now();
    await scoreSlices(
        process.argv.includes('--trace-slices') ? tracedSource(generated) : generated,
        shared,
        (writes) => {
            // What an ingest job would be sent, built and dropped: the org stands in as a sink.
            for (const write of writes) {
                rowsWritten += Object.keys(snapshotRow(write)).length > 0 ? 1 : 0;
                rowsWritten += Object.keys(opportunityRow(write)).length > 0 ? 1 : 0;
            }
            return Promise.resolve();
        },
        {
            sliceSize,
            runAt: new Date('2026-12-01T09:00:00Z'),
            scoring: null,
            // As `atlas score` runs; --keep-garbage shows the run without it (sliceHeap.ts).
            betweenSlices: process.argv.includes('--keep-garbage') ? undefined : collectGarbage
        },
        { ...quiet, note: () => undefined },
        totals
    );
    const totalMs = performance.now() - started;
    process.stdout.write(
        `${JSON.stringify({
            size,
            sliceSize,
            scored: totals.scored,
            changed: totals.changed,
            slices: totals.slices,
            rowsWritten,
            peakRssMb: process.resourceUsage().maxRSS / 1024,
            readMs: totals.ms.query,
            scoreMs: totals.ms.score,
            totalMs
        })}\n`
    );
}

main().catch((error: unknown) => {
    process.stderr.write(
        `synthetic score: ${error instanceof Error ? error.message : String(error)}\n`
    );
    process.exitCode = 1;
});

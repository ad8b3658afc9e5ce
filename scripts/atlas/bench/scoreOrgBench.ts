// npm run bench:score-org: end-to-end `atlas score` on generated orgs. For each size it starts a
// local org in its own process on a temp directory (loopback, no seed), loads the stage criteria of
// the sample data and generated accounts, contacts, buying centers, members, opportunities and
// evidence through Bulk API 2.0 ingest, then times `atlas score` (every deal changes) and a rerun
// (nothing changes), printing records per second and where the time goes (query, score, write).
// Prints figures only; nothing here asserts a time.
//
//   npm run bench:score-org                              # 10k and 100k open opportunities
//   npm run bench:score-org -- --sizes 10000             # one size
//   npm run bench:score-org -- --evidence 3 --keep       # evidence per deal; keep the temp org
//   npm run bench:score-org -- --synthetic               # 10k, 100k, 1M deals from a generator
//   npm run bench:score-org -- --synthetic 10000,100000  # (syntheticScore.ts), peak RSS per size
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Connection } from 'jsforce';
import { captureIo } from '../io';
import { runScoreCommand } from '../score/scoreCommand';
import { BulkHttp } from '../score/bulkHttp';
import { ingest } from '../score/bulkIngest';
import {
    COVERAGES as COVERAGE,
    INFLUENCES as INFLUENCE,
    SUPPORTS as SUPPORT
} from '../../../force-app/main/default/lwc/atlasModel/atlasModel';
import { SAMPLE_SALES_PROCESS } from '../../../data/sampleSalesProcess';

const PROJECT_DIR = resolve(__dirname, '..', '..', '..');
const STAGES = [...SAMPLE_SALES_PROCESS];
const ROLES = ['Decision Maker', 'Approver', 'Evaluator', 'Influencer', 'User', 'Coach'];
const STATES = ['Yes', 'Yes', 'In Progress', 'No'];

interface BenchOptions {
    sizes: number[];
    /** Sizes for the synthetic run (a generator instead of an org), or null for the org run. */
    synthetic: number[] | null;
    evidencePerDeal: number;
    keep: boolean;
}

function parseOptions(argv: readonly string[]): BenchOptions {
    const options: BenchOptions = {
        sizes: [10_000, 100_000],
        synthetic: null,
        evidencePerDeal: 3,
        keep: false
    };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--sizes') {
            options.sizes = String(argv[++i] ?? '')
                .split(',')
                .map((size) => Number(size.trim()));
            if (options.sizes.some((size) => !Number.isInteger(size) || size < 1)) {
                throw new Error(
                    '--sizes takes whole numbers separated by commas, e.g. 10000,100000'
                );
            }
        } else if (arg === '--evidence') {
            options.evidencePerDeal = Number(argv[++i]);
            if (!Number.isInteger(options.evidencePerDeal) || options.evidencePerDeal < 0) {
                throw new Error('--evidence takes a whole number of evidence records per deal');
            }
        } else if (arg === '--synthetic') {
            const next = argv[i + 1];
            options.synthetic =
                next === undefined || next.startsWith('--')
                    ? [10_000, 100_000, 1_000_000]
                    : String(argv[++i])
                          .split(',')
                          .map((size) => Number(size.trim()));
            if (options.synthetic.some((size) => !Number.isInteger(size) || size < 1)) {
                throw new Error(
                    '--synthetic takes whole numbers separated by commas, e.g. 10000,1000000'
                );
            }
        } else if (arg === '--keep') {
            options.keep = true;
        } else {
            throw new Error(
                `unknown option ${arg ?? ''} (use --sizes, --evidence, --keep, --synthetic)`
            );
        }
    }
    return options;
}

/** A small seeded generator, so every run loads the same org. */
function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

interface RunningOrg {
    url: string;
    token: string;
    child: ChildProcess;
}

async function startOrg(dataDir: string): Promise<RunningOrg> {
    const child = spawn(
        process.execPath,
        [
            '--import',
            'tsx',
            join(PROJECT_DIR, 'local/org/main.ts'),
            '--port',
            '0',
            '--json',
            '--no-seed',
            '--data-dir',
            dataDir
        ],
        { cwd: PROJECT_DIR, stdio: ['ignore', 'pipe', 'inherit'] }
    );
    const endpoint = await new Promise<{ url: string; token: string }>((done, fail) => {
        let buffer = '';
        child.stdout?.on('data', (chunk: Buffer) => {
            buffer += chunk.toString();
            const newline = buffer.indexOf('\n');
            if (newline >= 0) {
                done(JSON.parse(buffer.slice(0, newline)) as { url: string; token: string });
            }
        });
        child.once('exit', (code) => fail(new Error(`the local org exited (${String(code)})`)));
    });
    return { ...endpoint, child };
}

/** The id loaded for a key; a missing one means the generator is wrong, so stop. */
function idOf(ids: ReadonlyMap<string, string>, key: string): string {
    const id = ids.get(key);
    if (id === undefined) {
        throw new Error(`no record was loaded for ${key}`);
    }
    return id;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** Loads rows through one ingest job; returns the created ids by the value of `keyColumn`. */
async function load(
    http: BulkHttp,
    object: string,
    rows: Record<string, string>[],
    keyColumn: string | null
): Promise<Map<string, string>> {
    if (rows.length === 0) {
        return new Map();
    }
    const outcome = await ingest(
        http,
        { object, operation: 'insert', columns: Object.keys(rows[0] ?? {}), rows },
        { pollMs: 500, timeoutMs: 60 * 60_000, jobAttempts: 3 }
    );
    if (outcome.failed.length > 0 || outcome.unprocessed.length > 0) {
        throw new Error(
            `loading ${object}: ${outcome.failed.length} failed (${outcome.failed[0]?.sf__Error ?? outcome.errorMessage ?? ''})`
        );
    }
    const ids = new Map<string, string>();
    if (keyColumn) {
        for (const row of outcome.successful) {
            ids.set(row[keyColumn] ?? '', row.sf__Id ?? '');
        }
    }
    return ids;
}

interface Generated {
    rows: number;
    opportunities: number;
    ms: number;
}

async function generate(http: BulkHttp, size: number, evidencePerDeal: number): Promise<Generated> {
    const started = performance.now();
    const next = random(size);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
    let rows = 0;

    const { records: sampleCriteria } = JSON.parse(
        readFileSync(join(PROJECT_DIR, 'data/Stage_Criterion__c.json'), 'utf8')
    ) as { records: Record<string, unknown>[] };
    const criteriaRows = sampleCriteria.map(({ attributes: _attributes, ...fields }) =>
        Object.fromEntries(
            [
                'Name',
                'Stage__c',
                'Category__c',
                'Question__c',
                'Importance__c',
                'Required__c',
                'Sort_Order__c',
                'Active__c'
            ].map((name) => [
                name,
                fields[name] === undefined || fields[name] === null ? '' : String(fields[name])
            ])
        )
    );
    const criteria = await load(http, 'Stage_Criterion__c', criteriaRows, 'Question__c');
    rows += criteriaRows.length;
    const criterionStage = new Map(
        criteriaRows.map((row) => [criteria.get(row.Question__c ?? '') ?? '', row.Stage__c ?? ''])
    );
    const criterionIds = [...criterionStage.keys()];

    const accountCount = Math.max(1, Math.round(size / 50));
    const accountRows = Array.from({ length: accountCount }, (_, i) => ({
        Name: `Bench Account ${i}`,
        Industry: pick(['Banking', 'Manufacturing', 'Healthcare', 'Retail'])
    }));
    const accounts = await load(http, 'Account', accountRows, 'Name');
    rows += accountRows.length;
    const accountIds = accountRows.map((row) => idOf(accounts, row.Name));

    const contactRows = accountIds.flatMap((accountId, a) =>
        Array.from({ length: 6 }, (_, c) => ({
            FirstName: 'Bench',
            LastName: `Contact ${a}-${c}`,
            Email: `contact.${a}.${c}@bench.example`,
            AccountId: accountId
        }))
    );
    const contacts = await load(http, 'Contact', contactRows, 'Email');
    rows += contactRows.length;

    const centerRows = accountIds.flatMap((accountId, a) =>
        Array.from({ length: 2 }, (_, b) => ({ Name: `Center ${a}-${b}`, Account__c: accountId }))
    );
    const centers = await load(http, 'Buying_Center__c', centerRows, 'Name');
    rows += centerRows.length;

    const memberRows = centerRows.flatMap((center, index) => {
        const a = Math.floor(index / 2);
        // Four of the account's six contacts, a different four for each center.
        return [0, 1, 2, 3].map((m) => ({
            Buying_Center__c: idOf(centers, center.Name),
            Contact__c: idOf(contacts, `contact.${a}.${(m + (index % 2) * 2) % 6}@bench.example`),
            Buying_Role__c: ROLES[m] ?? 'User',
            Influence__c: pick(INFLUENCE),
            Support__c: pick(SUPPORT),
            Coverage__c: pick(COVERAGE)
        }));
    });
    await load(http, 'Buying_Center_Member__c', memberRows, null);
    rows += memberRows.length;

    const day = (offset: number): string =>
        new Date(Date.UTC(2026, 11, 1) + offset * 86_400_000).toISOString().slice(0, 10);
    const closedCount = Math.round(size / 20);
    const opportunityRows = Array.from({ length: size + closedCount }, (_, i) => {
        const a = i % accountCount;
        const closed = i >= size;
        return {
            Name: `Bench Deal ${String(i).padStart(6, '0')}`,
            AccountId: accountIds[a] ?? '',
            // One deal in twenty has no buying center (a hygiene problem the score notices).
            Buying_Center__c:
                i % 20 === 7
                    ? ''
                    : idOf(centers, `Center ${a}-${Math.floor(i / accountCount) % 2}`),
            StageName: closed ? pick(['Closed Won', 'Closed Lost']) : pick(STAGES),
            Amount: i % 25 === 3 ? '' : String(Math.round(5_000 + next() * 500_000)),
            CloseDate: day(Math.round(next() * 240) - 60),
            Description: `Generated for the score benchmark (${i})`
        };
    });
    const opportunities = await load(http, 'Opportunity', opportunityRows, 'Name');
    rows += opportunityRows.length;

    const evidenceRows: Record<string, string>[] = [];
    for (const deal of opportunityRows.slice(0, size)) {
        const stageIndex = STAGES.indexOf(deal.StageName);
        const reachable = criterionIds.filter((id) => {
            const stage = criterionStage.get(id) ?? '';
            return stage === '' || STAGES.indexOf(stage) <= stageIndex;
        });
        const chosen = new Set<string>();
        while (chosen.size < Math.min(evidencePerDeal, reachable.length)) {
            chosen.add(pick(reachable));
        }
        for (const criterionId of chosen) {
            const state = pick(STATES);
            evidenceRows.push({
                Opportunity__c: idOf(opportunities, deal.Name),
                Stage_Criterion__c: criterionId,
                State__c: state,
                Evidence__c: state === 'Yes' ? 'The customer confirmed it in writing.' : ''
            });
        }
    }
    // In slices, so no single upload grows past what a real org takes comfortably.
    for (let start = 0; start < evidenceRows.length; start += 100_000) {
        await load(http, 'Deal_Evidence__c', evidenceRows.slice(start, start + 100_000), null);
    }
    rows += evidenceRows.length;
    return { rows, opportunities: size, ms: performance.now() - started };
}

interface Timed {
    ms: number;
    split: string;
    summary: string;
}

async function timeScore(conn: Connection, now: Date): Promise<Timed> {
    const io = captureIo({ now: () => now, env: { ATLAS_BULK_POLL_MS: '500' } });
    const started = performance.now();
    const code = await runScoreCommand(conn, [], io);
    const ms = performance.now() - started;
    if (code !== 0) {
        throw new Error(`atlas score exited with ${code}:\n${io.out()}\n${io.err()}`);
    }
    const out = io.out();
    const split = /time {6}(query .*)/.exec(out)?.[1] ?? '';
    // Retries are part of the figure: say what was retried (a dropped keep-alive socket, say).
    const notes = io
        .err()
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => `  note: ${line}\n`)
        .join('');
    const summary = out.slice(out.indexOf('atlas score —')) + notes;
    return { ms, split, summary };
}

async function benchSize(size: number, options: BenchOptions): Promise<void> {
    const dataDir = mkdtempSync(join(tmpdir(), 'atlas-score-bench-'));
    const org = await startOrg(dataDir);
    try {
        const conn = new Connection({
            instanceUrl: org.url,
            accessToken: org.token,
            version: '66.0'
        });
        const http = new BulkHttp(conn);
        process.stdout.write(
            `\n== ${size.toLocaleString('en-US')} open opportunities (${dataDir})\n`
        );
        const generated = await generate(http, size, options.evidencePerDeal);
        process.stdout.write(
            `generated ${generated.rows.toLocaleString('en-US')} records through Bulk ingest in ${seconds(generated.ms)} (${Math.round((generated.rows * 1000) / generated.ms).toLocaleString('en-US')} records/s)\n`
        );
        const first = await timeScore(conn, new Date('2026-12-01T09:00:00Z'));
        process.stdout.write(first.summary);
        process.stdout.write(
            `score, every deal changed: ${seconds(first.ms)} end to end, ${Math.round((size * 1000) / first.ms).toLocaleString('en-US')} opportunities/s (${first.split})\n`
        );
        const rerun = await timeScore(conn, new Date('2026-12-01T10:00:00Z'));
        process.stdout.write(
            `rescore, nothing changed: ${seconds(rerun.ms)} end to end, ${Math.round((size * 1000) / rerun.ms).toLocaleString('en-US')} opportunities/s (${rerun.split})\n`
        );
    } finally {
        org.child.kill('SIGTERM');
        await new Promise((done) => org.child.once('exit', done));
        if (!options.keep) {
            rmSync(dataDir, { recursive: true, force: true });
        }
    }
}

interface SyntheticFigures {
    size: number;
    scored: number;
    slices: number;
    peakRssMb: number;
    scoreMs: number;
    totalMs: number;
}

/**
 * The synthetic run: each size in its own process (so its peak RSS is its own), the run's slice
 * loop over generated query results; then each target's figure beside its goal, against the first
 * (smallest) size measured in the same run.
 */
function benchSynthetic(sizes: readonly number[]): void {
    process.stdout.write(
        "atlas score, synthetic: the run's slice loop (slices of 10,000) over generated query results, a sink for the writes, one process per size\n"
    );
    const figures: SyntheticFigures[] = [];
    for (const size of sizes) {
        const out = execFileSync(
            process.execPath,
            ['--import', 'tsx', join(__dirname, 'syntheticScore.ts'), '--size', String(size)],
            { cwd: PROJECT_DIR, encoding: 'utf8', maxBuffer: 1 << 20 }
        );
        const figure = JSON.parse(out.trim().split('\n').pop() ?? '{}') as SyntheticFigures;
        figures.push(figure);
        process.stdout.write(
            `${size.toLocaleString('en-US').padStart(9)} deals: ${figure.slices} slices, peak RSS ${figure.peakRssMb.toFixed(0)} MB, scoring ${((figure.scoreMs * 1000) / figure.scored).toFixed(1)} µs/deal, end to end ${((figure.totalMs * 1000) / figure.scored).toFixed(1)} µs/deal (${seconds(figure.totalMs)})\n`
        );
    }
    const base = figures[0];
    if (base === undefined) {
        return;
    }
    for (const figure of figures.slice(1)) {
        const rss = figure.peakRssMb / base.peakRssMb;
        const cost = figure.scoreMs / figure.scored / (base.scoreMs / base.scored);
        const label = `${figure.size.toLocaleString('en-US')} vs ${base.size.toLocaleString('en-US')}`;
        process.stdout.write(
            `${label}: peak RSS ${rss.toFixed(2)}× [goal ≤ 1.2×], scoring cost per deal ${cost.toFixed(2)}× [goal ≤ 1.1×]\n`
        );
    }
}

async function main(): Promise<void> {
    const options = parseOptions(process.argv.slice(2));
    if (options.synthetic !== null) {
        benchSynthetic(options.synthetic);
        return;
    }
    process.stdout.write(
        `atlas score benchmark: local org in its own process on 127.0.0.1, ${options.evidencePerDeal} evidence per deal, 2 centers × 4 members per account of 50 deals, 1 closed deal per 20 open\n`
    );
    for (const size of options.sizes) {
        await benchSize(size, options);
    }
}

main().catch((error: unknown) => {
    process.stderr.write(
        `bench:score-org: ${error instanceof Error ? error.message : String(error)}\n`
    );
    process.exitCode = 1;
});

// npm run bench: how fast the deal score is, per deal from 1k to 100k deals, and against
// json-rules-engine scoring the same rules on the same deals, in the same process. The two must
// agree on every deal compared before any ratio is printed. Prints figures only; asserts no time.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { DealScoringInput } from 'c/dealScoring';
import type * as subjectsTypes from './scoringSubjects';
import { sampleOpenDeals } from '../../force-app/main/default/lwc/dealScoring/__tests__/sampleDeals';

type Subjects = typeof subjectsTypes;

const LWC_DIR = join(__dirname, '../../force-app/main/default/lwc');
const SOURCE_LIMIT = 131_072;
const HELPERS = [
    'atlasModel',
    'buyingCenterCoverage',
    'dealScoring',
    'pipelineHealth',
    'whiteSpace',
    'relationshipGraph',
    'planCompleteness'
];
const LINEAR_GOAL = 1.1;
const RATIO_GOAL = 40;
const BATCH = 1_000;

/**
 * The subjects bundled as `atlas` is bundled (scripts/atlas/bundle.cjs): a run-time TypeScript
 * loader would time its own helpers (a getter per imported name, a naming call per closure), which
 * neither the bundled command line nor the browser runs.
 */
function loadSubjects(): Subjects {
    // Inside node_modules, so the bundle finds json-rules-engine there (packages stay external).
    const outfile = join(__dirname, '../../node_modules/.cache/atlas-scoring-bench/subjects.cjs');
    buildSync({
        entryPoints: [join(__dirname, 'scoringSubjects.ts')],
        outfile,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        packages: 'external',
        tsconfig: join(__dirname, '../../tsconfig.json'),
        logLevel: 'warning'
    });
    return createRequire(__filename)(outfile) as Subjects;
}

const median = (values: readonly number[]): number =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Microseconds of CPU this process spent (user + system, garbage collection included). */
const cpuMicros = (): number => {
    const usage = process.cpuUsage();
    return usage.user + usage.system;
};

const load = (): string =>
    loadavg()
        .map((figure) => figure.toFixed(1))
        .join(', ');

/**
 * CPU µs per deal to score `count` deals, generated in batches outside the timing and dropped once
 * scored, as `atlas score` reads and drops its slices: the heap does not grow with the count.
 */
function perDeal(subjects: Subjects, count: number, seed: number): number {
    const stream = subjects.syntheticDealStream(count, seed);
    let spent = 0;
    let checksum = 0;
    for (let done = 0; done < count; done += BATCH) {
        const batch: DealScoringInput[] = [];
        for (let i = 0; i < BATCH && done + i < count; i++) {
            batch.push(stream.next().value as DealScoringInput);
        }
        const start = cpuMicros();
        for (const deal of batch) {
            checksum += subjects.scoreDeal(deal, undefined, { nextActions: false }).score;
        }
        spent += cpuMicros() - start;
    }
    if (checksum <= 0) {
        throw new Error('no deal scored above 0: the generator is broken');
    }
    return spent / count;
}

/** Every deal whose two scores differ, as a line to print. */
async function disagreements(
    subjects: Subjects,
    deals: readonly DealScoringInput[]
): Promise<string[]> {
    const first = deals[0];
    if (!first) {
        return ['no deals to compare'];
    }
    const engine = subjects.buildEngine(first.criteria, first.stageOrder);
    const differing: string[] = [];
    for (const deal of deals) {
        const ours = subjects.scoreDeal(deal, subjects.BENCH_SETTINGS, {
            nextActions: false
        }).score;
        const theirs = await subjects.scoreWithEngine(engine, deal);
        if (ours !== theirs) {
            differing.push(
                `${deal.opportunity.Id}: dealScoring ${ours}, json-rules-engine ${theirs}`
            );
        }
    }
    return differing;
}

async function main(): Promise<void> {
    const subjects = loadSubjects();
    console.log(
        'Deal scoring benchmark: seeded synthetic deals (20 criteria, 8 people, stage history), ' +
            'dealScoring bundled as `atlas` runs it; CPU time of this process (the machine is shared)'
    );
    console.log(`load average at start: ${load()}\n`);

    // 1. The baseline must give the same score as dealScoring on every deal it is timed on.
    const ratioDeals = subjects.syntheticDeals(1_000);
    const checked: [string, DealScoringInput[]][] = [
        ['open sample deals', sampleOpenDeals()],
        ['generated deals (the ones timed below)', ratioDeals],
        [
            'generated deals with 60 criteria and 40 people',
            subjects.syntheticDeals(50, 5, subjects.LARGE_DEAL_SHAPE)
        ]
    ];
    let agreed = true;
    for (const [name, deals] of checked) {
        const differing = await disagreements(subjects, deals);
        agreed &&= differing.length === 0;
        console.log(
            `same score from json-rules-engine and dealScoring: ${deals.length - differing.length}/${deals.length} ${name}`
        );
        differing.slice(0, 10).forEach((line) => console.log(`  differs: ${line}`));
    }

    // 2. Cost per deal, 1k to 100k (after an unmeasured warm-up, so the JIT is not timed).
    subjects.syntheticDeals(2_000, 7).forEach((deal) => {
        subjects.scoreDeal(deal, undefined, { nextActions: false });
    });
    const rounds: Record<number, number[]> = { 1_000: [], 10_000: [], 100_000: [] };
    for (let round = 0; round < 3; round++) {
        rounds[100_000]?.push(perDeal(subjects, 100_000, 100 + round));
        rounds[10_000]?.push(perDeal(subjects, 10_000, 200 + round));
        for (let i = 0; i < 5; i++) {
            rounds[1_000]?.push(perDeal(subjects, 1_000, 300 + 10 * round + i));
        }
    }
    const [at1k, at10k, at100k] = [1_000, 10_000, 100_000].map((size) =>
        median(rounds[size] ?? [])
    );
    console.log('\nCPU µs per deal, score only (median of the rounds; deals in batches of 1,000):');
    for (const size of [1_000, 10_000, 100_000]) {
        const figures = rounds[size] ?? [];
        console.log(
            `  ${String(size).padStart(7)} deals: ${median(figures).toFixed(1).padStart(6)} µs/deal  (rounds: ${figures.map((f) => f.toFixed(1)).join(', ')})`
        );
    }
    const growth = (at100k ?? NaN) / (at1k ?? NaN);
    console.log(
        `growth per deal: 1k → 100k ${growth.toFixed(2)}×, 10k → 100k ${((at100k ?? NaN) / (at10k ?? NaN)).toFixed(2)}× ` +
            `(goal ≤ ${LINEAR_GOAL}×: ${growth <= LINEAR_GOAL ? 'met' : 'missed'})`
    );

    // 3. json-rules-engine against dealScoring on the same 1,000 deals, seven rounds in turn (who
    // goes first alternates); each side's figure is its median round.
    if (!agreed) {
        console.log(
            '\nNo ratio printed: the two disagree on the deals above, so they do not score the same rules.'
        );
        process.exitCode = 1;
    } else {
        const engine = subjects.buildEngine(
            ratioDeals[0]?.criteria ?? [],
            ratioDeals[0]?.stageOrder ?? []
        );
        const engineRounds: number[] = [];
        const ourRounds: number[] = [];
        // Each side scores its own fresh copy every round, as a run meets each deal once: the
        // deal's records copied through JSON, as they arrive from the org, and the criteria and
        // stage order shared by every deal, as `atlas score` reads them once per run.
        const fresh = (): DealScoringInput[] =>
            ratioDeals.map((deal) => ({
                ...(JSON.parse(
                    JSON.stringify({ ...deal, criteria: [], stageOrder: [] })
                ) as DealScoringInput),
                criteria: deal.criteria,
                stageOrder: deal.stageOrder
            }));
        const timeEngine = async (): Promise<void> => {
            const deals = fresh();
            const start = cpuMicros();
            for (const deal of deals) {
                await subjects.scoreWithEngine(engine, deal);
            }
            engineRounds.push((cpuMicros() - start) / ratioDeals.length);
        };
        // dealScoring takes a few milliseconds for 1,000 deals: five fresh copies per round, so that
        // a burst of load from other processes on the shared machine weighs no more on its side.
        const timeOurs = (): void => {
            const copies = [fresh(), fresh(), fresh(), fresh(), fresh()];
            const start = cpuMicros();
            for (const deals of copies) {
                for (const deal of deals) {
                    subjects.scoreDeal(deal, subjects.BENCH_SETTINGS, { nextActions: false });
                }
            }
            ourRounds.push((cpuMicros() - start) / (5 * ratioDeals.length));
        };
        for (let round = 0; round < 7; round++) {
            if (round % 2 === 0) {
                await timeEngine();
                timeOurs();
            } else {
                timeOurs();
                await timeEngine();
            }
        }
        const engineMicros = median(engineRounds);
        const oursMicros = median(ourRounds);
        const ratio = engineMicros / oursMicros;
        console.log(
            `\njson-rules-engine, same rules, same 1,000 deals: ${engineMicros.toFixed(1)} µs/deal; dealScoring: ${oursMicros.toFixed(1)} µs/deal (CPU, median of 7 rounds)`
        );
        console.log(
            `ratio in each round: ${engineRounds.map((e, i) => `${(e / (ourRounds[i] ?? e)).toFixed(1)}×`).join(', ')}`
        );
        console.log(
            `ratio vs json-rules-engine: ${ratio.toFixed(1)}× (goal ≥ ${RATIO_GOAL}×: ${ratio >= RATIO_GOAL ? 'met' : 'missed'})`
        );
    }
    console.log(`load average at end: ${load()}`);

    console.log(
        '\nCompiled helper modules (characters of emitted .js per bundle; platform limit 131,072):'
    );
    for (const bundle of HELPERS) {
        const dir = join(LWC_DIR, bundle);
        if (!existsSync(dir)) {
            console.log(`  ${bundle.padEnd(22)} not built yet`);
            continue;
        }
        const files = readdirSync(dir).filter((file) => file.endsWith('.js'));
        const size = files.reduce(
            (total, file) => total + readFileSync(join(dir, file), 'utf8').length,
            0
        );
        console.log(
            `  ${bundle.padEnd(22)} ${String(size).padStart(7)} chars in ${files.length} file(s), ${((100 * size) / SOURCE_LIMIT).toFixed(1)}% of the limit`
        );
    }
}

main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});

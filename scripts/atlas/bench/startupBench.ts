// npm run bench:atlas-start: how long the compiled `atlas` takes to answer, against `node -e ""`
// measured in the same run: --help, a command's --help, and a whole `atlas pipeline --format json`
// against a running local org (connect, first query, report). Runs are interleaved round-robin so
// every variant sees the same machine load; each figure is the median. Prints figures only.
//
//   npm run bench:atlas-start                                   # the current build, 7 runs each
//   npm run bench:atlas-start -- --runs 11
//   npm run bench:atlas-start -- --before scripts/atlas/atlas-before.cjs   # another build beside it
//
// A bundle passed with --before must sit in scripts/atlas/ (it finds node_modules and the project
// from there), e.g. one built by `node scripts/atlas/bundle.cjs` on an older commit and renamed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const PROJECT_DIR = resolve(__dirname, '..', '..', '..');
const CURRENT_BUNDLE = join(PROJECT_DIR, 'scripts/atlas/atlas.cjs');

interface StartupOptions {
    runs: number;
    before: string | null;
}

function parseOptions(argv: readonly string[]): StartupOptions {
    const options: StartupOptions = { runs: 7, before: null };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--runs') {
            options.runs = Number(argv[++i]);
            if (!Number.isInteger(options.runs) || options.runs < 1) {
                throw new Error('--runs takes a whole number of runs per figure, e.g. 7');
            }
        } else if (arg === '--before') {
            options.before = resolve(String(argv[++i] ?? ''));
        } else {
            throw new Error(`unknown option ${arg ?? ''} (use --runs, --before)`);
        }
    }
    return options;
}

/**
 * A child that loads the bundle and runs one command line as `atlas` would. It notes when it first
 * asks the org for data (a describe, query or GraphQL request, after the connection probe), in ms
 * since the process started, and prints that as its last line.
 */
function atlasScript(bundle: string, argv: readonly string[], dataDir: string): string {
    return [
        "const http = require('node:http');",
        'const request = http.request;',
        'let firstQuery = -1;',
        'http.request = function (...args) {',
        '  const target = String(args[0] && (args[0].href || args[0].path || args[0]));',
        '  if (firstQuery < 0 && /sobjects|query|graphql/.test(target)) firstQuery = performance.now();',
        '  return request.apply(this, args);',
        '};',
        `const atlas = require(${JSON.stringify(bundle)});`,
        'const io = { stdout: { write() {} }, stderr: process.stderr, isTTY: false,',
        '  now: () => new Date(), env: process.env, cwd: process.cwd() };',
        `atlas.runAtlas(${JSON.stringify(argv)}, io, { connect: { localDataDir: ${JSON.stringify(dataDir)} } })`,
        '  .then((code) => { process.exitCode = code; process.stdout.write(`${firstQuery}\\n`); });'
    ].join('\n');
}

interface Variant {
    label: string;
    script: string;
}

interface Timing {
    /** From spawn to exit, as the parent saw it. */
    wallMs: number;
    /** From process start to the first data request, as the child saw it (-1: none). */
    firstQueryMs: number;
}

/** One run; a failed run stops the benchmark. */
function timeRun(variant: Variant): Timing {
    const started = performance.now();
    const result = spawnSync(process.execPath, ['-e', variant.script], {
        cwd: PROJECT_DIR,
        encoding: 'utf8'
    });
    const wallMs = performance.now() - started;
    if (result.status !== 0) {
        throw new Error(`${variant.label} exited with ${String(result.status)}: ${result.stderr}`);
    }
    const lastLine = result.stdout.trim().split('\n').pop() ?? '';
    return { wallMs, firstQueryMs: variant.script === '' ? -1 : Number(lastLine) };
}

function median(values: readonly number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1
        ? (sorted[middle] ?? 0)
        : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function startOrg(dataDir: string): Promise<ChildProcess> {
    const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(PROJECT_DIR, 'local/org/main.ts'), '--port', '0', '--json'].concat(
            ['--data-dir', dataDir]
        ),
        { cwd: PROJECT_DIR, stdio: ['ignore', 'pipe', 'inherit'] }
    );
    await new Promise<void>((done, fail) => {
        child.stdout?.on('data', (chunk: Buffer) => {
            if (chunk.toString().includes('\n')) {
                done();
            }
        });
        child.once('exit', (code) => fail(new Error(`the local org exited (${String(code)})`)));
    });
    return child;
}

const loadNow = (): string => (loadavg()[0] ?? 0).toFixed(1);

/** What each command line is held to: its exit, or its first data request. */
const COMMANDS: readonly { argv: readonly string[]; goal: string; firstQueryGoalMs?: number }[] = [
    { argv: ['--help'], goal: 'goal < 1 s to exit' },
    { argv: ['score', '--help'], goal: 'goal < 1 s to exit' },
    {
        argv: ['pipeline', '--format', 'json'],
        goal: 'goal < 2 s to the first query',
        firstQueryGoalMs: 2000
    }
];

const figure = (ms: number, baseline: number): string =>
    `${ms.toFixed(0)} ms (${(ms / baseline).toFixed(1)}× baseline)`;

async function main(): Promise<void> {
    const options = parseOptions(process.argv.slice(2));
    const loadStart = loadNow();
    const dataDir = mkdtempSync(join(tmpdir(), 'atlas-start-bench-'));
    const org = await startOrg(dataDir);
    try {
        const bundles: [string, string][] = [
            ...(options.before === null ? [] : [['before', options.before] as [string, string]]),
            ['after', CURRENT_BUNDLE]
        ];
        const variants: Variant[] = [{ label: 'node -e ""', script: '' }];
        for (const command of COMMANDS) {
            for (const [name, bundle] of bundles) {
                variants.push({
                    label: `${name}|atlas ${command.argv.join(' ')}`,
                    script: atlasScript(bundle, command.argv, dataDir)
                });
            }
        }
        const times = new Map<string, Timing[]>(variants.map((variant) => [variant.label, []]));
        for (let run = 0; run < options.runs; run++) {
            for (const variant of variants) {
                times.get(variant.label)?.push(timeRun(variant));
            }
        }
        const wall = (label: string): number =>
            median((times.get(label) ?? []).map((timing) => timing.wallMs));
        const firstQuery = (label: string): number =>
            median((times.get(label) ?? []).map((timing) => timing.firstQueryMs));
        const baseline = wall('node -e ""');
        process.stdout.write(
            `atlas start-up, compiled bundle: median of ${options.runs} interleaved runs, load average ${loadStart} at the start, ${loadNow()} at the end\n`
        );
        process.stdout.write(`node -e "" baseline: ${baseline.toFixed(0)} ms\n`);
        for (const command of COMMANDS) {
            const labels = bundles.map(([name]) => [
                name,
                `${name}|atlas ${command.argv.join(' ')}`
            ]);
            const exits = labels.map(
                ([name, label]) => `${name} ${figure(wall(label ?? ''), baseline)}`
            );
            process.stdout.write(
                `atlas ${command.argv.join(' ')}, to exit: ${exits.join(' → ')}\n`
            );
            if (command.firstQueryGoalMs !== undefined) {
                const firsts = labels.map(
                    ([name, label]) => `${name} ${figure(firstQuery(label ?? ''), baseline)}`
                );
                process.stdout.write(`    to the first query: ${firsts.join(' → ')}\n`);
            }
            process.stdout.write(`    [${command.goal}]\n`);
        }
    } finally {
        org.kill('SIGTERM');
        await new Promise((done) => org.once('exit', done));
        rmSync(dataDir, { recursive: true, force: true });
    }
}

main().catch((error: unknown) => {
    process.stderr.write(
        `bench:atlas-start: ${error instanceof Error ? error.message : String(error)}\n`
    );
    process.exitCode = 1;
});

// `atlas score [--where <SOQL condition>] [--dry-run]`: rescores the open deals of the connected org
// through Bulk API 2.0 and prints what it read, scored, changed, wrote and failed, and where the time
// went. Failed records go to a CSV with their Salesforce error; any failure makes the exit code 1.
// The dispatcher (scripts/atlas/main.ts) connects to the org and handles --target-org.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Connection } from 'jsforce';
import { stringify } from 'csv-stringify/sync';
import type { AtlasIo } from '../io';
import { DEFAULT_RETRY } from './bulkHttp';
import { progressFor } from './progress';
import { runScore } from './scoreRun';
import type { ScoreRunOptions, ScoreRunSummary } from './scoreRun';
import { checkWhereCondition } from './whereCondition';
import { CommandError } from '../command';
import { SCORE_USAGE } from './scoreUsage';

interface ScoreArgs {
    where: string | null;
    dryRun: boolean;
    failuresPath: string | null;
}

function parseArgs(argv: readonly string[]): ScoreArgs | string {
    const args: ScoreArgs = { where: null, dryRun: false, failuresPath: null };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] ?? '';
        const [flag, inline] =
            arg.startsWith('--') && arg.includes('=')
                ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
                : [arg, undefined];
        const value = (): string | null => {
            if (inline !== undefined) {
                return inline;
            }
            const next = argv[i + 1];
            if (next === undefined || next.startsWith('--')) {
                return null;
            }
            i++;
            return next;
        };
        switch (flag) {
            case '--dry-run':
                args.dryRun = true;
                break;
            case '--where': {
                const where = value();
                if (where === null) {
                    return '--where needs a SOQL condition after it';
                }
                const checked = checkWhereCondition(where);
                if (!checked.ok) {
                    return checked.message;
                }
                args.where = checked.condition;
                break;
            }
            case '--failures': {
                const path = value();
                if (path === null) {
                    return '--failures needs a file path after it';
                }
                args.failuresPath = path;
                break;
            }
            default:
                return `unknown option for atlas score: ${arg}`;
        }
    }
    return args;
}

/** A positive whole number from the environment (tuning and tests), else the default. */
function envNumber(io: AtlasIo, name: string, fallback: number): number {
    const value = Number(io.env[name]);
    return Number.isInteger(value) && value > 0 ? value : fallback;
}

function runOptions(io: AtlasIo, args: ScoreArgs): ScoreRunOptions {
    return {
        where: args.where,
        dryRun: args.dryRun,
        runAt: io.now(),
        pageSize: envNumber(io, 'ATLAS_SCORE_PAGE_SIZE', 10_000),
        sliceSize: envNumber(io, 'ATLAS_SCORE_SLICE_SIZE', 10_000),
        writeBatchSize: envNumber(io, 'ATLAS_SCORE_WRITE_BATCH', 10_000),
        pollMs: envNumber(io, 'ATLAS_BULK_POLL_MS', 2_000),
        jobTimeoutMs: envNumber(io, 'ATLAS_BULK_JOB_TIMEOUT_MS', 30 * 60_000),
        retry: {
            attempts: envNumber(io, 'ATLAS_BULK_RETRY_ATTEMPTS', DEFAULT_RETRY.attempts),
            baseDelayMs: envNumber(io, 'ATLAS_BULK_RETRY_MS', DEFAULT_RETRY.baseDelayMs),
            maxDelayMs: DEFAULT_RETRY.maxDelayMs
        }
    };
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

function writeFailures(path: string, summary: ScoreRunSummary): void {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(
        path,
        stringify(
            summary.failed.map((failure) => ({
                object: failure.object,
                opportunityId: failure.write.opportunityId,
                opportunityName: failure.write.name,
                snapshotKey: failure.write.snapshotKey,
                score: failure.write.score,
                band: failure.write.band,
                error: failure.error
            })),
            {
                header: true,
                columns: [
                    'object',
                    'opportunityId',
                    'opportunityName',
                    'snapshotKey',
                    'score',
                    'band',
                    'error'
                ]
            }
        )
    );
}

function report(io: AtlasIo, summary: ScoreRunSummary, dryRun: boolean): void {
    const { read, ms } = summary;
    const lines = [
        '',
        dryRun ? 'atlas score — dry run (nothing written)' : 'atlas score — summary',
        `  read      ${read.opportunities} open opportunities, ${read.evidence} evidence, ${read.members} members, ${read.criteria} criteria, ${read.snapshots} snapshots`,
        `  scored    ${summary.scored}`,
        `  changed   ${summary.changed}${summary.resumed ? ` (${summary.resumed} finishing an interrupted run)` : ''}`,
        `  written   ${dryRun ? '0 (dry run)' : summary.written}`,
        `  failed    ${summary.failed.length}`,
        `  retries   ${summary.retries}`,
        `  time      query ${seconds(ms.query)}, score ${seconds(ms.score)}, write ${seconds(ms.write)}, total ${seconds(ms.query + ms.score + ms.write)}`
    ];
    if (summary.settingsNote) {
        lines.splice(
            2,
            0,
            `  settings  ${summary.settingsNote.replace(/^Scoring settings: /, '')}`
        );
    }
    if (dryRun) {
        for (const change of summary.listedChanges) {
            lines.push(
                `  would write ${change.opportunityId} ${change.name}: ${change.previousScore ?? '—'} ${change.previousBand ?? ''} → ${change.score} ${change.band}`
            );
        }
        if (summary.changed > summary.listedChanges.length) {
            lines.push(`  … and ${summary.changed - summary.listedChanges.length} more`);
        }
    }
    io.stdout.write(`${lines.join('\n')}\n`);
}

export async function runScoreCommand(
    conn: Connection,
    argv: readonly string[],
    io: AtlasIo
): Promise<number> {
    if (argv.includes('--help') || argv.includes('-h')) {
        io.stdout.write(SCORE_USAGE);
        return 0;
    }
    const args = parseArgs(argv);
    if (typeof args === 'string') {
        io.stderr.write(`atlas score: ${args}\n\n${SCORE_USAGE}`);
        return 2;
    }
    const options = runOptions(io, args);
    let summary: ScoreRunSummary;
    try {
        summary = await runScore(conn, options, progressFor(io));
    } catch (error) {
        // Unusable saved settings: the reason, and nothing read or written.
        if (error instanceof CommandError) {
            io.stderr.write(`atlas score: ${error.message}\n`);
            return 1;
        }
        throw error;
    }
    report(io, summary, args.dryRun);
    if (summary.failed.length > 0) {
        const stamp = options.runAt.toISOString().replace(/[:.]/g, '-');
        const path = args.failuresPath
            ? resolve(io.cwd, args.failuresPath)
            : join(io.cwd, '.atlas', `score-failures-${stamp}.csv`);
        writeFailures(path, summary);
        io.stderr.write(
            `atlas score: ${summary.failed.length} deal(s) not written; their Salesforce errors are in ${path}. Fix the cause and run atlas score again: it finishes the work without duplicating snapshots.\n`
        );
    }
    if (summary.stoppedBy) {
        io.stderr.write(`atlas score: stopped early — ${summary.stoppedBy}\n`);
    }
    return summary.failed.length > 0 || summary.stoppedBy ? 1 : 0;
}

// `npm run org`: starts the local org on 127.0.0.1, seeded from data/ on first start, and prints how
// to reach it. Options: --port N (default 6166), --data-dir DIR (default .atlas), --reset, --no-seed,
// --json (print one JSON line with url and token), --verbose (log every request to stderr).
// Bulk ingest tuning for tests and benchmarks: ATLAS_BULK_PAUSE_MS (between chunks), ATLAS_BULK_CHUNK.
import { resolve } from 'node:path';
import { startOrgServer } from './server';

interface Arguments {
    port: number;
    dataDir: string;
    reset: boolean;
    seed: boolean;
    json: boolean;
    verbose: boolean;
}

const PROJECT_DIR = resolve(__dirname, '..', '..');

function parseArguments(argv: readonly string[]): Arguments {
    const result: Arguments = {
        port: 6166,
        // The project's git-ignored .atlas folder, wherever the command is started from.
        dataDir: resolve(PROJECT_DIR, '.atlas'),
        reset: false,
        seed: true,
        json: false,
        verbose: false
    };
    for (let i = 0; i < argv.length; i++) {
        const argument = argv[i];
        if (argument === '--port') {
            result.port = Number(argv[++i]);
        } else if (argument === '--data-dir') {
            result.dataDir = resolve(argv[++i] ?? '.atlas');
        } else if (argument === '--reset') {
            result.reset = true;
        } else if (argument === '--no-seed') {
            result.seed = false;
        } else if (argument === '--verbose') {
            result.verbose = true;
        } else if (argument === '--json') {
            result.json = true;
        } else {
            throw new Error(
                `unknown option ${argument ?? ''} (use --port, --data-dir, --reset, --no-seed, --json, --verbose)`
            );
        }
    }
    return result;
}

async function main(): Promise<void> {
    const args = parseArguments(process.argv.slice(2));
    const running = await startOrgServer({
        projectDir: PROJECT_DIR,
        dataDir: args.dataDir,
        port: args.port,
        reset: args.reset,
        seed: args.seed,
        bulk: {
            pauseMs: Number(process.env.ATLAS_BULK_PAUSE_MS ?? '0'),
            chunkSize: Number(process.env.ATLAS_BULK_CHUNK ?? '')
        },
        log: args.verbose ? (line) => process.stderr.write(`${line}\n`) : undefined
    });
    if (args.json) {
        // One machine-readable line for scripts and tests that start the org as a child process.
        process.stdout.write(
            `${JSON.stringify({ url: running.url, token: running.token, pid: process.pid })}\n`
        );
    } else {
        const lines = [
            `Account Atlas local org listening on ${running.url}`,
            `  access token: ${running.token}`,
            `  data: ${args.dataDir} (connection details in local-org.json)`,
            running.seeded > 0
                ? `  seeded ${running.seeded} records from data/sample-data-plan.json`
                : '',
            '',
            'Log the sf CLI in to it:',
            `  SF_ACCESS_TOKEN='${running.token}' sf org login access-token --instance-url ${running.url} --no-prompt --alias atlas-local`,
            '',
            ...running.org.notes.map((note) => `  note: ${note}`)
        ];
        process.stdout.write(
            `${lines.filter((line, index) => line !== '' || index > 3).join('\n')}\n`
        );
    }
    const stop = (): void => {
        void running.close().then(() => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
    process.stderr.write(
        `local org failed to start: ${error instanceof Error ? error.message : String(error)}\n`
    );
    process.exit(1);
});

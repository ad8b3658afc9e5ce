// `npm run preview` / `npm start`: the local org (seeded from data/ on first start) and the browser
// preview of the panels, on 127.0.0.1. Options: --port N (default 6167, 0 = any free port), --reset
// (back to the sample data), --data-dir DIR (default <project>/.atlas), --dev (LWC dev mode),
// --as USER (the local org user the pages run as: admin, account-manager, sales-ops,
// sales-director, no-atlas; the header's picker changes it).
// Ctrl-C stops the server and the org cleanly; what was entered stays in .atlas/local-org.sqlite.
import { relative, resolve } from 'node:path';
import { startPreview } from './server';

export const DEFAULT_PORT = 6167;
const PROJECT_DIR = resolve(__dirname, '..', '..');

interface StartArgs {
    port: number;
    reset: boolean;
    dataDir: string;
    dev: boolean;
    as?: string;
}

export function parseStartArgs(argv: readonly string[]): StartArgs {
    const args: StartArgs = {
        port: DEFAULT_PORT,
        reset: false,
        dataDir: resolve(PROJECT_DIR, '.atlas'),
        dev: false
    };
    for (let index = 0; index < argv.length; index += 1) {
        const argument = argv[index];
        if (argument === '--port') {
            const value = Number(argv[index + 1]);
            if (!Number.isInteger(value) || value < 0 || value > 65535) {
                throw new Error(
                    `--port needs a number from 0 to 65535 (0 picks a free port), not ${argv[index + 1] ?? 'nothing'}`
                );
            }
            args.port = value;
            index += 1;
        } else if (argument === '--reset') {
            args.reset = true;
        } else if (argument === '--data-dir') {
            const value = argv[index + 1];
            if (value === undefined) {
                throw new Error('--data-dir needs a folder');
            }
            args.dataDir = resolve(value);
            index += 1;
        } else if (argument === '--dev') {
            args.dev = true;
        } else if (argument === '--as') {
            const value = argv[index + 1];
            if (value === undefined || value.startsWith('--')) {
                throw new Error(
                    '--as needs a user: admin, account-manager, sales-ops, sales-director or no-atlas'
                );
            }
            args.as = value;
            index += 1;
        } else {
            throw new Error(
                `unknown option ${argument ?? ''} (use --port N, --reset, --data-dir DIR, --dev, --as USER)`
            );
        }
    }
    return args;
}

export async function startFromCommandLine(argv: readonly string[]): Promise<void> {
    const args = parseStartArgs(argv);
    const out = (line: string) => process.stdout.write(`${line}\n`);
    out(
        args.reset
            ? 'Starting Account Atlas from the sample data (--reset)…'
            : 'Starting Account Atlas…'
    );
    const preview = await startPreview({
        projectDir: PROJECT_DIR,
        dataDir: args.dataDir,
        port: args.port,
        reset: args.reset,
        seed: true,
        mode: args.dev ? 'development' : 'production',
        log: out,
        as: args.as
    });
    const seconds = (preview.build.milliseconds / 1000).toFixed(1);
    out(
        preview.build.cached
            ? `Preview build reused (${preview.build.fingerprint}, sources unchanged): ${seconds} s`
            : `Preview built (${preview.build.fingerprint}) in ${seconds} s; the next start reuses it while the sources do not change`
    );
    if (preview.org.seeded > 0) {
        out(`Local org seeded with ${preview.org.seeded} sample records.`);
    }
    out(`Local org API: ${preview.org.url} (token in ${resolve(args.dataDir, 'local-org.json')})`);
    out('');
    out(`Account Atlas: ${preview.url}`);
    if (args.as !== undefined) {
        out(`Pages run as ${args.as} (the header's "View as" picker changes it).`);
    }
    const fromHere = relative(process.cwd(), args.dataDir);
    const dataDirShown =
        fromHere === '' ? '.' : fromHere.startsWith('..') ? args.dataDir : fromHere;
    out(
        `Ctrl-C stops it; your changes stay in ${dataDirShown} (npm start -- --reset goes back to the sample data).`
    );

    let stopping = false;
    const stop = (signal: string) => {
        if (stopping) {
            return;
        }
        stopping = true;
        out(`\n${signal}: stopping…`);
        preview.close().then(
            () => {
                out('Stopped.');
                process.exit(0);
            },
            (error: unknown) => {
                process.stderr.write(`Could not stop cleanly: ${String(error)}\n`);
                process.exit(1);
            }
        );
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
}

if (require.main === module) {
    startFromCommandLine(process.argv.slice(2)).catch((error: unknown) => {
        process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
    });
}

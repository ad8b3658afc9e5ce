// `npm run bench:local-org`: starts the local org in its own process on 127.0.0.1 (a fresh, seeded
// data directory), drives 50 concurrent clients for a few seconds, and prints request rate, latency
// percentiles and the lost-write check. Options: --clients N, --seconds S, --max-requests N.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatReport, runLoad } from './load';

function option(name: string, fallback: number): number {
    const index = process.argv.indexOf(`--${name}`);
    const value = index < 0 ? undefined : Number(process.argv[index + 1]);
    return value === undefined || !Number.isFinite(value) ? fallback : value;
}

async function main(): Promise<void> {
    const clients = option('clients', 50);
    const seconds = option('seconds', 5);
    const maxRequests = option('max-requests', 50_000);
    const projectDir = resolve(__dirname, '..', '..');
    const dataDir = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
    const child = spawn(
        process.execPath,
        [
            '--import',
            'tsx',
            join(projectDir, 'local/org/main.ts'),
            '--port',
            '0',
            '--json',
            '--data-dir',
            dataDir
        ],
        {
            cwd: projectDir,
            stdio: ['ignore', 'pipe', 'inherit']
        }
    );
    try {
        const endpoint = await new Promise<{ url: string; token: string }>(
            (resolveEndpoint, reject) => {
                let buffer = '';
                child.stdout.on('data', (chunk: Buffer) => {
                    buffer += chunk.toString();
                    const newline = buffer.indexOf('\n');
                    if (newline >= 0) {
                        resolveEndpoint(
                            JSON.parse(buffer.slice(0, newline)) as { url: string; token: string }
                        );
                    }
                });
                child.once('exit', (code) =>
                    reject(new Error(`the local org exited (${String(code)})`))
                );
            }
        );
        const report = await runLoad({
            url: endpoint.url,
            token: endpoint.token,
            clients,
            durationMs: seconds * 1000,
            maxRequests
        });
        process.stdout.write(`${formatReport(report, clients)}\n`);
        for (const problem of [...report.errors.slice(0, 5), ...report.lostWrites.slice(0, 5)]) {
            process.stdout.write(`  ${problem}\n`);
        }
        process.exitCode = report.errors.length === 0 && report.lostWrites.length === 0 ? 0 : 1;
    } finally {
        child.kill('SIGTERM');
        await new Promise((resolveExit) => child.once('exit', resolveExit));
        rmSync(dataDir, { recursive: true, force: true });
    }
}

main().catch((error: unknown) => {
    process.stderr.write(
        `bench failed: ${error instanceof Error ? error.message : String(error)}\n`
    );
    process.exit(1);
});

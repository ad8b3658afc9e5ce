// `npm run bench:local-org`: starts the local org in its own process on 127.0.0.1 (a fresh, seeded
// data directory), drives 50 concurrent clients for a few seconds (request rate, latency percentiles,
// the lost-write check), then runs Bulk API 2.0 ingest and query jobs and prints rows per second
// beside the goals. Options: --clients N, --seconds S, --max-requests N, --bulk-rows N (0: skip).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatBulkReport, processCpuSeconds, runBulkLoad } from './bulkLoad';
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
    const bulkRows = option('bulk-rows', 20_000);
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
        if (bulkRows > 0) {
            const { pid } = child;
            const bulk = await runBulkLoad({
                url: endpoint.url,
                token: endpoint.token,
                rows: bulkRows,
                orgCpuSeconds: () => (pid === undefined ? undefined : processCpuSeconds(pid))
            });
            process.stdout.write(`${formatBulkReport(bulk)}\n`);
            if (bulk.phases.some((phase) => phase.failed > 0)) {
                process.exitCode = 1;
            }
        }
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

// Starts servePreview.ts in a child process for a test file and waits for its ready line; the
// child's error output is kept, so a preview that fails to start fails the test with its reason.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_DIR } from './paths';
import type { PreviewReady } from './servePreview';

export interface PreviewProcess extends PreviewReady {
    stop(): Promise<void>;
}

const TSX = join(PROJECT_DIR, 'node_modules', '.bin', 'tsx');
const SCRIPT = join(__dirname, 'servePreview.ts');

function exited(child: ChildProcess): Promise<void> {
    return child.exitCode !== null || child.signalCode !== null
        ? Promise.resolve()
        : new Promise((resolve) => child.once('exit', () => resolve()));
}

export function startPreviewProcess(dataDir: string, timeoutMs: number): Promise<PreviewProcess> {
    const child = spawn(TSX, [SCRIPT, dataDir], {
        cwd: PROJECT_DIR,
        stdio: ['pipe', 'pipe', 'pipe'],
        env: { ...process.env, NODE_ENV: 'production' }
    });
    let stderr = '';
    let stdout = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
        stderr += chunk;
    });
    const stop = async (): Promise<void> => {
        if (child.exitCode === null && child.signalCode === null) {
            child.kill('SIGTERM');
            const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
            await exited(child);
            clearTimeout(killer);
        }
    };
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            void stop();
            reject(new Error(`The preview did not start within ${timeoutMs} ms.\n${stderr}`));
        }, timeoutMs);
        child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
            stdout += chunk;
            const line = stdout.split('\n').find((candidate) => candidate.startsWith('{'));
            if (line !== undefined && stdout.includes('\n')) {
                clearTimeout(timer);
                try {
                    resolve({ ...(JSON.parse(line) as PreviewReady), stop });
                } catch (error) {
                    reject(error);
                }
            }
        });
        child.once('exit', (code, signal) => {
            clearTimeout(timer);
            reject(
                new Error(
                    `The preview process ended (${signal ?? `exit code ${code}`}) before it was ready:\n${stderr}${stdout}`
                )
            );
        });
    });
}

// How the installer runs programs: an injectable command runner (tests pass a fake one, so no test
// ever reaches an org) and the real one, which spawns the project's pinned `sf` CLI quietly.
import { spawn } from 'node:child_process';

export interface CommandResult {
    readonly exitCode: number;
    readonly stdout: string;
    readonly stderr: string;
}

export interface CommandRunner {
    /** Runs a program with arguments (no shell) and resolves with its exit code and output. */
    run(command: string, args: readonly string[]): Promise<CommandResult>;
}

/**
 * The environment for every `sf` call: no telemetry, no update checks or release notes, no
 * spinners or colours in the output the installer parses.
 */
export function sfEnvironment(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
    return {
        ...base,
        SF_DISABLE_TELEMETRY: 'true',
        SF_SKIP_NEW_VERSION_CHECK: 'true',
        SF_AUTOUPDATE_DISABLE: 'true',
        SF_DISABLE_AUTOUPDATE: 'true',
        SF_HIDE_RELEASE_NOTES: 'true',
        SF_HIDE_RELEASE_NOTES_FOOTER: 'true',
        SF_USE_PROGRESS_BAR: 'false',
        FORCE_COLOR: '0'
    };
}

/** The real runner: spawns the program in projectDir and collects its output. */
export function processRunner(projectDir: string): CommandRunner {
    return {
        run: (command, args) =>
            new Promise((resolve) => {
                const child = spawn(command, [...args], {
                    cwd: projectDir,
                    env: sfEnvironment(),
                    stdio: ['ignore', 'pipe', 'pipe']
                });
                let stdout = '';
                let stderr = '';
                child.stdout.on('data', (chunk: Buffer) => {
                    stdout += chunk.toString('utf8');
                });
                child.stderr.on('data', (chunk: Buffer) => {
                    stderr += chunk.toString('utf8');
                });
                // A missing program surfaces as an error event, not an exit code: report it like a
                // shell would (127) so the caller has one path for "it did not run".
                child.on('error', (error) => {
                    resolve({ exitCode: 127, stdout, stderr: `${stderr}${error.message}` });
                });
                child.on('close', (code) => {
                    resolve({ exitCode: code ?? 1, stdout, stderr });
                });
            })
    };
}

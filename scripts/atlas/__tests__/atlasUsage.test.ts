/** @jest-environment node */
// The dispatcher without an org: help for every command, and every usage mistake ends with a
// message and exit code 2 before any org is touched.
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { captureIo } from '../io';
import { COMMANDS, runAtlas } from '../main';
import { PROJECT_DIR } from '../orgConnection';

describe('atlas usage', () => {
    it('lists the commands with atlas --help (exit 0) and without a command (exit 2)', async () => {
        const io = captureIo();
        expect(await runAtlas(['--help'], io)).toBe(0);
        for (const name of ['score', 'pipeline', 'seed']) {
            expect(io.out()).toContain(`  ${name}`);
        }
        const bare = captureIo();
        expect(await runAtlas([], bare)).toBe(2);
        expect(bare.err()).toContain('Usage: atlas <command>');
    });

    it.each(COMMANDS.map((command) => command.name))(
        'prints the help of atlas %s with --help and exits 0',
        async (name) => {
            const io = captureIo();
            expect(await runAtlas([name, '--help'], io)).toBe(0);
            expect(io.out()).toContain(`Usage: atlas ${name}`);
            expect(io.err()).toBe('');
        }
    );

    it('refuses an unknown command with exit 2', async () => {
        const io = captureIo();
        expect(await runAtlas(['rescore'], io)).toBe(2);
        expect(io.err()).toContain('unknown command "rescore"');
        expect(io.err()).toContain('score, pipeline, accounts, seed');
    });

    it.each([
        [['pipeline', '--bogus'], 'unknown option --bogus'],
        [['seed', '--force'], 'unknown option --force'],
        [['pipeline', '--format', 'pdf'], '--format takes table, json, html'],
        [['pipeline', '--period', '2026-10-01'], '--period takes START..END'],
        [
            ['pipeline', '--period', '2026-02-30..2026-03-31'],
            '"2026-02-30" in --period is not a calendar day'
        ],
        [['pipeline', '--period', '2026-12-31..2026-10-01'], 'ends (2026-10-01) before it starts'],
        [['pipeline', '--owner'], '--owner needs a value'],
        [['seed', 'extra'], 'unexpected argument extra'],
        [['score', '--target-org'], '--target-org needs an org alias or username']
    ])('atlas %j exits 2 with a clear message', async (argv, message) => {
        const io = captureIo();
        expect(await runAtlas(argv, io)).toBe(2);
        expect(io.err()).toContain(message);
        expect(io.out()).toBe('');
    });
});

describe('the atlas bin', () => {
    const run = (
        args: string[]
    ): Promise<{ code: number | null; stdout: string; stderr: string }> =>
        new Promise((resolve) =>
            execFile(
                process.execPath,
                [join(PROJECT_DIR, 'scripts', 'atlas', 'bin.cjs'), ...args],
                { cwd: tmpdir(), timeout: 60_000 },
                (error, stdout, stderr) =>
                    resolve({ code: error === null ? 0 : (error.code as number), stdout, stderr })
            )
        );

    it('runs the TypeScript command line from any directory, with its exit codes', async () => {
        const help = await run(['pipeline', '--help']);
        expect(help.code).toBe(0);
        expect(help.stdout).toContain('Usage: atlas pipeline');
        const bad = await run(['pipeline', '--bogus']);
        expect(bad.code).toBe(2);
        expect(bad.stderr).toContain('unknown option --bogus');
    }, 60_000);
});

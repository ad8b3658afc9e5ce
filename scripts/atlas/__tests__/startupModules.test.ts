/** @jest-environment node */
// What the compiled `atlas` loads before it answers: help and usage mistakes must not load jsforce,
// the local org's store (better-sqlite3, graphql) or the TypeScript compiler, the weight that made
// every command take seconds to start. Read from the require cache of a fresh process running a
// fresh build of the bundle, so it sees exactly what a user's `atlas --help` loads.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PROJECT_DIR = resolve(__dirname, '..', '..', '..');
const HEAVY_PACKAGES = ['jsforce', 'better-sqlite3', 'graphql', 'typescript', 'cli-progress'];

/** The packages (by name) in the require cache after the bundle ran `argv`, and the exit code. */
function packagesLoadedBy(
    bundle: string,
    argv: readonly string[]
): Promise<{ code: number; packages: string[] }> {
    const script = `
        const atlas = require(${JSON.stringify(bundle)});
        const quiet = { write() {} };
        const io = { stdout: quiet, stderr: quiet, isTTY: false, now: () => new Date(),
            env: process.env, cwd: process.cwd() };
        atlas.runAtlas(${JSON.stringify(argv)}, io).then((code) => {
            const packages = new Set();
            for (const file of Object.keys(require.cache)) {
                const inside = file.split('node_modules/').pop();
                if (inside !== file) {
                    const parts = inside.split('/');
                    packages.add(parts[0].startsWith('@') ? parts[0] + '/' + parts[1] : parts[0]);
                }
            }
            process.stdout.write(JSON.stringify({ code, packages: [...packages] }));
        });`;
    return new Promise((done, fail) => {
        execFile(
            process.execPath,
            ['-e', script],
            // The copy sits outside the project: resolve its packages from the project's folder.
            {
                cwd: PROJECT_DIR,
                env: { ...process.env, NODE_PATH: join(PROJECT_DIR, 'node_modules') }
            },
            (error, stdout, stderr) =>
                error ? fail(new Error(`${error.message}\n${stderr}`)) : done(JSON.parse(stdout))
        );
    });
}

describe('atlas start-up', () => {
    let dir: string;
    let bundle: string;

    beforeAll(() => {
        dir = mkdtempSync(join(tmpdir(), 'atlas-startup-'));
        bundle = join(dir, 'atlas.cjs');
        execFileSync(process.execPath, [join(PROJECT_DIR, 'scripts/atlas/bundle.cjs'), bundle]);
    });

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it.each([
        [['--help']],
        [['score', '--help']],
        [['pipeline', '--help']],
        [['seed', '--help']],
        [['doctor', '--help']],
        [['pipeline', '--format', 'pdf']],
        [['rescore']]
    ])('atlas %j answers without loading jsforce or the local org', async (argv) => {
        const loaded = await packagesLoadedBy(bundle, argv);
        expect([0, 2]).toContain(loaded.code);
        expect(loaded.packages.filter((name) => HEAVY_PACKAGES.includes(name))).toEqual([]);
    });
});

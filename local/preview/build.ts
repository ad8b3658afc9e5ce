// Builds the preview: the unchanged force-app components (the .js tsc emits beside each .ts) with
// LWC OSS (rollup + @lwc/rollup-plugin), the lightning base components, synthetic shadow (so the
// SLDS stylesheet reaches inside components, as on the platform), the platform modules of
// platformModules.ts and the preview's own shell (local/preview/lwc). One script, cached in
// <cacheDir>/<fingerprint>/ and reused while the inputs are unchanged.
import { spawn, spawnSync } from 'node:child_process';
import {
    existsSync,
    mkdirSync,
    readdirSync,
    readFileSync,
    renameSync,
    rmSync,
    writeFileSync
} from 'node:fs';
import { join, resolve } from 'node:path';
import { buildFingerprint, PREVIEW_DIR, staleEmits } from './buildInputs';

export const APP_SCRIPT = 'app.js';
const MANIFEST = 'build.json';

export type BuildMode = 'production' | 'development';

export interface PreviewBuildOptions {
    readonly projectDir: string;
    /** Where builds are kept: <dataDir>/preview. */
    readonly cacheDir: string;
    /** production (default) or development (LWC's dev-mode warnings in the console). */
    readonly mode?: BuildMode;
    /** Progress lines (tsc run, rollup warnings). */
    readonly log?: (line: string) => void;
}

export interface PreviewBuild {
    /** The folder holding app.js. */
    readonly dir: string;
    readonly fingerprint: string;
    readonly cached: boolean;
    /** Wall-clock time of this call (fingerprinting included). */
    readonly milliseconds: number;
    /** Whether tsc had to run first because a component's .js was missing or stale. */
    readonly compiledTypeScript: boolean;
}

interface Manifest {
    fingerprint: string;
    mode: BuildMode;
    builtAt: string;
    buildMilliseconds: number;
}

/** Runs `tsc -p tsconfig.build.json` when a component's emitted .js is missing or older than its .ts. */
function ensureEmitted(projectDir: string, log: (line: string) => void): boolean {
    const stale = staleEmits(projectDir);
    if (stale.length === 0) {
        return false;
    }
    log(
        `Compiling the components' TypeScript (${stale.length} file(s) changed): tsc -p tsconfig.build.json`
    );
    const tsc = join(projectDir, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
        cwd: projectDir,
        encoding: 'utf8'
    });
    if (result.status !== 0) {
        const errors = `${result.stdout}${result.stderr}`.trim();
        // tsc emits despite type errors; a preview of what was emitted is still useful while
        // someone fixes them, so only missing output stops the build.
        if (staleEmits(projectDir).length > 0) {
            throw new Error(
                `tsc failed, so the preview cannot be built. Fix these errors (npm run build shows them too):\n${errors}`
            );
        }
        log(
            `tsc reported type errors (the preview is built from what it emitted; fix them before committing):\n${errors}`
        );
    }
    return true;
}

/** Runs bundle.ts in its own process (tsx), passing its warnings on to log. */
function bundle(
    projectDir: string,
    outDir: string,
    mode: BuildMode,
    log: (line: string) => void
): Promise<void> {
    const tsx = join(projectDir, 'node_modules', 'tsx', 'dist', 'cli.mjs');
    const script = join(projectDir, PREVIEW_DIR, 'bundle.ts');
    return new Promise((resolveBundle, rejectBundle) => {
        const child = spawn(process.execPath, [tsx, script, projectDir, outDir, mode], {
            cwd: projectDir,
            stdio: ['ignore', 'ignore', 'pipe']
        });
        let output = '';
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (chunk: string) => {
            output += chunk;
        });
        child.on('error', rejectBundle);
        child.on('close', (code) => {
            if (code === 0) {
                output
                    .split('\n')
                    .filter(Boolean)
                    .forEach((line) => log(line));
                resolveBundle();
            } else {
                rejectBundle(new Error(`The preview build failed:\n${output.trim()}`));
            }
        });
    });
}

function readManifest(dir: string): Manifest | undefined {
    try {
        return JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as Manifest;
    } catch {
        return undefined;
    }
}

/** Builds the preview, or reuses the build whose inputs are the same. */
export async function buildPreview(options: PreviewBuildOptions): Promise<PreviewBuild> {
    const started = performance.now();
    const log = options.log ?? (() => undefined);
    const mode = options.mode ?? 'production';
    const projectDir = resolve(options.projectDir);
    const compiledTypeScript = ensureEmitted(projectDir, log);
    const fingerprint = buildFingerprint(projectDir, mode);
    const dir = join(options.cacheDir, fingerprint);
    if (readManifest(dir)?.fingerprint === fingerprint && existsSync(join(dir, APP_SCRIPT))) {
        return {
            dir,
            fingerprint,
            cached: true,
            milliseconds: performance.now() - started,
            compiledTypeScript
        };
    }
    mkdirSync(options.cacheDir, { recursive: true });
    // Written aside and renamed, so a killed build never leaves a half-written cache entry.
    const work = join(options.cacheDir, `.building-${fingerprint}-${process.pid}`);
    rmSync(work, { recursive: true, force: true });
    const bundleStarted = performance.now();
    try {
        await bundle(projectDir, work, mode, log);
    } catch (error) {
        rmSync(work, { recursive: true, force: true });
        throw error;
    }
    const manifest: Manifest = {
        fingerprint,
        mode,
        builtAt: new Date().toISOString(),
        buildMilliseconds: Math.round(performance.now() - bundleStarted)
    };
    writeFileSync(join(work, MANIFEST), `${JSON.stringify(manifest, null, 4)}\n`);
    rmSync(dir, { recursive: true, force: true });
    renameSync(work, dir);
    // Older builds are dead weight once a newer one exists.
    for (const entry of readdirSync(options.cacheDir)) {
        if (entry !== fingerprint && !entry.startsWith('.building-')) {
            rmSync(join(options.cacheDir, entry), { recursive: true, force: true });
        }
    }
    return {
        dir,
        fingerprint,
        cached: false,
        milliseconds: performance.now() - started,
        compiledTypeScript
    };
}

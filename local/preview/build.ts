// Builds the preview: the unchanged force-app components (the .js tsc emits beside each .ts) with
// LWC OSS (rollup + @lwc/rollup-plugin), the lightning base components, synthetic shadow (so the
// SLDS stylesheet reaches inside components, as on the platform), the platform modules of
// platformModules.ts and the preview's own shell (local/preview/modules). One script, cached in
// <cacheDir>/<fingerprint>/ and reused while the inputs are unchanged.
import { spawnSync } from 'node:child_process';
import {
    existsSync,
    mkdirSync,
    readdirSync,
    readFileSync,
    renameSync,
    rmSync,
    writeFileSync
} from 'node:fs';
import { join, resolve, sep } from 'node:path';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import { rollup, type Plugin, type RollupLog } from 'rollup';
import ts from 'typescript';
import { buildFingerprint, LWC_DIR, PREVIEW_DIR, staleEmits } from './buildInputs';
import { platformModules } from './platformModules';

export const APP_SCRIPT = 'app.js';
const MANIFEST = 'build.json';
const ENTRY = '\0atlas-preview-entry';

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
        throw new Error(
            `tsc failed, so the preview cannot be built. Fix these errors (npm run build shows them too):\n${result.stdout}${result.stderr}`
        );
    }
    return true;
}

/** Alias records: c/<name> → force-app's compiled component, preview/* and lightning/* shell parts. */
function moduleRecords(projectDir: string): { name: string; path: string }[] {
    const records: { name: string; path: string }[] = [];
    const lwcDir = join(projectDir, LWC_DIR);
    for (const name of readdirSync(lwcDir).sort()) {
        const entry = join(lwcDir, name, `${name}.js`);
        if (existsSync(entry)) {
            records.push({ name: `c/${name}`, path: entry });
        }
    }
    const modulesDir = join(projectDir, PREVIEW_DIR, 'modules');
    for (const namespace of readdirSync(modulesDir).sort()) {
        for (const name of readdirSync(join(modulesDir, namespace)).sort()) {
            const entry = join(modulesDir, namespace, name, `${name}.ts`);
            if (existsSync(entry)) {
                records.push({ name: `${namespace}/${name}`, path: entry });
            }
        }
    }
    return records;
}

/** The preview's own TypeScript (shell and platform modules), transpiled before the LWC compiler. */
function previewTypeScript(previewDir: string): Plugin {
    return {
        name: 'atlas-preview-typescript',
        transform(code, id) {
            const file = id.split('?')[0] ?? id;
            if (!file.endsWith('.ts') || !resolve(file).startsWith(previewDir)) {
                return null;
            }
            const output = ts.transpileModule(code, {
                fileName: file,
                compilerOptions: {
                    target: ts.ScriptTarget.ESNext,
                    module: ts.ModuleKind.ESNext,
                    verbatimModuleSyntax: true,
                    useDefineForClassFields: true,
                    experimentalDecorators: false,
                    sourceMap: false
                }
            });
            return { code: output.outputText, map: null };
        }
    };
}

function entryModule(): Plugin {
    return {
        name: 'atlas-preview-entry',
        resolveId(source) {
            return source === ENTRY ? ENTRY : null;
        },
        load(id) {
            if (id !== ENTRY) {
                return null;
            }
            // Synthetic shadow first, as on the platform: global SLDS styles reach the components.
            return [
                "import '@lwc/synthetic-shadow';",
                "import { createElement } from 'lwc';",
                "import Shell from 'preview/shell';",
                "const shell = createElement('preview-shell', { is: Shell });",
                "document.getElementById('app').appendChild(shell);"
            ].join('\n');
        }
    };
}

async function bundle(
    projectDir: string,
    outDir: string,
    mode: BuildMode,
    log: (line: string) => void
) {
    const previewDir = resolve(projectDir, PREVIEW_DIR);
    const build = await rollup({
        input: ENTRY,
        plugins: [
            entryModule(),
            platformModules(projectDir, join(previewDir, 'platform')),
            previewTypeScript(previewDir),
            lwc({
                rootDir: join(previewDir, 'modules'),
                modules: [...moduleRecords(projectDir), { npm: 'lightning-base-components' }],
                enableDynamicComponents: true,
                // The base combobox calls attachInternals(), which synthetic shadow only allows
                // for components compiled with this flag.
                enableSyntheticElementInternals: true
            }),
            replace({
                preventAssignment: true,
                values: {
                    'process.env.NODE_ENV': JSON.stringify(mode),
                    'import.meta.env.SSR': 'false'
                }
            })
        ],
        onLog(level, entry: RollupLog) {
            // Circular imports and template warnings inside the base components are theirs.
            if (
                entry.code === 'CIRCULAR_DEPENDENCY' ||
                level === 'debug' ||
                (entry.id ?? '').includes(`${sep}lightning-base-components${sep}`)
            ) {
                return;
            }
            log(`rollup ${level}: ${entry.message}`);
        }
    });
    try {
        await build.write({
            file: join(outDir, APP_SCRIPT),
            format: 'es',
            inlineDynamicImports: true,
            sourcemap: false
        });
    } finally {
        await build.close();
    }
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

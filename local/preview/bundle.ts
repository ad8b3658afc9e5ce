// The rollup run of the preview build, in a process of its own (build.ts starts it): the LWC
// compiler is published as ES modules that the project's CommonJS runners (jest) cannot load, and
// the compiler's memory is given back when the build ends instead of staying in the server.
// Usage: tsx local/preview/bundle.ts <projectDir> <outDir> <production|development>
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import { rollup, type Plugin, type RollupLog } from 'rollup';
import ts from 'typescript';
import { APP_SCRIPT } from './build';
import { LWC_DIR, PREVIEW_DIR } from './buildInputs';
import { platformModules } from './platformModules';
const ENTRY = '\0atlas-preview-entry';

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
    const modulesDir = join(projectDir, PREVIEW_DIR, 'lwc');
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

/**
 * The engine, synthetic shadow and wire service the lwc package (9.x) depends on, not the older
 * @lwc/engine-dom that sfdx-lwc-jest hoists to node_modules: templates must run on the engine
 * whose compiler built them.
 */
function engineRecords(projectDir: string): { name: string; path: string }[] {
    const fromLwc = createRequire(join(projectDir, 'node_modules', 'lwc', 'package.json'));
    const entryOf = (name: string) =>
        join(dirname(fromLwc.resolve(`${name}/package.json`)), 'dist', 'index.js');
    return [
        { name: 'lwc', path: entryOf('@lwc/engine-dom') },
        { name: '@lwc/synthetic-shadow', path: entryOf('@lwc/synthetic-shadow') },
        { name: '@lwc/wire-service', path: entryOf('@lwc/wire-service') }
    ];
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
    mode: 'production' | 'development',
    log: (line: string) => void
): Promise<void> {
    const previewDir = resolve(projectDir, PREVIEW_DIR);
    const build = await rollup({
        input: ENTRY,
        plugins: [
            entryModule(),
            platformModules(projectDir, join(previewDir, 'platform')),
            previewTypeScript(previewDir),
            lwc({
                rootDir: join(previewDir, 'lwc'),
                modules: [
                    ...engineRecords(projectDir),
                    ...moduleRecords(projectDir),
                    { npm: 'lightning-base-components' }
                ],
                defaultModules: [],
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

const [projectDir, outDir, mode] = process.argv.slice(2);
if (
    projectDir === undefined ||
    outDir === undefined ||
    (mode !== 'production' && mode !== 'development')
) {
    process.stderr.write('usage: bundle.ts <projectDir> <outDir> <production|development>\n');
    process.exit(2);
}
bundle(resolve(projectDir), resolve(outDir), mode, (line) =>
    process.stderr.write(`${line}\n`)
).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
});

// What the preview build is made from, and its fingerprint: the compiled force-app components
// (.js, .html, .css — the .ts reach the build through tsc), the labels, the object metadata the
// schema imports are checked against, the preview's own sources, the versions of the build tools
// and the mode. Same fingerprint → the cached build is reused.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const LWC_DIR = join('force-app', 'main', 'default', 'lwc');
export const PREVIEW_DIR = join('local', 'preview');
const OBJECTS_DIR = join('force-app', 'main', 'default', 'objects');
const LABELS_DIR = join('force-app', 'main', 'default', 'labels');
const TOOL_PACKAGES = [
    'lwc',
    '@lwc/rollup-plugin',
    '@lwc/synthetic-shadow',
    'lightning-base-components',
    '@salesforce-ux/design-system',
    'rollup',
    '@rollup/plugin-replace'
];

function walk(dir: string, keep: (path: string) => boolean, out: string[]): void {
    if (!existsSync(dir)) {
        return;
    }
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
            if (entry.name !== '__tests__' && entry.name !== 'node_modules') {
                walk(path, keep, out);
            }
        } else if (keep(path)) {
            out.push(path);
        }
    }
}

/** Every file the build reads from the project, sorted. */
export function buildInputFiles(projectDir: string): string[] {
    const files: string[] = [];
    walk(join(projectDir, LWC_DIR), (path) => /\.(js|html|css)$/.test(path), files);
    walk(join(projectDir, LABELS_DIR), (path) => path.endsWith('.xml'), files);
    walk(join(projectDir, OBJECTS_DIR), (path) => path.endsWith('.xml'), files);
    walk(join(projectDir, PREVIEW_DIR), (path) => /\.(ts|html|css)$/.test(path), files);
    return files.sort();
}

function packageVersion(projectDir: string, name: string): string {
    try {
        const manifest = JSON.parse(
            readFileSync(join(projectDir, 'node_modules', name, 'package.json'), 'utf8')
        ) as { version?: string };
        return manifest.version ?? 'unknown';
    } catch {
        return 'missing';
    }
}

export function buildFingerprint(projectDir: string, mode: string): string {
    const hash = createHash('sha256');
    hash.update(`mode ${mode}\n`);
    for (const name of TOOL_PACKAGES) {
        hash.update(`${name}@${packageVersion(projectDir, name)}\n`);
    }
    for (const file of buildInputFiles(projectDir)) {
        hash.update(`${relative(projectDir, file)}\n`);
        hash.update(readFileSync(file));
        hash.update('\n');
    }
    return hash.digest('hex').slice(0, 16);
}

/**
 * The component .ts files whose emitted .js is missing or older: the build needs `npm run build`
 * (tsc) first, or it would bundle stale code.
 */
export function staleEmits(projectDir: string): string[] {
    const sources: string[] = [];
    walk(
        join(projectDir, LWC_DIR),
        (path) => path.endsWith('.ts') && !path.endsWith('.d.ts'),
        sources
    );
    return sources.filter((source) => {
        const emitted = source.replace(/\.ts$/, '.js');
        return !existsSync(emitted) || statSync(emitted).mtimeMs < statSync(source).mtimeMs;
    });
}

// Finds the source files the reference checks read: TypeScript, JavaScript and templates under the
// package directories, scripts/ and local/ — never dependencies, generated JavaScript or test fixtures.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, projectPath } from '../../schema/files';

export interface SourceFile {
    /** Project-relative, slash-separated. */
    readonly path: string;
    readonly absolutePath: string;
    readonly text: string;
}

/** Roots besides the package directories whose sources may name schema items. */
export const EXTRA_SOURCE_ROOTS: readonly string[] = ['schema', 'scripts', 'local'];

const SOURCE_EXTENSION = /\.(ts|js|html)$/;

/**
 * Every .ts/.js/.html source under the package directories and the extra roots, plus the .json mock
 * data of tests (what a component test feeds a wire adapter names fields too). Skipped: .d.ts
 * declarations, .js that tsc emitted beside a .ts (the .ts is read instead), and __tests__/fixtures
 * (copies of other projects used by tests).
 */
export function sourceFiles(projectDir: string, packageDirs: readonly string[]): SourceFile[] {
    const roots = [...packageDirs, ...EXTRA_SOURCE_ROOTS];
    const seen = new Set<string>();
    const files: SourceFile[] = [];
    for (const root of roots) {
        for (const absolutePath of listFiles(join(projectDir, root))) {
            const path = projectPath(projectDir, absolutePath);
            const testData = path.endsWith('.json') && path.includes('/__tests__/');
            if (
                seen.has(path) ||
                !(SOURCE_EXTENSION.test(path) || testData) ||
                path.endsWith('.d.ts')
            ) {
                continue;
            }
            if (path.includes('/__tests__/fixtures/')) {
                continue;
            }
            if (path.endsWith('.js') && existsSync(absolutePath.replace(/\.js$/, '.ts'))) {
                continue;
            }
            seen.add(path);
            files.push({ path, absolutePath, text: readFileSync(absolutePath, 'utf8') });
        }
    }
    return files;
}

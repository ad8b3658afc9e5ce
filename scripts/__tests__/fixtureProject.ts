// Test support: a throw-away copy of the atlas-mini fixture project in a temporary directory, compiled
// like `npm run build` (tsc's .js beside every LWC .ts), with helpers to break one thing at a time.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { listFiles } from '../../schema/files';
import type { Check, Finding } from '../metadata/checks/check';
import { runChecks } from '../metadata/runChecks';

export const FIXTURE_DIR = join(__dirname, 'fixtures', 'atlas-mini');

export interface FixtureProject {
    readonly dir: string;
    read(path: string): string;
    write(path: string, text: string): void;
    /** Replaces one exact piece of text, failing loudly if it is not there (so tests stay honest). */
    replace(path: string, from: string, to: string): void;
    remove(path: string): void;
    cleanup(): void;
}

/** Emits .js beside each LWC .ts, as tsc -p tsconfig.build.json does in the real project. */
export function compileLwc(dir: string): void {
    for (const file of listFiles(join(dir, 'force-app'))) {
        if (!file.endsWith('.ts') || file.endsWith('.d.ts') || file.includes('/__tests__/')) {
            continue;
        }
        const output = ts.transpileModule(readFileSync(file, 'utf8'), {
            compilerOptions: { target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext }
        });
        writeFileSync(file.replace(/\.ts$/, '.js'), output.outputText);
    }
}

export function copyFixture(): FixtureProject {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-mini-'));
    cpSync(FIXTURE_DIR, dir, { recursive: true });
    compileLwc(dir);
    const absolute = (path: string): string => join(dir, path);
    return {
        dir,
        read: (path) => readFileSync(absolute(path), 'utf8'),
        write: (path, text) => {
            mkdirSync(dirname(absolute(path)), { recursive: true });
            writeFileSync(absolute(path), text);
        },
        replace: (path, from, to) => {
            const text = readFileSync(absolute(path), 'utf8');
            if (!text.includes(from)) {
                throw new Error(`${path} does not contain ${JSON.stringify(from)}`);
            }
            writeFileSync(absolute(path), text.replace(from, to));
        },
        remove: (path) => rmSync(absolute(path), { recursive: true, force: true }),
        cleanup: () => rmSync(dir, { recursive: true, force: true })
    };
}

/**
 * Gives every test of the calling file (or describe block) a fresh copy of the fixture, removed after
 * it: call once at the top and use the returned project in tests; it reaches the current copy.
 */
export function fixtureForEachTest(): FixtureProject {
    let current: FixtureProject | undefined;
    beforeEach(() => {
        current = copyFixture();
    });
    afterEach(() => {
        current?.cleanup();
        current = undefined;
    });
    const now = (): FixtureProject => {
        if (!current) {
            throw new Error('The fixture copy exists only while a test runs');
        }
        return current;
    };
    return {
        get dir() {
            return now().dir;
        },
        read: (path) => now().read(path),
        write: (path, text) => now().write(path, text),
        replace: (path, from, to) => now().replace(path, from, to),
        remove: (path) => now().remove(path),
        cleanup: () => now().cleanup()
    };
}

/** The findings one metadata check makes on the project in a directory. */
export async function checkFindings(dir: string, check: Check): Promise<readonly Finding[]> {
    const [result] = await runChecks(dir, [check]);
    return result?.findings ?? [];
}

// What every metadata check is: a name, and a function from the project to findings. A finding names
// the file (project-relative), what is wrong, and how to fix it.
import type { Schema } from '../../../schema/schema';
import { sourceFiles, type SourceFile } from '../sources';

export interface Finding {
    /** Project-relative, slash-separated path of the file to change. */
    readonly file: string;
    readonly line?: number;
    readonly message: string;
    readonly fix: string;
}

export interface CheckContext {
    /** Absolute path of the project root (where sfdx-project.json lives). */
    readonly projectDir: string;
    /** Package directories from sfdx-project.json, relative to the project ('force-app'). */
    readonly packageDirs: readonly string[];
    /** The package directories that become the unlocked package (they name a `package`). */
    readonly packagedDirs: readonly string[];
    /** What is deployed after the package or the source: the group and the folder sharing. */
    readonly postInstallDirs: readonly string[];
    readonly schema: Schema;
    /** Remembers expensive results (the SDR conversion) across checks in one run. */
    readonly memo: Map<string, unknown>;
}

export interface Check {
    /** A sentence saying what holds when the check passes. */
    readonly name: string;
    run(context: CheckContext): Promise<readonly Finding[]>;
}

/** Runs fn once per run and key, sharing its result between checks. */
export function memoized<T>(context: CheckContext, key: string, fn: () => T): T {
    if (!context.memo.has(key)) {
        context.memo.set(key, fn());
    }
    return context.memo.get(key) as T;
}

/** The project's source files, read once per run. */
export function projectSources(context: CheckContext): readonly SourceFile[] {
    return memoized(context, 'sources', () => sourceFiles(context.projectDir, context.packageDirs));
}

// File-system helpers shared by the schema loader and the checks: recursive listing and the
// project-relative, slash-separated paths that every finding names.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Directory names never worth walking into. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.sf', '.sfdx', 'coverage', '.atlas']);

/** Every file under dir (recursively), as absolute paths in a stable order; [] when dir is absent. */
export function listFiles(dir: string): string[] {
    let entries: string[];
    try {
        entries = readdirSync(dir).sort();
    } catch {
        return [];
    }
    const files: string[] = [];
    for (const entry of entries) {
        const path = join(dir, entry);
        let isDirectory: boolean;
        try {
            isDirectory = statSync(path).isDirectory();
        } catch {
            continue;
        }
        if (isDirectory) {
            if (!SKIPPED_DIRECTORIES.has(entry)) {
                files.push(...listFiles(path));
            }
        } else {
            files.push(path);
        }
    }
    return files;
}

/** Immediate subdirectory names of dir, sorted; [] when dir is absent. */
export function listDirectories(dir: string): string[] {
    try {
        return readdirSync(dir, { withFileTypes: true })
            .filter((entry) => entry.isDirectory())
            .map((entry) => entry.name)
            .sort();
    } catch {
        return [];
    }
}

/** The path relative to the project, with forward slashes, as findings print it. */
export function projectPath(projectDir: string, path: string): string {
    return relative(projectDir, path).split(sep).join('/');
}

/** The 1-based line of a character offset in a text. */
export function lineOf(source: string, offset: number): number {
    let line = 1;
    for (let i = 0; i < offset && i < source.length; i++) {
        if (source.charCodeAt(i) === 10) {
            line++;
        }
    }
    return line;
}

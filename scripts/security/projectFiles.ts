// Which files of the project each rule reads.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface ScanTargets {
    /** Emitted LWC JavaScript (what the platform runs), tests excluded. */
    readonly scripts: readonly string[];
    /** LWC templates. */
    readonly templates: readonly string[];
    /** Every text file in force-app outside tests (sources included): checked for org ids and URLs. */
    readonly deployed: readonly string[];
    /** TypeScript sources whose emitted .js is missing: the scan cannot vouch for them. */
    readonly unbuilt: readonly string[];
}

const TEXT_EXTENSIONS = ['.js', '.ts', '.html', '.css', '.xml', '.json', '.svg', '.txt', '.md'];

/**
 * Test code and sample data hold made-up ids and URLs on purpose and are never deployed:
 * __tests__, __mocks__, __snapshots__ and fixtures folders, and the data/ plan.
 */
export function isExcluded(relativePath: string): boolean {
    const parts = relativePath.split('/');
    return (
        parts[0] === 'data' ||
        parts.some(
            (part) =>
                part === '__tests__' ||
                part === '__mocks__' ||
                part === '__snapshots__' ||
                part === 'fixtures'
        )
    );
}

export function isLwcPath(relativePath: string): boolean {
    return relativePath.split('/').includes('lwc');
}

export function listScanTargets(root: string): ScanTargets {
    const files = walk(join(root, 'force-app'))
        .map((file) => relative(root, file).split(sep).join('/'))
        .filter((file) => !isExcluded(file))
        .sort();
    const present = new Set(files);
    const lwcFiles = files.filter(isLwcPath);
    return {
        scripts: lwcFiles.filter((file) => file.endsWith('.js')),
        templates: lwcFiles.filter((file) => file.endsWith('.html')),
        deployed: files.filter((file) =>
            TEXT_EXTENSIONS.some((extension) => file.endsWith(extension))
        ),
        unbuilt: lwcFiles.filter(
            (file) =>
                file.endsWith('.ts') &&
                !file.endsWith('.d.ts') &&
                !present.has(file.replace(/\.ts$/, '.js'))
        )
    };
}

function walk(directory: string): string[] {
    if (!existsSync(directory)) {
        return [];
    }
    return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
        const path = join(directory, entry.name);
        if (entry.isDirectory()) {
            return walk(path);
        }
        return entry.isFile() ? [path] : [];
    });
}

// The preview build is the slow part of starting a preview (rollup over every component), and it
// depends only on the sources, not on the org's data. Test files each get a fresh data directory,
// but share one build cache in the temp directory; previews start under a lock, so parallel Jest
// workers never build into the cache at the same time (a source edited during the run makes the
// next start rebuild, one worker at a time).
import { mkdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SHARED_BUILD_DIR = join(tmpdir(), 'atlas-preview-browser-tests-build');
const LOCK = `${SHARED_BUILD_DIR}.lock`;
/** A lock older than this was left by a killed run. */
const STALE_LOCK_MS = 10 * 60_000;

export async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
    for (;;) {
        try {
            mkdirSync(LOCK);
            break;
        } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
                throw error;
            }
            try {
                if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) {
                    rmSync(LOCK, { recursive: true, force: true });
                    continue;
                }
            } catch {
                continue; // released meanwhile
            }
            await new Promise((resolve) => setTimeout(resolve, 250));
        }
    }
    try {
        return await work();
    } finally {
        rmSync(LOCK, { recursive: true, force: true });
    }
}

/** Points `<dataDir>/preview`, where startPreview keeps its build cache, at the shared cache. */
export function linkSharedBuild(dataDir: string): void {
    mkdirSync(SHARED_BUILD_DIR, { recursive: true });
    symlinkSync(SHARED_BUILD_DIR, join(dataDir, 'preview'), 'dir');
}

// The preview build is the slow part of starting a preview (rollup over every component), and it
// depends only on the sources, not on the org's data. Test files each get a fresh data directory,
// but share one build cache in the temp directory, built once under a lock so that parallel Jest
// workers never build into it at the same time.
import { mkdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPreview } from '../../build';

export const SHARED_BUILD_DIR = join(tmpdir(), 'atlas-preview-browser-tests-build');
const LOCK = `${SHARED_BUILD_DIR}.lock`;
/** A lock older than this was left by a killed run. */
const STALE_LOCK_MS = 10 * 60_000;

async function withLock<T>(work: () => Promise<T>): Promise<T> {
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

/**
 * Makes sure the shared build is current, then points `<dataDir>/preview` (where startPreview
 * keeps its build cache) at it. Returns whether this call built it and how long it took.
 */
export async function useSharedBuild(
    projectDir: string,
    dataDir: string
): Promise<{ built: boolean; milliseconds: number }> {
    const build = await withLock(() =>
        buildPreview({ projectDir, cacheDir: SHARED_BUILD_DIR, mode: 'production' })
    );
    symlinkSync(SHARED_BUILD_DIR, join(dataDir, 'preview'), 'dir');
    return { built: !build.cached, milliseconds: Math.round(build.milliseconds) };
}

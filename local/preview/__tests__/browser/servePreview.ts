// Runs one preview for a browser test file in its own Node process (started with tsx by
// previewProcess.ts): the preview's build tools (rollup, @lwc/rollup-plugin) are ES modules that
// Jest's CommonJS runtime cannot load, and a separate process also keeps the server's event loop
// apart from the test's. It prints one JSON line, {url, orgUrl, token}, once the preview answers,
// and stops cleanly when its standard input closes (the test process ended) or on SIGTERM.
import type { BuildMode } from '../../build';
import { startPreview } from '../../server';
import { PROJECT_DIR } from './paths';
import { linkSharedBuild, withBuildLock } from './sharedBuild';

export interface PreviewReady {
    readonly url: string;
    readonly orgUrl: string;
    readonly token: string;
    /** Milliseconds the shared build took when this process built it; null when it was cached. */
    readonly builtMs: number | null;
    /**
     * How the components were built: production, as Salesforce runs them unless a user turns on
     * debug mode; ATLAS_PREVIEW_MODE=development builds LWC's dev mode (its checks and warnings).
     */
    readonly mode: BuildMode;
}

async function main(): Promise<void> {
    const dataDir = process.argv[2];
    if (dataDir === undefined) {
        throw new Error('Usage: servePreview.ts <dataDir>');
    }
    linkSharedBuild(dataDir);
    const mode: BuildMode =
        process.env.ATLAS_PREVIEW_MODE === 'development' ? 'development' : 'production';
    const preview = await withBuildLock(() =>
        startPreview({ projectDir: PROJECT_DIR, dataDir, port: 0, mode })
    );
    let closing = false;
    const stop = (): void => {
        if (closing) {
            return;
        }
        closing = true;
        preview.close().then(
            () => process.exit(0),
            (error: unknown) => {
                console.error(error);
                process.exit(1);
            }
        );
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    process.stdin.on('end', stop);
    process.stdin.on('close', stop);
    process.stdin.resume();
    const ready: PreviewReady = {
        url: preview.url,
        orgUrl: preview.org.url,
        token: preview.org.token,
        builtMs: preview.build.cached ? null : Math.round(preview.build.milliseconds),
        mode
    };
    process.stdout.write(`${JSON.stringify(ready)}\n`);
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
});

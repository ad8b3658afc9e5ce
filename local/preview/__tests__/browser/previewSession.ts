// One preview per test file: a fresh temp data directory (so the sample data is new and nothing
// leaks between files), the preview host on a free port, and one Chromium. Each test gets its own
// browser context and page; after each test the page must have logged no console error and thrown
// no uncaught exception.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { BuildMode } from '../../build';
import { launchChromium } from './chromium';
import type { OrgEndpoint } from './orgApi';
import { watchPage, type PageProblems } from './pageProblems';
import { startPreviewProcess, type PreviewProcess } from './previewProcess';

/** Starting the preview builds the components on a cold cache, and Chromium is slow on 2 cores. */
export const START_TIMEOUT = 240_000;
export const SCENARIO_TIMEOUT = 120_000;

export const VIEWPORT = { width: 1440, height: 900 };

export interface PreviewSession {
    /** The preview's base URL, e.g. http://127.0.0.1:41234 */
    readonly url: string;
    /** The preview's local org, for checking what was saved through its REST API. */
    readonly org: OrgEndpoint;
    /** The current test's page (a new context per test). */
    readonly page: Page;
    readonly problems: PageProblems;
    /** How the components were built (servePreview.ts): production unless ATLAS_PREVIEW_MODE says. */
    readonly mode: BuildMode;
    /** Opens a path of the preview and waits for the page's load event. */
    open(path: string): Promise<Page>;
}

/**
 * Registers the hooks of a browser test file and returns the session the tests use. Call it once,
 * at the top of the file.
 */
export function usePreviewSession(): PreviewSession {
    let dataDir: string | undefined;
    let preview: PreviewProcess | undefined;
    let browser: Browser | undefined;
    let context: BrowserContext | undefined;
    let page: Page | undefined;
    let problems: PageProblems | undefined;

    beforeAll(async () => {
        dataDir = mkdtempSync(join(tmpdir(), 'atlas-preview-browser-'));
        // Chromium first: a machine without it fails here, at once, with the install command.
        browser = await launchChromium();
        preview = await startPreviewProcess(dataDir, START_TIMEOUT - 10_000);
        if (preview.builtMs !== null) {
            console.log(
                `Preview built for the browser tests in ${preview.builtMs} ms (${preview.mode} mode)`
            );
        }
    }, START_TIMEOUT);

    beforeEach(async () => {
        if (browser === undefined) {
            throw new Error('Chromium did not start: see the first failure of this file');
        }
        context = await browser.newContext({
            viewport: VIEWPORT,
            locale: 'en-US',
            timezoneId: 'UTC'
        });
        page = await context.newPage();
        problems = watchPage(page);
    });

    afterEach(async () => {
        const seen = problems?.list.slice() ?? [];
        await context?.close();
        context = undefined;
        page = undefined;
        expect(seen).toEqual([]);
    });

    afterAll(async () => {
        await browser?.close();
        await preview?.stop();
        if (dataDir !== undefined) {
            rmSync(dataDir, { recursive: true, force: true });
        }
    }, START_TIMEOUT);

    const need = <T>(value: T | undefined, what: string): T => {
        if (value === undefined) {
            throw new Error(`${what} is not ready: the preview or Chromium did not start`);
        }
        return value;
    };

    return {
        get url() {
            return need(preview, 'The preview').url;
        },
        get org() {
            const running = need(preview, 'The preview');
            return { url: running.orgUrl, token: running.token };
        },
        get page() {
            return need(page, 'The page');
        },
        get mode() {
            return need(preview, 'The preview').mode;
        },
        get problems() {
            return need(problems, 'The page');
        },
        async open(path: string) {
            const current = need(page, 'The page');
            await current.goto(`${need(preview, 'The preview').url}${path}`, {
                waitUntil: 'load'
            });
            return current;
        }
    };
}

// Collects what a person would never see but a broken page shows: console errors and uncaught
// exceptions. Tests assert the list is empty, so the failure message carries every message.
import type { ConsoleMessage, Page } from 'playwright-core';

export interface PageProblems {
    /** Every console error and uncaught exception so far, with the page URL it happened on. */
    readonly list: string[];
    /**
     * Accepts console errors matching `pattern` from now on: only for a failure the test itself
     * provokes (a save the org rejects logs the 400 response), never to hide a page's fault.
     */
    expect(pattern: RegExp): void;
    /** Empties the list (after it has been asserted). */
    clear(): void;
}

function where(message: ConsoleMessage): string {
    const location = message.location();
    return location.url ? ` (${location.url}:${location.lineNumber})` : '';
}

export function watchPage(page: Page): PageProblems {
    const list: string[] = [];
    const expected: RegExp[] = [];
    page.on('console', (message) => {
        if (message.type() !== 'error') {
            return;
        }
        const text = message.text();
        if (expected.some((pattern) => pattern.test(text))) {
            return;
        }
        list.push(`console error on ${page.url()}: ${text}${where(message)}`);
    });
    page.on('pageerror', (error) => {
        list.push(`uncaught exception on ${page.url()}: ${error.stack ?? error.message}`);
    });
    page.on('crash', () => list.push(`the page crashed on ${page.url()}`));
    return {
        list,
        expect: (pattern) => expected.push(pattern),
        clear: () => {
            list.length = 0;
        }
    };
}

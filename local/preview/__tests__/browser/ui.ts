// How the tests act on the page the way a person does: by the names people read (panel titles,
// labels, button text), through lightning base components, with waits that poll what is shown.
import type { Locator, Page } from 'playwright-core';

/** A panel (lightning-card) found by its title, as a person scans the page for it. */
export function panel(page: Page, title: string): Locator {
    return page
        .locator('article')
        .filter({ has: page.getByRole('heading', { name: title, exact: true }) })
        .first();
}

/**
 * Opens the tab of a record page (the account page holds its five panels in tabs, as its
 * flexipage does) and returns the panel in it.
 */
export async function openTab(page: Page, title: string): Promise<Locator> {
    const tab = page.getByRole('tab', { name: title, exact: true });
    // A narrow page folds the tabs that do not fit into lightning-tabset's "More" menu (how many fit
    // depends on the fonts the browser has), so a person looks there when the tab is not in the bar.
    const more = page.getByRole('button', { name: 'More Tabs' });
    await tab.or(more).first().waitFor();
    if (await tab.isVisible()) {
        await tab.click();
    } else {
        await more.click();
        await page.getByRole('menuitem', { name: title, exact: true }).click();
    }
    const shown = panel(page, title);
    await shown.waitFor();
    return shown;
}

/**
 * Opens a record the way a person moves between records in the preview: the header's record
 * picker (accounts, and each account's opportunities as "Account › Opportunity").
 */
export async function pickRecord(page: Page, label: string): Promise<void> {
    await page.getByRole('combobox', { name: 'Open a record' }).selectOption({ label });
    await page.waitForURL(/\/lightning\/r\/(Account|Opportunity)\/\w+\/view/);
}

/** Picks `option` in the lightning-combobox labelled `label` inside `scope`. */
export async function choose(scope: Locator | Page, label: string, option: string): Promise<void> {
    await scope.getByRole('combobox', { name: label, exact: true }).click();
    await scope.getByRole('option', { name: option, exact: true }).click();
}

/**
 * Finds a record in the lightning-record-picker labelled `label` inside `scope` as a person does:
 * types part of its name and picks it from what the search lists.
 */
export async function searchAndPick(
    page: Page,
    scope: Locator | Page,
    label: string,
    name: string
): Promise<void> {
    // A required picker's name carries the asterisk the label shows ("*Contact").
    const named = new RegExp(`^\\*?\\s*${label}$`);
    await scope.getByRole('combobox', { name: named }).fill(name);
    // The results list is read from the page: it sits in the picker's own shadow tree.
    await page
        .getByRole('listbox', { name: named })
        .getByRole('option')
        .filter({ hasText: name })
        .first()
        .click();
}

/**
 * Waits until `read` gives a value `accept` takes, and returns it; on timeout the error says what
 * was awaited and what was last seen.
 */
export async function eventually<T>(
    what: string,
    read: () => Promise<T>,
    accept: (value: T) => boolean,
    timeoutMs = 20_000
): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let last: T | undefined;
    let lastError: unknown;
    for (;;) {
        try {
            last = await read();
            if (accept(last)) {
                return last;
            }
        } catch (error) {
            lastError = error;
        }
        if (Date.now() > deadline) {
            const seen = lastError === undefined ? JSON.stringify(last) : String(lastError);
            throw new Error(
                `Timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${seen}`
            );
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
}

/**
 * Waits until a field shows `expected`. A form fills its fields after it reads the record, so a
 * value read right after the form appears can still be the empty one.
 */
export async function fieldShows(field: Locator, expected: string): Promise<void> {
    await eventually(
        `the field to show ${JSON.stringify(expected)}`,
        () => field.inputValue(),
        (shown) => shown === expected
    );
}

/**
 * The visible text of every element the locator matches, trimmed and with spaces collapsed. One
 * element at a time: Playwright's allInnerTexts() finds nothing inside LWC's synthetic shadow.
 */
export async function texts(locator: Locator): Promise<string[]> {
    // A re-render can remove an element between the count and its read, and the read would then
    // wait for an element that is gone: when the count changed meanwhile, read them all again.
    for (let attempt = 1; ; attempt++) {
        const count = await locator.count();
        try {
            const found: string[] = [];
            for (let index = 0; index < count; index++) {
                const text = await locator.nth(index).innerText({ timeout: 5_000 });
                found.push(text.replace(/\s+/g, ' ').trim());
            }
            return found;
        } catch (error) {
            if (attempt === 3 || (await locator.count()) === count) {
                throw error;
            }
        }
    }
}

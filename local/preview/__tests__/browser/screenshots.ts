// Screenshots of each page for the README: docs/screenshots/<page>.png, rewritten by every run so
// the README shows the product as it is today.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_DIR } from './paths';

export const SCREENSHOT_DIR = join(PROJECT_DIR, 'docs', 'screenshots');

export async function saveScreenshot(page: Page, name: string): Promise<string> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const path = join(SCREENSHOT_DIR, `${name}.png`);
    // Animations off and the caret hidden, so a rerun on the same data gives the same picture.
    await page.screenshot({ path, fullPage: true, animations: 'disabled', caret: 'hide' });
    return path;
}

/** @jest-environment node */
// Sales ops switch to MEDDICC on the Stage Criteria Setup page: import the template in one click,
// refuse a bad weight with a clear message (the typed value kept), save a good one, preview what the
// switch does to open deals, activate it; a deal then shows MEDDICC's letters and the score the
// preview promised; back to TAS, the deal's score returns. Screenshots at 1280 and 390 wide.
import type { Page } from 'playwright-core';
import { query, queryOne } from './orgApi';
import { SCENARIO_TIMEOUT, usePreviewSession } from './previewSession';
import { saveScreenshot } from './screenshots';
import { eventually, panel, texts } from './ui';

jest.setTimeout(SCENARIO_TIMEOUT * 3);

const session = usePreviewSession();

/** "Meridian - X: score 77 → 76 (−1), Watch" → its name and scores. */
function scoreRow(text: string): { name: string; before: number; after: number } {
    const match = /^(.+): score (\d+) → (\d+) \([+−]\d+\), .+$/.exec(text);
    if (match === null) {
        throw new Error(`Not a score change: "${text}"`);
    }
    return { name: match[1]!, before: Number(match[2]), after: Number(match[3]) };
}

async function dealScoreShown(page: Page, score: number): Promise<void> {
    await panel(page, 'Deal Score')
        .getByText(new RegExp(`^Deal score ${score} out of 100: `))
        .first()
        .waitFor({ state: 'attached' });
}

async function openSetup() {
    const page = await session.open('/lightning/n/Stage_Criteria_Setup');
    const framework = panel(page, 'Stage Criteria Setup').getByRole('region', {
        name: 'Sales framework'
    });
    await framework.waitFor();
    return { page, framework };
}

test('sales ops import MEDDICC, weigh a letter, preview and activate it; a deal shows its letters; back to TAS its score returns', async () => {
    let { page, framework } = await openSetup();
    await framework.getByText('Active: TAS. Deals score', { exact: false }).waitFor();

    await framework.getByRole('button', { name: 'Import MEDDICC' }).click();
    await framework.getByText('Groups of MEDDICC').waitFor();
    const groups = framework.locator('[data-list="groups"] > li');
    const titles = await eventually(
        'MEDDICC’s seven letters',
        () => texts(groups.locator('[data-value="group-title"]')),
        (shown) => shown.length === 7
    );
    expect(titles.map((title) => title.split(' · ')[0]).join('')).toBe('MEDDICC');
    // Not active yet: the preview and the Activate button are there, and TAS still scores.
    await framework.getByText('Active: TAS.', { exact: false }).waitFor();
    expect(
        await query(session.org, 'SELECT Id FROM Sales_Framework__c WHERE Active__c = true')
    ).toHaveLength(1);

    // A refused weight keeps what was typed and says what to do; a good one is saved.
    const pain = groups.filter({ hasText: 'I · Identify Pain' });
    await pain.getByRole('button', { name: 'Edit' }).click();
    const form = framework.getByRole('region', { name: 'Edit the group Identify Pain' });
    const weight = form.getByLabel('Weight');
    await weight.fill('-1');
    await form.getByRole('button', { name: 'Save group' }).click();
    await form
        .getByText('A weight cannot be negative: enter 0 to score the group for nothing.')
        .waitFor();
    expect(await weight.inputValue()).toBe('-1');
    await weight.fill('50');
    await form.getByRole('button', { name: 'Save group' }).click();
    await form
        .getByText('A weight above 10 would drown every other group: enter 10 or less.')
        .waitFor();
    await weight.fill('3');
    await form.getByRole('button', { name: 'Save group' }).click();
    await form.waitFor({ state: 'detached' });
    await pain.getByText('Weight 3').waitFor();
    const saved = await queryOne(
        session.org,
        "SELECT Weight__c FROM Framework_Group__c WHERE Name = 'Identify Pain'"
    );
    expect(saved.Weight__c).toBe(3);

    const preview = framework.getByRole('region', {
        name: 'What activating MEDDICC does to open deals'
    });
    await preview.getByRole('button', { name: 'Preview on open deals' }).click();
    const summary = preview.getByText(
        /of 15 open deals would change band; \d+ would change score\./
    );
    await summary.waitFor();
    const [summaryText = ''] = await texts(summary);
    const rows = (await texts(preview.locator('[data-list="scores"] li'))).map(scoreRow);
    console.log(
        `MEDDICC preview: ${summaryText}\n  ${rows.map((r) => JSON.stringify(r)).join('\n  ')}`
    );
    expect(rows.length).toBe(Number(/(\d+) would change score/.exec(summaryText)![1]));
    expect(rows.length).toBeGreaterThan(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    await saveScreenshot(page, 'sales-framework-preview-1280');

    await framework.getByRole('button', { name: 'Activate MEDDICC' }).click();
    await framework.getByText('Active: MEDDICC. Deals score', { exact: false }).waitFor();
    const active = await query(
        session.org,
        'SELECT Name FROM Sales_Framework__c WHERE Active__c = true'
    );
    expect(active.map((record) => record.Name)).toEqual(['MEDDICC']);

    // The deal the preview moved most: its page shows the promised score and MEDDICC's letters.
    const [moved] = rows;
    const deal = await queryOne(
        session.org,
        `SELECT Id FROM Opportunity WHERE Name = '${moved!.name.replace(/'/g, "\\'")}'`
    );
    let dealPage = await session.open(`/lightning/r/Opportunity/${deal.Id}/view`);
    await dealScoreShown(dealPage, moved!.after);
    await panel(dealPage, 'Deal Score').getByText('I · Identify Pain').first().waitFor();
    await saveScreenshot(dealPage, 'sales-framework-deal-meddicc-1280');
    await dealPage.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(dealPage, 'sales-framework-deal-meddicc-390');

    // Back to TAS ("Show TAS to switch back", #22): preview, activate, and the deal's score is what it was.
    ({ page, framework } = await openSetup());
    await page.setViewportSize({ width: 390, height: 844 });
    await framework.getByRole('button', { name: 'Show TAS to switch back' }).click();
    await framework.getByText('Groups of TAS').waitFor();
    await saveScreenshot(page, 'sales-framework-back-to-tas-390');
    await framework.getByRole('button', { name: 'Activate TAS' }).click();
    await framework.getByText('Active: TAS. Deals score', { exact: false }).waitFor();
    dealPage = await session.open(`/lightning/r/Opportunity/${deal.Id}/view`);
    await dealScoreShown(dealPage, moved!.before);
});

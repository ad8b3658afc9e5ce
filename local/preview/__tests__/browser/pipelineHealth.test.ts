/** @jest-environment node */
// A manager's Home: sales ops set a rep's missing target from Pipeline Health; the sales director
// switches the panel to that rep and to "My team", reads the target figure and how it adds up,
// clicks a stage and lands on the Deal Review Queue showing exactly that stage's deals, then opens
// one of them. The team: the administrator hands three open deals to Avery Brooks, the account
// manager who reports to the director (the sample data belongs to whoever imports it).
import type { Page } from 'playwright-core';
import { query, queryOne, updateRecord } from './orgApi';
import { SCENARIO_TIMEOUT, usePreviewSession, VIEWPORT } from './previewSession';
import { saveScreenshot } from './screenshots';
import { choose, eventually, panel, texts } from './ui';

jest.setTimeout(SCENARIO_TIMEOUT * 2);

const session = usePreviewSession();

const REP = 'Avery Brooks';
const AVERYS_DEALS = [
    'Kestrel - Aftermarket Field Service Mobile',
    'Kestrel - Supply Chain Integration',
    'Meridian - Card Services AI Pilot'
];

/** The calendar quarter of today, as the panel proposes it for a new target. */
function quarterOfToday(): { start: string; end: string } {
    const today = new Date();
    const first = Math.floor(today.getUTCMonth() / 3) * 3;
    const start = new Date(Date.UTC(today.getUTCFullYear(), first, 1));
    const end = new Date(Date.UTC(today.getUTCFullYear(), first + 3, 0));
    return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

/** At a phone's width the page must not scroll sideways: its width is the window's. */
async function fitsPhone(page: Page, screenshot: string): Promise<void> {
    await page.setViewportSize({ width: 390, height: 844 });
    await eventually(
        `${screenshot} at 390 px wide`,
        () => page.evaluate(() => document.documentElement.scrollWidth),
        (width) => width <= 390
    );
    await saveScreenshot(page, screenshot);
    await page.setViewportSize(VIEWPORT);
}

const money = (amount: number) =>
    new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency: 'USD',
        maximumFractionDigits: 0
    }).format(amount);

test('sales ops set a rep’s target on Home; the director opens the rep’s stage in the review queue', async () => {
    const avery = await queryOne(
        session.org,
        "SELECT Id FROM User WHERE Username = 'account.manager@atlas.local'"
    );
    for (const name of AVERYS_DEALS) {
        const deal = await queryOne(
            session.org,
            `SELECT Id FROM Opportunity WHERE Name = '${name}'`
        );
        await updateRecord(session.org, 'Opportunity', deal.Id, { OwnerId: avery.Id });
    }

    // Sales ops: Avery has no target, so the panel offers the form for Avery.
    let page = await session.open(`/preview/as/sales-ops?next=${encodeURIComponent('/')}`);
    let health = panel(page, 'Pipeline Health');
    await health.getByRole('combobox', { name: 'Whose pipeline', exact: true }).waitFor();
    await choose(health, 'Whose pipeline', REP);
    const form = health.getByRole('region', { name: `Set a sales target for ${REP}` });
    await form.waitFor();
    const quarter = quarterOfToday();
    await form.getByRole('button', { name: 'Save the target' }).click();
    await form.getByText('Enter a target amount above 0.').waitFor();
    await form.getByLabel('Target amount').fill('600000');
    await form.getByRole('button', { name: 'Save the target' }).click();
    await health
        .locator('[data-value="target"]')
        .getByText(`Target: ${money(600000)}`)
        .waitFor();
    await health.getByText(`The target of ${REP} for this period.`).waitFor();
    const saved = await queryOne(
        session.org,
        `SELECT OwnerId, Target_Amount__c, Period_Start__c, Period_End__c FROM Sales_Target__c WHERE OwnerId = '${avery.Id}'`
    );
    expect([saved.Target_Amount__c, saved.Period_Start__c, saved.Period_End__c]).toEqual([
        600000,
        quarter.start,
        quarter.end
    ]);

    // The sales director sees Avery's target (Avery reports to her) and picks Avery.
    page = await session.open(`/preview/as/sales-director?next=${encodeURIComponent('/')}`);
    health = panel(page, 'Pipeline Health');
    const owner = health.getByRole('combobox', { name: 'Whose pipeline', exact: true });
    await owner.waitFor();
    await choose(health, 'Whose pipeline', REP);
    await health
        .locator('[data-value="target"]')
        .getByText(`Target: ${money(600000)}`)
        .waitFor();

    // My team: the director has no target of her own, so the team's is Avery's alone, and says so.
    await choose(health, 'Whose pipeline', 'My team');
    await health
        .getByText(
            `The target of 1 rep for this period: ${REP}. No target for this period: Morgan Lee (their open deals still count toward the stages).`
        )
        .waitFor();
    await health
        .locator('[data-value="target"]')
        .getByText(`Target: ${money(600000)}`)
        .waitFor();
    await saveScreenshot(page, 'home-team');
    await fitsPhone(page, 'home-team-phone');

    // Back to Avery: a stage that counts Avery's deals opens them in the queue.
    await choose(health, 'Whose pipeline', REP);
    const stageLink = health
        .getByRole('region', { name: 'Value by stage' })
        .getByRole('link', {
            name: /^Open the deals counted in .+ \(\d+\) in the Deal Review Queue$/
        })
        .first();
    await stageLink.waitFor();
    const linkName = (await stageLink.getAttribute('aria-label')) ?? '';
    const [, stage, count] =
        /^Open the deals counted in (.+) \((\d+)\) in the Deal Review Queue$/.exec(linkName)!;
    const stageDeals = (
        await query(
            session.org,
            `SELECT Name, StageName FROM Opportunity WHERE OwnerId = '${avery.Id}' AND IsClosed = false`
        )
    ).filter((deal) => deal.StageName === stage);
    await stageLink.click();
    await page.waitForURL('**/lightning/n/Deal_Review_Queue?**');

    const queue = panel(page, 'Deal Review Queue');
    await queue
        .locator('[data-value="focus"]')
        .getByText(/^From Pipeline Health: /)
        .waitFor();
    // The deals with nothing pressing sit behind a toggle: show them too.
    const later = queue.locator('[data-action="toggle-later"]');
    if ((await later.count()) > 0) {
        await later.click();
    }
    const rows = await eventually(
        'the stage’s deals in the queue',
        () => texts(queue.locator('tr[data-deal] th a')),
        (names) => names.length === Number(count)
    );
    console.log(`${REP}'s ${stage} in the queue: ${rows.join(' | ')}`);
    expect(rows.every((name) => stageDeals.some((deal) => deal.Name === name))).toBe(true);
    await saveScreenshot(page, 'deal-review-queue-from-home');
    await fitsPhone(page, 'deal-review-queue-phone');

    await queue.getByRole('link', { name: `Open ${rows[0]}` }).click();
    await page.waitForURL('**/lightning/r/Opportunity/**');
    await page.getByRole('heading', { level: 1, name: rows[0] }).waitFor();
    await panel(page, 'Deal Score').getByRole('region', { name: 'Stage gate' }).waitFor();
});

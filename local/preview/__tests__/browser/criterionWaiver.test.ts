/** @jest-environment node */
// A sales manager waives the required criterion that holds a deal at its stage gate: Morgan Lee
// (sales director, holding Atlas_Sales_Manager) is refused without a reason, then waives it with
// one; the gate opens, the checklist says who waived it and why, and the score does not move. Avery
// Brooks (account manager) sees the same blocked deal with no Waive action.
import { queryOne } from './orgApi';
import { SCENARIO_TIMEOUT, usePreviewSession } from './previewSession';
import { saveScreenshot } from './screenshots';
import type { Page } from 'playwright-core';
import { panel } from './ui';

jest.setTimeout(SCENARIO_TIMEOUT);

const session = usePreviewSession();

const DEAL = 'Meridian - Digital Channels CDP';
const CRITERION = 'Customer validated our value estimate with their own numbers.';
const REASON =
    'Finance signs value models off in the group framework agreement; procurement confirmed in writing.';
const REASON_NEEDED =
    'A waiver needs its reason: say why this criterion need not hold the deal back.';

/** Today as the checklist shows a waiver's day to an en-US user ("Dec 7, 2026"). */
function todayShown(): string {
    return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date()
    );
}

/** Opens the deal as one of the local org's users (the header's "View as", by its address). */
async function openDealAs(user: string): Promise<Page> {
    const deal = await queryOne(session.org, `SELECT Id FROM Opportunity WHERE Name = '${DEAL}'`);
    const path = `/lightning/r/Opportunity/${deal.Id}/view`;
    const page = await session.open(`/preview/as/${user}?next=${encodeURIComponent(path)}`);
    await page.waitForURL(`**${path}`);
    await page.getByRole('heading', { level: 1, name: DEAL }).waitFor();
    return page;
}

async function scoreShown(page: Page): Promise<number> {
    const summary = panel(page, 'Deal Score').getByText(/^Deal score \d+ out of 100/);
    await summary.waitFor({ state: 'attached' });
    return Number(/Deal score (\d+)/.exec((await summary.textContent()) ?? '')?.[1]);
}

// First: the manager's waiver below opens this very gate.
test('an account manager sees the blocked criterion with no Waive action', async () => {
    const page = await openDealAs('account-manager');
    const score = panel(page, 'Deal Score');
    const item = score.getByRole('article', { name: CRITERION });
    await item.waitFor();
    await score
        .getByRole('region', { name: 'Stage gate' })
        .getByText(/^1 required criterion is not met yet, so the deal cannot move to /)
        .waitFor();
    expect(await score.getByRole('button', { name: 'Waive', exact: true }).count()).toBe(0);
});

test('a manager waives a required criterion with a reason: the gate opens, the checklist says who and why, the score stays', async () => {
    const page = await openDealAs('sales-director');
    const score = panel(page, 'Deal Score');
    const gate = score.getByRole('region', { name: 'Stage gate' });
    await gate
        .getByText(/^1 required criterion is not met yet, so the deal cannot move to /)
        .waitFor();
    const before = await scoreShown(page);

    const item = score.getByRole('article', { name: CRITERION });
    await item.getByRole('button', { name: 'Waive', exact: true }).click();
    const reason = item.getByRole('textbox', { name: 'Why the deal may go on without it' });
    await reason.fill('   ');
    await item.getByRole('button', { name: 'Waive criterion', exact: true }).click();
    await item.getByText(REASON_NEEDED).waitFor();
    // Refused before anything is written: the form stays open with what was typed.
    expect(await reason.inputValue()).toBe('   ');
    const unwaived = await queryOne(
        session.org,
        `SELECT Waived__c FROM Deal_Evidence__c WHERE Opportunity__r.Name = '${DEAL}' AND Stage_Criterion__r.Question__c = '${CRITERION}'`
    );
    expect(unwaived.Waived__c).toBe(false);
    await saveScreenshot(page, 'waiver-refused-without-reason');

    await reason.fill(REASON);
    await item.getByRole('button', { name: 'Waive criterion', exact: true }).click();
    await item.getByText(`Waived by Morgan Lee on ${todayShown()}: ${REASON}`).waitFor();
    await gate.getByText(/^Every required outcome so far is met or waived by a manager/).waitFor();
    await gate.getByText(`Waived: Value Proposition: ${CRITERION}`, { exact: false }).waitFor();
    expect(await gate.getByRole('button', { name: /^Advance to / }).isEnabled()).toBe(true);
    expect(await item.getByRole('button', { name: 'Waive', exact: true }).count()).toBe(0);
    // A waiver opens the gate and never adds a point.
    // (Read after the waiver's words: the panel has re-read the deal from the org.)
    expect(await scoreShown(page)).toBe(before);
    const waived = await queryOne(
        session.org,
        `SELECT Waived__c, Waiver_Reason__c, Waived_By__r.Name, Waived_On__c FROM Deal_Evidence__c WHERE Opportunity__r.Name = '${DEAL}' AND Stage_Criterion__r.Question__c = '${CRITERION}'`
    );
    expect(waived).toMatchObject({
        Waived__c: true,
        Waiver_Reason__c: REASON,
        Waived_By__r: { Name: 'Morgan Lee' },
        Waived_On__c: new Date().toISOString().slice(0, 10)
    });
    await saveScreenshot(page, 'waiver-saved');
});

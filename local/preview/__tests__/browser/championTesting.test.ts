/** @jest-environment node */
// A rep tests a champion in our own member form: Kestrel's Supply Chain Integration deal counts Nina
// Castillo, its champion, as a coach until she passes MEDDICC's three tests. The rep records the two
// still open on her card (a result without who verified it is refused, with what was typed kept),
// and the deal's relationship points, score, risks and next actions move as shown on screen, and the
// card and the relationship map mark her a tested champion.
import { queryOne } from './orgApi';
import { SCENARIO_TIMEOUT, usePreviewSession } from './previewSession';
import { saveScreenshot } from './screenshots';
import type { Locator, Page } from 'playwright-core';
import {
    choose,
    eventually,
    fieldShows,
    openTab,
    panel,
    pickRecord,
    searchAndPick,
    texts
} from './ui';

jest.setTimeout(SCENARIO_TIMEOUT * 2);

const session = usePreviewSession();

const ACCOUNT = 'Kestrel Precision Manufacturing';
const DEAL = 'Kestrel - Supply Chain Integration';
const VERIFIER = 'Morgan Lee';
const UNTESTED_RISK =
    'Champion not fully tested: Nina Castillo (Champion); not yet tested: sells for us inside and gains from our success. Until all three tests pass, the score counts a coach.';
const TEST_ACTION = 'Test Nina Castillo (Champion) as a champion';
const NEEDS_VERIFIER =
    'Say who verified this test: pick the colleague who saw the evidence, or set the test back to Not tested yet.';

/** "17 of 25 points" → 17. */
function pointsOf(text: string): number {
    const match = /^([\d.]+) of 25 points$/.exec(text.trim());
    if (match === null) {
        throw new Error(`No relationship points in "${text}"`);
    }
    return Number(match[1]);
}

/** Today by the browser's clock (the context runs in UTC), as the org stores a date. */
function todayInBrowser(): string {
    return new Date().toISOString().slice(0, 10);
}

/** Today as the date input shows it to an en-US user ("Dec 7, 2026"). */
function todayShown(): string {
    return new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date()
    );
}

interface DealView {
    score: number;
    relationshipPoints: number;
    risks: string[];
    actions: string[];
}

/** What the Deal Score panel shows of the deal once it has scored it. */
async function readDeal(page: Page): Promise<DealView> {
    const score = panel(page, 'Deal Score');
    const summary = score.getByText(/^Deal score \d+ out of 100/);
    await summary.waitFor({ state: 'attached' });
    const relationships = score
        .locator('li.factor')
        .filter({ has: page.getByText('Relationships', { exact: true }) })
        .locator('[data-value="points"]');
    return {
        score: Number(/Deal score (\d+)/.exec((await summary.textContent()) ?? '')?.[1]),
        relationshipPoints: pointsOf((await relationships.textContent()) ?? ''),
        risks: await texts(score.getByRole('listitem').filter({ hasText: 'Champion' })),
        actions: await texts(score.locator('.next-action'))
    };
}

async function openDeal(page: Page): Promise<void> {
    await pickRecord(page, `${ACCOUNT} › ${DEAL}`);
    await page.getByRole('heading', { level: 1, name: DEAL }).waitFor();
}

function ninaCard(centers: Locator): Locator {
    return centers.locator('.bc-members__item').filter({
        has: centers.page().getByText('Nina Castillo', { exact: true })
    });
}

test('a rep records a champion’s tests in the member form, and the score, risks, actions and map follow', async () => {
    const page = await session.open('/');
    await openDeal(page);
    const before = await eventually(
        'the deal scored with Nina Castillo untested',
        () => readDeal(page),
        (view) => view.risks.some((risk) => risk.includes(UNTESTED_RISK))
    );
    expect(before.actions.some((action) => action.includes(TEST_ACTION))).toBe(true);
    await saveScreenshot(page, 'champion-untested-deal');

    // Her card on the account's Buying Centers tab: an untested champion.
    const account = await queryOne(session.org, `SELECT Id FROM Account WHERE Name = '${ACCOUNT}'`);
    await session.open(`/lightning/r/Account/${account.Id}/view`);
    const centers = await openTab(page, 'Buying Centers');
    await centers.getByRole('button', { name: 'Supply Chain', exact: true }).click();
    const card = ninaCard(centers);
    await card
        .locator('[data-mark="champion-untested"]')
        .getByText('Champion, 1 of 3 tests passed')
        .waitFor();

    await card.getByRole('button', { name: 'Actions for Nina Castillo' }).click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    const form = page.getByRole('region', { name: 'Edit Nina Castillo' });
    await form.waitFor();
    // The access test she passed in the sample stays; the two open ones are recorded now.
    await choose(form, 'Champion test: sells for us inside', 'Passed');
    await choose(form, 'Champion test: gains from our success', 'Passed');
    // The day each result is recorded defaults to today, by the code's clock.
    await fieldShows(form.getByLabel('Sells for us inside: verified on'), todayShown());
    await fieldShows(form.getByLabel('Gains from our success: verified on'), todayShown());

    // Nobody named who saw it: refused on the fields to fill, with what was typed kept.
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.getByText(NEEDS_VERIFIER).first().waitFor();
    expect(await form.getByText(NEEDS_VERIFIER).count()).toBe(2);
    await saveScreenshot(page, 'champion-tests-refused');
    await searchAndPick(page, form, 'Sells for us inside: verified by', VERIFIER);
    await searchAndPick(page, form, 'Gains from our success: verified by', VERIFIER);
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.waitFor({ state: 'detached' });

    await card.locator('[data-mark="champion-tested"]').getByText('Tested champion').waitFor();
    const saved = await queryOne(
        session.org,
        `SELECT Champion_Sells_Test__c, Champion_Sells_Verified_By__r.Name, Champion_Sells_Verified_On__c, Champion_Gains_Test__c, Champion_Gains_Verified_By__r.Name FROM Buying_Center_Member__c WHERE Contact__r.Name = 'Nina Castillo'`
    );
    expect(saved).toMatchObject({
        Champion_Sells_Test__c: 'Passed',
        Champion_Sells_Verified_By__r: { Name: VERIFIER },
        Champion_Sells_Verified_On__c: todayInBrowser(),
        Champion_Gains_Test__c: 'Passed',
        Champion_Gains_Verified_By__r: { Name: VERIFIER }
    });
    await saveScreenshot(page, 'champion-tested-card');

    // The map marks her a tested champion, on her box and in the words screen readers hear.
    const map = await openTab(page, 'Relationship Map');
    const box = map.locator('[data-person]').filter({ hasText: 'Nina Castillo' });
    await box.locator('[data-text="mark"]').getByText('(tested)').waitFor();
    const people = map.getByRole('list', { name: 'People on the relationship map' });
    await eventually(
        "Nina Castillo's words on the map",
        async () =>
            (await texts(people.getByRole('listitem').filter({ hasText: 'Nina Castillo' }))).join(
                ' '
            ),
        (text) => text.includes('Tested champion.')
    );
    await saveScreenshot(page, 'champion-tested-map');

    // The deal: a tested champion earns the coach's full share (6 of 25, not 4), so two more
    // relationship points and two more on the score; the risk and the next action are gone.
    await session.open('/');
    await openDeal(page);
    const after = await eventually(
        'the deal rescored with Nina Castillo tested',
        () => readDeal(page),
        (view) => view.relationshipPoints !== before.relationshipPoints
    );
    expect(after.relationshipPoints).toBe(before.relationshipPoints + 2);
    expect(after.score).toBe(before.score + 2);
    expect(after.risks.some((risk) => risk.includes('Champion not fully tested'))).toBe(false);
    expect(after.actions.some((action) => action.includes(TEST_ACTION))).toBe(false);
    await saveScreenshot(page, 'champion-tested-deal');
});

/** @jest-environment node */
// A deal as its rep works it: record the customer's evidence for the one required criterion that
// holds "Meridian - Digital Channels CDP" in Value Proposition, watch the score rise and the stage
// gate open, advance the deal to the next stage, reload, and find everything saved, on the page
// and in the org (through its REST API). Opening the deal writes nothing to it; the user's own saves
// store the score. Then a deal blocked by an earlier stage walked to an open gate by its links
// alone, a deal closed as lost to a competitor (a close date ahead refused first), and Home's rates
// of how deals close.
import { queryOne } from './orgApi';
import { SCENARIO_TIMEOUT, usePreviewSession } from './previewSession';
import type { Locator, Page } from 'playwright-core';
import { choose, eventually, panel, pickRecord, texts } from './ui';

jest.setTimeout(SCENARIO_TIMEOUT);

const session = usePreviewSession();

const DEAL = 'Meridian - Digital Channels CDP';
const CRITERION = 'Customer validated our value estimate with their own numbers.';
const EVIDENCE =
    'Meridian finance (Marcus Bell) re-ran our value model with their own campaign figures and confirmed $2.1M a year in writing.';

/** "12 of 16 criteria up to Value Proposition met …" → 12 (the evidence factor's reason). */
function metCriteria(text: string): number {
    const match = /^(\d+) of \d+ criteria up to /.exec(text.trim());
    if (match === null) {
        throw new Error(`No criteria count in "${text}"`);
    }
    return Number(match[1]);
}

function scoreOf(text: string): number {
    const match = /Deal score (\d+) out of 100/.exec(text);
    if (match === null) {
        throw new Error(`No score in "${text}"`);
    }
    return Number(match[1]);
}

test('evidence that meets the required criterion raises the score, opens the gate, and the stage advances and stays', async () => {
    const deal = await queryOne(
        session.org,
        `SELECT Id, StageName, SystemModstamp FROM Opportunity WHERE Name = '${DEAL}'`
    );
    expect(deal.StageName).toBe('Value Proposition');
    const page = await session.open('/');
    await pickRecord(page, `Meridian Global Bank › ${DEAL}`);
    expect(page.url()).toContain(`/lightning/r/Opportunity/${deal.Id}/view`);
    await page.getByRole('heading', { level: 1, name: DEAL }).waitFor();
    const score = panel(page, 'Deal Score');
    const summary = score.getByText(/^Deal score \d+ out of 100/);
    await summary.waitFor({ state: 'attached' });
    const before = scoreOf((await summary.textContent()) ?? '');
    const evidenceFactor = score.getByText(/^\d+ of \d+ criteria up to /);
    const metBefore = metCriteria((await evidenceFactor.textContent()) ?? '');

    const gate = score.getByRole('region', { name: 'Stage gate' });
    await gate.getByText('Current stage: Value Proposition').waitFor();
    await gate
        .getByText(/^1 required criterion is not met yet, so the deal cannot move to /)
        .waitFor();
    await gate
        .getByRole('button', { name: `Value Proposition: ${CRITERION} (In Progress)` })
        .waitFor();
    // The next stage is the org's: the one after Value Proposition in its Opportunity stage list.
    const advance = gate.getByRole('button', { name: /^Advance to / });
    const nextStage = ((await advance.textContent()) ?? '').trim().replace(/^Advance to /, '');
    expect(nextStage).not.toBe('');
    expect(await advance.isDisabled()).toBe(true);

    // Looking wrote nothing: the opportunity is as it was before the page opened.
    const viewed = await queryOne(
        session.org,
        `SELECT SystemModstamp FROM Opportunity WHERE Id = '${deal.Id}'`
    );
    expect(viewed.SystemModstamp).toBe(deal.SystemModstamp);
    await score.getByText(/^(Stored score \d+|No score is stored on this deal yet)/).waitFor();

    const item = score.getByRole('article', { name: CRITERION });
    // Each criterion reads until the rep asks for its form.
    expect(await item.getByLabel('What the customer did or said').count()).toBe(0);
    await item.getByRole('button', { name: 'Edit evidence' }).click();
    await item.getByRole('radio', { name: 'Yes', exact: true }).check({ force: true });
    await item.getByLabel('What the customer did or said').fill(EVIDENCE);
    await choose(item, 'Verified by', 'Marcus Bell (Director, Digital Channels)');
    await item.getByRole('button', { name: 'Save evidence' }).click();

    const raised = await eventually(
        'the deal score to rise after the evidence is saved',
        async () => scoreOf((await summary.textContent()) ?? ''),
        (value) => value > before
    );
    console.log(
        `Deal score of ${DEAL}: ${before} before the evidence, ${raised} after; advanced to ${nextStage}`
    );
    await gate
        .getByText(
            `Every required criterion of Value Proposition is met: the deal may move to ${nextStage}.`
        )
        .waitFor();
    expect(await advance.isEnabled()).toBe(true);

    await advance.click();
    await gate.getByText(`Current stage: ${nextStage}`).waitFor();

    await page.reload({ waitUntil: 'load' });
    await panel(page, 'Deal Score')
        .getByRole('region', { name: 'Stage gate' })
        .getByText(`Current stage: ${nextStage}`)
        .waitFor();

    // The saved evidence counts after the reload: one criterion more met than before it.
    const metAfter = metCriteria(
        (await panel(page, 'Deal Score')
            .getByText(/^\d+ of \d+ criteria up to /)
            .textContent()) ?? ''
    );
    expect(metAfter).toBe(metBefore + 1);

    // The user's saves stored the score the page shows (after the stage change, in the background),
    // and the panel says the stored score is the one shown.
    const shown = scoreOf(
        (await panel(page, 'Deal Score')
            .getByText(/^Deal score \d+ out of 100/)
            .textContent()) ?? ''
    );
    const stored = await eventually(
        `the opportunity to store the score the page shows (${shown})`,
        () =>
            queryOne(
                session.org,
                `SELECT StageName, Deal_Score__c FROM Opportunity WHERE Id = '${deal.Id}'`
            ),
        (record) => record.Deal_Score__c === shown
    );
    expect(stored.StageName).toBe(nextStage);
    await page.reload({ waitUntil: 'load' });
    await panel(page, 'Deal Score').getByText('It is the score shown above.').waitFor();
    const evidence = await queryOne(
        session.org,
        `SELECT State__c, Evidence__c, Verified_By__r.Name FROM Deal_Evidence__c WHERE Opportunity__c = '${deal.Id}' AND Stage_Criterion__r.Question__c = '${CRITERION}'`
    );
    expect(evidence).toMatchObject({
        State__c: 'Yes',
        Evidence__c: EVIDENCE,
        Verified_By__r: expect.objectContaining({ Name: 'Marcus Bell' })
    });
});

/**
 * The text of the element that has focus, looked for through every shadow root on the way; with
 * `label`, the text of its label instead (a radio button's choice).
 */
async function focusedText(page: Page, what: 'text' | 'label' = 'text'): Promise<string> {
    return page.evaluate((shown) => {
        let active: Element | null = document.activeElement;
        while (active?.shadowRoot?.activeElement) {
            active = active.shadowRoot.activeElement;
        }
        const labelled =
            shown === 'label' && active instanceof HTMLInputElement
                ? (active.labels?.[0] ?? null)
                : active;
        return (labelled?.textContent ?? '').replace(/\s+/g, ' ').trim();
    }, what);
}

/**
 * Records customer evidence (Yes, what they did, the first contact as verifier) and saves it,
 * opening the criterion's form from the keyboard: the first choice of its state takes focus.
 */
async function meet(page: Page, item: Locator, evidence: string): Promise<void> {
    await item.getByRole('button', { name: 'Edit evidence' }).focus();
    await page.keyboard.press('Enter');
    await eventually(
        "focus on the first choice of the criterion's state",
        () => focusedText(page, 'label'),
        (text) => text === 'No'
    );
    await item.getByRole('radio', { name: 'Yes', exact: true }).check({ force: true });
    await item.getByLabel('What the customer did or said').fill(evidence);
    await item.getByRole('combobox', { name: 'Verified by', exact: true }).click();
    await item.getByRole('option').nth(1).click();
    await item.getByRole('button', { name: 'Save evidence' }).click();
}

test("a deal blocked by an earlier stage's required criterion reaches an open gate by its links alone", async () => {
    const blockedDeal = 'Kestrel - Aftermarket Field Service Mobile';
    const page = await session.open('/');
    await pickRecord(page, `Kestrel Precision Manufacturing › ${blockedDeal}`);
    await page.getByRole('heading', { level: 1, name: blockedDeal }).waitFor();
    const score = panel(page, 'Deal Score');
    const gate = score.getByRole('region', { name: 'Stage gate' });
    await gate.getByText('Current stage: Proposal/Price Quote').waitFor();
    await gate
        .getByText(/^2 required criteria are not met yet, so the deal cannot move to /)
        .waitFor();
    const blockers = gate.getByRole('list').getByRole('button');
    // The earlier stage's criterion is named with its own stage, not the deal's.
    expect(await texts(blockers)).toEqual([
        'Value Proposition: Customer validated our value estimate with their own numbers. (In Progress)',
        'Proposal/Price Quote: The economic buyer confirmed the proposed price is within the approved budget. (No)'
    ]);
    const checklist = score.getByRole('region', { name: 'Stage evidence' });
    const earlierStage = checklist.getByRole('button', {
        name: /^Value Proposition \(earlier stage\)/
    });
    expect(await earlierStage.getAttribute('aria-expanded')).toBe('false');

    let walked = 0;
    while ((await blockers.count()) > 0) {
        const [link = ''] = await texts(blockers.first());
        const question = link.replace(/^[^:]+: /, '').replace(/ \([^)]*\)$/, '');
        await blockers.first().click();
        // The link opens the criterion's stage and puts the user on its question.
        await eventually(
            `focus on "${question}"`,
            () => focusedText(page),
            (text) => text === question
        );
        const item = score.getByRole('article', { name: question });
        expect(await item.isVisible()).toBe(true);
        await meet(page, item, `Walked by link: the customer confirmed "${question}" in writing.`);
        await eventually(
            `the gate to stop naming "${question}"`,
            () => texts(blockers),
            (shown) => !shown.some((text) => text.includes(question))
        );
        walked += 1;
    }
    expect(walked).toBe(2);
    expect(await earlierStage.getAttribute('aria-expanded')).toBe('true');
    await gate
        .getByText(
            'Every required criterion of Proposal/Price Quote is met: the deal may move to Negotiation/Review.'
        )
        .waitFor();
    expect(
        await gate.getByRole('button', { name: 'Advance to Negotiation/Review' }).isEnabled()
    ).toBe(true);
});

/** An open deal's page, once its Deal Score panel shows the score. */
async function openOpenDeal(name: string) {
    const deal = await queryOne(
        session.org,
        `SELECT Id, IsClosed FROM Opportunity WHERE Name = '${name}'`
    );
    expect(deal.IsClosed).toBe(false);
    const page = await session.open(`/lightning/r/Opportunity/${deal.Id}/view`);
    const score = panel(page, 'Deal Score');
    const summary = score.getByText(/^Deal score \d+ out of 100/);
    await summary.waitFor({ state: 'attached' });
    return { deal, page, score, summary };
}

test('closing a deal as lost to a competitor records the reason and who won, and the deal shows as finished', async () => {
    const lostDeal = 'Cascade - Digital Health CDP';
    const competitor = 'Northwind Health Analytics';
    const { deal, score, summary } = await openOpenDeal(lostDeal);
    const shown = scoreOf((await summary.textContent()) ?? '');

    await score.getByRole('button', { name: 'Close the deal' }).click();
    const form = score.getByRole('region', { name: 'Close the deal' });
    await form.getByRole('radio', { name: 'Lost', exact: true }).check({ force: true });
    await choose(form, 'Why was it lost?', 'Outsold');
    // A competitive loss asks who won before anything is written.
    await form.getByRole('button', { name: 'Close as lost' }).click();
    await form.getByText('Name the competitor the customer chose.').waitFor();
    await form.getByLabel('Which competitor won?').fill(competitor);
    // A close date ahead (a typo for this year, say) is refused, with what to do instead.
    const dateField = form.getByLabel('Close date');
    const todayTyped = (await dateField.inputValue()).trim();
    expect(todayTyped).not.toBe('');
    await dateField.fill('Dec 31, 2099');
    await dateField.blur();
    await form.getByRole('button', { name: 'Close as lost' }).click();
    await form
        .getByText(
            /^A deal closes on or before today \(\d{4}-\d{2}-\d{2}\)\. Enter the day it closed/
        )
        .first()
        .waitFor();
    const refused = await queryOne(
        session.org,
        `SELECT IsClosed, CloseDate FROM Opportunity WHERE Id = '${deal.Id}'`
    );
    expect(refused.IsClosed).toBe(false);
    expect(refused.CloseDate).not.toBe('2099-12-31');
    await dateField.fill(todayTyped);
    await dateField.blur();
    await form.getByRole('button', { name: 'Close as lost' }).click();

    await score
        .getByText(`This deal is closed (Closed Lost), lost to ${competitor}: Outsold.`, {
            exact: false
        })
        .waitFor();
    expect(await score.getByRole('region', { name: 'Stage gate' }).count()).toBe(0);
    expect(await score.getByRole('button', { name: 'Edit evidence' }).count()).toBe(0);
    expect(await score.getByRole('button', { name: 'Close the deal' }).count()).toBe(0);
    const closedScore = scoreOf(
        (await score.getByText(/^Deal score \d+ out of 100/).textContent()) ?? ''
    );
    expect(closedScore).toBe(shown);

    const stored = await queryOne(
        session.org,
        `SELECT StageName, IsClosed, IsWon, Loss_Reason__c, Competitor_Won__c, Deal_Score__c FROM Opportunity WHERE Id = '${deal.Id}'`
    );
    expect(stored).toMatchObject({
        StageName: 'Closed Lost',
        IsClosed: true,
        IsWon: false,
        Loss_Reason__c: 'Outsold',
        Competitor_Won__c: competitor,
        Deal_Score__c: shown
    });
});

const FIGURE_KEYS: Record<string, string> = {
    'Win rate': 'win-rate',
    'No decision': 'no-decision-rate',
    'Lost to a competitor': 'competitive-loss-rate'
};

test("Home's rates of how deals close rest on the same closed deals, add up, and name who won", async () => {
    const page = await session.open('/');
    const health = panel(page, 'Pipeline Health');
    const rates = health.getByRole('region', { name: 'How deals close' });
    await rates.getByText(/^Measured on the deals closed from/).waitFor();
    const figure = (name: string) =>
        rates.locator(`[data-figure="${FIGURE_KEYS[name]}"]`).filter({ hasText: name });
    // The administrator opens on their own deals; the sample's competitive losses are the reps'
    // (2d0db2c gave the director a team), so the whole team's closed deals are read. The rates are
    // read once the team's figures are drawn: they name the sample's two losses to Helix Data.
    await choose(health, 'Whose pipeline', 'My team');
    await figure('Lost to a competitor')
        .getByText(/went to a competitor: .*Helix Data \(2\)/)
        .waitFor();
    const win =
        (await figure('Win rate')
            .getByText(/ won of the /)
            .textContent()) ?? '';
    const counts =
        /^(\d+) won of the (\d+) deals closed in the window \(lost: (\d+) no decision, (\d+) to a competitor, (\d+) for another reason\)\.$/.exec(
            win.trim()
        );
    expect(counts).not.toBeNull();
    const [won, closed, noDecision, competitive, other] = counts!.slice(1).map(Number);
    expect(won! + noDecision! + competitive! + other!).toBe(closed);
    const percentShown = async (name: string) =>
        Number(
            ((await figure(name).locator('[data-value="value"]').textContent()) ?? '').replace(
                /\D/g,
                ''
            )
        );
    expect(await percentShown('Win rate')).toBe(Math.round((100 * won!) / closed!));
    expect(await percentShown('No decision')).toBe(Math.round((100 * noDecision!) / closed!));
    expect(await percentShown('Lost to a competitor')).toBe(
        Math.round((100 * competitive!) / closed!)
    );
    // The sample's competitive losses name who won (Competitor Won on the closed deals).
    await figure('Lost to a competitor')
        .getByText(
            new RegExp(
                `^${competitive} of the ${closed} deals closed in the window went to a competitor: .*Helix Data \\(2\\)`
            )
        )
        .waitFor();
    // The stages say which open deals they count, apart from the open deals the other parts count.
    await panel(page, 'Pipeline Health')
        .getByText(/^\d+ of the \d+ open deals count toward their stage: those closing by/)
        .waitFor();
});

// After Home's rates (one org for the file): this loss to Helix Data would add a third to the two
// the rates test counts.
test('closing a deal that lists its competitors offers them, and saves the one picked as the app spells it', async () => {
    const listing = 'Meridian - Regulatory Reporting Suite';
    const incumbent = 'Helix Data';
    const { deal, page, score } = await openOpenDeal(listing);
    await page.setViewportSize({ width: 1280, height: 900 });

    await score.getByRole('button', { name: 'Close the deal' }).click();
    const form = score.getByRole('region', { name: 'Close the deal' });
    await form.getByRole('radio', { name: 'Lost', exact: true }).check({ force: true });
    await choose(form, 'Why was it lost?', 'Outsold');
    // The deal's two competitors, then a way out for one it does not list; no free text until then.
    await form.getByRole('combobox', { name: 'Which competitor won?', exact: true }).click();
    await form.getByRole('option', { name: 'Another competitor', exact: true }).waitFor();
    expect(await texts(form.getByRole('option'))).toEqual([
        incumbent,
        'Orbis Software',
        'Another competitor'
    ]);
    await form.getByRole('option', { name: incumbent, exact: true }).click();
    expect(await form.getByLabel('Name of the competitor who won').count()).toBe(0);
    await form.scrollIntoViewIfNeeded();
    await form.screenshot({ path: `${process.env.TMPDIR ?? '/tmp'}/close-listed-1280.png` });
    await form.getByRole('button', { name: 'Close as lost' }).click();

    await score
        .getByText(`This deal is closed (Closed Lost), lost to ${incumbent}: Outsold.`, {
            exact: false
        })
        .waitFor();
    const stored = await queryOne(
        session.org,
        `SELECT IsClosed, IsWon, Loss_Reason__c, Competitor_Won__c FROM Opportunity WHERE Id = '${deal.Id}'`
    );
    expect(stored).toMatchObject({
        IsClosed: true,
        IsWon: false,
        Loss_Reason__c: 'Outsold',
        Competitor_Won__c: incumbent
    });
});

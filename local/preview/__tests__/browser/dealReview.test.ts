/** @jest-environment node */
// A manager's deal review on the sample's own team: the sales director (Morgan Lee) opens the Deal
// Review Queue, finds his rep Avery Brooks' deal and why it is there, opens its review, sees the
// questions its gaps raise (each with its gap), answers one, agrees two actions and saves; the
// review and both actions are in the org, assigned to Avery, and the deal's page shows the review,
// its open actions and the overdue one from the earlier review as a risk; Avery's own list on Home
// shows them with the overdue one first, and Done there marks one done in the org.
import { query, queryOne } from './orgApi';
import { SCENARIO_TIMEOUT, usePreviewSession } from './previewSession';
import { saveScreenshot } from './screenshots';
import { eventually, fieldShows, panel, texts } from './ui';

jest.setTimeout(SCENARIO_TIMEOUT);

const session = usePreviewSession();

const DEAL = 'Kestrel - Aftermarket Field Service Mobile';

test('a manager reviews a deal from the queue and records two agreed actions', async () => {
    const page = await session.open(
        `/preview/as/sales-director?next=${encodeURIComponent('/lightning/n/Deal_Review_Queue')}`
    );
    const queue = panel(page, 'Deal Review Queue');
    const row = queue.locator('tr').filter({ hasText: DEAL });
    await row.waitFor();
    const reasons = await texts(row.locator('[data-cell="reasons"] li'));
    console.log(`${DEAL} is in the queue because: ${reasons.join(' | ')}`);
    expect(reasons).toEqual(
        expect.arrayContaining([
            'Agreed action overdue: Ask the buyer for a realistic close date.',
            'Close date Oct 30, 2026 has passed.'
        ])
    );
    await saveScreenshot(page, 'deal-review-queue');

    await row.getByRole('button', { name: `Review ${DEAL}` }).click();
    const review = queue.getByRole('region', { name: `Review: ${DEAL}` });
    await review.waitFor();
    const questions = review.locator('[data-list="questions"] > li');
    await questions.first().waitFor();
    const asked = await texts(questions.locator('[data-value="question"]'));
    const gaps = await texts(questions.locator('[data-value="gap"]'));
    console.log(`Questions: ${asked.join(' | ')}`);
    expect(asked[0]).toBe(
        'We agreed "Ask the buyer for a realistic close date" by Nov 13, 2026. What stood in the way, and is it still the right step?'
    );
    expect(gaps[0]).toBe('From: Agreed action overdue');
    expect(asked).toContain('What would make them choose to do nothing?');
    expect(gaps).toHaveLength(asked.length);

    // Saved straight away, a review with nothing in it is refused: it would count the deal as reviewed.
    await review.getByRole('button', { name: 'Save the review' }).click();
    await review
        .getByText('Nothing to save yet: answer a question, write a note or add an agreed action.')
        .waitFor();

    const answer = review.getByLabel(`Answer to: ${asked[0]}`);
    await answer.fill('The buyer is waiting for the budget freeze to lift; no date yet.');
    await review.getByLabel('Notes').fill('Coach the rep to ask for the decision meeting.');

    // Leaving a half-typed review asks first; staying keeps every word.
    await review.getByRole('button', { name: 'Back to the queue' }).click();
    const ask = page.getByText(`You have unsaved changes in Review: ${DEAL}. Discard them?`);
    await ask.waitFor();
    await page.getByRole('button', { name: 'Cancel', exact: true }).last().click();
    await ask.waitFor({ state: 'detached' });
    await fieldShows(answer, 'The buyer is waiting for the budget freeze to lift; no date yet.');

    const first = review.locator('fieldset', { hasText: 'Agreed action 1' });
    await first
        .getByRole('textbox', { name: 'Action', exact: true })
        .fill('Ask the CFO when the budget freeze lifts');
    await first.getByLabel('Due date').fill('Dec 14, 2026');
    await review.getByRole('button', { name: 'Add an agreed action' }).click();
    const second = review.locator('fieldset', { hasText: 'Agreed action 2' });
    await second
        .getByRole('textbox', { name: 'Action', exact: true })
        .fill('Send the revised rollout plan');
    await second.getByLabel('Due date').fill('Dec 18, 2026');
    await saveScreenshot(page, 'deal-review-form');
    await review.getByRole('button', { name: 'Save the review' }).click();
    await review.waitFor({ state: 'detached' });

    const deal = await queryOne(
        session.org,
        `SELECT Id, OwnerId FROM Opportunity WHERE Name = '${DEAL}'`
    );
    const reviews = await eventually(
        'the saved review',
        () =>
            query(
                session.org,
                `SELECT Id, Notes__c, Questions_And_Answers__c, Rep__c FROM Deal_Review__c WHERE Opportunity__c = '${deal.Id}'`
            ),
        (rows) =>
            rows.some((row) => row.Notes__c === 'Coach the rep to ask for the decision meeting.')
    );
    const saved = reviews.find(
        (row) => row.Notes__c === 'Coach the rep to ask for the decision meeting.'
    );
    expect(saved?.Questions_And_Answers__c).toBe(
        `${asked[0]}\nThe buyer is waiting for the budget freeze to lift; no date yet.`
    );
    expect(saved?.Rep__c).toBe(deal.OwnerId);
    const avery = await queryOne(
        session.org,
        "SELECT Id FROM User WHERE Username = 'account.manager@atlas.local'"
    );
    expect(deal.OwnerId).toBe(avery.Id);
    const actions = await query(
        session.org,
        `SELECT Name, Assigned_To__c, Due_Date__c, Status__c FROM Agreed_Action__c WHERE Deal_Review__c = '${String(saved?.Id)}' ORDER BY Due_Date__c`
    );
    expect(
        actions.map((action) => [
            action.Name,
            action.Due_Date__c,
            action.Status__c,
            action.Assigned_To__c
        ])
    ).toEqual([
        ['Ask the CFO when the budget freeze lifts', '2026-12-14', 'Open', deal.OwnerId],
        ['Send the revised rollout plan', '2026-12-18', 'Open', deal.OwnerId]
    ]);

    await page.getByRole('link', { name: `Open ${DEAL}` }).click();
    const dealScore = panel(page, 'Deal Score');
    const summary = dealScore.getByRole('region', { name: 'Deal review' });
    await summary.waitFor();
    await eventually(
        'the new review on the deal page',
        () => texts(summary.locator('[data-value="last-review"]')),
        (lines) => (lines[0] ?? '').startsWith('Last reviewed on ')
    );
    const open = await texts(summary.locator('[data-list="agreed-actions"] li'));
    console.log(`Open agreed actions on the deal page: ${open.join(' | ')}`);
    expect(open.some((line) => line.startsWith('Ask the CFO when the budget freeze lifts ('))).toBe(
        true
    );
    expect(open.some((line) => line.startsWith('Send the revised rollout plan ('))).toBe(true);
    expect(
        open.some((line) => /^Ask the buyer for a realistic close date .*Overdue$/.test(line))
    ).toBe(true);
    const risks = await texts(dealScore.getByText(/^Agreed action overdue since /));
    expect(risks).toEqual([
        'Agreed action overdue since Nov 13, 2026: Ask the buyer for a realistic close date. Ask what stood in the way.'
    ]);
    await saveScreenshot(page, 'deal-review-on-deal-page');

    // The deal's owner is the rep, Avery Brooks: her Home lists what was agreed, the overdue first.
    const home = await session.open(`/preview/as/account-manager?next=${encodeURIComponent('/')}`);
    const mine = panel(home, 'My agreed actions');
    const names = await eventually(
        'the new agreed actions on Home',
        () => texts(mine.locator('[data-value="name"]')),
        (listed) => listed.includes('Send the revised rollout plan')
    );
    console.log(`Avery's agreed actions on Home: ${names.join(' | ')}`);
    expect(names[0]).toBe('Ask the buyer for a realistic close date');
    expect([...names].sort()).toEqual([
        'Ask the CFO when the budget freeze lifts',
        'Ask the buyer for a realistic close date',
        'Send the revised rollout plan'
    ]);
    await saveScreenshot(home, 'home-my-agreed-actions');
    await mine.getByRole('button', { name: 'Mark "Send the revised rollout plan" done' }).click();
    await eventually(
        'the action gone from the list',
        () => texts(mine.locator('[data-value="name"]')),
        (listed) => !listed.includes('Send the revised rollout plan')
    );
    const done = await queryOne(
        session.org,
        `SELECT Status__c FROM Agreed_Action__c WHERE Name = 'Send the revised rollout plan'`
    );
    expect(done.Status__c).toBe('Done');
});

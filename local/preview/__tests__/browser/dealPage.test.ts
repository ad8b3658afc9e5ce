/** @jest-environment node */
// A deal as its rep works it: record the customer's evidence for the one required criterion that
// holds "Meridian - Digital Channels CDP" in Value Proposition, watch the score rise and the stage
// gate open, advance the deal to the next stage, reload, and find everything saved, on the page
// and in the org (through its REST API).
import { queryOne } from './orgApi';
import { SCENARIO_TIMEOUT, usePreviewSession } from './previewSession';
import { choose, eventually, panel, pickRecord } from './ui';

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
        `SELECT Id, StageName FROM Opportunity WHERE Name = '${DEAL}'`
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
        .getByText(
            /^1 required criteria of Value Proposition are not met yet, so the deal cannot move to /
        )
        .waitFor();
    await gate.getByText(`${CRITERION} (In Progress)`).waitFor();
    // The next stage is the org's: the one after Value Proposition in its Opportunity stage list.
    const advance = gate.getByRole('button', { name: /^Advance to / });
    const nextStage = ((await advance.textContent()) ?? '').trim().replace(/^Advance to /, '');
    expect(nextStage).not.toBe('');
    expect(await advance.isDisabled()).toBe(true);

    const item = score.getByRole('article', { name: CRITERION });
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

    // The page keeps the stored score in step with the one it shows (written in the background).
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

/** @jest-environment node */
// Sales ops on the Stage Criteria Setup page: lower the importance of an essential criterion,
// preview which open deals would change score and band before saving, then save it; add a required
// criterion and find on the deals themselves the stage gates its preview said it would close.
import { queryOne } from './orgApi';
import { SCENARIO_TIMEOUT, usePreviewSession } from './previewSession';
import { choose, eventually, fieldShows, panel, texts } from './ui';

jest.setTimeout(SCENARIO_TIMEOUT);

const session = usePreviewSession();

const CRITERION = 'Customer validated our value estimate with their own numbers.';

test('changing a criterion previews the affected open deals, and saving stores the change', async () => {
    const page = await session.open('/lightning/n/Stage_Criteria_Setup');
    const setup = panel(page, 'Stage Criteria Setup');
    const row = setup.getByRole('listitem').filter({ hasText: CRITERION });
    await row.waitFor();
    await row.getByRole('button', { name: `Edit: ${CRITERION}`, exact: true }).click();

    const form = setup.getByRole('region', { name: 'Edit stage criterion' });
    await form.waitFor();
    await fieldShows(form.getByLabel('Question or customer-verifiable outcome'), CRITERION);
    await choose(form, 'Importance', 'Nice to Have');

    const preview = setup.getByRole('region', { name: 'Preview the change' });
    await preview.getByRole('button', { name: 'Preview on open deals' }).click();
    const summary = preview.getByText(/open deals would change band; \d+ would change score\./);
    await summary.waitFor();
    const [summaryText = ''] = await texts(summary);
    const match = /(\d+) of (\d+) open deals would change band; (\d+) would change score\./.exec(
        summaryText
    );
    expect(match).not.toBeNull();
    const [, bandChanges, sample, scoreChanges] = match!.map(Number);
    console.log(`Stage criteria preview: ${summaryText}`);
    // Fifteen open deals in the sample; deals with evidence on this criterion are scored anew.
    expect(sample).toBe(15);
    expect(scoreChanges).toBeGreaterThan(0);
    expect(bandChanges).toBeLessThanOrEqual(scoreChanges!);
    const changes = await texts(preview.getByRole('listitem'));
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes) {
        expect(change).toMatch(/^.+: .+ → .+ \(score \d+ → \d+\)$/);
    }

    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    const stored = await queryOne(
        session.org,
        `SELECT Importance__c FROM Stage_Criterion__c WHERE Question__c = '${CRITERION}'`
    );
    expect(stored.Importance__c).toBe('Nice to Have');
});

/** "Meridian - X: Healthy → Watch (score 72 → 72)" → its parts. */
function bandChange(text: string): { name: string; before: string; after: string; score: string } {
    const match = /^(.+): (.+) → (.+) \(score (\d+) → \d+\)$/.exec(text);
    if (match === null) {
        throw new Error(`Not a band change: "${text}"`);
    }
    return { name: match[1]!, before: match[2]!, after: match[3]!, score: match[4]! };
}

test('raising the Watch threshold previews the deals that would drop to Watch, and once saved a deal page shows its new band', async () => {
    const page = await session.open('/lightning/n/Stage_Criteria_Setup');
    const setup = panel(page, 'Stage Criteria Setup');
    const settings = setup.getByRole('region', { name: 'Scoring settings' });
    await settings.waitFor();
    await settings
        .getByText('No settings are saved yet: the built-in defaults shown here are in use.')
        .waitFor();
    const watch = settings.getByLabel('Watch below (Healthy from)');
    await fieldShows(watch, '70');
    expect(await settings.getByText(/^Total: \d+ of 100$/).textContent()).toContain(
        'Total: 100 of 100'
    );

    // A refused value first: the message says what to do, and the typed value stays.
    const atRisk = settings.getByLabel('At Risk below');
    await atRisk.fill('90');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings.getByText('At Risk below (90) must be lower than Watch below (70).').waitFor();
    expect(await atRisk.inputValue()).toBe('90');
    await atRisk.fill('40');

    await watch.fill('85');
    const preview = settings.getByRole('region', { name: 'Preview the settings' });
    await preview.getByRole('button', { name: 'Preview on open deals' }).click();
    const summary = preview.getByText(/open deals would change band; \d+ would change score\./);
    await summary.waitFor();
    const [summaryText = ''] = await texts(summary);
    console.log(`Scoring settings preview: ${summaryText}`);
    // Thresholds move bands, never scores.
    expect(summaryText).toMatch(
        /^[1-9]\d* of 15 open deals would change band; 0 would change score\.$/
    );
    const changes = (await texts(preview.getByRole('listitem'))).map(bandChange);
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes) {
        expect([
            change.before,
            change.after,
            Number(change.score) >= 70,
            Number(change.score) < 85
        ]).toEqual(['Healthy', 'Watch', true, true]);
    }

    await settings.getByRole('button', { name: 'Save settings' }).click();
    await settings
        .getByText('No settings are saved yet', { exact: false })
        .waitFor({ state: 'detached' });
    const stored = await queryOne(
        session.org,
        `SELECT Watch_Below__c, At_Risk_Below__c, Evidence_Weight__c FROM Scoring_Settings__c WHERE Settings_Key__c = 'Active'`
    );
    expect(stored).toMatchObject({
        Watch_Below__c: 85,
        At_Risk_Below__c: 40,
        Evidence_Weight__c: 40
    });

    // The first deal the preview named now shows Watch on its own page, with the same score.
    const [moved] = changes;
    const deal = await queryOne(
        session.org,
        `SELECT Id FROM Opportunity WHERE Name = '${moved!.name.replace(/'/g, "\\'")}'`
    );
    const dealPage = await session.open(`/lightning/r/Opportunity/${deal.Id}/view`);
    const score = panel(dealPage, 'Deal Score');
    await score
        .getByText(`Deal score ${moved!.score} out of 100: Watch.`)
        .waitFor({ state: 'attached' });
});

test('adding a required criterion previews the stage gates it closes, and those deals show it after saving', async () => {
    const question = 'Customer named the executive sponsor in writing.';
    const page = await session.open('/lightning/n/Stage_Criteria_Setup');
    const setup = panel(page, 'Stage Criteria Setup');
    await setup.getByRole('button', { name: 'New criterion' }).click();
    const form = setup.getByRole('region', { name: 'New stage criterion' });
    await form.waitFor();
    // The seeded open deals met the first stage's required criterion; later stages' deals are
    // already blocked, so the first stage is where a new required criterion closes gates.
    await choose(form, 'Stage', 'Prospecting');
    await form.getByLabel('Question or customer-verifiable outcome').fill(question);
    await choose(form, 'Importance', 'Essential');
    // The base checkbox's input is drawn by its label: a person clicks the words.
    const required = form.getByRole('checkbox', { name: /^Required to leave the stage/ });
    await form.getByText('Required to leave the stage', { exact: true }).click();
    expect(await required.isChecked()).toBe(true);

    const preview = setup.getByRole('region', { name: 'Preview the change' });
    await preview.getByRole('button', { name: 'Preview on open deals' }).click();
    const gateSummary = preview.getByText(/would become blocked at (their|its) stage gate\.$/);
    await gateSummary.waitFor();
    const [summaryText = ''] = await texts(gateSummary);
    console.log(`Stage criteria preview: ${summaryText}`);
    const count = Number(/^(\d+) open deals? would/.exec(summaryText)?.[1]);
    const gateRows = await texts(
        preview
            .getByRole('list', { name: 'Stage gate changes, by stage and owner' })
            .getByRole('listitem')
    );
    expect(gateRows).toHaveLength(count);
    expect(count).toBeGreaterThan(0);
    const blockedDeals = gateRows.map((row) => {
        const match = /^(.+) \((.+), (.+)\): would become blocked$/.exec(row);
        expect(match).not.toBeNull();
        return match![1]!;
    });

    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.waitFor({ state: 'detached' });

    // Each deal the preview named now shows the new criterion among its gate's blockers.
    for (const name of blockedDeals) {
        const deal = await queryOne(
            session.org,
            `SELECT Id FROM Opportunity WHERE Name = '${name}'`
        );
        const dealPage = await session.open(`/lightning/r/Opportunity/${deal.Id}/view`);
        const gate = panel(dealPage, 'Deal Score').getByRole('region', { name: 'Stage gate' });
        await eventually(
            `${name}'s gate to name the new criterion`,
            () => texts(gate.getByRole('list').getByRole('button')),
            (blockers) => blockers.includes(`Prospecting: ${question} (Not yet assessed)`)
        );
        expect(await gate.getByRole('button', { name: /^Advance to / }).isDisabled()).toBe(true);
    }
});

test('deactivating a criterion asks first, with the preview, and names the criterion on its button', async () => {
    const page = await session.open('/lightning/n/Stage_Criteria_Setup');
    const setup = panel(page, 'Stage Criteria Setup');
    const deactivate = setup.getByRole('button', { name: `Deactivate: ${CRITERION}`, exact: true });
    await deactivate.click();
    const confirm = setup.getByRole('region', { name: 'Deactivate this criterion?' });
    await confirm.getByText(CRITERION).waitFor();
    await confirm.getByText(/open deals would change band; \d+ would change score\./).waitFor();
    await confirm.getByRole('button', { name: 'Keep it active' }).click();
    await confirm.waitFor({ state: 'detached' });
    let stored = await queryOne(
        session.org,
        `SELECT Active__c FROM Stage_Criterion__c WHERE Question__c = '${CRITERION}'`
    );
    expect(stored.Active__c).toBe(true);

    await deactivate.click();
    await confirm.getByRole('button', { name: 'Deactivate', exact: true }).click();
    await confirm.waitFor({ state: 'detached' });
    stored = await eventually(
        'the criterion to be stored inactive',
        () =>
            queryOne(
                session.org,
                `SELECT Active__c FROM Stage_Criterion__c WHERE Question__c = '${CRITERION}'`
            ),
        (record) => record.Active__c === false
    );
    expect(stored.Active__c).toBe(false);
});

/** @jest-environment node */
// Sales ops on the Stage Criteria Setup page: lower the importance of an essential criterion,
// preview which open deals would change score and band before saving, then save it.
import { queryOne } from './orgApi';
import { SCENARIO_TIMEOUT, usePreviewSession } from './previewSession';
import { choose, panel, texts } from './ui';

jest.setTimeout(SCENARIO_TIMEOUT);

const session = usePreviewSession();

const CRITERION = 'Customer validated our value estimate with their own numbers.';

test('changing a criterion previews the affected open deals, and saving stores the change', async () => {
    const page = await session.open('/lightning/n/Stage_Criteria_Setup');
    const setup = panel(page, 'Stage Criteria Setup');
    const row = setup.getByRole('listitem').filter({ hasText: CRITERION });
    await row.waitFor();
    await row.getByRole('button', { name: 'Edit', exact: true }).click();

    const form = setup.getByRole('region', { name: 'Edit stage criterion' });
    await form.waitFor();
    expect(await form.getByLabel('Question or customer-verifiable outcome').inputValue()).toBe(
        CRITERION
    );
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

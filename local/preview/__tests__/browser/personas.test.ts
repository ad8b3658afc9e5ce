/** @jest-environment node */
// The panels as the local org's people see them, each through their own token: the header's
// "View as" picker switches to the account manager, who may read the stage criteria but not change
// them; sales ops may change them, and the org records the change as theirs; a user without the
// Atlas permission sets opens a deal and the panel says it could not load it, without a crash.
import { queryOne } from './orgApi';
import { SAMPLE_DEAL, idOf } from './pages';
import { SCENARIO_TIMEOUT, usePreviewSession } from './previewSession';
import { choose, panel } from './ui';

jest.setTimeout(SCENARIO_TIMEOUT);

const session = usePreviewSession();

const CRITERION = 'Customer validated our value estimate with their own numbers.';
const SETUP = '/lightning/n/Stage_Criteria_Setup';

test('the account manager, picked in the header, reads the stage criteria but cannot change them', async () => {
    const page = await session.open(SETUP);
    await panel(page, 'Stage Criteria Setup')
        .getByRole('listitem')
        .filter({ hasText: CRITERION })
        .waitFor();

    await page
        .getByRole('combobox', { name: 'View as' })
        .selectOption({ label: 'Avery Brooks (Account Manager)' });
    await page.waitForURL(`**${SETUP}`);
    const setup = panel(page, 'Stage Criteria Setup');
    await setup.getByRole('listitem').filter({ hasText: CRITERION }).waitFor();
    await setup
        .getByText(
            'Only sales ops (the Account Atlas Sales Ops permission set) can change the stage criteria. You can read them here.'
        )
        .waitFor();
    expect(
        await setup.getByRole('button', { name: `Edit: ${CRITERION}`, exact: true }).count()
    ).toBe(0);
    expect(await page.getByRole('combobox', { name: 'View as' }).inputValue()).toBe(
        'account-manager'
    );
});

test('sales ops changes a criterion, and the org records the change as theirs', async () => {
    const page = await session.open(`/preview/as/sales-ops?next=${encodeURIComponent(SETUP)}`);
    await page.waitForURL(`**${SETUP}`);
    const setup = panel(page, 'Stage Criteria Setup');
    const row = setup.getByRole('listitem').filter({ hasText: CRITERION });
    await row.waitFor();
    await row.getByRole('button', { name: `Edit: ${CRITERION}`, exact: true }).click();
    const form = setup.getByRole('region', { name: 'Edit stage criterion' });
    await form.waitFor();
    await choose(form, 'Importance', 'Nice to Have');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.waitFor({ state: 'detached' });

    const stored = await queryOne(
        session.org,
        `SELECT Importance__c, LastModifiedBy.Username FROM Stage_Criterion__c WHERE Question__c = '${CRITERION}'`
    );
    expect(stored.Importance__c).toBe('Nice to Have');
    expect((stored.LastModifiedBy as { Username: string }).Username).toBe('sales.ops@atlas.local');
});

test('a user without the Atlas permission sets opens a deal and the panel says it could not load it', async () => {
    const dealId = await idOf(session.org, 'Opportunity', SAMPLE_DEAL);
    const path = `/lightning/r/Opportunity/${dealId}/view`;
    const page = await session.open(`/preview/as/no-atlas?next=${encodeURIComponent(path)}`);
    await page.waitForURL(`**${path}`);
    const dealScore = panel(page, 'Deal Score');
    // As in a real org, the panel's query names objects this user's schema lacks, so it fails
    // whole: the panel says so in its error state, says what to do, and the rest of the page works.
    await dealScore.getByRole('heading', { name: 'The deal could not be loaded.' }).waitFor();
    await dealScore
        .getByText(/ask your Salesforce admin to assign you the Atlas_User permission set/)
        .waitFor();
    await dealScore
        .getByText('Cannot query field "Deal_Evidence__r" on type "Opportunity".')
        .waitFor();
    expect(await page.getByRole('combobox', { name: 'View as' }).inputValue()).toBe('no-atlas');
});

/** @jest-environment node */
// The account page as an account team uses it, on the sample data (data/README.md tells the
// story): the buying centers and the relationship map status of Meridian Global Bank, a new
// member drawn on the map, a white-space cell turned into an opportunity, and a save the org's
// validation rule rejects.
import { query, queryOne } from './orgApi';
import { SCENARIO_TIMEOUT, usePreviewSession } from './previewSession';
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

jest.setTimeout(SCENARIO_TIMEOUT);

const session = usePreviewSession();

const MERIDIAN = 'Meridian Global Bank';
const MERIDIAN_CENTERS = [
    'Retail Banking',
    'Retail Banking - Digital Channels',
    'Retail Banking - Card Services',
    'Commercial Banking',
    'Wealth Management',
    'Group Risk & Compliance',
    'Group Technology'
];
const NO_DECISION_MAKER =
    'No decision maker or approver identified: find out who signs off and who holds the budget.';
const NO_COACH = 'No coach: find someone inside who wants us to win and will guide us.';

async function openAccount(name: string) {
    const account = await queryOne(
        session.org,
        `SELECT Id FROM Account WHERE Name = '${name.replace(/'/g, "\\'")}'`
    );
    return session.open(`/lightning/r/Account/${account.Id}/view`);
}

test('opening an account shows its buying centers and the relationship map status of each', async () => {
    const page = await session.open('/');
    await pickRecord(page, MERIDIAN);
    await page.getByRole('heading', { level: 1, name: MERIDIAN }).waitFor();

    const centers = panel(page, 'Buying Centers');
    const tree = centers.getByRole('list', { name: 'Buying centers of this account' });
    await tree.waitFor();
    for (const name of MERIDIAN_CENTERS) {
        await tree.getByRole('button', { name, exact: true }).waitFor();
    }
    // Group Technology has four people in it (data/Buying_Center_Member__c.json).
    const technology = tree.getByRole('listitem').filter({
        has: page.getByRole('button', { name: 'Group Technology', exact: true })
    });
    expect(await texts(technology)).toEqual([expect.stringContaining('4 members')]);

    const status = (await openTab(page, 'Relationship Map')).getByRole('region', {
        name: 'Relationship map status by buying center'
    });
    await status.waitFor();
    const entry = (center: string) =>
        status.getByRole('listitem').filter({ hasText: center }).first();
    for (const name of MERIDIAN_CENTERS) {
        const [line] = await texts(entry(name));
        expect(line).toMatch(/\b(Red|Amber|Green)\b/);
    }
    // The story's gaps: Commercial Banking has no decision maker, Group Risk & Compliance no coach;
    // Digital Channels, where the CDP deal moves well, is the one well-covered center.
    const [commercial = ''] = await texts(entry('Commercial Banking'));
    expect(commercial).toMatch(/^Commercial Banking Red\b/);
    expect(commercial).toContain(NO_DECISION_MAKER);
    expect((await texts(entry('Group Risk & Compliance')))[0]).toContain(NO_COACH);
    expect((await texts(entry('Retail Banking - Digital Channels')))[0]).toMatch(
        /^Retail Banking - Digital Channels Green\b/
    );

    // The other two panels of the page are in their tabs.
    await (
        await openTab(page, 'Opportunity Map')
    )
        .getByRole('grid', { name: 'White space: buying centers by solutions' })
        .waitFor();
    await openTab(page, 'Account Plan');
});

test('adding a member to a buying center redraws the relationship map with that person', async () => {
    const page = await openAccount(MERIDIAN);
    const map = await openTab(page, 'Relationship Map');
    const people = map.getByRole('list', { name: 'People on the relationship map' });
    await people.waitFor({ state: 'attached' });
    await choose(map, 'Show buying center', 'Commercial Banking');
    const thomas = people.getByRole('listitem').filter({ hasText: 'Thomas Becker' });
    const before = await texts(thomas);
    // Thomas Becker heads Commercial Banking but is in no buying center yet: either not drawn for
    // it, or drawn without a role.
    expect(before.join(' ')).not.toContain('Decision Maker');

    const centers = await openTab(page, 'Buying Centers');
    await centers.getByRole('button', { name: 'Commercial Banking', exact: true }).click();
    const members = centers.getByRole('region', { name: 'Commercial Banking: members' });
    await members.getByRole('button', { name: 'Add Member' }).click();
    // The form is read from the page: a role query scoped to the panel's card does not always
    // reach into the nested components once the members view re-renders.
    const form = page.getByRole('region', { name: 'Add a member to Commercial Banking' });
    await searchAndPick(page, form, 'Contact', 'Thomas Becker');
    await choose(form, 'Buying role', 'Decision Maker');
    await choose(form, 'Influence', 'High');
    await choose(form, 'Support', 'Supporter');
    await choose(form, 'Coverage', 'Multiple');
    await form.getByRole('button', { name: 'Save', exact: true }).click();

    await members
        .getByRole('list', { name: 'Members' })
        .getByText('Thomas Becker', { exact: true })
        .waitFor();
    await openTab(page, 'Relationship Map');
    // The map redraws from the same data: Thomas is on it as the decision maker, and Commercial
    // Banking's flag about the missing decision maker is gone.
    const after = await eventually(
        'Thomas Becker drawn as Decision Maker on the relationship map',
        () => texts(thomas),
        (seen) => seen.some((text) => text.includes('Decision Maker'))
    );
    expect(after.join(' ')).toContain('High');
    await map.locator('svg').getByText('Thomas Becker', { exact: true }).waitFor();
    const status = map.getByRole('region', { name: 'Relationship map status by buying center' });
    await eventually(
        'the no-decision-maker flag of Commercial Banking to go',
        () => texts(status.getByRole('listitem').filter({ hasText: 'Commercial Banking' }).first()),
        ([line]) => line !== undefined && !line.includes(NO_DECISION_MAKER)
    );

    const saved = await queryOne(
        session.org,
        "SELECT Buying_Role__c, Influence__c, Support__c FROM Buying_Center_Member__c WHERE Contact__r.Name = 'Thomas Becker' AND Buying_Center__r.Name = 'Commercial Banking'"
    );
    expect(saved).toMatchObject({
        Buying_Role__c: 'Decision Maker',
        Influence__c: 'High',
        Support__c: 'Supporter'
    });
});

test('a white-space cell becomes an opportunity that opens on its own page', async () => {
    const page = await openAccount(MERIDIAN);
    const mapPanel = await openTab(page, 'Opportunity Map');
    const grid = mapPanel.getByRole('grid', { name: 'White space: buying centers by solutions' });
    await grid.waitFor();
    const row = grid.getByRole('row').filter({
        has: page.getByRole('rowheader', { name: 'Commercial Banking', exact: true })
    });
    // Commercial Banking × Customer Data Platform is white space worth $900,000 in the sample.
    await row.getByRole('gridcell').filter({ hasText: 'Potential' }).first().click();
    const editor = mapPanel.getByRole('region', {
        name: 'Commercial Banking × Customer Data Platform'
    });
    await editor.getByRole('button', { name: 'Create Opportunity' }).click();
    const form = editor.getByRole('region', { name: 'New opportunity from this cell' });
    const name = 'Meridian Global Bank - Commercial Banking - Customer Data Platform';
    await fieldShows(form.getByLabel('Opportunity name'), name);
    await choose(form, 'Stage', 'Qualification');
    await form.getByRole('button', { name: 'Save', exact: true }).click();

    // The cell now pursues the new deal; opened again, it links to the deal's page.
    const pursuing = row
        .getByRole('gridcell')
        .filter({ hasText: 'Pursuing' })
        .filter({ hasText: name });
    await pursuing.waitFor();
    await pursuing.click();
    await mapPanel.getByRole('button', { name: `Open ${name}` }).click();

    const created = await queryOne(
        session.org,
        `SELECT Id, StageName, Amount, Account.Name FROM Opportunity WHERE Name = '${name}'`
    );
    expect(created).toMatchObject({ StageName: 'Qualification', Amount: 900000 });
    await page.waitForURL(`**/lightning/r/Opportunity/${created.Id}/view`);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const deal = panel(page, 'Deal Score');
    await deal.getByText('Current stage: Qualification').waitFor();

    const cell = await queryOne(
        session.org,
        "SELECT Status__c, Opportunity__c FROM Opportunity_Map_Cell__c WHERE Buying_Center__r.Name = 'Commercial Banking' AND Solution__r.Name = 'Customer Data Platform'"
    );
    expect(cell).toMatchObject({ Status__c: 'Pursuing', Opportunity__c: created.Id });
});

test('a map whose period ends before it starts is refused with the rule message, and the typed values stay', async () => {
    const page = await openAccount(MERIDIAN);
    const mapPanel = await openTab(page, 'Opportunity Map');
    await mapPanel.getByRole('grid').waitFor();
    await mapPanel.getByRole('button', { name: 'New Map' }).click();
    const form = mapPanel.getByRole('region', { name: 'New opportunity map' });
    await form.getByLabel('Map name').fill('Meridian FY2028 draft');
    // Typed as a person types dates in the en-US locale (the field's format hint).
    await form.getByLabel('Period start').fill('Dec 31, 2028');
    await form.getByLabel('Period end').fill('Jan 1, 2028');
    // The org answers 400 with the validation rule's message; the browser logs that response.
    session.problems.expect(/status of 400/);
    await form.getByRole('button', { name: 'Save', exact: true }).click();

    await form
        .getByText('The period must end on or after its start: check both dates.')
        .first()
        .waitFor();
    expect(await form.getByLabel('Map name').inputValue()).toBe('Meridian FY2028 draft');
    expect(await form.getByLabel('Period start').inputValue()).toBe('Dec 31, 2028');
    expect(await form.getByLabel('Period end').inputValue()).toBe('Jan 1, 2028');
    expect(
        await query(
            session.org,
            "SELECT Id FROM Opportunity_Map__c WHERE Name = 'Meridian FY2028 draft'"
        )
    ).toEqual([]);
});

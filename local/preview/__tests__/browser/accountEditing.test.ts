/** @jest-environment node */
// Editing the account as an account manager does it (issue #21, items 4, 6 and 7), on the sample
// data: leaving a half-filled form asks first and staying keeps what was typed; the opportunity map
// by keyboard and on a 390 px phone; adding a person by searching the account's contacts, and one
// who is not in the CRM yet by creating the contact beside the search.
import type { Page } from 'playwright-core';
import { query, queryOne } from './orgApi';
import { SCENARIO_TIMEOUT, usePreviewSession } from './previewSession';
import { eventually, fieldShows, openTab } from './ui';

jest.setTimeout(SCENARIO_TIMEOUT);

const session = usePreviewSession();
const MERIDIAN = 'Meridian Global Bank';

async function openMeridian() {
    const account = await queryOne(
        session.org,
        `SELECT Id FROM Account WHERE Name = '${MERIDIAN}'`
    );
    return session.open(`/lightning/r/Account/${account.Id}/view`);
}

/** What has the keyboard, through the components' shadow roots: its tag and text. */
function focused(page: Page): Promise<string> {
    return page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) {
            active = active.shadowRoot.activeElement;
        }
        return `${active?.tagName.toLowerCase() ?? ''} ${active?.textContent?.trim() ?? ''}`;
    });
}

test('leaving a half-filled form asks first, staying keeps what was typed, leaving asks once', async () => {
    const page = await openMeridian();
    const accountUrl = page.url();
    const centers = await openTab(page, 'Buying Centers');
    await centers.getByRole('button', { name: 'New Buying Center' }).first().click();
    const name = centers.getByLabel('Buying center name');
    await name.fill('Treasury Operations');
    const nativePrompts: string[] = [];
    page.on('dialog', (dialog) => {
        nativePrompts.push(dialog.type());
        void dialog.dismiss();
    });

    // A header link: the page asks, naming the form; staying keeps the text and the keyboard on it.
    await page.getByRole('link', { name: 'Home' }).click();
    const ask = page.getByText('You have unsaved changes in New buying center. Discard them?');
    await ask.waitFor();
    await page.getByRole('button', { name: 'Cancel', exact: true }).last().click();
    await ask.waitFor({ state: 'detached' });
    expect(page.url()).toBe(accountUrl);
    expect(await name.inputValue()).toBe('Treasury Operations');
    await eventually(
        'the keyboard back on the form',
        () => focused(page),
        (f) => f.startsWith('input')
    );

    // The header's record picker asks too; leaving goes, and the browser does not ask again.
    await page
        .getByRole('combobox', { name: 'Open a record' })
        .selectOption({ label: 'Kestrel Precision Manufacturing' });
    await ask.waitFor();
    await page.getByRole('button', { name: 'OK', exact: true }).click();
    await page.waitForURL((url) => url.toString() !== accountUrl);
    expect(nativePrompts).toEqual([]);
    // Leaving dropped the draft: nothing was saved behind the user's back.
    expect(
        await query(
            session.org,
            `SELECT Id FROM Buying_Center__c WHERE Name = 'Treasury Operations'`
        )
    ).toEqual([]);
});

test('the map by keyboard: Enter on a cell puts the keyboard in its editor, and any cell starts an opportunity', async () => {
    const page = await openMeridian();
    const mapPanel = await openTab(page, 'Opportunity Map');
    const grid = mapPanel.getByRole('grid', { name: 'White space: buying centers by solutions' });
    const row = grid.getByRole('row').filter({
        has: page.getByRole('rowheader', { name: 'Group Technology', exact: true })
    });
    // An empty spot: Group Technology has no cell for Customer Data Platform.
    const empty = row.getByRole('gridcell').filter({ hasText: 'Not mapped' }).first();
    await empty.focus();
    await page.keyboard.press('Enter');
    const editor = mapPanel.getByRole('region', {
        name: 'Group Technology × Customer Data Platform'
    });
    await editor.waitFor();
    await eventually(
        'the keyboard on the editor',
        () => focused(page),
        (f) => f.startsWith('h3 Group Technology × Customer Data Platform')
    );
    expect(await editor.isVisible()).toBe(true);

    await editor.getByRole('button', { name: 'Create Opportunity' }).click();
    const form = editor.getByRole('region', { name: 'New opportunity from this cell' });
    await form.getByLabel('Amount').fill('310000');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    const name = 'Meridian Global Bank - Group Technology - Customer Data Platform';
    const [created] = await eventually(
        'the opportunity and its cell',
        () =>
            query(
                session.org,
                `SELECT Id, Status__c, Opportunity__r.Name, Opportunity__r.Amount FROM Opportunity_Map_Cell__c WHERE Buying_Center__r.Name = 'Group Technology' AND Solution__r.Name = 'Customer Data Platform'`
            ),
        (rows) => rows.length === 1
    );
    expect(created).toMatchObject({
        Status__c: 'Pursuing',
        Opportunity__r: { Name: name, Amount: 310000 }
    });
});

test('at 390 px the map is a list per buying center, with statuses and amounts in full', async () => {
    await session.page.setViewportSize({ width: 390, height: 844 });
    const page = await openMeridian();
    const mapPanel = await openTab(page, 'Opportunity Map');
    // (Read from the page: the list sits in the card's shadow tree, which scoped role queries miss.)
    const commercial = page.getByRole('list', { name: 'Commercial Banking', exact: true });
    await commercial.waitFor();
    expect(await mapPanel.getByRole('grid').isVisible()).toBe(false);
    const cells = await commercial.locator('button').allInnerTexts();
    expect(cells.map((cell) => cell.split('\n').slice(0, 3))).toEqual(
        expect.arrayContaining([
            ['Customer Data Platform', 'Potential', '$900,000'],
            ['Analytics Cloud', 'Pursuing', '$420,000']
        ])
    );
    // Nothing is cut: every status and amount fits in its box, and the page is no wider than the phone.
    const cut = await commercial
        .locator('button *')
        .evaluateAll((elements) =>
            elements
                .filter((element) => element.scrollWidth > element.clientWidth + 1)
                .map((element) => element.textContent)
        );
    expect(cut).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390
    );

    // A cell opens its editor, in view, with the keyboard on it.
    await commercial.getByRole('button', { name: /^Customer Data Platform/ }).click();
    const editor = mapPanel.getByRole('region', {
        name: 'Commercial Banking × Customer Data Platform'
    });
    await editor.waitFor();
    await eventually(
        'the keyboard on the editor',
        () => focused(page),
        (f) => f.startsWith('h3 Commercial Banking × Customer Data Platform')
    );
    expect(await editor.getByRole('heading').first().isVisible()).toBe(true);
    await page.screenshot({ path: `${process.env.TMPDIR ?? '/tmp'}/map-390.png` });
});

test('adding a person: search the account by name or title, or create the contact beside the search', async () => {
    const page = await openMeridian();
    const centers = await openTab(page, 'Buying Centers');
    await centers.getByRole('button', { name: 'Group Technology', exact: true }).click();
    await centers.getByRole('button', { name: 'Add Member' }).click();
    const form = page.getByRole('region', { name: 'Add a member to Group Technology' });
    const search = form.getByRole('combobox', { name: 'Contact' });

    // Typing part of a title finds the person; members of Group Technology are not offered.
    await search.fill('regulatory');
    const results = page.getByRole('listbox', { name: 'Contact' }).getByRole('option');
    await eventually(
        'the search to answer',
        () => results.allInnerTexts(),
        (found) => found.length === 1
    ).catch(async (error: unknown) => {
        await page.screenshot({ path: `${process.env.TMPDIR ?? '/tmp'}/people-search.png` });
        throw error;
    });
    expect(await results.allInnerTexts()).toEqual(['Olivia Grant\nHead of Regulatory Reporting']);
    await search.fill('Okafor');
    await page.getByText('No results for “Okafor”').waitFor();
    await search.fill('Grant');
    await results.first().waitFor();
    await search.press('Enter');
    expect(await search.inputValue()).toBe('Olivia Grant');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await centers.getByText('Olivia Grant', { exact: true }).waitFor();

    // Someone not in the CRM yet: a new contact beside the search, picked for the membership.
    await centers.getByRole('button', { name: 'Add Member' }).click();
    await page.getByRole('button', { name: 'New contact' }).click();
    const contact = page.getByRole('region', { name: 'New contact on this account' });
    await contact.getByLabel('First name').fill('Ines');
    await contact.getByLabel('Last name').fill('Duarte');
    await contact.getByLabel('Title').fill('Head of Payments Architecture');
    await contact.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Ines Duarte is now a contact of the account').waitFor();
    // The picker reads the new contact's name from the org after the form sets its Id.
    await fieldShows(search, 'Ines Duarte');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await centers.getByText('Ines Duarte', { exact: true }).waitFor();
    const [saved] = await query(
        session.org,
        `SELECT Contact__r.Title, Contact__r.Account.Name FROM Buying_Center_Member__c WHERE Contact__r.Name = 'Ines Duarte'`
    );
    expect(saved).toMatchObject({
        Contact__r: { Title: 'Head of Payments Architecture', Account: { Name: MERIDIAN } }
    });
});

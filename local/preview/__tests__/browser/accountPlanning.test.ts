/** @jest-environment node */
// The account page as an account team lives in it (issue #21), on the sample data: the map's
// totals add up what it shows, a plan with an unowned overdue action scores below 100% and its
// findings open the form that fixes them, an amount corrected after the field refused it saves on
// the first click, and a negative objective target is refused where it is typed, keeping what was
// typed. (Leaving a half-filled form: accountEditing.test.ts.)
import { query, queryOne } from './orgApi';
import { SCENARIO_TIMEOUT, usePreviewSession } from './previewSession';
import { choose, eventually, fieldShows, openTab, searchAndPick, texts } from './ui';

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

test("the map's totals are what its grid shows, and what it leaves out is said under it", async () => {
    const page = await openMeridian();
    const mapPanel = await openTab(page, 'Opportunity Map');
    const grid = mapPanel.getByRole('grid', { name: 'White space: buying centers by solutions' });
    await grid.waitFor();
    const row = grid.getByRole('row').filter({
        has: page.getByRole('rowheader', { name: 'Group Technology', exact: true })
    });
    // Group Technology shows $890,000 of current business (Integration Hub); its $120,000 on the
    // retired Legacy On-Prem Reporting has no column, so it is not in the row's total.
    const cells = await texts(row.getByRole('gridcell'));
    expect(cells.filter((cell) => cell.startsWith('Current'))).toEqual([
        'Current $890,000',
        'Current$890,000 Not yet ours$2,400,000 Penetration27%'
    ]);
    // Every row's totals add up its cells as the grid shows them: "not yet ours" is what is
    // pursued, potential or held by a competitor (blocked and not-a-fit cells are in neither); the
    // Total row's add up the column totals.
    const money = (shown: string) => Number(shown.replace(/\D/g, '') || 0);
    const totalsOf = (shown: string) => {
        const match = /^Current\$([\d,]+) Not yet ours\$([\d,]+)/.exec(shown);
        return match ? [money(match[1] ?? ''), money(match[2] ?? '')] : null;
    };
    const cellValue = (shown: string, statuses: string[]) => {
        const match = /^(\w+) \$([\d,]+)/.exec(shown);
        return match && statuses.includes(match[1] ?? '') ? money(match[2] ?? '') : 0;
    };
    let rowsChecked = 0;
    for (const shownRow of await grid.getByRole('row').all()) {
        const shown = await texts(shownRow.getByRole('gridcell'));
        const rowTotals = totalsOf(shown.at(-1) ?? '');
        if (!rowTotals) {
            continue;
        }
        const others = shown.slice(0, -1);
        const columnTotals = others.map(totalsOf);
        const added = columnTotals.every((totals) => totals !== null)
            ? [0, 1].map((index) =>
                  columnTotals.reduce((sum, totals) => sum + (totals?.[index] ?? 0), 0)
              )
            : [
                  others.reduce((sum, cell) => sum + cellValue(cell, ['Current']), 0),
                  others.reduce(
                      (sum, cell) => sum + cellValue(cell, ['Pursuing', 'Potential', 'Competitor']),
                      0
                  )
              ];
        expect(rowTotals).toEqual(added);
        rowsChecked += 1;
    }
    // Seven buying centers and the Total row.
    expect(rowsChecked).toBe(8);
    const leftOut = mapPanel.getByRole('list', { name: 'Left out of the totals' });
    expect(await texts(leftOut.getByRole('listitem'))).toEqual([
        'Not in these totals: Legacy On-Prem Reporting, a retired solution with no column on the grid.Current$120,000Not yet ours$0'
    ]);
    await mapPanel
        .getByText(
            'Penetration is current ÷ (current + not yet ours) on this map; not yet ours adds up the pursuing, potential and competitor cells. It is not the share of wallet entered on a buying center.'
        )
        .waitFor();
});

test('a plan with an unowned overdue action scores below 100%, and its findings open the fix', async () => {
    const action = 'Run a total-cost workshop with Kenji Watanabe and Victor Sorensen';
    const [record] = await query(
        session.org,
        `SELECT Id, Owner__c, Due_Date__c, Status__c FROM Marketing_Action__c WHERE Name = '${action}'`
    );
    const today = new Date().toISOString().slice(0, 10);
    // The sample's story: nobody owns the workshop and it was due in November 2026.
    expect(record).toMatchObject({ Owner__c: null, Status__c: 'Not Started' });
    expect(String(record?.Due_Date__c) < today).toBe(true);

    const page = await openMeridian();
    const plan = await openTab(page, 'Account Plan');
    const summary = plan.getByRole('region', { name: 'Plan completeness' });
    const overall = async () =>
        Number((await summary.locator('[data-overall]').innerText()).replace(/\D/g, ''));
    const before = await overall();
    expect(before).toBeLessThan(100);
    await summary.getByText('Plan items', { exact: true }).first().waitFor();

    // The owner finding opens the action's own form, on its owner.
    await summary.getByRole('button', { name: `${action}: give it an owner.` }).click();
    const form = plan.getByRole('region', { name: 'Edit action' });
    await form.waitFor();
    await fieldShows(form.getByLabel(/^\*?Action$/), action);
    await searchAndPick(page, form, 'Owner', 'Atlas Local User');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await summary
        .getByRole('button', { name: `${action}: give it an owner.` })
        .waitFor({ state: 'detached' });

    // The overdue finding: closing the action takes it off the list, and the score rises.
    await summary
        .getByRole('button', {
            name: `${action}: it is past its due date: finish it, move the date or close it.`
        })
        .click();
    await form.waitFor();
    await choose(form, 'Status', 'Completed');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await eventually('the plan to score higher', overall, (now) => now > before);
    const saved = await queryOne(
        session.org,
        `SELECT Owner__c, Status__c FROM Marketing_Action__c WHERE Id = '${record?.Id}'`
    );
    expect(saved.Owner__c).toBeTruthy();
    expect(saved.Status__c).toBe('Completed');

    // A buying center field finding opens a form with just that field, here, not another page.
    await summary
        .getByRole('button', { name: 'Retail Banking - Card Services: set our sales goal.' })
        .click();
    const fill = plan.getByRole('region', { name: 'Fill in Retail Banking - Card Services' });
    await fill.getByLabel('Sales goal').fill('750000');
    await fill.getByRole('button', { name: 'Save', exact: true }).click();
    await summary
        .getByRole('button', { name: 'Retail Banking - Card Services: set our sales goal.' })
        .waitFor({ state: 'detached' });
    expect(page.url()).toContain('/lightning/r/Account/');
});

test('an amount corrected after the field refused it saves on the first click', async () => {
    const page = await openMeridian();
    const mapPanel = await openTab(page, 'Opportunity Map');
    const grid = mapPanel.getByRole('grid', { name: 'White space: buying centers by solutions' });
    const row = grid.getByRole('row').filter({
        has: page.getByRole('rowheader', { name: 'Wealth Management', exact: true })
    });
    await row.getByRole('gridcell').filter({ hasText: 'Potential' }).first().click();
    const editor = mapPanel.getByRole('region', { name: 'Wealth Management × AI Assistant' });
    await editor.getByRole('button', { name: 'Create Opportunity' }).click();
    const form = editor.getByRole('region', { name: 'New opportunity from this cell' });
    const amount = form.getByLabel('Amount');
    // An amount the field refuses: leaving it shows the field's message under it.
    await amount.fill('');
    await amount.pressSequentially('12e');
    await amount.press('Tab');
    // Corrected, then one click on Save: the field's message goes away as the field is left,
    // moving Save from under the pointer; the press still saves.
    await amount.fill('');
    await amount.pressSequentially('450000');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    const name = 'Meridian Global Bank - Wealth Management - AI Assistant';
    const created = await eventually(
        'the opportunity to be created by the first click',
        () => query(session.org, `SELECT Amount FROM Opportunity WHERE Name = '${name}'`),
        (rows) => rows.length === 1
    );
    expect(created[0]?.Amount).toBe(450000);
});

test('a plan item moves up by keyboard, and the new order stays after a reload', async () => {
    const first = 'Run a total-cost workshop with Kenji Watanabe and Victor Sorensen';
    const second = 'Send the security certification pack to Group Technology';
    let page = await openMeridian();
    const actionsOf = async () => {
        const plan = await openTab(page, 'Account Plan');
        const strategy = plan.getByRole('listitem').filter({
            has: page.getByRole('heading', {
                name: 'Build-versus-buy cost analysis with Enterprise Architecture'
            })
        });
        const actions = strategy.getByRole('list', { name: 'Actions' }).locator(':scope > li');
        await actions.first().waitFor();
        return { plan, names: () => texts(actions.locator('.ap-node__name')) };
    };
    let shown = await actionsOf();
    expect(await shown.names()).toEqual([first, second]);
    // The first cannot move up; the second's button says which item it moves.
    expect(await shown.plan.getByRole('button', { name: `Move ${first} up` }).isDisabled()).toBe(
        true
    );
    const moveUp = shown.plan.getByRole('button', { name: `Move ${second} up` });
    await moveUp.focus();
    await page.keyboard.press('Enter');
    await eventually('the action to move up', shown.names, (names) => names[0] === second);
    const saved = await query(
        session.org,
        `SELECT Name, Sort_Order__c FROM Marketing_Action__c WHERE Name IN ('${first}', '${second}') ORDER BY Sort_Order__c`
    );
    expect(saved.map((record) => [record.Name, record.Sort_Order__c])).toEqual([
        [second, 1],
        [first, 2]
    ]);

    page = await openMeridian();
    shown = await actionsOf();
    expect(await shown.names()).toEqual([second, first]);
});

test('a negative objective target is refused where it is typed, and nothing typed is lost', async () => {
    const objective = 'Re-open Wealth Management after the 2025 loss';
    const stored = () =>
        queryOne(
            session.org,
            `SELECT Measure__c, Target_Value__c FROM Marketing_Objective__c WHERE Name = '${objective}'`
        );
    const before = await stored();
    const page = await openMeridian();
    const plan = await openTab(page, 'Account Plan');
    await plan.getByRole('button', { name: `Actions for ${objective}` }).click();
    await plan.getByRole('menuitem', { name: 'Edit', exact: true }).click();
    const form = plan.getByRole('region', { name: 'Edit objective' });
    const measure = form.getByLabel('How success is measured');
    const target = form.getByLabel('Target', { exact: true });
    await measure.fill('Deals won in Wealth Management');
    await target.fill('-2');
    await target.press('Tab');

    // Said under the field as it is left, before any Save.
    const why = form.getByText('A target is the number the measure should reach: enter 0 or more.');
    await why.waitFor();
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.getByText('Not saved: correct the fields marked in red, then save again.').waitFor();
    expect(await measure.inputValue()).toBe('Deals won in Wealth Management');
    expect(await target.inputValue()).toBe('-2');
    expect(await stored()).toEqual(before);

    // Corrected, it saves with the rest of what was typed.
    await target.fill('2');
    await target.press('Tab');
    await why.waitFor({ state: 'detached' });
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    expect(await stored()).toMatchObject({
        Measure__c: 'Deals won in Wealth Management',
        Target_Value__c: 2
    });
});

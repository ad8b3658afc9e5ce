/** @jest-environment node */
// The Account Summary against the four tabs below it (issue #21), on the sample data: every figure
// it shows is worked out here again from the strings the tabs show (the Buying Centers' wallets,
// shares and goals, the Opportunity Map's totals, the Relationship Map's statuses, the Account
// Plan's completeness) or, for the deals, which no tab lists, from the org; its top risks open the
// page where each is worked on (in the preview, the account page's tab for a buying center or a
// plan item); a buying center added below it shows in its figures without a reload.
import { query, queryOne } from './orgApi';
import { SCENARIO_TIMEOUT, usePreviewSession } from './previewSession';
import { eventually, openTab, panel, texts } from './ui';

jest.setTimeout(SCENARIO_TIMEOUT);

const session = usePreviewSession();
const MERIDIAN = 'Meridian Global Bank';

const dollars = (shown: string): number | null =>
    /\$/.test(shown) ? Number(shown.replace(/[^\d.]/g, '')) : null;
const usd = (amount: number) => `$${amount.toLocaleString('en-US')}`;
/** A percentage as lightning-formatted-number shows it with at most one decimal. */
const percent = (value: number) =>
    `${value.toLocaleString('en-US', { maximumFractionDigits: 1 })}%`;
const sum = (values: (number | null)[]) => values.reduce<number>((total, v) => total + (v ?? 0), 0);

test("the summary's figures are the ones the four tabs show", async () => {
    const account = await queryOne(
        session.org,
        `SELECT Id FROM Account WHERE Name = '${MERIDIAN}'`
    );
    const page = await session.open(`/lightning/r/Account/${account.Id}/view`);
    const summary = panel(page, 'Account Summary');
    const figure = async (name: string) => {
        const [shown = ''] = await texts(summary.locator(`[data-figure="${name}"]`));
        return shown;
    };
    await summary
        .locator('[data-figure="plan"]')
        .getByText(/% complete$/)
        .waitFor();

    // Buying Centers: wallets, entered shares and goals, row by row.
    const centers = await openTab(page, 'Buying Centers');
    const tree = centers.getByRole('list', { name: 'Buying centers of this account' });
    await tree.waitFor();
    const rows = await tree.getByRole('listitem').all();
    const centerRows: {
        name: string;
        wallet: number | null;
        share: number | null;
        goal: number | null;
    }[] = [];
    for (const row of rows) {
        const [name = ''] = await texts(row.locator('button.bc-tree__name'));
        const [wallet = ''] = await texts(row.locator('[data-fact="wallet-size"]'));
        const [share = ''] = await texts(row.locator('[data-fact="wallet-share"]'));
        const [goal = ''] = await texts(row.locator('[data-fact="sales-goal"]'));
        centerRows.push({
            name,
            wallet: dollars(wallet),
            share: share ? Number(share.replace('%', '')) : null,
            goal: dollars(goal)
        });
    }
    expect(centerRows).toHaveLength(7);
    const wallet = sum(centerRows.map((row) => row.wallet));
    const goal = sum(centerRows.map((row) => row.goal));
    expect(await figure('wallet')).toBe(
        `Wallet ${usd(wallet)} The wallet sizes of the 7 buying centers, added up.`
    );

    // Opportunity Map: the Total row's current business, and each buying center's.
    const mapPanel = await openTab(page, 'Opportunity Map');
    const grid = mapPanel.getByRole('grid', { name: 'White space: buying centers by solutions' });
    await grid.waitFor();
    const currentOf = async (rowName: string) => {
        const row = grid.getByRole('row').filter({
            has: page.getByRole('rowheader', { name: rowName, exact: true })
        });
        const cells = await texts(row.getByRole('gridcell'));
        return Number(/^Current\$([\d,]+)/.exec(cells.at(-1) ?? '')?.[1]?.replace(/,/g, ''));
    };
    const current = await currentOf('Total');
    const [mapName] = await texts(mapPanel.getByRole('combobox', { name: 'Map' }));
    expect(await figure('current')).toBe(
        `Current business ${usd(current)} The sum of the Current cells on the ${mapName} map.`
    );
    expect(await figure('goal')).toBe(
        `Sales goal ${usd(goal)} Goal minus current business ${usd(goal - current)}`
    );

    // Share of wallet both ways, and the buying centers where they differ by more than half a point.
    const withShare = centerRows.filter((row) => row.wallet && row.share !== null);
    const entered =
        (sum(withShare.map((row) => ((row.wallet ?? 0) * (row.share ?? 0)) / 100)) /
            sum(withShare.map((row) => row.wallet))) *
        100;
    expect(await figure('share')).toBe(
        `Share of wallet ${percent((current / wallet) * 100)} From the map (current business ÷ wallet) ` +
            `${percent(entered)} As entered on the buying centers (weighted by wallet)`
    );
    const differing: string[] = [];
    for (const row of withShare) {
        const fromMap = ((await currentOf(row.name)) / (row.wallet ?? 1)) * 100;
        if (Math.abs(fromMap - (row.share ?? 0)) > 0.5) {
            differing.push(
                `${row.name}: ${percent(row.share ?? 0)} entered, ${percent(fromMap)} from the map`
            );
        }
    }
    // The sample's Group Technology: 6% typed, $890,000 of $18,000,000 on the map.
    expect(differing).toEqual(['Group Technology: 6% entered, 4.9% from the map']);
    const differences = summary.getByRole('region', {
        name: 'Entered and map shares differ by more than half a point for:'
    });
    expect(await texts(differences.getByRole('listitem'))).toEqual(differing);

    // Relationship Map: its red / amber / green, counted.
    const relationshipPanel = await openTab(page, 'Relationship Map');
    const statusList = relationshipPanel.getByRole('region', {
        name: 'Relationship map status by buying center'
    });
    await statusList.waitFor();
    const statuses = await texts(statusList.locator('[data-status]'));
    const count = (status: string) => statuses.filter((shown) => shown === status).length;
    expect(await figure('relationship')).toBe(
        `Relationship map ${count('Red')} Red, ${count('Amber')} Amber, ${count('Green')} Green of ${statuses.length} buying centers`
    );

    // Account Plan: its completeness.
    const plan = await openTab(page, 'Account Plan');
    const overall = plan
        .getByRole('region', { name: 'Plan completeness' })
        .locator('[data-overall]')
        .getByText(/% complete$/);
    await overall.waitFor();
    const [planned = ''] = await texts(overall);
    expect(planned).toMatch(/^\d+% complete$/);
    expect(await figure('plan')).toBe(`Account plan ${planned}`);

    // The deals, from the org: open ones, each with its newest weekly score's band.
    const open = await query(
        session.org,
        `SELECT Id, Amount FROM Opportunity WHERE AccountId = '${account.Id}' AND IsClosed = false`
    );
    const pipeline = sum(
        open.map((deal) => (typeof deal.Amount === 'number' ? deal.Amount : null))
    );
    expect(await figure('pipeline')).toBe(
        `Open pipeline ${usd(pipeline)} ${open.length} open deals`
    );
    const bands: Record<string, { count: number; amount: number }> = {};
    for (const deal of open) {
        const [last] = await query(
            session.org,
            `SELECT Band__c FROM Deal_Score_Snapshot__c WHERE Opportunity__c = '${deal.Id}' ORDER BY Taken_At__c DESC LIMIT 1`
        );
        const band = String(last?.Band__c ?? 'Not scored yet');
        bands[band] = {
            count: (bands[band]?.count ?? 0) + 1,
            amount: (bands[band]?.amount ?? 0) + (typeof deal.Amount === 'number' ? deal.Amount : 0)
        };
    }
    const bandLine = (band: string) =>
        `${band}: ${bands[band]?.count ?? 0} ${usd(bands[band]?.amount ?? 0)}`;
    expect(await texts(summary.locator('[data-band]'))).toEqual(
        ['Healthy', 'Watch', 'At Risk', 'Not scored yet'].map(bandLine)
    );
});

test('the top risks open where they are worked on, in the preview too', async () => {
    const account = await queryOne(
        session.org,
        `SELECT Id FROM Account WHERE Name = '${MERIDIAN}'`
    );
    const page = await session.open(`/lightning/r/Account/${account.Id}/view`);
    const risks = panel(page, 'Account Summary')
        .getByRole('listitem')
        .filter({
            has: page.getByRole('button')
        });
    await risks.first().waitFor();
    // No Meridian deal is At Risk by the score it last recorded (the sample stores what today's
    // scoring gives, data/README.md), so the risks are the red buying centers with the biggest
    // sales goals and the plan item longest overdue.
    expect(await texts(risks)).toEqual([
        expect.stringMatching(/^Group Technology is Red on the relationship map: /),
        'Run a total-cost workshop with Kenji Watanabe and Victor Sorensen is past its due date: finish it, move the date or close it.',
        expect.stringMatching(/^Commercial Banking is Red on the relationship map: /)
    ]);
    const note = page.locator('[data-id="stand-in-note"]');

    // A buying center: in Salesforce its record page; here its account's Relationship Map.
    await risks.first().getByRole('button').click();
    await page.waitForURL(/\/lightning\/r\/Buying_Center__c\/\w+\/view/);
    await note
        .getByText(
            "In Salesforce this opens the record page of the buying center Group Technology; the preview shows it where it is worked on, on its account's Relationship Map tab."
        )
        .waitFor();
    await page.getByRole('heading', { level: 1, name: MERIDIAN }).waitFor();
    await page.getByRole('tab', { name: 'Relationship Map', selected: true }).waitFor();
    await panel(page, 'Relationship Map').waitFor();

    // A plan item: its account's Account Plan, where the overdue action is listed.
    await page.goBack();
    await risks.nth(1).getByRole('button').click();
    await page.waitForURL(/\/lightning\/r\/Marketing_Action__c\/\w+\/view/);
    await page.getByRole('tab', { name: 'Account Plan', selected: true }).waitFor();
    await panel(page, 'Account Plan')
        .getByText('Run a total-cost workshop with Kenji Watanabe and Victor Sorensen')
        .first()
        .waitFor();
    expect(await texts(note)).toEqual([
        "In Salesforce this opens the record page of the action Run a total-cost workshop with Kenji Watanabe and Victor Sorensen; the preview shows it where it is worked on, on its account's Account Plan tab."
    ]);
});

test('the summary shows a buying center added below it, without a reload', async () => {
    const account = await queryOne(
        session.org,
        "SELECT Id FROM Account WHERE Name = 'Kestrel Precision Manufacturing'"
    );
    const centers = await query(
        session.org,
        `SELECT Wallet_Size__c FROM Buying_Center__c WHERE Account__c = '${account.Id}'`
    );
    const wallet = sum(centers.map((center) => center.Wallet_Size__c as number | null));
    const page = await session.open(`/lightning/r/Account/${account.Id}/view`);
    const summary = panel(page, 'Account Summary');
    const figure = async (name: string) =>
        (await texts(summary.locator(`[data-figure="${name}"]`)))[0] ?? '';
    const walletText = (amount: number, count: number) =>
        `Wallet ${usd(amount)} The wallet sizes of the ${count} buying centers, added up.`;
    await eventually(
        'the summary to show the wallet',
        () => figure('wallet'),
        (shown) => shown === walletText(wallet, centers.length)
    );
    // A reload would lose this mark.
    await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

    const tab = await openTab(page, 'Buying Centers');
    await tab.getByRole('button', { name: 'New Buying Center' }).first().click();
    await tab.getByLabel('Buying center name').fill('Aftermarket Services EMEA');
    await tab.getByLabel('Wallet size').fill('2500000');
    await tab.getByRole('button', { name: 'Save', exact: true }).click();

    await eventually(
        'the summary to count the new buying center',
        () => figure('wallet'),
        (shown) => shown === walletText(wallet + 2_500_000, centers.length + 1)
    );
    expect(await figure('relationship')).toMatch(
        new RegExp(`of ${centers.length + 1} buying centers$`)
    );
    expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(true);
});

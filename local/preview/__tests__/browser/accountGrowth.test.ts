/** @jest-environment node */
// The Account Growth tab on Meridian Global Bank (issue #15), read as a person reads it: the
// account's figures are the buying centers' figures added up, net growth is at-risk revenue kept
// plus the weighted pipeline (both shown beside it), at risk is kept plus not kept yet, each
// weighted deal is its amount times its deal score, and a renewal is dated but not itself a risk.
// Its customer network value is the sum of the deals that came through its people, each with how. On the Relationship
// Map, Meridian's reference and detractor are marked and the introduction inside the bank is drawn;
// an introducer from another account appears as a card at the map's edge.
import { queryOne, updateRecord } from './orgApi';
import { SCENARIO_TIMEOUT, usePreviewSession } from './previewSession';
import { saveScreenshot } from './screenshots';
import { eventually, openTab, texts } from './ui';

jest.setTimeout(SCENARIO_TIMEOUT);

const session = usePreviewSession();

const dollars = (shown: string): number => Number(shown.replace(/[^\d.]/g, ''));
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const FIGURES = [
    'Revenue base',
    'Renewing in the plan period',
    'Revenue at risk',
    'At-risk revenue kept',
    'Weighted pipeline',
    'Qualified white space',
    'Net growth'
];

test("Meridian's growth adds up as shown, with every risk named", async () => {
    const account = await queryOne(
        session.org,
        "SELECT Id FROM Account WHERE Name = 'Meridian Global Bank'"
    );
    const page = await session.open(`/lightning/r/Account/${account.Id}/view`);
    const growth = await openTab(page, 'Account Growth');
    await growth.locator('[data-figure="net-growth"]').getByText(/\$/).first().waitFor();

    const accountFigure = async (name: string): Promise<number> => {
        const [shown = ''] = await texts(
            growth.locator(`[data-figure="${name}"] lightning-formatted-number`)
        );
        return dollars(shown);
    };
    const base = await accountFigure('base');
    const renewing = await accountFigure('renewing');
    const atRisk = await accountFigure('at-risk');
    const kept = await accountFigure('kept');
    expect(kept + (await accountFigure('not-kept'))).toBe(atRisk);
    const pipeline = await accountFigure('weighted-pipeline');
    const whiteSpace = await accountFigure('white-space');
    const netGrowth = await accountFigure('net-growth');
    expect(await accountFigure('new-business')).toBe(pipeline + whiteSpace);
    expect(netGrowth).toBe(kept + pipeline);
    // The sum is written out beside net growth, with the same figures shown above.
    const [sumLine = ''] = await texts(growth.locator('[data-figure="net-growth-sum"]'));
    expect(sumLine.replace(/\s+/g, ' ')).toBe(
        `= At-risk revenue kept $${kept.toLocaleString('en-US')} + Weighted pipeline $${pipeline.toLocaleString('en-US')}`
    );
    const [share = ''] = await texts(growth.locator('[data-figure="net-growth-share"]'));
    expect(share).toBe(`${Math.round((netGrowth / base) * 1000) / 10}% of the revenue base`);

    // Each buying center lists its figures in the order of FIGURES; their columns add up.
    const centers = await growth.locator('article.ag-center').all();
    expect(centers.length).toBe(7);
    const columns = FIGURES.map(() => [] as number[]);
    for (const center of centers) {
        const shown = (await texts(center.locator('.ag-center__figures dd'))).map(dollars);
        shown.forEach((value, index) => columns[index]?.push(value));
        // A weighted deal is its amount times its deal score, rounded to whole dollars.
        for (const deal of await center.locator('[data-deal]').all()) {
            const [line = ''] = await texts(deal);
            const match = /\$([\d,]+)\s+at its stored deal score (\d+):\s+\$([\d,]+)/.exec(line);
            expect(match).not.toBeNull();
            const [, amount = '', score = '', weighted = ''] = match ?? [];
            expect(dollars(weighted)).toBe(Math.round((dollars(amount) * Number(score)) / 100));
        }
    }
    expect(columns.map(sum)).toEqual([
        base,
        renewing,
        atRisk,
        kept,
        pipeline,
        whiteSpace,
        netGrowth
    ]);

    // Group Technology's Integration Hub renews inside the FY2027 plan period: dated, not at risk.
    const technology = growth.locator('article.ag-center[data-center="Group Technology"]');
    const [hub = ''] = await texts(technology.locator('[data-base-item="Integration Hub"]'));
    expect(hub).toContain('Renews in the plan period: Sep 30, 2027');
    expect(hub).toContain('No named risk');
    const [legacy = ''] = await texts(
        technology.locator('[data-base-item="Legacy On-Prem Reporting"]')
    );
    expect(legacy).toContain('Retired solution');
    const [target = ''] = await texts(growth.locator('.ag-target'));
    expect(target).toContain('Neutralise the in-house build position in Group Technology');
    expect(target).toContain('Retain: at-risk revenue kept');

    // Customer network value: what came through Meridian's people, beside its own business.
    const network = growth.getByRole('region', { name: 'Customer network value' });
    await network.locator('[data-network-deal]').first().waitFor();
    const shown = async (figure: string): Promise<number[]> =>
        (await texts(network.locator(`[data-figure="${figure}"] lightning-formatted-number`))).map(
            dollars
        );
    const [own = 0, ownWon = 0, ownOpen = 0] = await shown('own');
    expect(own).toBe(ownWon + ownOpen);
    const [networkValue = 0, networkWon = 0, networkOpen = 0] = await shown('network');
    expect(networkValue).toBe(networkWon + networkOpen);
    const deals = await network.locator('[data-network-deal]').all();
    const lines: string[] = [];
    let listed = 0;
    for (const deal of deals) {
        const [line = ''] = await texts(deal);
        lines.push(line.replace(/\s+/g, ' '));
        listed += dollars(/\$[\d,]+/.exec(line)?.[0] ?? '');
    }
    expect(listed).toBe(networkValue);
    expect(lines).toEqual(
        expect.arrayContaining([
            expect.stringContaining('Referred by Marcus Bell'),
            expect.stringContaining(
                'Daniel Okafor introduced us to Hannah Cho in Retail Banking - Digital Channels'
            )
        ])
    );
    await saveScreenshot(page, 'account-growth');
});

test("Meridian's relationship map marks its reference and its detractor and draws its introduction", async () => {
    const account = await queryOne(
        session.org,
        "SELECT Id FROM Account WHERE Name = 'Meridian Global Bank'"
    );
    const page = await session.open(`/lightning/r/Account/${account.Id}/view`);
    const map = await openTab(page, 'Relationship Map');
    const people = map.getByRole('list', { name: 'People on the relationship map' });
    await people.waitFor({ state: 'attached' });
    const said = async (name: string): Promise<string> =>
        (await texts(people.getByRole('listitem').filter({ hasText: name }))).join(' ');
    expect(
        await eventually(
            "Marcus Bell's advocacy",
            () => said('Marcus Bell'),
            (text) => text.includes('Advocacy')
        )
    ).toContain('Advocacy: Reference.');
    expect(await said('Sofia Marquez')).toContain('Advocacy: Detractor.');
    expect(await said('Daniel Okafor')).not.toContain('Advocacy');
    // Daniel Okafor (Group Technology) introduced us to Digital Channels' coach: one dotted line.
    expect(await map.locator('path[data-edge="introduces"]').count()).toBe(1);
    // SVG text is not an HTMLElement: read its textContent, one tag at a time.
    const tags = map.locator('[data-text="advocacy"]');
    const tagTexts: string[] = [];
    for (let index = 0; index < (await tags.count()); index++) {
        tagTexts.push(((await tags.nth(index).textContent()) ?? '').trim());
    }
    expect(tagTexts).toEqual(expect.arrayContaining(['Reference', 'Detractor']));
    await saveScreenshot(page, 'account-relationship-map-advocacy');
});

test('an introducer from another account is drawn as a card at the edge of the map, with a line and a legend entry', async () => {
    const account = await queryOne(
        session.org,
        "SELECT Id FROM Account WHERE Name = 'Meridian Global Bank'"
    );
    // Kestrel's Lukas Brandt introduced us to Meridian's Grace Mensah (set here, through REST).
    const grace = await queryOne(
        session.org,
        "SELECT Id FROM Buying_Center_Member__c WHERE Contact__r.Name = 'Grace Mensah'"
    );
    const lukas = await queryOne(
        session.org,
        "SELECT Id FROM Buying_Center_Member__c WHERE Contact__r.Name = 'Lukas Brandt' LIMIT 1"
    );
    await updateRecord(session.org, 'Buying_Center_Member__c', grace.Id, {
        Introduced_By__c: lukas.Id
    });
    const page = await session.open(`/lightning/r/Account/${account.Id}/view`);
    const map = await openTab(page, 'Relationship Map');
    const card = map.locator(`[data-introducer="${lukas.Id}"]`);
    await card.waitFor({ state: 'attached' });
    expect(((await card.locator('[data-text="name"]').textContent()) ?? '').trim()).toBe(
        'Lukas Brandt'
    );
    expect(((await card.locator('[data-text="account"]').textContent()) ?? '').trim()).toBe(
        'Kestrel Precision Manufacturing'
    );
    // Daniel Okafor's line inside the bank, and Lukas Brandt's from the card.
    expect(await map.locator('path[data-edge="introduces"]').count()).toBe(2);
    await map.getByText('Introducer from another account').waitFor();
    const people = map.getByRole('list', { name: 'People on the relationship map' });
    expect(await texts(people.getByRole('listitem').filter({ hasText: 'Lukas Brandt' }))).toEqual([
        'Lukas Brandt, from Kestrel Precision Manufacturing, introduced us to Grace Mensah.'
    ]);
    // The card lies inside the drawing, right of every person.
    const box = await card.locator('rect').boundingBox();
    const svg = await map.locator('svg.rm-canvas__svg').boundingBox();
    expect(box && svg && box.x + box.width <= svg.x + svg.width + 0.5).toBe(true);
    await card.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'account-relationship-map-external-introducer');
});

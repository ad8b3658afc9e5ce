/** @jest-environment node */
// Relationships as a rep keeps them fresh: Meridian's Digital Channels deal names its champion, Hannah
// Cho, untouched since July, as a deal risk with a follow-up to meet her; the competitive Enterprise
// AI Assistant deal, with no reference lined up, suggests asking Marcus Bell (the account's reference
// in another buying center) with his last reference date; and Hannah's member card and map box mark
// her stale and open her profile in a new tab (the link is checked, never followed out).
import { queryOne } from './orgApi';
import { SCENARIO_TIMEOUT, usePreviewSession } from './previewSession';
import { saveScreenshot } from './screenshots';
import { eventually, openTab, panel, pickRecord, texts } from './ui';

jest.setTimeout(SCENARIO_TIMEOUT);

const session = usePreviewSession();

/** Hannah Cho's last touch in the sample (entered by hand on her membership). */
const HANNAH_TOUCHED = '2026-07-21';
const HANNAH_PROFILE = 'https://www.linkedin.com/in/hannah-cho-example';

/** Days from the sample's touch to today, by the browser's clock (the one the panels read). */
function daysSinceTouch(): number {
    const now = new Date();
    const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
    const [year, month, day] = HANNAH_TOUCHED.split('-').map(Number) as [number, number, number];
    return Math.round((today - Date.UTC(year, month - 1, day)) / 86400000);
}

test('a stale champion is a deal risk with a follow-up, and a competitive deal suggests a reference', async () => {
    const days = daysSinceTouch();
    const page = await session.open('/');
    await pickRecord(page, 'Meridian Global Bank › Meridian - Digital Channels CDP');
    const score = panel(page, 'Deal Score');
    await score
        .getByText(
            `Stale relationship: Hannah Cho (Champion), last touch ${days} days ago (Jul 21, 2026), longer than the 90 days a relationship stays fresh.`
        )
        .waitFor();
    await score.getByText(`Meet Hannah Cho — last touch ${days} days ago.`).waitFor();
    // Marcus Bell is the only Meridian reference, and he sits in this deal's own buying center.
    expect(await score.getByText(/^Ask .* to speak for us/).count()).toBe(0);
    await saveScreenshot(page, 'opportunity-stale-coach');

    await pickRecord(page, 'Meridian Global Bank › Meridian - Enterprise AI Assistant');
    const aiScore = panel(page, 'Deal Score');
    const ask =
        'Ask Marcus Bell (Retail Banking - Digital Channels, last a reference Sep 15, 2026) to speak for us: this deal competes with In-house build and has no reference lined up.';
    await aiScore.getByText(ask).waitFor();
    const actions = await eventually(
        'the next actions with the reference suggestion',
        () => texts(aiScore.locator('.next-action')),
        (shown) => shown.some((text) => text.includes(ask))
    );
    // One suggestion, after the scored actions, badged as a reference.
    expect(actions.filter((text) => text.includes('to speak for us'))).toHaveLength(1);
    expect(actions.at(-1)?.startsWith('Reference')).toBe(true);
    expect(actions.at(-1)?.endsWith(ask)).toBe(true);
    await saveScreenshot(page, 'opportunity-reference-suggestion');
});

test("Hannah Cho's card and map box mark her stale and open her profile in a new tab", async () => {
    const days = daysSinceTouch();
    const account = await queryOne(
        session.org,
        "SELECT Id FROM Account WHERE Name = 'Meridian Global Bank'"
    );
    const page = await session.open(`/lightning/r/Account/${account.Id}/view`);
    const centers = await openTab(page, 'Buying Centers');
    await centers
        .getByRole('button', { name: 'Retail Banking - Digital Channels', exact: true })
        .click();
    const hannah = centers.locator('.bc-members__item').filter({ hasText: 'Hannah Cho' });
    await hannah.locator('[data-mark="stale"]').getByText('Stale').waitFor();
    await hannah
        .locator('[data-fact="last-touch"]')
        .getByText(`Last touch ${days} days ago (entered, Jul 21, 2026)`)
        .waitFor();
    const cardLink = hannah.getByRole('link', {
        name: 'Hannah Cho: profile (opens in a new tab)'
    });
    expect(await cardLink.getAttribute('href')).toBe(HANNAH_PROFILE);
    expect(await cardLink.getAttribute('target')).toBe('_blank');
    expect(await cardLink.getAttribute('rel')).toBe('noopener noreferrer');
    // Marcus Bell was touched by nobody on record: no stale mark, and his profile opens too.
    // By the name on the card: Hannah's card names Marcus too (she influences him).
    const marcus = centers.locator('.bc-members__item').filter({
        has: page
            .getByText('Marcus Bell', { exact: true })
            .locator('xpath=self::*[contains(@class, "slds-text-title_bold")]')
    });
    expect(await marcus.locator('[data-mark="stale"]').count()).toBe(0);
    expect(await marcus.locator('a[data-link="profile"]').getAttribute('target')).toBe('_blank');
    await saveScreenshot(page, 'account-member-freshness');

    const map = await openTab(page, 'Relationship Map');
    const box = map.locator(`[data-person]`).filter({ hasText: 'Hannah Cho' });
    await box.locator('[data-text="stale"]').waitFor();
    const mapLink = box.locator('a[data-link="profile"]');
    expect(await mapLink.getAttribute('href')).toBe(HANNAH_PROFILE);
    expect(await mapLink.getAttribute('target')).toBe('_blank');
    expect(await mapLink.getAttribute('rel')).toBe('noopener noreferrer');
    const people = map.getByRole('list', { name: 'People on the relationship map' });
    expect(
        await eventually(
            "Hannah Cho's words on the map",
            async () =>
                (await texts(people.getByRole('listitem').filter({ hasText: 'Hannah Cho' }))).join(
                    ' '
                ),
            (text) => text.includes('Last touch')
        )
    ).toContain(
        `Last touch ${days} days ago (entered, Jul 21, 2026). Stale relationship: not touched for more than 90 days.`
    );
    await saveScreenshot(page, 'account-relationship-map-freshness');
});

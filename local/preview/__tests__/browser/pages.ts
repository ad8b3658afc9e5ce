// The pages of the preview, each with what "rendered" means for a person looking at it: the
// panel is on screen with its content, and nothing is still loading. The account page holds its
// five panels in tabs (as its flexipage does), so each tab is a view of its own here.
import type { Page } from 'playwright-core';
import { queryOne, type OrgEndpoint } from './orgApi';
import { eventually, openTab, panel } from './ui';

export interface PreviewView {
    /** The name of the view's screenshot (docs/screenshots/<name>.png). */
    readonly name: string;
    path(org: OrgEndpoint): Promise<string>;
    /** Brings the view on screen (a tab click where needed) and waits until it drew its data. */
    show(page: Page): Promise<void>;
}

export const SAMPLE_ACCOUNT = 'Meridian Global Bank';
export const SAMPLE_ACCOUNT_CENTERS = 7;
export const SAMPLE_DEAL = 'Meridian - Digital Channels CDP';
/** The sample deal that lists competitors (Helix Data, the incumbent, and Orbis Software). */
export const SAMPLE_COMPETED_DEAL = 'Meridian - Regulatory Reporting Suite';

export async function idOf(org: OrgEndpoint, object: string, name: string): Promise<string> {
    const record = await queryOne(
        org,
        `SELECT Id FROM ${object} WHERE Name = '${name.replace(/'/g, "\\'")}'`
    );
    return record.Id;
}

/**
 * No spinner on the page twice in a row, 300 ms apart: every panel shown has its data (or its
 * error), and none is about to start loading again. Callers first wait for content that only
 * data can draw, because a panel renders its card a moment before its spinner.
 */
export async function settled(page: Page, timeoutMs = 20_000): Promise<void> {
    let quietSince: number | undefined;
    await eventually(
        'every panel to finish loading',
        async () => {
            if ((await page.locator('.slds-spinner:visible').count()) > 0) {
                quietSince = undefined;
                return 0;
            }
            quietSince ??= Date.now();
            return Date.now() - quietSince;
        },
        (quietFor) => quietFor >= 300,
        timeoutMs
    );
}

export async function buyingCentersShown(
    page: Page,
    centers: number,
    timeoutMs = 20_000
): Promise<void> {
    const tree = panel(page, 'Buying Centers').getByRole('list', {
        name: 'Buying centers of this account'
    });
    await eventually(
        `${centers} buying centers listed`,
        () => tree.getByRole('listitem').count(),
        (count) => count === centers,
        timeoutMs
    );
    await settled(page, timeoutMs);
}

export async function opportunityMapShown(page: Page, timeoutMs = 20_000): Promise<void> {
    const shown = await openTab(page, 'Opportunity Map');
    await shown
        .getByRole('grid', { name: 'White space: buying centers by solutions' })
        .waitFor({ timeout: timeoutMs });
    await settled(page, timeoutMs);
}

export async function accountPlanShown(page: Page, timeoutMs = 20_000): Promise<void> {
    const shown = await openTab(page, 'Account Plan');
    await shown.getByRole('region', { name: 'Plan completeness' }).waitFor({ timeout: timeoutMs });
    await settled(page, timeoutMs);
}

export async function relationshipMapShown(page: Page, timeoutMs = 20_000): Promise<void> {
    const shown = await openTab(page, 'Relationship Map');
    await shown
        .getByRole('group', {
            name: 'Relationship map: who reports to whom and who influences whom'
        })
        .waitFor({ timeout: timeoutMs });
    await settled(page, timeoutMs);
}

export async function accountGrowthShown(page: Page, timeoutMs = 20_000): Promise<void> {
    const shown = await openTab(page, 'Account Growth');
    await shown
        .locator('[data-figure="net-growth"]')
        .getByText(/\$/)
        .first()
        .waitFor({ timeout: timeoutMs });
    await settled(page, timeoutMs);
}

const accountPath = async (org: OrgEndpoint) =>
    `/lightning/r/Account/${await idOf(org, 'Account', SAMPLE_ACCOUNT)}/view`;

export const VIEWS: readonly PreviewView[] = [
    {
        name: 'home',
        path: async () => '/',
        show: async (page) => {
            await panel(page, 'Pipeline Health')
                .getByRole('region', { name: 'Value by stage' })
                .waitFor();
            await settled(page);
        }
    },
    {
        name: 'account-buying-centers',
        path: accountPath,
        show: (page) => buyingCentersShown(page, SAMPLE_ACCOUNT_CENTERS)
    },
    {
        name: 'account-opportunity-map',
        path: accountPath,
        show: (page) => opportunityMapShown(page)
    },
    { name: 'account-plan', path: accountPath, show: (page) => accountPlanShown(page) },
    {
        name: 'account-relationship-map',
        path: accountPath,
        show: (page) => relationshipMapShown(page)
    },
    {
        name: 'opportunity-deal-score',
        path: async (org) =>
            `/lightning/r/Opportunity/${await idOf(org, 'Opportunity', SAMPLE_DEAL)}/view`,
        show: async (page) => {
            await panel(page, 'Deal Score').getByRole('region', { name: 'Stage gate' }).waitFor();
            await settled(page);
        }
    },
    {
        name: 'opportunity-competitors',
        path: async (org) =>
            `/lightning/r/Opportunity/${await idOf(org, 'Opportunity', SAMPLE_COMPETED_DEAL)}/view`,
        show: async (page) => {
            const competitors = await openTab(page, 'Competitors');
            await competitors.locator('li[data-competitor="Helix Data"]').waitFor();
            await settled(page);
        }
    },
    {
        name: 'stage-criteria-setup',
        path: async () => '/lightning/n/Stage_Criteria_Setup',
        show: async (page) => {
            await panel(page, 'Stage Criteria Setup')
                .getByRole('heading', { name: 'Qualification questions (asked at every stage)' })
                .waitFor();
            await settled(page);
        }
    }
];

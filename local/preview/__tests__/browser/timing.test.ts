/** @jest-environment node */
// How long a person waits for an account page: from navigation to the first tab (Buying Centers)
// drawn with every buying center, and on to each other tab opened and drawn, for the largest
// sample account and for a generated one of 50 buying centers, 300 members and 20 solutions; and
// each panel's own work (c/panelTiming's performance.measure). Printed, never asserted (the
// machine's load decides wall-clock time); that every panel measured itself is asserted.
import type { Page } from 'playwright-core';
import { insertLargeAccount, LARGE_ACCOUNT } from './largeAccount';
import {
    accountGrowthShown,
    accountPlanShown,
    buyingCentersShown,
    idOf,
    opportunityMapShown,
    relationshipMapShown,
    SAMPLE_ACCOUNT,
    SAMPLE_ACCOUNT_CENTERS
} from './pages';
import { SCENARIO_TIMEOUT, usePreviewSession } from './previewSession';

jest.setTimeout(SCENARIO_TIMEOUT * 3);

const session = usePreviewSession();
const RUNS = 3;
const WAIT_MS = 90_000;
/** The panels of the account page's five tabs, by the names they measure under. */
const ACCOUNT_PANELS = [
    'accountGrowth',
    'accountPlan',
    'buyingCenters',
    'opportunityMap',
    'relationshipMap'
];

interface PageTiming {
    /** Navigation to the Buying Centers tab drawn. */
    firstTab: number;
    /** Navigation to every tab opened and drawn, one after the other. */
    allTabs: number;
    /** Each panel's own work, answer received to rendered (c/panelTiming's measures), ms. */
    panels: Record<string, number>;
}

/** The panels' measures on the page (summed when a panel answered more than once). */
async function panelMeasures(page: Page): Promise<Record<string, number>> {
    const entries = await page.evaluate(() =>
        performance
            .getEntriesByType('measure')
            .filter((entry) => entry.name.startsWith('atlas:'))
            .map((entry) => [entry.name.slice('atlas:'.length), entry.duration] as const)
    );
    const panels: Record<string, number> = {};
    for (const [name, ms] of entries) {
        panels[name] = (panels[name] ?? 0) + ms;
    }
    return panels;
}

async function timeAccountPage(
    page: Page,
    accountId: string,
    centers: number
): Promise<PageTiming> {
    const started = performance.now();
    await page.goto(`${session.url}/lightning/r/Account/${accountId}/view`);
    await buyingCentersShown(page, centers, WAIT_MS);
    const firstTab = performance.now() - started;
    await opportunityMapShown(page, WAIT_MS);
    await accountPlanShown(page, WAIT_MS);
    await relationshipMapShown(page, WAIT_MS);
    await accountGrowthShown(page, WAIT_MS);
    const allTabs = Math.round(performance.now() - started);
    return { firstTab: Math.round(firstTab), allTabs, panels: await panelMeasures(page) };
}

/** "12/8/9" per panel over the runs, in the order the tabs open. */
function panelLines(runs: readonly PageTiming[]): string[] {
    const names = [...new Set(runs.flatMap((run) => Object.keys(run.panels)))];
    return names.map(
        (name) =>
            `    ${name}: ${runs.map((run) => Math.round(run.panels[name] ?? NaN)).join('/')} ms [goal ≤ 100 ms]`
    );
}

async function timeRuns(
    accountId: string,
    centers: number
): Promise<{ pages: string; panels: string[] }> {
    const runs: PageTiming[] = [];
    for (let run = 0; run < RUNS; run++) {
        runs.push(await timeAccountPage(session.page, accountId, centers));
    }
    // Every panel of the account page measured its own work on every run.
    for (const run of runs) {
        expect(Object.keys(run.panels).sort()).toEqual(ACCOUNT_PANELS);
    }
    return {
        pages: runs.map((run) => `${run.firstTab}/${run.allTabs}`).join(', '),
        panels: panelLines(runs)
    };
}

test('navigation to a rendered account page, sample and generated (printed)', async () => {
    const sample = await timeRuns(
        await idOf(session.org, 'Account', SAMPLE_ACCOUNT),
        SAMPLE_ACCOUNT_CENTERS
    );

    const insertStarted = performance.now();
    const large = await insertLargeAccount(session.org);
    const insertMs = Math.round(performance.now() - insertStarted);
    expect(large.counts).toMatchObject({
        buyingCenters: LARGE_ACCOUNT.buyingCenters,
        members: LARGE_ACCOUNT.members,
        solutions: LARGE_ACCOUNT.solutions
    });
    const generated = await timeRuns(large.accountId, LARGE_ACCOUNT.buyingCenters);

    console.log(
        [
            `Account page, ms from navigation to the Buying Centers tab drawn / to all five tabs opened and drawn (${RUNS} runs, the first cold):`,
            `  ${SAMPLE_ACCOUNT} (${SAMPLE_ACCOUNT_CENTERS} buying centers, the largest sample account): ${sample.pages}`,
            "  each panel's own work, GraphQL answer received to rendered, per run:",
            ...sample.panels,
            `  ${large.name} (${large.counts.buyingCenters} buying centers, ${large.counts.members} members, ${large.counts.solutions} solutions, ${large.counts.contacts} contacts, ${large.counts.cells} map cells): ${generated.pages}`,
            "  each panel's own work, GraphQL answer received to rendered, per run:",
            ...generated.panels,
            `  generating the large account through composite/tree: ${insertMs} ms`
        ].join('\n')
    );
});

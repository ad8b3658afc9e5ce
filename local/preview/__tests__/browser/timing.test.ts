/** @jest-environment node */
// How long a person waits for an account page: from navigation to the first tab (Buying Centers)
// drawn with every buying center, and on to each other tab opened and drawn, for the largest
// sample account and for a generated one of 50 buying centers, 300 members and 20 solutions.
// Printed, never asserted (the machine's load decides wall-clock time).
import type { Page } from 'playwright-core';
import { insertLargeAccount, LARGE_ACCOUNT } from './largeAccount';
import {
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

interface PageTiming {
    /** Navigation to the Buying Centers tab drawn. */
    firstTab: number;
    /** Navigation to every tab opened and drawn, one after the other. */
    allTabs: number;
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
    return { firstTab: Math.round(firstTab), allTabs: Math.round(performance.now() - started) };
}

async function timeRuns(accountId: string, centers: number): Promise<string> {
    const runs: PageTiming[] = [];
    for (let run = 0; run < RUNS; run++) {
        runs.push(await timeAccountPage(session.page, accountId, centers));
    }
    return runs.map((run) => `${run.firstTab}/${run.allTabs}`).join(', ');
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
            `Account page, ms from navigation to the Buying Centers tab drawn / to all four tabs opened and drawn (${RUNS} runs, the first cold):`,
            `  ${SAMPLE_ACCOUNT} (${SAMPLE_ACCOUNT_CENTERS} buying centers, the largest sample account): ${sample}`,
            `  ${large.name} (${large.counts.buyingCenters} buying centers, ${large.counts.members} members, ${large.counts.solutions} solutions, ${large.counts.contacts} contacts, ${large.counts.cells} map cells): ${generated}`,
            `  generating the large account through composite/tree: ${insertMs} ms`
        ].join('\n')
    );
});

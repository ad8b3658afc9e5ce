/** @jest-environment node */
// How long a person waits for an account page: from navigation to the first tab (Buying Centers)
// drawn with every buying center, and on to each other tab opened and drawn, for the largest
// sample account and for a generated one of 50 buying centers, 300 members and 20 solutions; and
// each panel's own work (c/panelTiming's performance.measure), and the same for the Deal Score panel
// on a deal with 60 criteria and 40 people. Printed, never asserted (the machine's load decides
// wall-clock time); asserted are counts: every panel measured itself, and each panel's query went to
// the org exactly once per page load (panels asking the same query share its one request), on the
// account page's five tabs, the deal page's three tabs and the home page. Beside
// the wall-clock figures it prints ones load disturbs less: the main thread's CPU time inside each
// measure (a Chrome trace) and the elements and components each large panel created.
import type { Page, Request } from 'playwright-core';
import { insertLargeAccount, LARGE_ACCOUNT } from './largeAccount';
import { insertLargeDeal, LARGE_DEAL } from './largeDeal';
import { countElements, measureCpu, type ElementCounts, type MeasureCpu } from './rendererCost';
import {
    accountGrowthShown,
    accountPlanShown,
    buyingCentersShown,
    idOf,
    opportunityMapShown,
    relationshipMapShown,
    SAMPLE_ACCOUNT,
    SAMPLE_ACCOUNT_CENTERS,
    settled
} from './pages';
import { openTab, panel } from './ui';
import { SCENARIO_TIMEOUT, usePreviewSession } from './previewSession';

jest.setTimeout(SCENARIO_TIMEOUT * 3);

const session = usePreviewSession();
const RUNS = 3;
const WAIT_MS = 90_000;
const NO_ELEMENTS: ElementCounts = { elements: 0, lightning: 0, ours: 0 };
/** The panels of the account page's five tabs, by the names they measure under. */
const ACCOUNT_PANELS = [
    'accountGrowth',
    'accountPlan',
    'buyingCenters',
    'opportunityMap',
    'relationshipMap'
];

/** A sample deal with a mutual plan (its steps show once the plan's answer is drawn). */
const PLAN_DEAL = 'Kestrel - Supply Chain Integration';

/** The GraphQL queries the page sends, by operation name (`query DealScore …`), while recording. */
function recordGraphQL(page: Page): { counts: () => Record<string, number>; stop: () => void } {
    const counts: Record<string, number> = {};
    const onRequest = (request: Request): void => {
        if (
            request.method() !== 'POST' ||
            !/\/graphql(\?|$)/.test(new URL(request.url()).pathname)
        ) {
            return;
        }
        const text = String((request.postDataJSON() as { query?: unknown } | null)?.query ?? '');
        const name = /^\s*query\s+(\w+)/.exec(text)?.[1] ?? text.trim().slice(0, 40);
        counts[name] = (counts[name] ?? 0) + 1;
    };
    page.on('request', onRequest);
    return { counts: () => ({ ...counts }), stop: () => page.off('request', onRequest) };
}

/** "DealScore 1, MutualPlan 1": the requests of one page load, by query. */
const requestLine = (counts: Record<string, number>): string =>
    Object.entries(counts)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([name, count]) => `${name} ${count}`)
        .join(', ');

interface PageTiming {
    /** Navigation to the Buying Centers tab drawn. */
    firstTab: number;
    /** Navigation to every tab opened and drawn, one after the other. */
    allTabs: number;
    /** Each panel's own work, answer received to rendered (c/panelTiming's measures), ms. */
    panels: Record<string, number>;
    /** GraphQL requests of the page load, by query. */
    requests: Record<string, number>;
    /** Main-thread CPU time inside each panel's measure, ms. */
    cpu: MeasureCpu;
    /** What the opportunity map created. */
    mapElements: ElementCounts;
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
    const graphQL = recordGraphQL(page);
    let firstTab = NaN;
    let allTabs = NaN;
    const cpu = await measureCpu(page, async () => {
        const started = performance.now();
        await page.goto(`${session.url}/lightning/r/Account/${accountId}/view`);
        await buyingCentersShown(page, centers, WAIT_MS);
        firstTab = performance.now() - started;
        await opportunityMapShown(page, WAIT_MS);
        await accountPlanShown(page, WAIT_MS);
        await relationshipMapShown(page, WAIT_MS);
        await accountGrowthShown(page, WAIT_MS);
        allTabs = performance.now() - started;
    });
    graphQL.stop();
    return {
        firstTab: Math.round(firstTab),
        allTabs: Math.round(allTabs),
        panels: await panelMeasures(page),
        requests: graphQL.counts(),
        cpu,
        mapElements: await countElements(page, 'c-opportunity-map')
    };
}

/** "12/8/9" per run. */
const perRun = (figures: readonly number[]): string =>
    figures.map((figure) => Math.round(figure)).join('/');

/**
 * "12/8/9 ms, CPU 10/7/8 ms" per panel over the runs, in the order the tabs open; a panel's parts
 * (`accountGrowth:helpers`, `…:drawing`) under it, without the goal, which is the whole panel's.
 */
function panelLines(runs: readonly PageTiming[]): string[] {
    const names = [...new Set(runs.flatMap((run) => Object.keys(run.panels)))];
    return names.map((name) => {
        const part = name.includes(':');
        return `${part ? '      ' : '    '}${name}: ${perRun(runs.map((run) => run.panels[name] ?? NaN))} ms${part ? '' : ' [goal ≤ 100 ms]'}, main-thread CPU ${perRun(runs.map((run) => run.cpu[name] ?? NaN))} ms`;
    });
}

/** "1234 elements (56 base components, 78 of ours)", of the last run (every run draws the same). */
const elementLine = (counts: ElementCounts): string =>
    `${counts.elements} elements (${counts.lightning} base components, ${counts.ours} of ours)`;

async function timeRuns(
    accountId: string,
    centers: number
): Promise<{ pages: string; panels: string[]; requests: string; mapElements: string }> {
    const runs: PageTiming[] = [];
    for (let run = 0; run < RUNS; run++) {
        runs.push(await timeAccountPage(session.page, accountId, centers));
    }
    for (const run of runs) {
        // Every panel of the account page measured its own work on every run (the whole of it:
        // the parts, helpers and drawing, are named after it).
        expect(
            Object.keys(run.panels)
                .filter((name) => !name.includes(':'))
                .sort()
        ).toEqual(ACCOUNT_PANELS);
        // One request per query per page load: no panel asked twice, none asked another's again.
        expect(Object.keys(run.requests).length).toBeGreaterThan(0);
        expect(Object.values(run.requests).every((count) => count === 1)).toBe(true);
    }
    return {
        pages: runs.map((run) => `${run.firstTab}/${run.allTabs}`).join(', '),
        panels: panelLines(runs),
        requests: runs.map((run) => requestLine(run.requests)).join(' | '),
        mapElements: elementLine(runs[runs.length - 1]?.mapElements ?? NO_ELEMENTS)
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
            `Account page, ${session.mode} build, ms from navigation to the Buying Centers tab drawn / to all five tabs opened and drawn (${RUNS} runs, the first cold):`,
            `  ${SAMPLE_ACCOUNT} (${SAMPLE_ACCOUNT_CENTERS} buying centers, the largest sample account): ${sample.pages}`,
            "  each panel's own work, GraphQL answer received to rendered, per run:",
            ...sample.panels,
            `  the opportunity map drew ${sample.mapElements}`,
            `  GraphQL requests per page load, by query: ${sample.requests}`,
            `  ${large.name} (${large.counts.buyingCenters} buying centers, ${large.counts.members} members, ${large.counts.solutions} solutions, ${large.counts.contacts} contacts, ${large.counts.cells} map cells): ${generated.pages}`,
            "  each panel's own work, GraphQL answer received to rendered, per run:",
            ...generated.panels,
            `  the opportunity map drew ${generated.mapElements}`,
            `  GraphQL requests per page load, by query: ${generated.requests}`,
            `  generating the large account through composite/tree: ${insertMs} ms`
        ].join('\n')
    );
});

test('the Deal Score panel on a deal with 60 criteria and 40 people (printed)', async () => {
    const deal = await insertLargeDeal(session.org);
    expect(deal).toMatchObject({ criteria: LARGE_DEAL.criteria, people: LARGE_DEAL.people });
    const page = session.page;
    const runs: {
        whole: number;
        helpers: number;
        drawing: number;
        requests: string;
        forms: number;
        cpu: MeasureCpu;
        elements: ElementCounts;
    }[] = [];
    for (let run = 0; run < RUNS; run++) {
        const graphQL = recordGraphQL(page);
        const cpu = await measureCpu(page, async () => {
            await page.goto(`${session.url}/lightning/r/Opportunity/${deal.opportunityId}/view`);
            await page
                .getByText(/^Deal score \d+ out of 100/)
                .first()
                .waitFor({ state: 'attached', timeout: WAIT_MS });
            // The panel measures itself right after the render that shows the score.
            await page.waitForFunction(
                () => performance.getEntriesByName('atlas:dealScore:drawing').length > 0,
                undefined,
                { timeout: WAIT_MS }
            );
        });
        graphQL.stop();
        const requests = graphQL.counts();
        // The panel's one query, once, as every other panel's on the page.
        expect(requests.DealScore).toBe(1);
        expect(Object.values(requests).every((count) => count === 1)).toBe(true);
        const panels = await panelMeasures(page);
        runs.push({
            whole: panels.dealScore ?? NaN,
            helpers: panels['dealScore:helpers'] ?? NaN,
            drawing: panels['dealScore:drawing'] ?? NaN,
            requests: requestLine(requests),
            // Criteria drawn on load: folded stages draw theirs when first opened.
            forms: await page.locator('c-stage-evidence-item').count(),
            cpu,
            elements: await countElements(page, 'c-deal-score')
        });
    }
    const per = (part: 'whole' | 'helpers' | 'drawing'): string =>
        runs.map((run) => Math.round(run[part])).join('/');
    const cpuOf = (measure: string): string => perRun(runs.map((run) => run.cpu[measure] ?? NaN));
    console.log(
        [
            `Deal Score panel, ${session.mode} build, ${deal.name} (${deal.criteria} criteria, ${deal.people} people), per run (${RUNS} runs, the first cold):`,
            `  own work, GraphQL answer received to rendered: ${per('whole')} ms [goal ≤ 50 ms], main-thread CPU ${cpuOf('dealScore')} ms`,
            `    helpers (reader, scoreDeal, the panel's view): ${per('helpers')} ms, CPU ${cpuOf('dealScore:helpers')} ms`,
            `    drawing (templates and child components): ${per('drawing')} ms, CPU ${cpuOf('dealScore:drawing')} ms`,
            `  the panel drew ${elementLine(runs[runs.length - 1]?.elements ?? NO_ELEMENTS)}`,
            `  criteria drawn on load (the open stages; a folded one draws when opened): ${runs.map((run) => run.forms).join('/')} of ${deal.criteria}`,
            `  GraphQL requests per page load, by query: ${runs.map((run) => run.requests).join(' | ')}`
        ].join('\n')
    );
});

test('each panel of the home page and of every deal tab sends its query once (counted)', async () => {
    const page = session.page;
    const home = recordGraphQL(page);
    await page.goto(`${session.url}/`);
    await panel(page, 'Pipeline Health')
        .getByRole('region', { name: 'Value by stage' })
        .waitFor({ timeout: WAIT_MS });
    await settled(page, WAIT_MS);
    home.stop();
    // The home page's two panels, the user's agreed actions and the pipeline, once each.
    expect(home.counts()).toMatchObject({ MyAgreedActions: 1, PipelineHealth: 1 });
    expect(Object.values(home.counts()).every((count) => count === 1)).toBe(true);

    const deal = recordGraphQL(page);
    const dealId = await idOf(session.org, 'Opportunity', PLAN_DEAL);
    await page.goto(`${session.url}/lightning/r/Opportunity/${dealId}/view`);
    await page
        .getByText(/^Deal score \d+ out of 100/)
        .first()
        .waitFor({ state: 'attached', timeout: WAIT_MS });
    const plan = await openTab(page, 'Mutual Plan');
    await plan.locator('li[data-step]').first().waitFor({ timeout: WAIT_MS });
    const competitors = await openTab(page, 'Competitors');
    // Drawn with the deal's answer: the add button shows once the panel has the deal.
    await competitors.getByRole('button', { name: 'Add competitor' }).waitFor({ timeout: WAIT_MS });
    await settled(page, WAIT_MS);
    deal.stop();
    // The Deal Score tab's panels and, once opened, the Mutual Plan's and the Competitors':
    // one request each.
    expect(deal.counts()).toMatchObject({ DealScore: 1, MutualPlan: 1, DealCompetitors: 1 });
    expect(Object.values(deal.counts()).every((count) => count === 1)).toBe(true);
    console.log(
        [
            'GraphQL requests per page load, by query:',
            `  home page: ${requestLine(home.counts())}`,
            `  ${PLAN_DEAL}, every tab opened: ${requestLine(deal.counts())}`
        ].join('\n')
    );
});

import { navigatedTo } from '../../../../../../jest/navigationStub';
import PipelineHealthPanel from 'c/pipelineHealthPanel';
import { graphql } from 'lightning/graphql';
import { assessPipeline, showPipelineHealth } from 'c/pipelineHealth';
import { PIPELINE_MESSAGE_STYLE } from '../pipelineView';
import { pipelineFromGraphQL, pipelineInputOf } from 'c/atlasData';
import {
    changeValue,
    errorMessages,
    flushPromises,
    pinClock,
    shadowQuery,
    shadowQueryAll,
    textOf
} from '../../dealScore/__tests__/panelTestUtils';
import pipelineFixture from './data/pipelineHealth.json';
import {
    endPanelTest,
    graphqlAdapter,
    mountAnswered,
    placeComponent
} from '../../../../../../jest/panelTests';

const ALEX_MORGAN = '005Dn0000000001AAA';
const SAM_OKORO = '005Dn0000000002AAA';

jest.mock('@salesforce/user/Id', () => ({ default: '005Dn0000000001AAA' }), { virtual: true });
jest.mock('@salesforce/label/c.Atlas_PH_Period_Named', () => ({ default: '{0}: {1}' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Atlas_PH_Period_Dates', () => ({ default: '{0} to {1}' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Atlas_PH_Target_Figure', () => ({ default: 'Target: {0}' }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.Atlas_PH_Target_Sum',
    () => ({ default: "The sum of {0} reps' targets for this period: {1}." }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_PH_Target_Of_Owner',
    () => ({ default: 'The target of {0} for this period.' }),
    { virtual: true }
);

jest.mock('lightning/navigation', () =>
    jest.requireActual('../../../../../../jest/navigationStub')
);
jest.mock('@salesforce/label/c.Atlas_PH_Multiple', () => ({ default: '{0}×' }), { virtual: true });

type Fixture = typeof pipelineFixture;

/** The variables the panel last asked the pipeline query with. */
function graphqlAdapterConfig(): { variables: Record<string, unknown> } {
    return (
        graphql as unknown as { getLastConfig(): { variables: Record<string, unknown> } }
    ).getLastConfig();
}

function copy(): Fixture {
    return JSON.parse(JSON.stringify(pipelineFixture)) as Fixture;
}

function expectedHealth(targetName = 'Strategic Accounts 2026-Q4') {
    const data = pipelineFromGraphQL(pipelineFixture, ALEX_MORGAN);
    const target = data.targets.find((candidate) => candidate.Name === targetName)!;
    // Worded as the panel words it (labels read as their names in these tests; the browser tests
    // read the English on screen).
    return showPipelineHealth(
        assessPipeline(pipelineInputOf(data, target, '2026-11-22')),
        PIPELINE_MESSAGE_STYLE
    );
}

async function mountPanel(data: unknown = pipelineFixture, recordId?: string) {
    const properties = recordId ? { recordId } : {};
    const { element } = await mountAnswered(
        'c-pipeline-health-panel',
        PipelineHealthPanel,
        properties,
        data
    );
    return element;
}

function chart(element: HTMLElement): HTMLElement {
    return shadowQuery(element, 'c-pipeline-coverage-chart')!;
}

/** The anchor a c-review-queue-link inside `within` renders. */
function linkIn(within: Element): HTMLAnchorElement {
    return shadowQuery<HTMLAnchorElement>(
        within.querySelector('c-review-queue-link') as HTMLElement,
        'a'
    )!;
}

function stateOf(href: string): Record<string, string> {
    const url = new URL(href, 'https://example.lightning.force.com');
    expect(url.pathname).toBe('/lightning/n/Deal_Review_Queue');
    return Object.fromEntries(url.searchParams);
}

/** A part of what the panel says about the target (period, figure, how it adds up). */
function targetText(element: HTMLElement, part: string): string | null {
    const target = shadowQuery(element, 'c-pipeline-target');
    const found = target ? shadowQuery(target, `[data-${part}]`) : null;
    return found ? textOf(found) : null;
}

describe('c-pipeline-health-panel', () => {
    beforeEach(() => {
        pinClock('2026-11-22T12:00:00.000Z');
    });

    afterEach(endPanelTest);

    it('shows a spinner until the pipeline arrives', async () => {
        const element = placeComponent('c-pipeline-health-panel', PipelineHealthPanel);
        await flushPromises();

        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        expect(element.shadowRoot!.querySelector('c-pipeline-coverage-chart')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('opens on the running user and the target whose period includes today', async () => {
        const element = await mountPanel();

        expect(targetText(element, 'value="period"')).toBe(
            'Strategic Accounts 2026-Q4: Oct 1, 2026 to Dec 31, 2026'
        );
        expect(targetText(element, 'value="target"')).toBe('Target: $1,200,000');
        expect(targetText(element, 'value="target-basis"')).toBe(
            'The target of Alex Morgan for this period.'
        );
        const period = shadowQuery<HTMLElement & { value: string; options: { label: string }[] }>(
            element,
            '[data-field="period"]'
        )!;
        expect(period.value).toBe('2026-10-01..2026-12-31');
        expect(period.options.map((option) => option.label.split(':')[0])).toEqual([
            'Strategic Accounts 2027-Q4',
            'Strategic Accounts 2027-Q3',
            'Strategic Accounts 2027-Q2',
            'Strategic Accounts 2027-Q1',
            'Strategic Accounts 2026-Q4',
            'Strategic Accounts 2026-Q3',
            'Strategic Accounts 2026-Q2',
            'Strategic Accounts 2026-Q1',
            'Strategic Accounts 2025-Q4'
        ]);
        await expect(element).toBeAccessible();
    });

    it('shows each stage with its value factor, the value needed, the value there and the coverage', async () => {
        const health = expectedHealth();
        const element = await mountPanel();

        const stages = shadowQueryAll(chart(element), 'li[data-stage]');
        expect(stages.map((stage) => stage.dataset.stage)).toEqual([
            'Prospecting',
            'Qualification',
            'Needs Analysis',
            'Value Proposition',
            'Id. Decision Makers',
            'Perception Analysis',
            'Proposal/Price Quote',
            'Negotiation/Review'
        ]);
        const valueProposition = stages[3]!;
        const number = (name: string) =>
            (
                valueProposition.querySelector(
                    `[data-value="${name}"] lightning-formatted-number`
                ) as unknown as {
                    value: number;
                }
            ).value;
        const expected = health.stages[3]!;
        expect(textOf(valueProposition.querySelector('[data-value="value-factor"]'))).toBe(
            `${expected.factor!.toFixed(2)}×`
        );
        expect(number('value-needed')).toBe(expected.valueNeeded);
        expect(number('value-there')).toBe(2340000);
        expect(number('coverage')).toBe(expected.coverage);
        // What the value factor rests on: the closed deals that passed the stage, and their value.
        expect(number('learnt-from')).toBe(expected.history.passedValue);
        expect(expected.history.deals).toBeGreaterThan(1);
        // More than one deal: the plural label (labels read as their names in these tests).
        expect(textOf(valueProposition.querySelector('[data-value="learnt-from"]'))).toBe(
            'c.Atlas_PH_Closed_Deals'
        );
        const window = shadowQueryAll(
            chart(element),
            '[data-value="history-window"] lightning-formatted-date-time'
        ).map((date) => (date as unknown as { value: string }).value);
        expect(window).toEqual([health.historyWindow!.from, health.historyWindow!.to]);
        expect(valueProposition.querySelector('[role="img"]')!.getAttribute('aria-label')).toBe(
            'Value Proposition: 195%'
        );
        expect(textOf(valueProposition.querySelector('[data-value="message"]'))).toBe(
            expected.message
        );
        expect(textOf(shadowQuery(chart(element), '[data-value="balance"]'))).toBe(
            health.balance.message
        );
        await expect(element).toBeAccessible();
    });

    it('weighs the rocks, stones and pebbles of the open deals', async () => {
        const health = expectedHealth();
        const element = await mountPanel();

        const mix = shadowQuery(element, 'c-deal-size-mix')!;
        // Each count is a link to those deals in the Deal Review Queue.
        expect(
            shadowQueryAll(mix, 'li[data-bucket]').map((bucket) => [
                bucket.dataset.bucket,
                textOf(linkIn(bucket))
            ])
        ).toEqual([
            ['rocks', 'c.Atlas_PH_Deals_Count'],
            ['stones', 'c.Atlas_PH_Deals_Count'],
            ['pebbles', 'c.Atlas_PH_Deals_Count']
        ]);
        const rocks = linkIn(shadowQuery(mix, 'li[data-bucket="rocks"]')!);
        expect(stateOf(rocks.getAttribute('href')!)).toEqual({
            c__focus: 'rocks',
            c__dealIds: health.sizeMix.rocks.opportunityIds.join(','),
            c__ownerId: ALEX_MORGAN
        });
        expect(textOf(shadowQuery(mix, '[data-value="message"]'))).toBe(health.sizeMix.message);
        // Its totals differ from the stages' on purpose, and it says why.
        expect(textOf(shadowQuery(mix, '[data-value="scope"]'))).toBe('c.Atlas_PH_Mix_Scope');
        expect(health.sizeMix.code).toBe('ROCK_HEAVY');
    });

    it('lists the data to fix as links to the opportunities', async () => {
        const health = expectedHealth();
        const element = await mountPanel();

        const list = shadowQuery(element, 'c-pipeline-integrity-list')!;
        const links = shadowQueryAll<HTMLAnchorElement>(list, 'a');
        expect(links.map((link) => [textOf(link), link.getAttribute('href')])).toEqual(
            health.integrity.map((issue) => [
                issue.opportunityName,
                `/lightning/r/Opportunity/${issue.opportunityId}/view`
            ])
        );
        expect(links.map((link) => textOf(link))).toContain(
            'Kestrel - Aftermarket Field Service Mobile'
        );
        expect(textOf(list.shadowRoot!.querySelector('li'))).toContain(
            health.integrity[0]!.message
        );

        // A plain click opens the record inside the app; a modified click is the browser's.
        const click = new MouseEvent('click', { bubbles: true, cancelable: true });
        links[0]!.dispatchEvent(click);
        expect(click.defaultPrevented).toBe(true);
        const newTab = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
        links[0]!.dispatchEvent(newTab);
        expect(newTab.defaultPrevented).toBe(false);
        await expect(element).toBeAccessible();
    });

    it('shows the win, no-decision and competitive-loss rates, cycle length and velocity with their confidence', async () => {
        const health = expectedHealth();
        const element = await mountPanel();

        const rates = shadowQuery(element, 'c-pipeline-rates')!;
        const figure = (key: string) => shadowQuery(rates, `[data-figure="${key}"]`)!;
        const value = (key: string) =>
            (
                figure(key).querySelector('lightning-formatted-number') as unknown as {
                    value: number;
                }
            ).value;
        // 10 won, 2 no decision and 4 lost to a competitor of the 19 deals closed in the window.
        expect(value('win-rate')).toBeCloseTo(10 / 19, 12);
        expect(value('no-decision-rate')).toBeCloseTo(2 / 19, 12);
        expect(value('competitive-loss-rate')).toBeCloseTo(4 / 19, 12);
        expect(textOf(figure('cycle').querySelector('[data-value="value"]'))).toBe('150');
        expect(value('velocity-day')).toBe(health.velocityPerDay.value);
        expect(textOf(figure('win-rate').querySelector('[data-value="confidence"]'))).toBe(
            'c.Atlas_PH_Confidence_Medium'
        );
        // Labels read as their names here (pipelineView.test.ts checks the sentences).
        expect(textOf(figure('win-rate').querySelector('[data-value="message"]'))).toBe(
            'c.Atlas_PH_Win_Rate_Basis'
        );
        expect(textOf(rates.shadowRoot!.querySelector('[data-value="rates-window"]'))).toContain(
            'c.Atlas_PH_Rates_Window'
        );
    });

    it('assesses another period when the user picks another target', async () => {
        const element = await mountPanel();

        changeValue(shadowQuery(element, '[data-field="period"]'), '2027-01-01..2027-03-31');
        await flushPromises();

        expect(targetText(element, 'value="period"')).toBe(
            'Strategic Accounts 2027-Q1: Jan 1, 2027 to Mar 31, 2027'
        );
        expect(targetText(element, 'value="target"')).toBe('Target: $1,300,000');
        const needed = (
            shadowQuery(
                chart(element),
                'li[data-stage="Value Proposition"] [data-value="value-needed"] lightning-formatted-number'
            ) as unknown as {
                value: number;
            }
        ).value;
        expect(needed).toBe(expectedHealth('Strategic Accounts 2027-Q1').stages[3]!.valueNeeded);
    });

    it("lets someone who can see other people's targets look at their pipeline", async () => {
        const element = await mountPanel();

        const owner = shadowQuery<
            HTMLElement & { value: string; options: { label: string; value: string }[] }
        >(element, '[data-field="owner"]')!;
        expect(owner.value).toBe(ALEX_MORGAN);
        expect(owner.options).toEqual([
            { label: 'c.Atlas_PH_My_Team', value: 'team' },
            { label: 'Alex Morgan', value: ALEX_MORGAN },
            { label: 'Sam Okoro', value: SAM_OKORO }
        ]);
        changeValue(owner, SAM_OKORO);
        await flushPromises();
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();

        // Sam's pipeline: one target, no opportunities the user can see yet.
        const sams = copy();
        sams.uiapi.query.Opportunity.edges = [];
        graphqlAdapter.emit(sams);
        await flushPromises();
        expect(targetText(element, 'value="period"')).toBe(
            'Mid-Market West 2026-Q4: Oct 1, 2026 to Dec 31, 2026'
        );
        expect(textOf(element.shadowRoot!.querySelector('[data-message="empty"]'))).toBe(
            'c.Atlas_PH_Empty'
        );
        await expect(element).toBeAccessible();
    });

    it('offers no owner choice to a salesperson who sees only their own targets', async () => {
        // Targets are private: for a salesperson the query returns their own and nobody else's.
        const data = copy();
        data.uiapi.query.Sales_Target__c.edges = data.uiapi.query.Sales_Target__c.edges.filter(
            (edge) => edge.node.OwnerId.value === ALEX_MORGAN
        );
        const element = await mountPanel(data);

        expect(element.shadowRoot!.querySelector('[data-field="owner"]')).toBeNull();
        expect(shadowQuery(element, '[data-field="period"]')).not.toBeNull();
        expect(targetText(element, 'value="period"')).toBe(
            'Strategic Accounts 2026-Q4: Oct 1, 2026 to Dec 31, 2026'
        );
        await expect(element).toBeAccessible();
    });

    it("offers the owner choice to a manager who sees a report's targets and has none", async () => {
        const data = copy();
        data.uiapi.query.Sales_Target__c.edges = data.uiapi.query.Sales_Target__c.edges.filter(
            (edge) => edge.node.OwnerId.value === SAM_OKORO
        );
        const element = await mountPanel(data);

        const owner = shadowQuery<HTMLElement & { options: { label: string; value: string }[] }>(
            element,
            '[data-field="owner"]'
        )!;
        expect(owner.options.map((option) => option.value)).toEqual([
            'team',
            ALEX_MORGAN,
            SAM_OKORO
        ]);
        expect(targetText(element, 'value="period"')).toBe('c.Atlas_PH_No_Period');
        // Alex cannot create targets (no object info says so): told who can, no form.
        expect(targetText(element, 'message="no-target"')).toBe('c.Atlas_PH_Ask_Sales_Ops');
        expect(
            shadowQuery(shadowQuery(element, 'c-pipeline-target')!, 'c-sales-target-form')
        ).toBeNull();
        await expect(element).toBeAccessible();
    });

    it("re-assesses against the chosen owner's own target and pipeline", async () => {
        const element = await mountPanel();
        const alexNeeds = expectedHealth().stages[3]!.valueNeeded;
        expect(graphqlAdapterConfig().variables).toEqual({ ownerIds: [ALEX_MORGAN] });

        changeValue(shadowQuery(element, '[data-field="owner"]'), SAM_OKORO);
        await flushPromises();
        // The query is asked again for Sam's opportunities.
        expect(graphqlAdapterConfig().variables).toEqual({ ownerIds: [SAM_OKORO] });

        const sams = copy();
        // Sam's deals and history, measured against Sam's target of 600,000.
        sams.uiapi.query.Opportunity.edges = sams.uiapi.query.Opportunity.edges.slice(2);
        for (const edge of sams.uiapi.query.Opportunity.edges) {
            edge.node.OwnerId.value = SAM_OKORO;
        }
        graphqlAdapter.emit(sams);
        await flushPromises();

        const samData = pipelineFromGraphQL(sams, ALEX_MORGAN);
        const samTarget = samData.targets.find((target) => target.OwnerId === SAM_OKORO)!;
        const samHealth = assessPipeline(pipelineInputOf(samData, samTarget, '2026-11-22'));
        const needed = (
            shadowQuery(
                chart(element),
                'li[data-stage="Value Proposition"] [data-value="value-needed"] lightning-formatted-number'
            ) as unknown as { value: number }
        ).value;
        expect(needed).toBe(samHealth.stages[3]!.valueNeeded);
        expect(needed).not.toBe(alexNeeds);
        expect(targetText(element, 'value="period"')).toBe(
            'Mid-Market West 2026-Q4: Oct 1, 2026 to Dec 31, 2026'
        );
        expect(element.shadowRoot!.querySelector('[data-field="period"]')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the pipeline of the user whose page it is on, without an owner choice', async () => {
        const element = await mountPanel(pipelineFixture, SAM_OKORO);

        expect(element.shadowRoot!.querySelector('[data-field="owner"]')).toBeNull();
        expect(targetText(element, 'value="period"')).toBe(
            'Mid-Market West 2026-Q4: Oct 1, 2026 to Dec 31, 2026'
        );
    });

    it('says there is no target, and still shows the pipeline, when the user has none', async () => {
        const data = copy();
        data.uiapi.query.Sales_Target__c.edges = [];
        const element = await mountPanel(data);

        expect(targetText(element, 'value="period"')).toBe('c.Atlas_PH_No_Period');
        expect(targetText(element, 'value="target"')).toBeNull();
        expect(element.shadowRoot!.querySelector('[data-field="period"]')).toBeNull();
        expect(shadowQueryAll(chart(element), 'li[data-stage]')).toHaveLength(8);
        expect(
            textOf(
                shadowQuery(
                    chart(element),
                    'li[data-stage="Prospecting"] [data-value="value-needed"]'
                )
            )
        ).toBe('c.Atlas_PH_Unknown');
        await expect(element).toBeAccessible();
    });

    it('opens each stage with deals in the Deal Review Queue on the deals it counts', async () => {
        const health = expectedHealth();
        const element = await mountPanel();

        const counted = health.stages.filter((stage) => stage.opportunityIds.length > 0);
        expect(counted.length).toBeGreaterThan(1);
        for (const stage of health.stages) {
            const row = shadowQuery(chart(element), `li[data-stage="${stage.stage}"]`)!;
            const link = row.querySelector('c-review-queue-link');
            // A stage counting no deal has nothing to open: its name is plain text.
            expect(link !== null).toBe(stage.opportunityIds.length > 0);
            expect(stage.opportunityIds).toHaveLength(stage.dealCount);
        }
        const proposal = counted[counted.length - 1]!;
        const anchor = linkIn(shadowQuery(chart(element), `li[data-stage="${proposal.stage}"]`)!);
        expect(textOf(anchor)).toBe(proposal.stage);
        expect(stateOf(anchor.getAttribute('href')!)).toEqual({
            c__focus: 'stage',
            c__dealIds: proposal.opportunityIds.join(','),
            c__stage: proposal.stage,
            c__ownerId: ALEX_MORGAN
        });

        // A plain click navigates inside the app to the queue tab with the same state.
        const click = new MouseEvent('click', { bubbles: true, cancelable: true });
        anchor.dispatchEvent(click);
        expect(click.defaultPrevented).toBe(true);
        expect(navigatedTo).toHaveBeenCalledWith({
            type: 'standard__navItemPage',
            attributes: { apiName: 'Deal_Review_Queue' },
            state: stateOf(anchor.getAttribute('href')!)
        });
        await expect(element).toBeAccessible();
    });

    it('opens the open deals with data to fix in the Deal Review Queue', async () => {
        const health = expectedHealth();
        const element = await mountPanel();

        const list = shadowQuery(element, 'c-pipeline-integrity-list')!;
        const anchor = linkIn(shadowQuery(list, '[data-value="attention"]')!);
        const open = [
            ...new Set(
                health.integrity
                    .filter((issue) => issue.dealStatus === 'open')
                    .map((issue) => issue.opportunityId)
            )
        ];
        expect(open.length).toBeGreaterThan(0);
        expect(stateOf(anchor.getAttribute('href')!).c__dealIds?.split(',')).toEqual(open);
        expect(stateOf(anchor.getAttribute('href')!).c__focus).toBe('attention');
    });

    it("switches to the team: asks for every owner's deals and holds them against the sum of their targets", async () => {
        const element = await mountPanel();

        changeValue(shadowQuery(element, '[data-field="owner"]'), 'team');
        await flushPromises();
        expect(graphqlAdapterConfig().variables).toEqual({
            ownerIds: [ALEX_MORGAN, SAM_OKORO].sort()
        });
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();

        // The team's deals: Alex's, and two of them Sam's.
        const team = copy();
        for (const edge of team.uiapi.query.Opportunity.edges.slice(0, 2)) {
            edge.node.OwnerId.value = SAM_OKORO;
        }
        graphqlAdapter.emit(team);
        await flushPromises();

        // Q4: Alex's 1,200,000 and Sam's 600,000.
        expect(targetText(element, 'value="target"')).toBe('Target: $1,800,000');
        expect(targetText(element, 'value="target-basis"')).toBe(
            "The sum of 2 reps' targets for this period: Alex Morgan, Sam Okoro."
        );
        // Two names share the period: it is named by its dates.
        expect(targetText(element, 'value="period"')).toBe('Oct 1, 2026 to Dec 31, 2026');
        const teamData = pipelineFromGraphQL(team, ALEX_MORGAN);
        const teamHealth = assessPipeline(
            pipelineInputOf(
                teamData,
                { amount: 1800000, periodStart: '2026-10-01', periodEnd: '2026-12-31' },
                '2026-11-22'
            )
        );
        const needed = (
            shadowQuery(
                chart(element),
                'li[data-stage="Value Proposition"] [data-value="value-needed"] lightning-formatted-number'
            ) as unknown as { value: number }
        ).value;
        expect(needed).toBe(teamHealth.stages[3]!.valueNeeded);
        // The team's links open the queue on everyone the user can see, not one owner.
        const anchor = linkIn(shadowQuery(chart(element), 'li[data-stage="Value Proposition"]')!);
        expect(stateOf(anchor.getAttribute('href')!).c__ownerId).toBeUndefined();
        await expect(element).toBeAccessible();
    });

    it('offers sales ops a form to set the missing target for the owner in view', async () => {
        const data = copy();
        data.uiapi.query.Sales_Target__c.edges = [];
        // The object info of a user who may create targets (sales ops).
        (data.uiapi.objectInfos as unknown[]).push({
            ApiName: 'Sales_Target__c',
            createable: true,
            updateable: true,
            deletable: false
        });
        const element = await mountPanel(data);

        const target = shadowQuery(element, 'c-pipeline-target')!;
        const form = shadowQuery(target, 'c-sales-target-form') as HTMLElement & {
            ownerId: string;
            periodStart: string;
            periodEnd: string;
        };
        expect(form).not.toBeNull();
        expect(form.ownerId).toBe(ALEX_MORGAN);
        // No period of its own: the calendar quarter of today, for sales ops to change.
        expect([form.periodStart, form.periodEnd]).toEqual(['2026-10-01', '2026-12-31']);
        expect(targetText(element, 'message="no-target"')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says so when the pipeline is empty', async () => {
        // A rep with no deals yet, who sees only their own targets.
        const data = copy();
        data.uiapi.query.Opportunity.edges = [];
        data.uiapi.query.Sales_Target__c.edges = data.uiapi.query.Sales_Target__c.edges.filter(
            (edge) => edge.node.OwnerId.value === ALEX_MORGAN
        );
        const element = await mountPanel(data);

        expect(textOf(element.shadowRoot!.querySelector('[data-message="empty"]'))).toBe(
            'c.Atlas_PH_Empty'
        );
        expect(element.shadowRoot!.querySelector('c-pipeline-coverage-chart')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it("opens a manager with no deals of their own on the team's pipeline, not an empty one", async () => {
        // Alex owns no deal but sees Sam's target: the panel asks again, for the team.
        const mine = copy();
        mine.uiapi.query.Opportunity.edges = [];
        const element = await mountPanel(mine);
        expect(graphqlAdapterConfig().variables).toEqual({
            ownerIds: [ALEX_MORGAN, SAM_OKORO].sort()
        });
        expect(element.shadowRoot!.querySelector('[data-message="empty"]')).toBeNull();
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();

        const team = copy();
        for (const edge of team.uiapi.query.Opportunity.edges) {
            edge.node.OwnerId.value = SAM_OKORO;
        }
        graphqlAdapter.emit(team);
        await flushPromises();
        expect(
            shadowQuery<HTMLElement & { value: string }>(element, '[data-field="owner"]')!.value
        ).toBe('team');
        expect(targetText(element, 'value="target"')).toBe('Target: $1,800,000');
        expect(element.shadowRoot!.querySelector('c-pipeline-coverage-chart')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says in words what went wrong when the pipeline cannot be loaded', async () => {
        const element = placeComponent('c-pipeline-health-panel', PipelineHealthPanel);
        graphqlAdapter.emitErrors([
            { message: "Field 'Loss_Reason__c' is not accessible on type 'Opportunity'" }
        ]);
        await flushPromises();

        expect(errorMessages(element.shadowRoot!.querySelector('c-error-panel'))).toEqual([
            "Field 'Loss_Reason__c' is not accessible on type 'Opportunity'"
        ]);
        expect(element.shadowRoot!.querySelector('lightning-spinner')).toBeNull();
        await expect(element).toBeAccessible();
    });
});

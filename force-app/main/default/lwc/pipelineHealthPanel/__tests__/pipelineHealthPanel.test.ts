import { createElement } from 'lwc';
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

const ALEX_MORGAN = '005Dn0000000001AAA';
const SAM_OKORO = '005Dn0000000002AAA';

jest.mock('@salesforce/user/Id', () => ({ default: '005Dn0000000001AAA' }), { virtual: true });
jest.mock('@salesforce/label/c.Atlas_PH_Target_Summary', () => ({ default: '{0}: {1} to {2}' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Atlas_PH_Multiple', () => ({ default: '{0}×' }), { virtual: true });

const graphqlAdapter = graphql as unknown as {
    emit(data: unknown, filter?: unknown, refresh?: () => Promise<void>): void;
    emitErrors(errors: unknown[], filter?: unknown, refresh?: () => Promise<void>): void;
};

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
    const element = createElement('c-pipeline-health-panel', { is: PipelineHealthPanel });
    if (recordId) {
        Object.assign(element, { recordId });
    }
    document.body.appendChild(element);
    graphqlAdapter.emit(data);
    await flushPromises();
    return element;
}

function chart(element: HTMLElement): HTMLElement {
    return shadowQuery(element, 'c-pipeline-coverage-chart')!;
}

describe('c-pipeline-health-panel', () => {
    beforeEach(() => {
        pinClock('2026-11-22T12:00:00.000Z');
    });

    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.resetAllMocks();
        jest.useRealTimers();
    });

    it('shows a spinner until the pipeline arrives', async () => {
        const element = createElement('c-pipeline-health-panel', { is: PipelineHealthPanel });
        document.body.appendChild(element);
        await flushPromises();

        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        expect(element.shadowRoot!.querySelector('c-pipeline-coverage-chart')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('opens on the running user and the target whose period includes today', async () => {
        const element = await mountPanel();

        expect(textOf(element.shadowRoot!.querySelector('[data-value="period"]'))).toBe(
            'Strategic Accounts 2026-Q4: 2026-10-01 to 2026-12-31'
        );
        const target = shadowQuery<HTMLElement & { value: string; options: { label: string }[] }>(
            element,
            '[data-field="target"]'
        )!;
        expect(target.value).toBe('a0DDn0000000005AAA');
        expect(target.options.map((option) => option.label)).toEqual([
            'Strategic Accounts FY2027-Q4',
            'Strategic Accounts FY2027-Q3',
            'Strategic Accounts FY2027-Q2',
            'Strategic Accounts FY2027-Q1',
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
        expect(
            shadowQueryAll(mix, 'li[data-bucket]').map((bucket) => [
                bucket.dataset.bucket,
                textOf(bucket.querySelector('[data-value="count"]'))
            ])
        ).toEqual([
            ['rocks', 'c.Atlas_PH_Deals_Count'],
            ['stones', 'c.Atlas_PH_Deals_Count'],
            ['pebbles', 'c.Atlas_PH_Deals_Count']
        ]);
        expect(textOf(shadowQuery(mix, '[data-value="message"]'))).toBe(health.sizeMix.message);
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

        changeValue(shadowQuery(element, '[data-field="target"]'), 'a0DDn0000000006AAA');
        await flushPromises();

        expect(textOf(element.shadowRoot!.querySelector('[data-value="period"]'))).toBe(
            'Strategic Accounts FY2027-Q1: 2027-01-01 to 2027-03-31'
        );
        const needed = (
            shadowQuery(
                chart(element),
                'li[data-stage="Value Proposition"] [data-value="value-needed"] lightning-formatted-number'
            ) as unknown as {
                value: number;
            }
        ).value;
        expect(needed).toBe(expectedHealth('Strategic Accounts FY2027-Q1').stages[3]!.valueNeeded);
    });

    it("lets someone who can see other people's targets look at their pipeline", async () => {
        const element = await mountPanel();

        const owner = shadowQuery<
            HTMLElement & { value: string; options: { label: string; value: string }[] }
        >(element, '[data-field="owner"]')!;
        expect(owner.value).toBe(ALEX_MORGAN);
        expect(owner.options).toEqual([
            { label: 'Sam Okoro', value: SAM_OKORO },
            { label: 'Alex Morgan', value: ALEX_MORGAN }
        ]);
        changeValue(owner, SAM_OKORO);
        await flushPromises();
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();

        // Sam's pipeline: one target, no opportunities the user can see yet.
        const sams = copy();
        sams.uiapi.query.Opportunity.edges = [];
        graphqlAdapter.emit(sams);
        await flushPromises();
        expect(textOf(element.shadowRoot!.querySelector('[data-value="period"]'))).toBe(
            'Mid-Market West 2026-Q4: 2026-10-01 to 2026-12-31'
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
        expect(shadowQuery(element, '[data-field="target"]')).not.toBeNull();
        expect(textOf(element.shadowRoot!.querySelector('[data-value="period"]'))).toBe(
            'Strategic Accounts 2026-Q4: 2026-10-01 to 2026-12-31'
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
        expect(owner.options.map((option) => option.value)).toEqual([SAM_OKORO, ALEX_MORGAN]);
        expect(textOf(element.shadowRoot!.querySelector('[data-value="period"]'))).toBe(
            'c.Atlas_PH_No_Target'
        );
        await expect(element).toBeAccessible();
    });

    it("re-assesses against the chosen owner's own target and pipeline", async () => {
        const element = await mountPanel();
        const alexNeeds = expectedHealth().stages[3]!.valueNeeded;
        expect(graphqlAdapterConfig().variables).toEqual({ ownerId: ALEX_MORGAN });

        changeValue(shadowQuery(element, '[data-field="owner"]'), SAM_OKORO);
        await flushPromises();
        // The query is asked again for Sam's opportunities.
        expect(graphqlAdapterConfig().variables).toEqual({ ownerId: SAM_OKORO });

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
        expect(textOf(element.shadowRoot!.querySelector('[data-value="period"]'))).toBe(
            'Mid-Market West 2026-Q4: 2026-10-01 to 2026-12-31'
        );
        expect(element.shadowRoot!.querySelector('[data-field="target"]')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the pipeline of the user whose page it is on, without an owner choice', async () => {
        const element = await mountPanel(pipelineFixture, SAM_OKORO);

        expect(element.shadowRoot!.querySelector('[data-field="owner"]')).toBeNull();
        expect(textOf(element.shadowRoot!.querySelector('[data-value="period"]'))).toBe(
            'Mid-Market West 2026-Q4: 2026-10-01 to 2026-12-31'
        );
    });

    it('says there is no target, and still shows the pipeline, when the user has none', async () => {
        const data = copy();
        data.uiapi.query.Sales_Target__c.edges = [];
        const element = await mountPanel(data);

        expect(textOf(element.shadowRoot!.querySelector('[data-value="period"]'))).toBe(
            'c.Atlas_PH_No_Target'
        );
        expect(element.shadowRoot!.querySelector('[data-field="target"]')).toBeNull();
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

    it('says so when the pipeline is empty', async () => {
        const data = copy();
        data.uiapi.query.Opportunity.edges = [];
        const element = await mountPanel(data);

        expect(textOf(element.shadowRoot!.querySelector('[data-message="empty"]'))).toBe(
            'c.Atlas_PH_Empty'
        );
        expect(element.shadowRoot!.querySelector('c-pipeline-coverage-chart')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says in words what went wrong when the pipeline cannot be loaded', async () => {
        const element = createElement('c-pipeline-health-panel', { is: PipelineHealthPanel });
        document.body.appendChild(element);
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

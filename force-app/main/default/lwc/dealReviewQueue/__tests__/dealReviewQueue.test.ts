// The Deal Review Queue as a manager sees it, from the queue's GraphQL answer for four Kestrel deals
// of the sample (two owned by Avery Brooks): the deals to talk about first with why, the others
// behind a button, whose deals, the part of Pipeline Health it was opened on, and a deal's review.
import { createElement } from 'lwc';
import { graphql } from 'lightning/graphql';
import { CurrentPageReference } from 'lightning/navigation';
import DealReviewQueue from 'c/dealReviewQueue';
import { flushPromises } from '../../planningRecordForm/__tests__/planningTestHelpers';
import reviewQueue from './data/reviewQueue.json';

jest.mock(
    '@salesforce/label/c.Atlas_DRR_Actions_Overdue_One',
    () => jest.requireActual('./labelText').labelModule('Atlas_DRR_Actions_Overdue_One'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DRR_Close_Date_Passed',
    () => jest.requireActual('./labelText').labelModule('Atlas_DRR_Close_Date_Passed'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DRR_Gate_Blocked',
    () => jest.requireActual('./labelText').labelModule('Atlas_DRR_Gate_Blocked'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DRR_Gate_Blocked_One',
    () => jest.requireActual('./labelText').labelModule('Atlas_DRR_Gate_Blocked_One'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DRR_Review_Due',
    () => jest.requireActual('./labelText').labelModule('Atlas_DRR_Review_Due'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DRR_Closes_This_Quarter',
    () => jest.requireActual('./labelText').labelModule('Atlas_DRR_Closes_This_Quarter'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DRR_Never_Reviewed',
    () => jest.requireActual('./labelText').labelModule('Atlas_DRR_Never_Reviewed'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DRV_Queue_Count',
    () => jest.requireActual('./labelText').labelModule('Atlas_DRV_Queue_Count'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DRV_Later_Count',
    () => jest.requireActual('./labelText').labelModule('Atlas_DRV_Later_Count'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DRV_Show_Later',
    () => jest.requireActual('./labelText').labelModule('Atlas_DRV_Show_Later'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DRV_Hide_Later',
    () => jest.requireActual('./labelText').labelModule('Atlas_DRV_Hide_Later'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DRV_Focus',
    () => jest.requireActual('./labelText').labelModule('Atlas_DRV_Focus'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DRV_Focus_One',
    () => jest.requireActual('./labelText').labelModule('Atlas_DRV_Focus_One'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DRV_Focus_Stage',
    () => jest.requireActual('./labelText').labelModule('Atlas_DRV_Focus_Stage'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DRQ_Overdue_Action',
    () => jest.requireActual('./labelText').labelModule('Atlas_DRQ_Overdue_Action'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DRV_Truncated',
    () => jest.requireActual('./labelText').labelModule('Atlas_DRV_Truncated'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DRV_Form_Heading',
    () => jest.requireActual('./labelText').labelModule('Atlas_DRV_Form_Heading'),
    { virtual: true }
);

const graphqlAdapter = graphql as unknown as {
    emit(data: unknown): void;
    emitErrors(errors: unknown[]): void;
};
const pageReference = CurrentPageReference as unknown as { emit(value: unknown): void };

const AVERY = '0050L0000000002QAA';
const AFTERMARKET = '0060L000000000YQAQ';

async function mount(state: Record<string, string> = {}, answer: unknown = reviewQueue) {
    const element = createElement('c-deal-review-queue', { is: DealReviewQueue });
    document.body.appendChild(element);
    pageReference.emit({ type: 'standard__navItemPage', state });
    graphqlAdapter.emit(answer);
    await flushPromises();
    return element;
}

const root = (element: HTMLElement): ShadowRoot => element.shadowRoot!;

function tables(element: HTMLElement): Record<string, string[][]> {
    const found: Record<string, string[][]> = {};
    for (const table of root(element).querySelectorAll<HTMLElement>('c-deal-review-queue-table')) {
        found[table.dataset.part!] = [...table.shadowRoot!.querySelectorAll('tbody tr')].map(
            (row) => [
                row.querySelector('th')!.textContent!.trim(),
                ...[...row.querySelectorAll('[data-cell="reasons"] li')].map((reason) =>
                    reason.textContent!.trim()
                )
            ]
        );
    }
    return found;
}

const textOf = (element: HTMLElement, selector: string): string | undefined =>
    root(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

describe('c-deal-review-queue', () => {
    beforeEach(() => {
        jest.useFakeTimers({
            doNotFake: ['setTimeout', 'setImmediate', 'queueMicrotask', 'nextTick']
        });
        jest.setSystemTime(new Date('2026-12-07T10:00:00'));
    });

    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.useRealTimers();
    });

    it('shows the deals to talk about first with why, and the others behind a button', async () => {
        const element = await mount();
        expect(tables(element)).toEqual({
            first: [
                [
                    'Kestrel - Aftermarket Field Service Mobile',
                    'Agreed action overdue: Ask the buyer for a realistic close date.',
                    'Close date Oct 30, 2026 has passed.',
                    'Stage gate blocked: 2 required criteria not met.',
                    'Next review was due on Nov 16, 2026.'
                ],
                [
                    'Kestrel - Quality Analytics',
                    'Stage gate blocked: a required criterion is not met.',
                    'Closes this period, on Dec 15, 2026 (the period ends Dec 31, 2026).'
                ]
            ]
        });
        expect(textOf(element, '[data-value="count"]')).toMatch(
            /^Talk about first: 2 of 4 open deals\./
        );
        expect(textOf(element, '[data-value="later"]')).toMatch(
            /^Nothing pressing: 2 more open deals\./
        );

        const toggle = root(element).querySelector<HTMLButtonElement>(
            '[data-action="toggle-later"]'
        )!;
        expect(toggle.textContent!.trim()).toBe('Show them (2)');
        expect(toggle.getAttribute('aria-expanded')).toBe('false');
        toggle.click();
        await flushPromises();
        expect(tables(element).later).toEqual([
            [
                'Kestrel - Supply Chain Integration',
                'Stage gate blocked: 2 required criteria not met.',
                'Never reviewed.'
            ],
            ['Kestrel - Plant AI Assistant', 'Never reviewed.']
        ]);
        await expect(element).toBeAccessible();
    });

    it('shows one person’s deals when the manager picks them', async () => {
        const element = await mount();
        const whose = root(element).querySelector<HTMLElement & { options: { label: string }[] }>(
            '[data-field="owner"]'
        )!;
        expect(whose.options.map((option) => option.label)).toEqual([
            'c.Atlas_DRV_Everyone',
            'Atlas Local User',
            'Avery Brooks'
        ]);
        whose.dispatchEvent(new CustomEvent('change', { detail: { value: AVERY } }));
        await flushPromises();
        expect(tables(element).first).toBeUndefined();
        expect(textOf(element, '[data-value="count"]')).toMatch(
            /^Talk about first: 0 of 2 open deals\./
        );
        expect(textOf(element, '[data-value="later"]')).toMatch(/^Nothing pressing: 2 more/);
    });

    it('says "1 open deal" when Pipeline Health sent one', async () => {
        const element = await mount({
            c__focus: 'stage',
            c__stage: 'Negotiation/Review',
            c__dealIds: AFTERMARKET
        });
        expect(textOf(element, '[data-value="focus"]')).toBe(
            'From Pipeline Health: the Negotiation/Review stage (1 open deal).'
        );
    });

    it('opens on the deals Pipeline Health counted in a stage, until the manager asks for every deal', async () => {
        const element = await mount({
            c__focus: 'stage',
            c__stage: 'Negotiation/Review',
            c__dealIds: `${AFTERMARKET},0060L000000000ZQAQ`
        });
        expect(textOf(element, '[data-value="focus"]')).toBe(
            'From Pipeline Health: the Negotiation/Review stage (2 open deals).'
        );
        expect(tables(element).first?.map((row) => row[0])).toEqual([
            'Kestrel - Aftermarket Field Service Mobile'
        ]);
        expect(textOf(element, '[data-value="later"]')).toMatch(/^Nothing pressing: 1 more/);

        root(element).querySelector<HTMLButtonElement>('[data-action="show-all"]')!.click();
        await flushPromises();
        expect(root(element).querySelector('[data-value="focus"]')).toBeNull();
        expect(tables(element).first).toHaveLength(2);
    });

    it('opens a deal’s review with the questions its gaps raise, and goes back to the queue', async () => {
        const element = await mount();
        const first = root(element).querySelector<HTMLElement>('[data-part="first"]')!;
        first.dispatchEvent(new CustomEvent('review', { detail: { id: AFTERMARKET } }));
        await flushPromises();
        const form = root(element).querySelector<HTMLElement & { questions: { text: string }[] }>(
            'c-deal-review-form'
        )!;
        expect(form.shadowRoot!.querySelector('[data-value="heading"]')!.textContent).toBe(
            'Review: Kestrel - Aftermarket Field Service Mobile'
        );
        expect(form.questions.length).toBeGreaterThan(0);
        expect(form.questions[0]?.text).toBe(
            'We agreed "Ask the buyer for a realistic close date" by Nov 13, 2026. What stood in the way, and is it still the right step?'
        );
        expect(root(element).querySelector('c-deal-review-queue-table')).toBeNull();

        form.dispatchEvent(new CustomEvent('back'));
        await flushPromises();
        expect(root(element).querySelector('c-deal-review-form')).toBeNull();
        expect(tables(element).first).toHaveLength(2);
    });

    it('opens the review of the deal the deal page linked to', async () => {
        const element = await mount({ c__opportunityId: AFTERMARKET });
        expect(
            root(element)
                .querySelector('c-deal-review-form')!
                .shadowRoot!.querySelector('[data-value="heading"]')!.textContent
        ).toBe('Review: Kestrel - Aftermarket Field Service Mobile');
    });

    it('says how many deals it ranks when the open deals do not fit on one page', async () => {
        const opportunities = reviewQueue.uiapi.query.Opportunity;
        const pageOf = (hasNextPage: boolean) => ({
            uiapi: {
                ...reviewQueue.uiapi,
                query: {
                    ...reviewQueue.uiapi.query,
                    Opportunity: { ...opportunities, pageInfo: { hasNextPage } }
                }
            }
        });
        const cut = await mount({}, pageOf(true));
        expect(textOf(cut, '[data-message="truncated"]')).toBe(
            'Only the 200 open deals that close soonest are ranked. Deals that close later are left out of this queue: find them on the Opportunities tab.'
        );
        expect(tables(cut).first).toHaveLength(2);
        await expect(cut).toBeAccessible();
        document.body.removeChild(cut);

        const whole = await mount({}, pageOf(false));
        expect(root(whole).querySelector('[data-message="truncated"]')).toBeNull();
    });

    it('says when the queue could not be loaded', async () => {
        const element = createElement('c-deal-review-queue', { is: DealReviewQueue });
        document.body.appendChild(element);
        graphqlAdapter.emitErrors([{ message: 'No such column Next_Review_On__c' }]);
        await flushPromises();
        expect(root(element).querySelector('c-error-panel')).not.toBeNull();
        expect(root(element).querySelector('c-deal-review-queue-table')).toBeNull();
        await expect(element).toBeAccessible();
    });
});

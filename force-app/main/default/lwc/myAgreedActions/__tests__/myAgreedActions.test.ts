// My Agreed Actions as a rep sees it on Home: the open actions from deal reviews that are theirs,
// overdue first, each with its deal, due date and whether nobody was assigned; Done marks one done,
// and a refused Done says why and keeps the action listed.
import { createElement } from 'lwc';
import { graphql } from 'lightning/graphql';
import { updateRecord } from 'lightning/uiRecordApi';
import MyAgreedActions from 'c/myAgreedActions';
import { flushPromises } from '../../planningRecordForm/__tests__/planningTestHelpers';
import answer from './data/myAgreedActions.json';

jest.mock(
    '@salesforce/label/c.Atlas_MAA_Count',
    () =>
        jest
            .requireActual('../../dealReviewQueue/__tests__/labelText')
            .labelModule('Atlas_MAA_Count'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_MAA_Due',
    () =>
        jest
            .requireActual('../../dealReviewQueue/__tests__/labelText')
            .labelModule('Atlas_MAA_Due'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_MAA_No_Due',
    () =>
        jest
            .requireActual('../../dealReviewQueue/__tests__/labelText')
            .labelModule('Atlas_MAA_No_Due'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_MAA_Done_Label',
    () =>
        jest
            .requireActual('../../dealReviewQueue/__tests__/labelText')
            .labelModule('Atlas_MAA_Done_Label'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_MAA_Done_Failed',
    () =>
        jest
            .requireActual('../../dealReviewQueue/__tests__/labelText')
            .labelModule('Atlas_MAA_Done_Failed'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_MAA_Overdue',
    () =>
        jest
            .requireActual('../../dealReviewQueue/__tests__/labelText')
            .labelModule('Atlas_MAA_Overdue'),
    { virtual: true }
);

const graphqlAdapter = graphql as unknown as {
    emit(data: unknown): void;
    emitErrors(errors: unknown[]): void;
};

async function mount(data: unknown = answer) {
    const element = createElement('c-my-agreed-actions', { is: MyAgreedActions });
    document.body.appendChild(element);
    graphqlAdapter.emit(data);
    await flushPromises();
    return element;
}

const root = (element: HTMLElement): ShadowRoot => element.shadowRoot!;
const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** Each listed action as the rep reads it: what, overdue or not, the deal, when, nobody assigned. */
function listed(element: HTMLElement): string[][] {
    return [...root(element).querySelectorAll('[data-list="my-actions"] > li')].map((item) =>
        [
            item.querySelector('[data-value="name"]'),
            item.querySelector('[data-value="overdue"]'),
            item.querySelector('a'),
            item.querySelector('[data-value="due"]'),
            item.querySelector('[data-value="unassigned"]')
        ]
            .filter((part): part is Element => part !== null)
            .map((part) => clean(part.textContent))
    );
}

describe('c-my-agreed-actions', () => {
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
        jest.clearAllMocks();
    });

    it('lists the overdue actions first, each with its deal and due date', async () => {
        const element = await mount();
        expect(clean(root(element).querySelector('[data-value="count"]')?.textContent)).toBe(
            'Open: 4. Overdue: 2.'
        );
        expect(listed(element)).toEqual([
            [
                'Ask the buyer for a realistic close date',
                'Overdue',
                'Kestrel - Aftermarket Field Service Mobile',
                'due Nov 13, 2026',
                'c.Atlas_MAA_Unassigned'
            ],
            [
                'Book a meeting with the CFO to walk through the proposal',
                'Overdue',
                'Meridian - Regulatory Reporting Suite',
                'due Nov 20, 2026',
                'c.Atlas_MAA_Unassigned'
            ],
            [
                "Ask the CIO's office who owns the integration project",
                'Cascade - Clinical Integration Hub',
                'due Dec 18, 2026',
                'c.Atlas_MAA_Unassigned'
            ],
            [
                'Send the revised rollout plan',
                'Kestrel - Aftermarket Field Service Mobile',
                'no due date'
            ]
        ]);
        const link = root(element).querySelector<HTMLAnchorElement>('[data-list="my-actions"] a')!;
        expect(link.getAttribute('href')).toBe('/lightning/r/Opportunity/0060L000000000YQAQ/view');
        await expect(element).toBeAccessible();
    });

    it('marks an action done and reads the list again', async () => {
        jest.mocked(updateRecord).mockResolvedValue({
            id: 'a000L0000000004QAA',
            apiName: 'Agreed_Action__c',
            fields: {}
        });
        const element = await mount();
        root(element)
            .querySelector<HTMLButtonElement>(
                'button[aria-label="Mark \\"Ask the buyer for a realistic close date\\" done"]'
            )!
            .click();
        await flushPromises();
        expect(updateRecord).toHaveBeenCalledWith({
            fields: { Id: 'a000L0000000004QAA', Status__c: 'Done' }
        });
        expect(root(element).querySelector('[data-message="done-error"]')).toBeNull();
    });

    it('says why an action could not be marked done, and keeps it listed', async () => {
        jest.mocked(updateRecord).mockRejectedValue({
            body: { message: 'insufficient access rights on object id' },
            status: 403
        });
        const element = await mount();
        root(element).querySelector<HTMLButtonElement>('[data-list="my-actions"] button')!.click();
        await flushPromises();
        expect(clean(root(element).querySelector('[data-message="done-error"]')?.textContent)).toBe(
            '"Ask the buyer for a realistic close date" could not be marked done: insufficient access rights on object id'
        );
        expect(listed(element)).toHaveLength(4);
        expect(
            root(element).querySelector<HTMLButtonElement>('[data-list="my-actions"] button')!
                .disabled
        ).toBe(false);
    });

    it('offers no Done button to someone who cannot edit agreed actions', async () => {
        const element = await mount({
            uiapi: {
                ...answer.uiapi,
                objectInfos: [{ ...answer.uiapi.objectInfos[0], updateable: false }]
            }
        });
        expect(listed(element)).toHaveLength(4);
        expect(root(element).querySelector('[data-list="my-actions"] button')).toBeNull();
    });

    it('says when nothing is waiting, and when the list could not be loaded', async () => {
        const empty = await mount({
            uiapi: {
                ...answer.uiapi,
                query: { Agreed_Action__c: { edges: [], pageInfo: { hasNextPage: false } } }
            }
        });
        expect(root(empty).querySelector('[data-message="empty"]')).not.toBeNull();

        const failed = createElement('c-my-agreed-actions', { is: MyAgreedActions });
        document.body.appendChild(failed);
        graphqlAdapter.emitErrors([{ message: 'No such column Assigned_To__c' }]);
        await flushPromises();
        expect(root(failed).querySelector('c-error-panel')).not.toBeNull();
        await expect(failed).toBeAccessible();
    });
});

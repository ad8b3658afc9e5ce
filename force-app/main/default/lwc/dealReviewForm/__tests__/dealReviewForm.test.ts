// The review form as a manager uses it: the deal's questions with their gaps, what keeps a review
// from being saved (said beside the field), what is sent to the org, and that nothing typed is lost
// when the org refuses the review or one of its agreed actions.
import { createElement } from 'lwc';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import DealReviewForm from 'c/dealReviewForm';
import type { QueueDeal } from 'c/dealCoaching';
import { flushPromises } from '../../planningRecordForm/__tests__/planningTestHelpers';

jest.mock(
    '@salesforce/label/c.Atlas_DRV_Form_Facts',
    () =>
        jest
            .requireActual('../../dealReviewQueue/__tests__/labelText')
            .labelModule('Atlas_DRV_Form_Facts'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DRV_Gap',
    () =>
        jest
            .requireActual('../../dealReviewQueue/__tests__/labelText')
            .labelModule('Atlas_DRV_Gap'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DRV_Save_Failed',
    () =>
        jest
            .requireActual('../../dealReviewQueue/__tests__/labelText')
            .labelModule('Atlas_DRV_Save_Failed'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DRV_Actions_Failed',
    () =>
        jest
            .requireActual('../../dealReviewQueue/__tests__/labelText')
            .labelModule('Atlas_DRV_Actions_Failed'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DRV_Problem_ACTION_NO_NAME',
    () =>
        jest
            .requireActual('../../dealReviewQueue/__tests__/labelText')
            .labelModule('Atlas_DRV_Problem_ACTION_NO_NAME'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DRV_Problem_ACTION_NO_OWNER',
    () =>
        jest
            .requireActual('../../dealReviewQueue/__tests__/labelText')
            .labelModule('Atlas_DRV_Problem_ACTION_NO_OWNER'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DRV_Problem_ACTION_NO_DUE_DATE',
    () =>
        jest
            .requireActual('../../dealReviewQueue/__tests__/labelText')
            .labelModule('Atlas_DRV_Problem_ACTION_NO_DUE_DATE'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DRV_Problem_NEXT_REVIEW_BEFORE_REVIEW',
    () =>
        jest
            .requireActual('../../dealReviewQueue/__tests__/labelText')
            .labelModule('Atlas_DRV_Problem_NEXT_REVIEW_BEFORE_REVIEW'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DRV_Problem_EMPTY_REVIEW',
    () =>
        jest
            .requireActual('../../dealReviewQueue/__tests__/labelText')
            .labelModule('Atlas_DRV_Problem_EMPTY_REVIEW'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DRV_Problem_ACTION_DUE_BEFORE_REVIEW',
    () =>
        jest
            .requireActual('../../dealReviewQueue/__tests__/labelText')
            .labelModule('Atlas_DRV_Problem_ACTION_DUE_BEFORE_REVIEW'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_DRV_Answer',
    () =>
        jest
            .requireActual('../../dealReviewQueue/__tests__/labelText')
            .labelModule('Atlas_DRV_Answer'),
    { virtual: true }
);

jest.mock(
    '@salesforce/label/c.Atlas_DRF_Earlier_Action',
    () =>
        jest
            .requireActual('../../dealReviewQueue/__tests__/labelText')
            .labelModule('Atlas_DRF_Earlier_Action'),
    { virtual: true }
);

const REP = '005Dn000001RepAAA';
const MANAGER = '005Dn000001MgrAAA';
const DEAL: QueueDeal = {
    id: '006Dn000004AftAAA',
    name: 'Kestrel - Aftermarket Field Service Mobile',
    ownerId: REP,
    ownerName: 'Avery Brooks',
    stage: 'Proposal/Price Quote',
    amount: 520000,
    closeDate: '2026-10-30',
    lastActivityDate: null,
    score: 80,
    band: 'Healthy',
    gateBlocked: true,
    blockingCount: 2,
    earlierScore: null,
    lastReview: null,
    actions: []
};
const QUESTIONS = [
    {
        key: 'COMPELLING',
        text: 'What would make them choose to do nothing?',
        gapText: 'No compelling event'
    },
    {
        key: 'COACH',
        text: 'Who inside the customer tells us how the decision is really made?',
        gapText: 'No coach'
    }
];

type Input = HTMLElement & { value: unknown };

function mount(canRecord = true, deal: QueueDeal = DEAL) {
    const element = createElement('c-deal-review-form', { is: DealReviewForm });
    Object.assign(element, {
        deal,
        questions: QUESTIONS,
        userOptions: [
            { label: 'Avery Brooks', value: REP },
            { label: 'Morgan Lee', value: MANAGER }
        ],
        reviewerId: MANAGER,
        canRecord
    });
    document.body.appendChild(element);
    return element;
}

const root = (element: HTMLElement): ShadowRoot => element.shadowRoot!;

/** Types a value the way the base components report it: the value, then a change event. */
function type(input: Element | null | undefined, value: string): void {
    const field = input as Input;
    field.value = value;
    field.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

function actionField(element: HTMLElement, index: number, field: string): Input {
    const fieldset = root(element).querySelectorAll('fieldset')[index]!;
    return fieldset.querySelector<Input>(`[data-field="${field}"]`)!;
}

function click(element: HTMLElement, action: string): void {
    root(element).querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click();
}

const errorsOf = (scope: ParentNode): string[] =>
    [...scope.querySelectorAll('[data-error]')].map((error) => error.textContent!.trim());

async function fillTwoActions(element: HTMLElement): Promise<void> {
    type(
        root(element).querySelector('lightning-textarea[data-key="COMPELLING"]'),
        'Budget freeze.'
    );
    type(root(element).querySelector('[data-field="notes"]'), 'Ask for the decision meeting.');
    type(actionField(element, 0, 'name'), 'Ask the CFO when the freeze lifts');
    type(actionField(element, 0, 'dueDate'), '2026-12-14');
    click(element, 'add');
    await flushPromises();
    type(actionField(element, 1, 'name'), 'Send the revised rollout plan');
    type(actionField(element, 1, 'assignedTo'), MANAGER);
    type(actionField(element, 1, 'dueDate'), '2026-12-18');
    await flushPromises();
}

describe('c-deal-review-form', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('asks each question with the gap it comes from, and starts one action for the rep', async () => {
        const element = mount();
        await flushPromises();
        const questions = [...root(element).querySelectorAll('[data-list="questions"] > li')];
        expect(
            questions.map((item) => [
                item.querySelector('[data-value="question"]')!.textContent!.trim(),
                item.querySelector('[data-value="gap"]')!.textContent!.trim()
            ])
        ).toEqual([
            ['What would make them choose to do nothing?', 'From: No compelling event'],
            ['Who inside the customer tells us how the decision is really made?', 'From: No coach']
        ]);
        expect(root(element).querySelector('[data-value="facts"]')!.textContent).toBe(
            'Proposal/Price Quote · score 80 (Healthy) · close date Oct 30, 2026'
        );
        expect(root(element).querySelectorAll('fieldset')).toHaveLength(1);
        expect(actionField(element, 0, 'assignedTo').value).toBe(REP);
        await expect(element).toBeAccessible();
    });

    it('says beside an agreed action what it lacks, and saves nothing', async () => {
        const element = mount();
        await flushPromises();
        type(actionField(element, 0, 'name'), 'Ask the CFO when the freeze lifts');
        type(actionField(element, 0, 'assignedTo'), '');
        await flushPromises();
        click(element, 'save');
        await flushPromises();

        const fieldset = root(element).querySelector('fieldset')!;
        expect(errorsOf(fieldset)).toEqual(['Pick who does it.', 'Pick a due date.']);
        expect(root(element).querySelector('[data-message="fix"]')).not.toBeNull();
        expect(createRecord).not.toHaveBeenCalled();
        expect(actionField(element, 0, 'name').value).toBe('Ask the CFO when the freeze lifts');
        await expect(element).toBeAccessible();
    });

    it('refuses a next review before this one', async () => {
        const element = mount();
        await flushPromises();
        type(root(element).querySelector('[data-field="notes"]'), 'Talked through the gate.');
        type(root(element).querySelector('[data-field="reviewedOn"]'), '2026-12-07');
        type(root(element).querySelector('[data-field="nextReviewOn"]'), '2026-12-01');
        await flushPromises();
        click(element, 'save');
        await flushPromises();
        expect(errorsOf(root(element))).toEqual(['The next review cannot be before this one.']);
        expect(createRecord).not.toHaveBeenCalled();
    });

    it('refuses a review with nothing in it, and an action due before the review', async () => {
        const element = mount();
        await flushPromises();
        type(root(element).querySelector('[data-field="reviewedOn"]'), '2026-12-07');
        await flushPromises();
        click(element, 'save');
        await flushPromises();
        expect(errorsOf(root(element))).toEqual([
            'Nothing to save yet: answer a question, write a note or add an agreed action.'
        ]);

        type(actionField(element, 0, 'name'), 'Ask the CFO when the freeze lifts');
        type(actionField(element, 0, 'dueDate'), '2026-11-01');
        await flushPromises();
        click(element, 'save');
        await flushPromises();
        expect(errorsOf(root(element))).toEqual(['The due date cannot be before the review date.']);
        expect(createRecord).not.toHaveBeenCalled();
    });

    it('offers the earlier open actions: one marked done is closed when the review saves, the other stays open', async () => {
        jest.mocked(createRecord)
            .mockResolvedValueOnce({
                id: 'a0RDn0000000009AAA',
                apiName: 'Deal_Review__c',
                fields: {}
            })
            .mockResolvedValue({
                id: 'a0SDn0000000009AAA',
                apiName: 'Agreed_Action__c',
                fields: {}
            });
        jest.mocked(updateRecord).mockResolvedValue({
            id: 'a0SDn0000000001AAA',
            apiName: 'Agreed_Action__c',
            fields: {}
        });
        const earlier = {
            ...DEAL,
            actions: [
                {
                    Id: 'a0SDn0000000002AAA',
                    Name: 'Send the security questionnaire',
                    Deal_Review__c: 'a0RDn0000000001AAA',
                    Due_Date__c: '2026-12-01',
                    Status__c: 'Open' as const
                },
                {
                    Id: 'a0SDn0000000001AAA',
                    Name: 'Ask the buyer for a realistic close date',
                    Deal_Review__c: 'a0RDn0000000001AAA',
                    Due_Date__c: '2026-11-13',
                    Status__c: 'Open' as const
                },
                {
                    Id: 'a0SDn0000000003AAA',
                    Name: 'Book the demo',
                    Deal_Review__c: 'a0RDn0000000001AAA',
                    Due_Date__c: '2026-10-01',
                    Status__c: 'Done' as const
                }
            ]
        };
        const element = mount(true, earlier);
        await flushPromises();

        const offered = root(element).querySelector('c-earlier-agreed-actions')!;
        const groups = [
            ...offered.shadowRoot!.querySelectorAll('lightning-radio-group')
        ] as (HTMLElement & {
            label: string;
            value: string;
        })[];
        // Open ones only, soonest due first, each kept open until the manager says otherwise.
        expect(groups.map((group) => [group.label, group.value])).toEqual([
            ['Ask the buyer for a realistic close date (due Nov 13, 2026)', 'Open'],
            ['Send the security questionnaire (due Dec 1, 2026)', 'Open']
        ]);
        type(groups[0]!, 'Done');
        type(root(element).querySelector('[data-field="notes"]'), 'The buyer gave a date.');
        type(root(element).querySelector('[data-field="reviewedOn"]'), '2026-12-07');
        await flushPromises();
        click(element, 'save');
        await flushPromises();

        expect(jest.mocked(updateRecord).mock.calls.map(([record]) => record)).toEqual([
            { fields: { Id: 'a0SDn0000000001AAA', Status__c: 'Done' } }
        ]);
        expect(root(element).querySelector('[data-message="save-error"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('saves the review with the answered questions, then each agreed action under it', async () => {
        jest.mocked(createRecord)
            .mockResolvedValueOnce({
                id: 'a0RDn0000000001AAA',
                apiName: 'Deal_Review__c',
                fields: {}
            })
            .mockResolvedValue({
                id: 'a0SDn0000000001AAA',
                apiName: 'Agreed_Action__c',
                fields: {}
            });
        const element = mount();
        const saved = jest.fn();
        const back = jest.fn();
        element.addEventListener('saved', saved);
        element.addEventListener('back', back);
        await flushPromises();
        type(root(element).querySelector('[data-field="reviewedOn"]'), '2026-12-07');
        type(root(element).querySelector('[data-field="nextReviewOn"]'), '2026-12-21');
        await fillTwoActions(element);
        click(element, 'save');
        await flushPromises();

        expect(jest.mocked(createRecord).mock.calls.map(([record]) => record)).toEqual([
            {
                apiName: 'Deal_Review__c',
                fields: {
                    Opportunity__c: DEAL.id,
                    Reviewed_On__c: '2026-12-07',
                    Reviewer__c: MANAGER,
                    Rep__c: REP,
                    Score__c: 80,
                    Band__c: 'Healthy',
                    Stage__c: 'Proposal/Price Quote',
                    Close_Date__c: '2026-10-30',
                    // The unanswered question was not asked: it is not kept.
                    Questions_And_Answers__c:
                        'What would make them choose to do nothing?\nBudget freeze.',
                    Notes__c: 'Ask for the decision meeting.',
                    Next_Review_On__c: '2026-12-21'
                }
            },
            {
                apiName: 'Agreed_Action__c',
                fields: {
                    Name: 'Ask the CFO when the freeze lifts',
                    Deal_Review__c: 'a0RDn0000000001AAA',
                    Assigned_To__c: REP,
                    Due_Date__c: '2026-12-14',
                    Status__c: 'Open'
                }
            },
            {
                apiName: 'Agreed_Action__c',
                fields: {
                    Name: 'Send the revised rollout plan',
                    Deal_Review__c: 'a0RDn0000000001AAA',
                    Assigned_To__c: MANAGER,
                    Due_Date__c: '2026-12-18',
                    Status__c: 'Open'
                }
            }
        ]);
        expect(saved).toHaveBeenCalledTimes(1);
        expect(saved.mock.calls[0][0].detail).toEqual({ reviewId: 'a0RDn0000000001AAA' });
        expect(back).toHaveBeenCalledTimes(1);
    });

    it('keeps everything typed when the org refuses the review, and says what it said', async () => {
        jest.mocked(createRecord).mockRejectedValue({
            body: { message: 'Reviewed On: the review date cannot be in the future.' },
            status: 400
        });
        const element = mount();
        await flushPromises();
        await fillTwoActions(element);
        click(element, 'save');
        await flushPromises();

        const error = root(element).querySelector('[data-message="save-error"]')!;
        expect(error.textContent).toContain(
            'Reviewed On: the review date cannot be in the future.'
        );
        expect(
            (root(element).querySelector('lightning-textarea[data-key="COMPELLING"]') as Input)
                .value
        ).toBe('Budget freeze.');
        expect((root(element).querySelector('[data-field="notes"]') as Input).value).toBe(
            'Ask for the decision meeting.'
        );
        expect(
            [0, 1].map((index) => [
                actionField(element, index, 'name').value,
                actionField(element, index, 'dueDate').value
            ])
        ).toEqual([
            ['Ask the CFO when the freeze lifts', '2026-12-14'],
            ['Send the revised rollout plan', '2026-12-18']
        ]);
        const save = root(element).querySelector<HTMLButtonElement>('[data-action="save"]')!;
        expect(save.disabled).toBe(false);
        await expect(element).toBeAccessible();
    });

    it('keeps an agreed action the org refused, and a retry saves only that one under the same review', async () => {
        jest.mocked(createRecord)
            .mockResolvedValueOnce({
                id: 'a0RDn0000000002AAA',
                apiName: 'Deal_Review__c',
                fields: {}
            })
            .mockResolvedValueOnce({
                id: 'a0SDn0000000002AAA',
                apiName: 'Agreed_Action__c',
                fields: {}
            })
            .mockRejectedValueOnce({
                body: { message: 'Due Date: pick a working day.' },
                status: 400
            });
        const element = mount();
        await flushPromises();
        await fillTwoActions(element);
        click(element, 'save');
        await flushPromises();

        expect(root(element).querySelector('[data-message="save-error"]')!.textContent).toContain(
            'Send the revised rollout plan'
        );
        expect(root(element).querySelectorAll('fieldset')).toHaveLength(1);
        expect(actionField(element, 0, 'name').value).toBe('Send the revised rollout plan');

        jest.mocked(createRecord).mockResolvedValueOnce({
            id: 'a0SDn0000000003AAA',
            apiName: 'Agreed_Action__c',
            fields: {}
        });
        type(actionField(element, 0, 'dueDate'), '2026-12-17');
        click(element, 'save');
        await flushPromises();
        const calls = jest.mocked(createRecord).mock.calls.map(([record]) => record);
        expect(calls).toHaveLength(4);
        expect(calls[3]).toEqual({
            apiName: 'Agreed_Action__c',
            fields: {
                Name: 'Send the revised rollout plan',
                Deal_Review__c: 'a0RDn0000000002AAA',
                Assigned_To__c: MANAGER,
                Due_Date__c: '2026-12-17',
                Status__c: 'Open'
            }
        });
    });

    it('says why a manager without the permission cannot save', async () => {
        const element = mount(false);
        await flushPromises();
        expect(root(element).querySelector('[data-message="read-only"]')).not.toBeNull();
        expect(
            root(element).querySelector<HTMLButtonElement>('[data-action="save"]')!.disabled
        ).toBe(true);
    });
});

// The Mutual Plan panel as a rep uses it: the plan in order against the close date with the late
// step marked, adding a step (bad input refused with a clear message, a refused save keeping what
// was typed), completing a step, and the customer's CSV without internal notes.
import MutualPlanPanel from 'c/mutualPlanPanel';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import {
    changeValue,
    flushPromises,
    pinClock,
    shadowQuery,
    shadowQueryAll,
    textOf,
    uiApiError
} from '../../dealScore/__tests__/panelTestUtils';
import { NOVAK, OPPORTUNITY_ID, PROOF_OF_VALUE, planResponse } from './planFixture';
import { clearPage, mountAnswered } from '../../../../../../jest/panelTests';

jest.mock(
    '@salesforce/label/c.Atlas_MPL_After_Close_Other',
    () => ({ default: 'Due {0} days after the close date' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.Atlas_MPL_Overdue_Other', () => ({ default: '{0} days overdue' }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.Atlas_MPL_Problem_NO_NAME',
    () => ({ default: 'Name the step, for example Security review.' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.Atlas_MPL_Col_Step', () => ({ default: 'Step' }), {
    virtual: true
});
jest.mock('@salesforce/label/c.Atlas_MPL_Col_Evidence', () => ({ default: 'Evidence' }), {
    virtual: true
});

async function mountPanel(data: unknown = planResponse()) {
    return mountAnswered(
        'c-mutual-plan-panel',
        MutualPlanPanel,
        { recordId: OPPORTUNITY_ID },
        data
    );
}

function stepItems(element: HTMLElement): HTMLElement[] {
    return shadowQueryAll(element, 'li[data-step]');
}

function button(scope: Element | ShadowRoot | null, label: string): HTMLElement {
    const found = [...(scope?.querySelectorAll('lightning-button') ?? [])].find(
        (candidate) => (candidate as HTMLElement & { label: string }).label === label
    );
    if (!found) {
        throw new Error(`No button ${label}`);
    }
    return found as HTMLElement;
}

function form(element: HTMLElement): HTMLElement {
    const found = shadowQuery(element, 'c-mutual-plan-step-form');
    if (!found) {
        throw new Error('No step form');
    }
    return found;
}

function formField(element: HTMLElement, field: string): HTMLElement & { value: unknown } {
    const found = form(element).shadowRoot?.querySelector(`[data-field="${field}"]`);
    if (!found) {
        throw new Error(`No field ${field}`);
    }
    return found as HTMLElement & { value: unknown };
}

describe('c-mutual-plan-panel', () => {
    beforeEach(() => {
        pinClock('2026-12-07T12:00:00');
    });

    afterEach(() => {
        clearPage();
        jest.clearAllMocks();
        jest.useRealTimers();
    });

    it('shows the steps in order with their owners, and marks the step due after the close date', async () => {
        const { element } = await mountPanel();
        const items = stepItems(element);
        expect(items.map((item) => item.dataset.step)).toEqual([
            'Solution workshop',
            'Proof of value',
            'IT security review'
        ]);
        const late = items[2]!;
        expect(textOf(late.querySelector('[data-slip="AFTER_CLOSE"]'))).toBe(
            'Due 14 days after the close date'
        );
        expect(items[0]!.querySelector('[data-slip]')).toBeNull();
        expect(items[1]!.querySelector('[data-slip]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('refuses a step without a name, says what to do, and keeps the date typed', async () => {
        const { element } = await mountPanel();
        button(element.shadowRoot, 'c.Atlas_MPL_Add').click();
        await flushPromises();
        changeValue(formField(element, 'dueDate'), '2027-01-15');
        await flushPromises();
        button(form(element).shadowRoot, 'c.Atlas_MPL_Save').click();
        await flushPromises();
        expect(createRecord).not.toHaveBeenCalled();
        expect(textOf(form(element).shadowRoot?.querySelector('[data-problem="name"]'))).toBe(
            'Name the step, for example Security review.'
        );
        expect(formField(element, 'dueDate').value).toBe('2027-01-15');
        await expect(element).toBeAccessible();
    });

    it('adds a step with both owners, then reloads the plan', async () => {
        const { element, refresh } = await mountPanel();
        (createRecord as jest.Mock).mockResolvedValue({ id: 'a0PDn0000000009AAA' });
        button(element.shadowRoot, 'c.Atlas_MPL_Add').click();
        await flushPromises();
        changeValue(formField(element, 'name'), 'Reference call');
        changeValue(formField(element, 'dueDate'), '2027-02-05');
        changeValue(formField(element, 'customerOwnerId'), NOVAK);
        changeValue(formField(element, 'evidence'), 'Call notes');
        changeValue(formField(element, 'internalNotes'), 'Ask Lukas, our reference');
        button(form(element).shadowRoot, 'c.Atlas_MPL_Save').click();
        await flushPromises();
        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'Mutual_Plan_Step__c',
            fields: {
                Opportunity__c: OPPORTUNITY_ID,
                Name: 'Reference call',
                Due_Date__c: '2027-02-05',
                Status__c: 'Not Started',
                Our_Owner__c: null,
                Customer_Owner__c: NOVAK,
                Evidence__c: 'Call notes',
                Internal_Notes__c: 'Ask Lukas, our reference',
                Completed_On__c: null
            }
        });
        expect(refresh).toHaveBeenCalled();
        expect(shadowQuery(element, 'c-mutual-plan-step-form')).toBeNull();
    });

    it('keeps everything typed when the org refuses the save, with its reason', async () => {
        const { element } = await mountPanel();
        (createRecord as jest.Mock).mockRejectedValue(
            uiApiError('', {
                Customer_Owner__c:
                    "The customer owner must be a contact of the deal's account: pick one of that account's contacts, or leave it blank."
            })
        );
        button(element.shadowRoot, 'c.Atlas_MPL_Add').click();
        await flushPromises();
        changeValue(formField(element, 'name'), 'Reference call');
        changeValue(formField(element, 'dueDate'), '2027-02-05');
        button(form(element).shadowRoot, 'c.Atlas_MPL_Save').click();
        await flushPromises();
        const failure = textOf(
            form(element).shadowRoot?.querySelector('[data-message="save-failed"]')
        );
        expect(failure).toContain("The customer owner must be a contact of the deal's account");
        expect(formField(element, 'name').value).toBe('Reference call');
        expect(formField(element, 'dueDate').value).toBe('2027-02-05');
        await expect(element).toBeAccessible();
    });

    it('opens Edit inside its step with focus on the form, and returns focus to that Edit after Cancel or Save (#22)', async () => {
        const { element } = await mountPanel();
        (updateRecord as jest.Mock).mockResolvedValue({});
        const focused: Element[] = [];
        const spy = jest.spyOn(HTMLElement.prototype, 'focus').mockImplementation(function (
            this: HTMLElement
        ) {
            focused.push(this);
        });
        const editOf = (index: number): HTMLElement =>
            button(stepItems(element)[index]!, 'c.Atlas_MPL_Edit');
        const secondStep = stepItems(element)[1]!.dataset.step;

        for (const close of ['c.Atlas_MPL_Cancel', 'c.Atlas_MPL_Save']) {
            editOf(1).click();
            await flushPromises();
            // The form is in the second step, not below the last one, and has focus (its heading).
            const opened = form(element);
            expect(stepItems(element)[1]!.contains(opened)).toBe(true);
            expect(stepItems(element)[1]!.dataset.step).toBe(secondStep);
            expect(focused.at(-1)).toBe(
                opened.shadowRoot!.querySelector('[data-id="form-heading"]')
            );

            button(opened.shadowRoot, close).click();
            await flushPromises();
            expect(shadowQuery(element, 'c-mutual-plan-step-form')).toBeNull();
            expect(focused.at(-1)).toBe(editOf(1));
        }
        expect(updateRecord).toHaveBeenCalledTimes(1);
        spy.mockRestore();
    });

    it('completes a step as of today', async () => {
        const { element, refresh } = await mountPanel();
        (updateRecord as jest.Mock).mockResolvedValue({});
        const proof = stepItems(element)[1]!;
        button(proof, 'c.Atlas_MPL_Complete').click();
        await flushPromises();
        expect(updateRecord).toHaveBeenCalledWith({
            fields: { Id: PROOF_OF_VALUE, Status__c: 'Done', Completed_On__c: '2026-12-07' }
        });
        expect(refresh).toHaveBeenCalled();
    });

    it('exports the plan for the customer without the internal notes', async () => {
        const { element } = await mountPanel();
        const blobs: Blob[] = [];
        const createObjectURL = jest.fn((blob: Blob) => {
            blobs.push(blob);
            return 'blob:plan';
        });
        Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
        button(element.shadowRoot, 'c.Atlas_MPL_Export').click();
        const text = await new Promise<string>((resolve) => {
            const reader = new FileReader();
            reader.onload = () => resolve(String(reader.result));
            reader.readAsText(blobs[0]!);
        });
        expect(blobs[0]!.type).toBe('text/plain');
        const lines = text.replace(/^\uFEFF/, '').split('\r\n');
        expect(lines[0]).toContain('Step');
        expect(lines.slice(1, 4).map((line) => line.split(',')[1])).toEqual([
            'Solution workshop',
            'Proof of value',
            'IT security review'
        ]);
        expect(lines[2]).toContain('"Results signed off, ""final"""');
        expect(text).not.toContain('Nina is stretched');
        expect(text).not.toContain('February only');
    });

    it('shows a read-only plan without add, edit or complete to a user who cannot change steps', async () => {
        const { element } = await mountPanel(planResponse({ createable: false }));
        expect(stepItems(element)).toHaveLength(3);
        expect(() => button(element.shadowRoot, 'c.Atlas_MPL_Add')).toThrow();
        expect(() => button(stepItems(element)[1]!, 'c.Atlas_MPL_Complete')).toThrow();
        expect(() => button(stepItems(element)[1]!, 'c.Atlas_MPL_Edit')).toThrow();
        expect(shadowQuery(element, '[data-message="read-only"]')).not.toBeNull();
        await expect(element).toBeAccessible();
    });
});

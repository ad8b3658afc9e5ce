// The planning form as a user meets it: Save either saves or says why not, a press on Save is never
// lost to the field's blur moving the button, and the page knows when the form holds unsaved changes.
import { createElement } from 'lwc';
import { getObjectInfo } from 'lightning/uiObjectInfoApi';
import PlanningRecordForm from 'c/planningRecordForm';
import { unsavedLabels } from 'c/unsavedChanges';
import type { FormFieldDefinition } from 'c/planningRecordForm';
import { clickFormButton, flushPromises, formInputs, typeInto } from './planningTestHelpers';

const FIELDS: FormFieldDefinition[] = [
    { name: 'Name', label: 'Name', type: 'text', required: true },
    { name: 'Amount', label: 'Amount', type: 'currency', min: 0 }
];

async function mountForm(values: Record<string, unknown> = { Name: 'Deal' }) {
    const element = createElement('c-planning-record-form', { is: PlanningRecordForm });
    Object.assign(element, { heading: 'New opportunity', fields: FIELDS, values });
    document.body.appendChild(element);
    await flushPromises();
    const saves: unknown[] = [];
    element.addEventListener('save', (event) => saves.push((event as CustomEvent).detail));
    return { element, saves };
}

describe('c-planning-record-form', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('says why it did not save when an input refuses its value, and keeps the keyboard there', async () => {
        const { element, saves } = await mountForm();
        const amount = formInputs(element).get('Amount')! as unknown as HTMLElement & {
            reportValidity: () => boolean;
        };
        amount.reportValidity = jest.fn(() => false);
        clickFormButton(element, 'save');
        await flushPromises();

        expect(saves).toEqual([]);
        const message = element.shadowRoot!.querySelector('[data-message="invalid"]')!;
        expect(message.getAttribute('role')).toBe('alert');
        expect(message.textContent!.trim()).toBe('c.Atlas_AP_Form_Invalid');
        await expect(element).toBeAccessible();
    });

    it("limits lengths and amounts to what the object's fields hold, from its object info", async () => {
        const { element } = await mountForm();
        Object.assign(element, { objectApiName: 'Opportunity' });
        (getObjectInfo as unknown as { emit(data: unknown): void }).emit({
            apiName: 'Opportunity',
            fields: {
                Name: { dataType: 'String', length: 120 },
                Amount: { dataType: 'Currency', precision: 16, scale: 2 }
            }
        });
        await flushPromises();
        const inputs = formInputs(element) as Map<string, unknown>;
        expect((inputs.get('Name') as { maxLength: number }).maxLength).toBe(120);
        expect((inputs.get('Amount') as { max: number; min: number }).max).toBe(99999999999999.99);
        expect((inputs.get('Amount') as { max: number; min: number }).min).toBe(0);
    });

    it("warns before saving a parent's warning or an unlikely date, and saves on the second Save", async () => {
        const element = createElement('c-planning-record-form', { is: PlanningRecordForm });
        Object.assign(element, {
            heading: 'Edit buying center',
            fields: [
                { name: 'Name', label: 'Name', type: 'text', required: true },
                { name: 'Last', label: 'Last engagement', type: 'date', expectedDate: 'past' }
            ],
            values: { Name: 'Treasury' },
            fieldWarnings: { Name: 'Another buying center is already called this.' }
        });
        document.body.appendChild(element);
        await flushPromises();
        const saves: unknown[] = [];
        element.addEventListener('save', (event) => saves.push((event as CustomEvent).detail));
        typeInto(element, { Last: `${new Date().getFullYear() + 3}-01-15` });
        await flushPromises();
        const warning = (name: string) =>
            element.shadowRoot!.querySelector(`[data-warning-for="${name}"]`)?.textContent?.trim();
        expect(warning('Name')).toBe('Another buying center is already called this.');
        expect(warning('Last')).toBe('c.Atlas_AP_Form_Warn_Date_Future');

        clickFormButton(element, 'save');
        await flushPromises();
        expect(saves).toEqual([]);
        expect(
            element.shadowRoot!.querySelector('[data-message="invalid"]')!.textContent!.trim()
        ).toBe('c.Atlas_AP_Form_Warn_Confirm');
        clickFormButton(element, 'save');
        await flushPromises();
        expect(saves).toHaveLength(1);
        await expect(element).toBeAccessible();
    });

    it("shows what to do about the server's refusal, with its words beneath", async () => {
        const { element } = await mountForm();
        Object.assign(element, {
            fieldErrors: {
                Amount: {
                    message: 'Too large for this field.',
                    detail: 'value outside of valid range'
                }
            }
        });
        await flushPromises();
        const help = element.shadowRoot!.querySelector('[data-error-for="Amount"]')!;
        expect(help.textContent).toContain('Too large for this field.');
        expect(help.querySelector('[data-error-detail-for="Amount"]')!.textContent!.trim()).toBe(
            'value outside of valid range'
        );
    });

    it('saves once the value is corrected, on the first click', async () => {
        const { element, saves } = await mountForm();
        typeInto(element, { Amount: '5000' });
        clickFormButton(element, 'save');
        await flushPromises();

        expect(saves).toEqual([
            { values: { Name: 'Deal', Amount: 5000 }, changed: { Amount: 5000 } }
        ]);
    });

    it('saves when Save was pressed and released where it was, even if it moved and no click came', async () => {
        const { element, saves } = await mountForm();
        typeInto(element, { Amount: '7' });
        const save = element.shadowRoot!.querySelector('[data-action="save"]')!;
        // Pressed at 200-230; the field's blur then moved the button down to 260-290.
        jest.spyOn(save, 'getBoundingClientRect')
            .mockReturnValueOnce({ left: 100, right: 160, top: 200, bottom: 230 } as DOMRect)
            .mockReturnValue({ left: 100, right: 160, top: 260, bottom: 290 } as DOMRect);
        save.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
        window.dispatchEvent(new MouseEvent('mouseup', { clientX: 120, clientY: 215 }));
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(saves).toHaveLength(1);

        // Pressed, then dragged away before letting go: nothing is saved.
        save.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
        window.dispatchEvent(new MouseEvent('mouseup', { clientX: 400, clientY: 215 }));
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(saves).toHaveLength(1);
    });

    it('saves once when the click does come', async () => {
        const { element, saves } = await mountForm();
        const save = element.shadowRoot!.querySelector<HTMLElement>('[data-action="save"]')!;
        jest.spyOn(save, 'getBoundingClientRect').mockReturnValue({
            left: 0,
            right: 50,
            top: 0,
            bottom: 50
        } as DOMRect);
        save.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
        window.dispatchEvent(new MouseEvent('mouseup', { clientX: 10, clientY: 10 }));
        save.click();
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(saves).toHaveLength(1);
    });

    it('tells the page it holds unsaved changes until it is cancelled or removed', async () => {
        const { element } = await mountForm();
        expect(unsavedLabels()).toEqual([]);
        typeInto(element, { Amount: '10' });
        await flushPromises();
        expect(unsavedLabels()).toEqual(['New opportunity']);

        clickFormButton(element, 'cancel');
        expect(unsavedLabels()).toEqual([]);
        typeInto(element, { Amount: '12' });
        document.body.removeChild(element);
        expect(unsavedLabels()).toEqual([]);
    });
});

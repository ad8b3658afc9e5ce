// The planning form as a user meets it: Save either saves or says why not, a click on Save is never
// lost to the field's blur, and the page knows when the form holds unsaved changes.
import { createElement } from 'lwc';
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

    it('saves once the value is corrected, on the first click', async () => {
        const { element, saves } = await mountForm();
        typeInto(element, { Amount: '5000' });
        clickFormButton(element, 'save');
        await flushPromises();

        expect(saves).toEqual([
            { values: { Name: 'Deal', Amount: 5000 }, changed: { Amount: 5000 } }
        ]);
    });

    it('keeps the focus in the field when Save is pressed, so its blur cannot move the button away', async () => {
        const { element } = await mountForm();
        const save = element.shadowRoot!.querySelector('[data-action="save"]')!;
        const press = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
        save.dispatchEvent(press);
        expect(press.defaultPrevented).toBe(true);
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

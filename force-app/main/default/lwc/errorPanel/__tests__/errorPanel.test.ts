import { createElement } from 'lwc';
import ErrorPanel from 'c/errorPanel';

function mountErrorPanel(props: Record<string, unknown>): HTMLElement {
    const element = createElement('c-error-panel', { is: ErrorPanel });
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

describe('c-error-panel', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('shows the headline and every message of a rejected save', async () => {
        const element = mountErrorPanel({
            friendlyMessage: 'The buying center was not saved.',
            errors: {
                body: {
                    output: {
                        errors: [{ message: 'Wallet share is a percentage between 0 and 100.' }]
                    }
                }
            }
        });
        await Promise.resolve();

        const root = element.shadowRoot!;
        expect(root.querySelector('h2')!.textContent).toBe('The buying center was not saved.');
        const items = [...root.querySelectorAll('li')].map((item) => item.textContent);
        expect(items).toEqual(['Wallet share is a percentage between 0 and 100.']);
        await expect(element).toBeAccessible();
    });

    it("says what to do when the user's access refused the read, above what Salesforce said", async () => {
        const refusal =
            "Validation error (FieldUndefined@[uiapi/query/Stage_Criterion__c]) : Field 'Stage_Criterion__c' in type 'RecordQuery' is undefined";
        const element = mountErrorPanel({ errors: [{ message: refusal }] });
        await Promise.resolve();

        const root = element.shadowRoot!;
        expect(root.querySelector('[data-message="access"]')!.textContent!.trim()).toBe(
            'c.Atlas_Error_No_Access'
        );
        expect([...root.querySelectorAll('li')].map((item) => item.textContent)).toEqual([refusal]);
        await expect(element).toBeAccessible();
    });

    it('gives no access advice for an error that is not about access', async () => {
        const element = mountErrorPanel({ errors: [{ message: 'Request timed out' }] });
        await Promise.resolve();
        expect(element.shadowRoot!.querySelector('[data-message="access"]')).toBeNull();
    });

    it('shows only the headline when the error carries no message', async () => {
        const element = mountErrorPanel({ errors: {} });
        await Promise.resolve();

        const root = element.shadowRoot!;
        expect(root.querySelector('h2')!.textContent).toBe('c.Atlas_Error_Generic');
        expect(root.querySelectorAll('li')).toHaveLength(0);
        await expect(element).toBeAccessible();
    });
});

// The Account Summary panel: loading, the figures and risks it renders from one GraphQL answer, a
// risk's link opening the record where it is fixed, and a failed load said as such.
import { createElement } from 'lwc';
import AccountSummary from 'c/accountSummary';
import { graphql } from 'lightning/graphql';
import { registerRefreshHandler, unregisterRefreshHandler } from 'lightning/refresh';
import { flushPromises } from '../../planningRecordForm/__tests__/planningTestHelpers';
import accountPlan from '../../accountPlan/__tests__/data/accountPlan.json';

jest.mock(
    '@salesforce/label/c.Atlas_AP_Completeness_Overall',
    () => ({ default: '{0}% complete' }),
    {
        virtual: true
    }
);
jest.mock(
    '@salesforce/label/c.Atlas_AS_Relationship_Counts',
    () => ({ default: '{0} Red, {1} Amber, {2} Green of {3} buying centers' }),
    { virtual: true }
);

const mockNavigate = jest.fn();
jest.mock('lightning/navigation', () => {
    const Navigate = Symbol('Navigate');
    const NavigationMixin = (Base: new () => object) =>
        class extends Base {
            [Navigate](pageReference: unknown) {
                mockNavigate(pageReference);
            }
        };
    NavigationMixin.Navigate = Navigate;
    return { NavigationMixin, CurrentPageReference: jest.fn() };
});

const graphqlAdapter = graphql as unknown as {
    emit(data: unknown, config?: unknown, refresh?: () => Promise<void>): void;
    emitErrors(errors: unknown[]): void;
};
const ACCOUNT_ID = '001Dn00000Mgb01AAE';

function mount() {
    const element = createElement('c-account-summary', { is: AccountSummary });
    (element as unknown as { recordId: string }).recordId = ACCOUNT_ID;
    document.body.appendChild(element);
    return element;
}

describe('c-account-summary', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    it('shows a spinner until the answer comes', () => {
        const element = mount();
        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
    });

    it("renders the account's figures and risks, each risk opening its record", async () => {
        const element = mount();
        graphqlAdapter.emit(accountPlan);
        await flushPromises();
        const root = element.shadowRoot!;
        expect(root.querySelector('lightning-spinner')).toBeNull();
        expect(root.querySelector('[data-figure="relationship"] dd')!.textContent).toMatch(
            /^\d+ Red, \d+ Amber, \d+ Green of 7 buying centers$/
        );
        expect(root.querySelector('[data-figure="plan"] dd')!.textContent).toMatch(
            /^\d+% complete$/
        );
        const risks = [...root.querySelectorAll<HTMLButtonElement>('button.as-risk')];
        expect(risks.length).toBeGreaterThan(0);
        expect(risks.length).toBeLessThanOrEqual(3);
        risks[0]!.click();
        expect(mockNavigate).toHaveBeenCalledWith({
            type: 'standard__recordPage',
            attributes: {
                recordId: risks[0]!.dataset.id,
                objectApiName: risks[0]!.dataset.object,
                actionName: 'view'
            }
        });
        await expect(element).toBeAccessible();
    });

    it('reads its figures again when a panel below signals a view refresh, until it is removed', async () => {
        const element = mount();
        const refresh = jest.fn().mockResolvedValue(undefined);
        graphqlAdapter.emit(accountPlan, undefined, refresh);
        await flushPromises();
        const register = registerRefreshHandler as unknown as jest.Mock;
        expect(register).toHaveBeenCalledTimes(1);
        const handler = (register.mock.calls[0] as [unknown, () => Promise<boolean>])[1];
        expect(refresh).not.toHaveBeenCalled();

        await expect(handler()).resolves.toBe(true);
        expect(refresh).toHaveBeenCalledTimes(1);

        refresh.mockRejectedValueOnce(new Error('offline'));
        await expect(handler()).resolves.toBe(false);
        await flushPromises();
        expect(element.shadowRoot!.querySelector('c-error-panel')).not.toBeNull();

        const id = register.mock.results[0]!.value as unknown;
        document.body.removeChild(element);
        expect(unregisterRefreshHandler).toHaveBeenCalledWith(id);
    });

    it('says the summary could not be loaded when the query fails', async () => {
        const element = mount();
        graphqlAdapter.emitErrors([{ message: 'boom' }]);
        await flushPromises();
        expect(element.shadowRoot!.querySelector('c-error-panel')).not.toBeNull();
        expect(element.shadowRoot!.querySelector('lightning-spinner')).toBeNull();
    });
});

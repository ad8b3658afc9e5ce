import BuyingCenters from 'c/buyingCenters';
import { createRecord, deleteRecord, updateRecord } from 'lightning/uiRecordApi';
import LightningConfirm from 'lightning/confirm';
import {
    clickFormButton,
    errorPanelMessages,
    fieldErrorText,
    flushPromises,
    formInputs,
    shadowQuery,
    shadowQueryAll,
    typeInto
} from '../../planningRecordForm/__tests__/planningTestHelpers';
import accountBuyingCenters from './data/accountBuyingCenters.json';
import objectInfos from './data/objectInfos.json';
import saveErrors from './data/saveErrors.json';
import {
    mountAnswered,
    clearPage,
    errorPanelOf,
    graphqlAdapter,
    noAccessTo,
    placeComponent,
    readOnlyInfos
} from '../../../../../../jest/panelTests';

jest.mock('@salesforce/label/c.Atlas_BC_Member_Count', () => ({ default: '{0} members' }), {
    virtual: true
});

const ACCOUNT_ID = '001Dn00000Mgb01AAE';
const RETAIL_BANKING = 'a01Dn0000000001AAA';
const GROUP_TECHNOLOGY = 'a01Dn0000000005AAA';
const EMPTY = { uiapi: { query: { Buying_Center__c: { edges: [] }, Contact: { edges: [] } } } };

function placePanel(): HTMLElement {
    return placeComponent('c-buying-centers', BuyingCenters, { recordId: ACCOUNT_ID });
}

async function mountPanel(
    data: unknown = accountBuyingCenters,
    infos: unknown = objectInfos
): Promise<{ element: HTMLElement; refresh: jest.Mock }> {
    return mountAnswered('c-buying-centers', BuyingCenters, { recordId: ACCOUNT_ID }, data, infos);
}

function tree(element: HTMLElement): HTMLElement {
    return shadowQuery(element, 'c-buying-center-tree')!;
}

function treeItems(element: HTMLElement): HTMLElement[] {
    return shadowQueryAll(element, 'c-buying-center-tree', 'li');
}

function itemNamed(element: HTMLElement, name: string): HTMLElement {
    const item = treeItems(element).find(
        (candidate) => candidate.querySelector('.bc-tree__name')?.textContent?.trim() === name
    );
    if (!item) {
        throw new Error(`No buying center named ${name}`);
    }
    return item;
}

function chooseMenuAction(element: HTMLElement, name: string, action: string): void {
    itemNamed(element, name)
        .querySelector('lightning-button-menu')!
        .dispatchEvent(new CustomEvent('select', { detail: { value: action } }));
}

function recordForm(element: HTMLElement): HTMLElement | null {
    return shadowQuery(element, 'c-buying-center-form', 'c-planning-record-form');
}

describe('c-buying-centers', () => {
    afterEach(() => {
        clearPage();
        jest.resetAllMocks();
        jest.restoreAllMocks();
    });

    it('shows a spinner until the buying centers arrive', async () => {
        const element = placePanel();
        await flushPromises();

        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        expect(element.shadowRoot!.querySelector('c-buying-center-tree')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows each buying center under its parent with its figures and member count', async () => {
        const { element } = await mountPanel();

        const names = treeItems(element).map((item) => [
            item.querySelector('.bc-tree__name')!.textContent!.trim(),
            item.getAttribute('aria-level')
        ]);
        expect(names).toEqual([
            ['Commercial Banking', '1'],
            ['Group Risk & Compliance', '1'],
            ['Group Technology', '1'],
            ['Retail Banking', '1'],
            ['Retail Banking - Card Services', '2'],
            ['Retail Banking - Digital Channels', '2'],
            ['Wealth Management', '1']
        ]);
        const retail = itemNamed(element, 'Retail Banking');
        const fact = (name: string) =>
            retail.querySelector<HTMLElement & { value: unknown }>(
                `[data-fact="${name}"] lightning-formatted-number`
            )!.value;
        expect(fact('wallet-size')).toBe(14000000);
        expect(fact('wallet-share')).toBe(13.5);
        expect(fact('sales-goal')).toBe(3000000);
        expect(retail.querySelector('[data-fact="relationship"]')!.textContent!.trim()).toBe(
            'Problem Solver'
        );
        expect(retail.querySelector('[data-fact="desired"]')!.textContent!.trim()).toBe(
            'Trusted Advisor'
        );
        expect(retail.querySelector('[data-fact="growth"]')!.textContent!.trim()).toBe('Growing');
        expect(retail.textContent).toContain('2 members');
        // Card Services has no figures yet: the blanks say so instead of showing zero.
        const cards = itemNamed(element, 'Retail Banking - Card Services');
        expect(cards.querySelector('[data-fact="desired"]')!.textContent!.trim()).toBe(
            'c.Atlas_BC_Not_Set'
        );
        await expect(element).toBeAccessible();
    });

    it('says there are no buying centers yet and offers to add the first one', async () => {
        const { element } = await mountPanel(EMPTY);

        const message = element.shadowRoot!.querySelector('[data-message="empty"]')!;
        expect(message.textContent!.trim()).toBe('c.Atlas_BC_Empty');
        expect(element.shadowRoot!.querySelector('[data-action="new-empty"]')).not.toBeNull();
        expect(element.shadowRoot!.querySelector('c-buying-center-tree')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('explains in words why the buying centers could not be loaded', async () => {
        const element = placePanel();
        graphqlAdapter.emitErrors([noAccessTo('Buying_Center__c')]);
        await flushPromises();

        expect(errorPanelOf(element)).toEqual({
            friendlyMessage: 'c.Atlas_BC_Load_Failed',
            messages: ['Buying_Center__c is not supported: the user has no access to this object.']
        });
        expect(element.shadowRoot!.querySelector('lightning-spinner')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('creates a buying center with exactly the fields typed and refreshes the tree', async () => {
        jest.mocked(createRecord).mockResolvedValue({
            id: 'a01Dn0000000099AAA',
            apiName: 'Buying_Center__c',
            fields: {}
        });
        const { element, refresh } = await mountPanel();
        const toast = jest.fn();
        element.addEventListener('lightning__showtoast', toast);

        element.shadowRoot!.querySelector<HTMLElement>('[data-action="new"]')!.click();
        await flushPromises();
        const form = recordForm(element)!;
        typeInto(form, {
            Name: 'Treasury',
            Wallet_Size__c: '2500000',
            Wallet_Share__c: '4',
            Sales_Goal__c: '400000',
            Relationship_Status__c: 'Vendor',
            Desired_Relationship_Status__c: 'Credible Source',
            Growth_Trend__c: 'Growing',
            Primary_Competitor__c: 'Helix Data'
        });
        clickFormButton(form, 'save');
        await flushPromises();

        expect(createRecord).toHaveBeenCalledTimes(1);
        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'Buying_Center__c',
            fields: {
                Name: 'Treasury',
                Parent_Buying_Center__c: null,
                Wallet_Size__c: 2500000,
                Wallet_Share__c: 4,
                Sales_Goal__c: 400000,
                Relationship_Status__c: 'Vendor',
                Desired_Relationship_Status__c: 'Credible Source',
                Growth_Trend__c: 'Growing',
                Primary_Competitor__c: 'Helix Data',
                Last_Engagement_Date__c: null,
                Key_Initiatives__c: null,
                Competitive_Environment__c: null,
                Account__c: ACCOUNT_ID
            }
        });
        expect(refresh).toHaveBeenCalledTimes(1);
        expect(recordForm(element)).toBeNull();
        expect(toast).toHaveBeenCalledTimes(1);
        expect(toast.mock.calls[0][0].detail.variant).toBe('success');
        await expect(element).toBeAccessible();
    });

    it('asks for a name before saving and writes nothing without one', async () => {
        const { element } = await mountPanel();

        element.shadowRoot!.querySelector<HTMLElement>('[data-action="new"]')!.click();
        await flushPromises();
        const form = recordForm(element)!;
        typeInto(form, { Wallet_Size__c: '900000' });
        clickFormButton(form, 'save');
        await flushPromises();

        expect(createRecord).not.toHaveBeenCalled();
        expect(fieldErrorText(form, 'Name')).toBe('c.Atlas_AP_Form_Required');
        expect(formInputs(form).get('Wallet_Size__c')!.value).toBe('900000');
        await expect(element).toBeAccessible();
    });

    it('edits a buying center and writes only the fields the user changed', async () => {
        jest.mocked(updateRecord).mockResolvedValue({
            id: GROUP_TECHNOLOGY,
            apiName: 'Buying_Center__c',
            fields: {}
        });
        const { element, refresh } = await mountPanel();

        chooseMenuAction(element, 'Group Technology', 'edit');
        await flushPromises();
        const form = recordForm(element)!;
        expect(formInputs(form).get('Name')!.value).toBe('Group Technology');
        expect(formInputs(form).get('Wallet_Share__c')!.value).toBe(6);
        typeInto(form, { Wallet_Share__c: '8.5', Relationship_Status__c: 'Problem Solver' });
        clickFormButton(form, 'save');
        await flushPromises();

        expect(updateRecord).toHaveBeenCalledWith({
            fields: {
                Id: GROUP_TECHNOLOGY,
                Wallet_Share__c: 8.5,
                Relationship_Status__c: 'Problem Solver'
            }
        });
        expect(refresh).toHaveBeenCalledTimes(1);
        expect(recordForm(element)).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('adds a buying center below another with the parent already chosen', async () => {
        jest.mocked(createRecord).mockResolvedValue({
            id: 'a01Dn0000000098AAA',
            apiName: 'Buying_Center__c',
            fields: {}
        });
        const { element } = await mountPanel();

        chooseMenuAction(element, 'Retail Banking', 'addchild');
        await flushPromises();
        const form = recordForm(element)!;
        expect(formInputs(form).get('Parent_Buying_Center__c')!.value).toBe(RETAIL_BANKING);
        typeInto(form, { Name: 'Retail Banking - Mortgages' });
        clickFormButton(form, 'save');
        await flushPromises();

        expect(jest.mocked(createRecord).mock.calls[0]![0]).toEqual({
            apiName: 'Buying_Center__c',
            fields: expect.objectContaining({
                Name: 'Retail Banking - Mortgages',
                Parent_Buying_Center__c: RETAIL_BANKING,
                Account__c: ACCOUNT_ID
            })
        });
        await expect(element).toBeAccessible();
    });

    it('never offers a buying center, or one below it, as its own parent', async () => {
        const { element } = await mountPanel();

        chooseMenuAction(element, 'Retail Banking', 'edit');
        await flushPromises();
        const parentInput = formInputs(recordForm(element)!).get('Parent_Buying_Center__c')!;
        const options = (parentInput as unknown as { options: { label: string }[] }).options.map(
            (option) => option.label
        );
        expect(options).toEqual([
            'c.Atlas_AP_Form_None',
            'Commercial Banking',
            'Group Risk & Compliance',
            'Group Technology',
            'Wealth Management'
        ]);
        await expect(element).toBeAccessible();
    });

    it('keeps what the user typed and shows a validation rule next to its field', async () => {
        jest.mocked(updateRecord).mockRejectedValue(saveErrors.walletShareOutOfRange);
        const { element, refresh } = await mountPanel();

        chooseMenuAction(element, 'Group Technology', 'edit');
        await flushPromises();
        const form = recordForm(element)!;
        typeInto(form, { Wallet_Share__c: '120', Primary_Competitor__c: 'Helix Data' });
        clickFormButton(form, 'save');
        await flushPromises();

        const stillOpen = recordForm(element)!;
        expect(stillOpen).not.toBeNull();
        expect(formInputs(stillOpen).get('Wallet_Share__c')!.value).toBe('120');
        expect(formInputs(stillOpen).get('Primary_Competitor__c')!.value).toBe('Helix Data');
        expect(fieldErrorText(stillOpen, 'Wallet_Share__c')).toBe(
            'Our share of the wallet is a percentage between 0 and 100.'
        );
        const panel = stillOpen.shadowRoot!.querySelector('c-error-panel')!;
        expect(errorPanelMessages(panel)).toEqual([
            'Our share of the wallet is a percentage between 0 and 100.'
        ]);
        expect(refresh).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('keeps the form and says so when the connection is lost during a save', async () => {
        jest.mocked(createRecord).mockRejectedValue(new TypeError('Failed to fetch'));
        const { element } = await mountPanel();

        element.shadowRoot!.querySelector<HTMLElement>('[data-action="new"]')!.click();
        await flushPromises();
        const form = recordForm(element)!;
        typeInto(form, { Name: 'Treasury', Key_Initiatives__c: 'Cash visibility across 40 banks' });
        clickFormButton(form, 'save');
        await flushPromises();

        const stillOpen = recordForm(element)!;
        expect(formInputs(stillOpen).get('Key_Initiatives__c')!.value).toBe(
            'Cash visibility across 40 banks'
        );
        const panel = stillOpen.shadowRoot!.querySelector('c-error-panel')!;
        expect(errorPanelMessages(panel)).toEqual(['Failed to fetch']);
        await expect(element).toBeAccessible();
    });

    it('deletes a buying center once the user confirms', async () => {
        jest.spyOn(LightningConfirm, 'open').mockResolvedValue(true);
        jest.mocked(deleteRecord).mockResolvedValue(undefined);
        const { element, refresh } = await mountPanel();

        chooseMenuAction(element, 'Wealth Management', 'delete');
        await flushPromises();

        expect(LightningConfirm.open).toHaveBeenCalledWith(
            expect.objectContaining({ message: 'c.Atlas_BC_Delete_Confirm' })
        );
        expect(deleteRecord).toHaveBeenCalledWith('a01Dn0000000003AAA');
        expect(refresh).toHaveBeenCalledTimes(1);
        await expect(element).toBeAccessible();
    });

    it('deletes nothing when the user cancels the confirmation', async () => {
        jest.spyOn(LightningConfirm, 'open').mockResolvedValue(false);
        const { element } = await mountPanel();

        chooseMenuAction(element, 'Wealth Management', 'delete');
        await flushPromises();

        expect(deleteRecord).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('says why a buying center could not be deleted', async () => {
        jest.spyOn(LightningConfirm, 'open').mockResolvedValue(true);
        jest.mocked(deleteRecord).mockRejectedValue(saveErrors.deleteRestricted);
        const { element, refresh } = await mountPanel();

        chooseMenuAction(element, 'Group Technology', 'delete');
        await flushPromises();

        const panel = element.shadowRoot!.querySelector<HTMLElement & { friendlyMessage: string }>(
            'c-error-panel'
        )!;
        expect(panel.friendlyMessage).toBe('c.Atlas_BC_Delete_Failed');
        expect(errorPanelMessages(panel)[0]).toContain('associated with the following opportunity');
        expect(refresh).not.toHaveBeenCalled();
        expect(itemNamed(element, 'Group Technology')).toBeDefined();
        await expect(element).toBeAccessible();
    });

    it('is read-only for users who may not change buying centers', async () => {
        const { element } = await mountPanel(accountBuyingCenters, readOnlyInfos(objectInfos));

        expect(element.shadowRoot!.querySelector('[data-action="new"]')).toBeNull();
        const menuValues = [
            ...itemNamed(element, 'Retail Banking').querySelectorAll<
                HTMLElement & { value: string }
            >('lightning-menu-item')
        ].map((item) => item.value);
        expect(menuValues).toEqual(['open']);
        expect(
            element.shadowRoot!.querySelector('[data-message="read-only"]')!.textContent!.trim()
        ).toBe('c.Atlas_BC_Read_Only');
        expect(tree(element)).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('opens a buying center to show its members and comes back to the tree', async () => {
        const { element } = await mountPanel();

        itemNamed(element, 'Retail Banking - Digital Channels')
            .querySelector<HTMLElement>('.bc-tree__name')!
            .click();
        await flushPromises();

        const members = shadowQuery(element, 'c-buying-center-members')!;
        const names = [...members.shadowRoot!.querySelectorAll('.bc-members__item')].map(
            (item) => item.querySelector('.slds-text-title_bold')!.textContent
        );
        expect(names).toEqual([
            'Marcus Bell',
            'Kenji Watanabe',
            'Priya Raman',
            'Aisha Karim',
            'Hannah Cho'
        ]);
        expect(shadowQuery(element, 'c-buying-center-tree')).toBeNull();

        members.shadowRoot!.querySelector<HTMLElement>('[data-action="back"]')!.click();
        await flushPromises();
        expect(shadowQuery(element, 'c-buying-center-members')).toBeNull();
        expect(treeItems(element)).toHaveLength(7);
        await expect(element).toBeAccessible();
    });
});

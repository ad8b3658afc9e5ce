import AccountPlan from 'c/accountPlan';
import { createRecord, deleteRecord, updateRecord } from 'lightning/uiRecordApi';
import LightningConfirm from 'lightning/confirm';
import {
    clickFormButton,
    fieldErrorText,
    flushPromises,
    formInputs,
    shadowQuery,
    shadowQueryAll,
    typeInto
} from '../../planningRecordForm/__tests__/planningTestHelpers';
import accountPlan from './data/accountPlan.json';
import objectInfos from './data/objectInfos.json';
import {
    fakeClockAt,
    mountAnswered,
    endPanelTest,
    errorPanelOf,
    graphqlAdapter,
    noAccessTo,
    placeComponent,
    readOnlyInfos
} from '../../../../../../jest/panelTests';
import { navigatedTo } from '../../../../../../jest/navigationStub';

jest.mock(
    '@salesforce/label/c.Atlas_AP_Completeness_Overall',
    () => ({ default: '{0}% complete' }),
    {
        virtual: true
    }
);
jest.mock(
    '@salesforce/label/c.Atlas_AP_Delete_Confirm_With_Children',
    () => ({ default: 'Delete {0}? These go with it: {1}.' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.Atlas_AP_Tier_Summary', () => ({ default: '{0} of {1} done' }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.Atlas_AP_Missing_SALES_GOAL',
    () => ({ default: '{0}: set our sales goal.' }),
    { virtual: true }
);

jest.mock('lightning/navigation', () =>
    jest.requireActual('../../../../../../jest/navigationStub')
);

const ACCOUNT_ID = '001Dn00000Mgb01AAE';
const GROUP_TECH_OBJECTIVE = 'a06Dn0000000002AAA';
const BUILD_VS_BUY_STRATEGY = 'a07Dn0000000003AAA';
const EMPTY_PLAN = {
    uiapi: {
        query: {
            ...accountPlan.uiapi.query,
            Marketing_Objective__c: { edges: [] },
            Marketing_Action__c: { edges: [] }
        }
    }
};

function placePanel(): HTMLElement {
    return placeComponent('c-account-plan', AccountPlan, { recordId: ACCOUNT_ID });
}

async function mountPanel(data: unknown = accountPlan, infos: unknown = objectInfos) {
    return mountAnswered('c-account-plan', AccountPlan, { recordId: ACCOUNT_ID }, data, infos);
}

function planNode(element: HTMLElement, id: string): HTMLElement {
    const node = shadowQuery(element, 'c-account-plan-tree', `li[data-id="${id}"]`);
    if (!node) {
        throw new Error(`No plan item ${id}`);
    }
    return node;
}

function nodeName(node: HTMLElement): string {
    return node.querySelector('.ap-node__name')!.textContent!.trim();
}

function choose(node: HTMLElement, value: 'edit' | 'add' | 'delete'): void {
    node.querySelector('lightning-button-menu')!.dispatchEvent(
        new CustomEvent('select', { detail: { value } })
    );
}

function planForm(element: HTMLElement): HTMLElement | null {
    return shadowQuery(element, 'c-planning-record-form');
}

describe('c-account-plan', () => {
    beforeEach(() => {
        // "Today" in the sample data's story: Sunday 22 November 2026.
        fakeClockAt('2026-11-22T12:00:00');
    });

    afterEach(() => {
        endPanelTest();
        jest.restoreAllMocks();
    });

    it('shows a spinner until the plan arrives', async () => {
        const element = placePanel();
        await flushPromises();

        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows objectives, their strategies and actions with owner, due date and status', async () => {
        const { element } = await mountPanel();

        const objectives = shadowQueryAll(element, 'c-account-plan-tree', 'li.ap-node_objective');
        expect(objectives.map(nodeName)).toEqual([
            'Neutralise the in-house build position in Group Technology',
            'Become a trusted advisor to Retail Banking digital leadership',
            'Re-open Wealth Management after the 2025 loss'
        ]);
        const groupTech = planNode(element, GROUP_TECH_OBJECTIVE);
        expect(groupTech.querySelector('[data-fact="owner"]')!.textContent).toBe('Jordan Reyes');
        expect(groupTech.querySelector('[data-fact="buying-center"]')!.textContent).toBe(
            'Group Technology'
        );
        expect(groupTech.querySelector('[data-fact="map"]')!.textContent).toBe(
            'Meridian Global Bank FY2027'
        );
        expect(groupTech.querySelector('[data-status]')!.textContent).toBe('At Risk');
        const strategy = planNode(element, BUILD_VS_BUY_STRATEGY);
        expect(nodeName(strategy)).toBe(
            'Build-versus-buy cost analysis with Enterprise Architecture'
        );
        const actions = [...strategy.querySelectorAll('li.ap-node_action')].map((node) =>
            nodeName(node as HTMLElement)
        );
        expect(actions).toEqual([
            'Run a total-cost workshop with Kenji Watanabe and Victor Sorensen',
            'Send the security certification pack to Group Technology'
        ]);
        const workshop = planNode(element, 'a08Dn0000000005AAA');
        expect(
            workshop.querySelector('[data-fact="opportunity"] button')!.textContent!.trim()
        ).toBe('Meridian - Enterprise AI Assistant');
        await expect(element).toBeAccessible();
    });

    it('flags open items past their due date as overdue, and nothing that is done', async () => {
        const { element } = await mountPanel();

        const overdue = shadowQueryAll(element, 'c-account-plan-tree', 'li')
            .filter((node) =>
                node.querySelector(':scope > c-plan-tree-node > .ap-node__header [data-overdue]')
            )
            .map(nodeName);
        expect(overdue).toEqual([
            'Run a total-cost workshop with Kenji Watanabe and Victor Sorensen',
            "Arrange a peer reference call with a tier-1 bank's head of digital"
        ]);
        await expect(element).toBeAccessible();
    });

    it('says there is no plan yet and offers to add the first objective', async () => {
        const { element } = await mountPanel(EMPTY_PLAN);

        expect(
            element.shadowRoot!.querySelector('[data-message="empty"]')!.textContent!.trim()
        ).toBe('c.Atlas_AP_Empty');
        expect(
            element.shadowRoot!.querySelector('[data-action="new-objective-empty"]')
        ).not.toBeNull();
        expect(element.shadowRoot!.querySelector('c-account-plan-tree')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('explains in words why the plan could not be loaded', async () => {
        const element = placePanel();
        graphqlAdapter.emitErrors([noAccessTo('Marketing_Action__c')]);
        await flushPromises();

        expect(errorPanelOf(element)).toEqual({
            friendlyMessage: 'c.Atlas_AP_Load_Failed',
            messages: [
                'Marketing_Action__c is not supported: the user has no access to this object.'
            ]
        });
        await expect(element).toBeAccessible();
    });

    it('adds an objective to the account with exactly the fields typed', async () => {
        jest.mocked(createRecord).mockResolvedValue({
            id: 'a06Dn0000000099AAA',
            apiName: 'Marketing_Objective__c',
            fields: {}
        });
        const { element, refresh } = await mountPanel();

        element.shadowRoot!.querySelector<HTMLElement>('[data-action="new-objective"]')!.click();
        await flushPromises();
        const form = planForm(element)!;
        expect(formInputs(form).get('Status__c')!.value).toBe('Not Started');
        typeInto(form, {
            Name: 'Open Commercial Banking with a decision maker on side',
            OwnerId: '005Dn000001SkLAAQ',
            Due_Date__c: '2027-04-30',
            Measure__c: 'Decision makers met in Commercial Banking',
            Target_Value__c: '2',
            Buying_Center__c: 'a01Dn0000000002AAA',
            Opportunity_Map__c: 'a03Dn0000000001AAA'
        });
        clickFormButton(form, 'save');
        await flushPromises();

        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'Marketing_Objective__c',
            fields: {
                Name: 'Open Commercial Banking with a decision maker on side',
                OwnerId: '005Dn000001SkLAAQ',
                Status__c: 'Not Started',
                Due_Date__c: '2027-04-30',
                Measure__c: 'Decision makers met in Commercial Banking',
                Target_Value__c: 2,
                Buying_Center__c: 'a01Dn0000000002AAA',
                Opportunity_Map__c: 'a03Dn0000000001AAA',
                Description__c: null,
                Account__c: ACCOUNT_ID
            }
        });
        expect(refresh).toHaveBeenCalledTimes(1);
        expect(planForm(element)).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('adds a strategy under an objective', async () => {
        jest.mocked(createRecord).mockResolvedValue({
            id: 'a07Dn0000000099AAA',
            apiName: 'Marketing_Strategy__c',
            fields: {}
        });
        const { element } = await mountPanel();

        choose(planNode(element, GROUP_TECH_OBJECTIVE), 'add');
        await flushPromises();
        const form = planForm(element)!;
        typeInto(form, {
            Name: 'Reference architecture workshop with the board',
            Owner__c: '005Dn000001JrYAAQ',
            Due_Date__c: '2027-02-15'
        });
        clickFormButton(form, 'save');
        await flushPromises();

        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'Marketing_Strategy__c',
            fields: {
                Name: 'Reference architecture workshop with the board',
                Owner__c: '005Dn000001JrYAAQ',
                Status__c: 'Not Started',
                Due_Date__c: '2027-02-15',
                Description__c: null,
                Marketing_Objective__c: GROUP_TECH_OBJECTIVE
            }
        });
        await expect(element).toBeAccessible();
    });

    it('adds an action under a strategy, linked to an open opportunity and a campaign', async () => {
        jest.mocked(createRecord).mockResolvedValue({
            id: 'a08Dn0000000099AAA',
            apiName: 'Marketing_Action__c',
            fields: {}
        });
        const { element } = await mountPanel();

        choose(planNode(element, BUILD_VS_BUY_STRATEGY), 'add');
        await flushPromises();
        const form = planForm(element)!;
        const opportunityChoices = (
            formInputs(form).get('Opportunity__c') as unknown as { options: { label: string }[] }
        ).options.map((option) => option.label);
        expect(opportunityChoices).toContain('Meridian - Enterprise AI Assistant');
        expect(opportunityChoices).not.toContain('Meridian - Mobile Analytics'); // closed won
        typeInto(form, {
            Name: 'Share the TCO model with Victor Sorensen',
            Due_Date__c: '2026-12-04',
            Status__c: 'In Progress',
            Opportunity__c: '006Dn0000000028AAA',
            Campaign__c: '701Dn000000CdsAAA'
        });
        clickFormButton(form, 'save');
        await flushPromises();

        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'Marketing_Action__c',
            fields: {
                Name: 'Share the TCO model with Victor Sorensen',
                Owner__c: null,
                Status__c: 'In Progress',
                Due_Date__c: '2026-12-04',
                Opportunity__c: '006Dn0000000028AAA',
                Campaign__c: '701Dn000000CdsAAA',
                Description__c: null,
                Marketing_Strategy__c: BUILD_VS_BUY_STRATEGY
            }
        });
        await expect(element).toBeAccessible();
    });

    it('edits an action and writes only what changed', async () => {
        jest.mocked(updateRecord).mockResolvedValue({
            id: 'a08Dn0000000005AAA',
            apiName: 'Marketing_Action__c',
            fields: {}
        });
        const { element, refresh } = await mountPanel();

        choose(planNode(element, 'a08Dn0000000005AAA'), 'edit');
        await flushPromises();
        const form = planForm(element)!;
        expect(formInputs(form).get('Name')!.value).toBe(
            'Run a total-cost workshop with Kenji Watanabe and Victor Sorensen'
        );
        typeInto(form, { Status__c: 'Completed' });
        clickFormButton(form, 'save');
        await flushPromises();

        expect(updateRecord).toHaveBeenCalledWith({
            fields: { Id: 'a08Dn0000000005AAA', Status__c: 'Completed' }
        });
        expect(refresh).toHaveBeenCalledTimes(1);
        await expect(element).toBeAccessible();
    });

    it('keeps what the user typed when a save is refused, with the error next to the field', async () => {
        jest.mocked(updateRecord).mockRejectedValue({
            status: 400,
            body: {
                message: 'An error occurred while trying to update the record. Please try again.',
                errorCode: 'INVALID_INPUT',
                output: {
                    errors: [],
                    fieldErrors: {
                        Due_Date__c: [
                            {
                                errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                                field: 'Due_Date__c',
                                message: 'A strategy is due before its objective.'
                            }
                        ]
                    }
                }
            },
            ok: false,
            statusText: 'Bad Request'
        });
        const { element, refresh } = await mountPanel();

        choose(planNode(element, BUILD_VS_BUY_STRATEGY), 'edit');
        await flushPromises();
        typeInto(planForm(element)!, { Due_Date__c: '2027-09-30', Status__c: 'In Progress' });
        clickFormButton(planForm(element)!, 'save');
        await flushPromises();

        const form = planForm(element)!;
        expect(formInputs(form).get('Due_Date__c')!.value).toBe('2027-09-30');
        expect(formInputs(form).get('Status__c')!.value).toBe('In Progress');
        expect(fieldErrorText(form, 'Due_Date__c')).toBe('A strategy is due before its objective.');
        expect(refresh).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('is read-only for users who may not change the plan', async () => {
        const { element } = await mountPanel(accountPlan, readOnlyInfos(objectInfos));

        expect(element.shadowRoot!.querySelector('[data-action="new-objective"]')).toBeNull();
        expect(shadowQuery(element, 'c-account-plan-tree', 'lightning-button-menu')).toBeNull();
        expect(
            element.shadowRoot!.querySelector('[data-message="read-only"]')!.textContent!.trim()
        ).toBe('c.Atlas_AP_Read_Only');
        await expect(element).toBeAccessible();
    });

    it('shows how complete the plan is in each tier of the checklist', async () => {
        const { element } = await mountPanel();

        const root = shadowQuery(element, 'c-plan-completeness-summary')!.shadowRoot!;
        expect(root.querySelector('[data-overall]')!.textContent).toBe('90% complete');
        const tiers = [...root.querySelectorAll<HTMLElement>('[data-tier]')].map((tier) => [
            tier.dataset.tier,
            tier.querySelector('[data-tier-summary]')!.textContent
        ]);
        expect(tiers).toEqual([
            ['required', '28 of 30 done'],
            ['recommended', '20 of 21 done'],
            ['bestPractice', '20 of 21 done'],
            // 7 buying centers, 3 objectives, 4 strategies and 7 actions, 2 of them completed (a
            // completed action is asked for nothing): 4 buying centers without an objective, 2
            // actions overdue and 2 without an owner.
            ['plan', '35 of 43 done']
        ]);
        await expect(element).toBeAccessible();
    });

    it('lists what is missing, tier by tier, for the incomplete Card Services buying center', async () => {
        const { element } = await mountPanel();

        const root = shadowQuery(element, 'c-plan-completeness-summary')!.shadowRoot!;
        const missing = [...root.querySelectorAll<HTMLElement>('[data-missing-tier] button')]
            .map((button) => [
                button.closest<HTMLElement>('[data-missing-tier]')!.dataset.missingTier,
                button.textContent!.trim(),
                button.dataset.fields
            ])
            .filter(([tier]) => tier !== 'plan');
        expect(missing).toEqual([
            ['required', 'c.Atlas_AP_Missing_WALLET_SHARE', 'Wallet_Size__c,Wallet_Share__c'],
            ['required', 'Retail Banking - Card Services: set our sales goal.', 'Sales_Goal__c'],
            ['recommended', 'c.Atlas_AP_Missing_KEY_INITIATIVES', 'Key_Initiatives__c'],
            ['bestPractice', 'c.Atlas_AP_Missing_GROWTH_TREND', 'Growth_Trend__c']
        ]);
        await expect(element).toBeAccessible();
    });

    it('opens a form with just the missing field of the buying center, and saves it there', async () => {
        jest.mocked(updateRecord).mockResolvedValue({
            id: 'a01Dn0000000014AAA',
            apiName: 'Buying_Center__c',
            fields: {}
        });
        const { element, refresh } = await mountPanel();

        const root = shadowQuery(element, 'c-plan-completeness-summary')!.shadowRoot!;
        root.querySelector<HTMLElement>('button[data-fields="Sales_Goal__c"]')!.click();
        await flushPromises();

        expect(navigatedTo).not.toHaveBeenCalled();
        const form = shadowQuery(element, 'c-account-plan-center-fix', 'c-planning-record-form')!;
        expect([...formInputs(form).keys()]).toEqual(['Sales_Goal__c']);
        typeInto(form, { Sales_Goal__c: '250000' });
        clickFormButton(form, 'save');
        await flushPromises();

        expect(updateRecord).toHaveBeenCalledWith({
            fields: { Id: 'a01Dn0000000014AAA', Sales_Goal__c: 250000 }
        });
        expect(refresh).toHaveBeenCalledTimes(1);
        expect(shadowQuery(element, 'c-account-plan-center-fix')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('opens the edit form of an action without an owner from its finding, on the owner field', async () => {
        jest.mocked(updateRecord).mockResolvedValue({
            id: 'a08Dn0000000006AAA',
            apiName: 'Marketing_Action__c',
            fields: {}
        });
        const { element } = await mountPanel();

        const root = shadowQuery(element, 'c-plan-completeness-summary')!.shadowRoot!;
        const finding = root.querySelector<HTMLElement>(
            'button[data-code="OWNER"][data-record="a08Dn0000000006AAA"]'
        )!;
        expect(finding.closest<HTMLElement>('[data-missing-tier]')!.dataset.missingTier).toBe(
            'plan'
        );
        finding.click();
        await flushPromises();

        const form = planForm(element)!;
        expect(formInputs(form).get('Name')!.value).toBe(
            'Send the security certification pack to Group Technology'
        );
        typeInto(form, { Owner__c: '005Dn000001JrYAAQ' });
        clickFormButton(form, 'save');
        await flushPromises();
        expect(updateRecord).toHaveBeenCalledWith({
            fields: { Id: 'a08Dn0000000006AAA', Owner__c: '005Dn000001JrYAAQ' }
        });
        await expect(element).toBeAccessible();
    });

    it('opens a new objective aimed at a buying center that has none', async () => {
        const { element } = await mountPanel();

        const root = shadowQuery(element, 'c-plan-completeness-summary')!.shadowRoot!;
        root.querySelector<HTMLElement>(
            'button[data-code="OBJECTIVE"][data-record="a01Dn0000000014AAA"]'
        )!.click();
        await flushPromises();

        const form = planForm(element)!;
        expect(formInputs(form).get('Buying_Center__c')!.value).toBe('a01Dn0000000014AAA');
        await expect(element).toBeAccessible();
    });

    it('deletes an objective with its strategies and actions after saying what goes', async () => {
        const confirm = jest.spyOn(LightningConfirm, 'open').mockResolvedValue(true);
        jest.mocked(deleteRecord).mockResolvedValue(undefined);
        const { element, refresh } = await mountPanel();

        choose(planNode(element, 'a06Dn0000000003AAA'), 'delete');
        await flushPromises();

        expect(confirm).toHaveBeenCalledWith(
            expect.objectContaining({
                message:
                    'Delete Re-open Wealth Management after the 2025 loss? These go with it: Win-back programme ahead of the Orbis renewal; Invite Sofia Marquez to the wealth advisory roundtable.'
            })
        );
        expect(deleteRecord).toHaveBeenCalledWith('a06Dn0000000003AAA');
        expect(refresh).toHaveBeenCalledTimes(1);
        await expect(element).toBeAccessible();
    });

    it('deletes nothing when the user does not confirm', async () => {
        jest.spyOn(LightningConfirm, 'open').mockResolvedValue(false);
        await mountPanel().then(({ element }) => {
            choose(planNode(element, 'a08Dn0000000006AAA'), 'delete');
        });
        await flushPromises();
        expect(deleteRecord).not.toHaveBeenCalled();
    });

    it('sends an account without buying centers to its Buying Centers list to add them', async () => {
        const { element } = await mountPanel({
            uiapi: {
                query: {
                    ...EMPTY_PLAN.uiapi.query,
                    Buying_Center__c: { edges: [] },
                    Opportunity_Map__c: { edges: [] }
                }
            }
        });

        const root = shadowQuery(element, 'c-plan-completeness-summary')!.shadowRoot!;
        const fix = root.querySelector<HTMLElement>('[data-missing-tier="required"] button')!;
        expect(fix.textContent!.trim()).toBe('c.Atlas_AP_Missing_BUYING_CENTERS');
        fix.click();

        expect(navigatedTo).toHaveBeenCalledWith({
            type: 'standard__recordRelationshipPage',
            attributes: {
                recordId: ACCOUNT_ID,
                objectApiName: 'Account',
                relationshipApiName: 'Buying_Centers__r',
                actionName: 'view'
            }
        });
        await expect(element).toBeAccessible();
    });
});

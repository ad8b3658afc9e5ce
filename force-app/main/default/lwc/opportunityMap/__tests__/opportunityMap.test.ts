import OpportunityMap from 'c/opportunityMap';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import {
    clickFormButton,
    errorPanelMessages,
    flushPromises,
    formInputs,
    shadowQuery,
    typeInto
} from '../../planningRecordForm/__tests__/planningTestHelpers';
import accountOpportunityMaps from './data/accountOpportunityMaps.json';
import objectInfos from './data/objectInfos.json';
// Opportunity.StageName of a new org: eight open stages, then Closed Won and Closed Lost.
import stagePicklistValues from './data/stagePicklistValues.json';
import {
    fakeClockAt,
    mountAnswered,
    endPanelTest,
    graphqlAdapter,
    noAccessTo,
    picklistAdapter,
    placeComponent,
    readOnlyInfos
} from '../../../../../../jest/panelTests';
import { navigatedTo } from '../../../../../../jest/navigationStub';

jest.mock(
    '@salesforce/label/c.Atlas_OM_Left_Out_INACTIVE_SOLUTION',
    () => ({ default: 'Not in these totals: {0}, a retired solution with no column on the grid.' }),
    { virtual: true }
);

jest.mock('lightning/navigation', () =>
    jest.requireActual('../../../../../../jest/navigationStub')
);

const ACCOUNT_ID = '001Dn00000Mgb01AAE';
const FY2027 = 'a03Dn0000000001AAA';
const COMMERCIAL_BANKING = 'a01Dn0000000002AAA';
const CDP = 'a05Dn0000000001AAA';
const NO_MAPS = {
    uiapi: {
        query: { ...accountOpportunityMaps.uiapi.query, Opportunity_Map__c: { edges: [] } }
    }
};

function placePanel(): HTMLElement {
    return placeComponent('c-opportunity-map', OpportunityMap, { recordId: ACCOUNT_ID });
}

async function mountPanel(
    data: unknown = accountOpportunityMaps,
    infos: unknown = objectInfos,
    stages: unknown = stagePicklistValues
) {
    const mounted = await mountAnswered(
        'c-opportunity-map',
        OpportunityMap,
        { recordId: ACCOUNT_ID },
        data,
        infos
    );
    if (stages !== null) {
        picklistAdapter.emit(stages);
        await flushPromises();
    }
    return mounted;
}

function grid(element: HTMLElement): HTMLElement {
    return shadowQuery(element, 'c-opportunity-map-grid')!;
}

/** The grid cell at a buying center (row) and solution (column), found by their names. */
function cellOf(element: HTMLElement, buyingCenter: string, solution: string): HTMLElement {
    const root = grid(element).shadowRoot!;
    const row = [...root.querySelectorAll('tbody tr')].find(
        (tr) => tr.querySelector('th')!.textContent!.trim() === buyingCenter
    )!;
    const col = [...root.querySelectorAll('thead th')].findIndex(
        (th) => th.textContent!.trim() === solution
    );
    return row.querySelectorAll<HTMLElement>('td[data-col]')[col - 1]!;
}

function editor(element: HTMLElement): HTMLElement | null {
    return shadowQuery(element, 'c-opportunity-map-cell-editor');
}

function editorForm(element: HTMLElement): HTMLElement {
    return shadowQuery(element, 'c-opportunity-map-cell-editor', 'c-planning-record-form')!;
}

function editorButton(element: HTMLElement, action: string): HTMLElement {
    return editor(element)!.shadowRoot!.querySelector(`[data-action="${action}"]`)!;
}

function totals(element: HTMLElement, selector: string): number[] {
    return ['current', 'open'].map((kind) =>
        Number(
            grid(element).shadowRoot!.querySelector<HTMLElement>(
                `${selector} [data-total="${kind}"] [data-amount]`
            )!.dataset.amount
        )
    );
}

describe('c-opportunity-map', () => {
    beforeEach(() => {
        fakeClockAt('2026-11-22T12:00:00');
    });

    afterEach(() => {
        endPanelTest();
        jest.restoreAllMocks();
    });

    it('shows a spinner until the map arrives', async () => {
        const element = placePanel();
        await flushPromises();

        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the newest map: buying centers under their parent, active solutions in order', async () => {
        const { element } = await mountPanel();

        const root = grid(element).shadowRoot!;
        expect([...root.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).toEqual([
            'c.Atlas_OM_Column_Buying_Center',
            'Customer Data Platform',
            'Analytics Cloud',
            'Risk & Compliance Suite',
            'Integration Hub',
            'Field Service Mobile',
            'AI Assistant',
            'c.Atlas_OM_Total'
        ]);
        expect([...root.querySelectorAll('tbody th')].map((th) => th.textContent!.trim())).toEqual([
            'Commercial Banking',
            'Group Risk & Compliance',
            'Group Technology',
            'Retail Banking',
            'Retail Banking - Card Services',
            'Retail Banking - Digital Channels',
            'Wealth Management'
        ]);
        const picker = shadowQuery(element, 'c-opportunity-map-picker')! as HTMLElement & {
            selectedMapId: string;
        };
        expect(picker.selectedMapId).toBe(FY2027);
        await expect(element).toBeAccessible();
    });

    it('colours each cell by status with its value, and totals what the rows, columns and map show', async () => {
        const { element } = await mountPanel();

        const pursuing = cellOf(element, 'Group Technology', 'AI Assistant');
        expect(pursuing.dataset.status).toBe('Pursuing');
        expect(pursuing.className).toContain('om-cell_pursuing');
        expect(pursuing.querySelector('.om-cell__value')!.textContent!.trim()).toBe('$2,400,000');
        expect(pursuing.textContent).toContain('Meridian - Enterprise AI Assistant');
        const current = cellOf(element, 'Group Technology', 'Integration Hub');
        expect(current.dataset.status).toBe('Current');
        // Group Technology shows $890k Integration Hub sold and $2.4M AI Assistant being pursued;
        // its $120k on the retired reporting product has no column, so it is not in the totals…
        expect(totals(element, '[data-total-row="a01Dn0000000005AAA"]')).toEqual([890000, 2400000]);
        expect(totals(element, '[data-total-column="a05Dn0000000002AAA"]')).toEqual([
            2200000, 2300000
        ]);
        expect(totals(element, '[data-total-map]')).toEqual([3510000, 9400000]);
        // …and the panel says so under the grid, with the figures left out.
        const leftOut = element.shadowRoot!.querySelector('[data-left-out] li')!;
        expect(leftOut.textContent).toContain(
            'Not in these totals: Legacy On-Prem Reporting, a retired solution with no column on the grid.'
        );
        expect(
            [...leftOut.querySelectorAll('lightning-formatted-number')].map(
                (number) => (number as unknown as { value: number }).value
            )
        ).toEqual([120000, 0]);
        expect(element.shadowRoot!.querySelector('[data-message="penetration"]')!.textContent).toBe(
            'c.Atlas_OM_Penetration_Help'
        );
        await expect(element).toBeAccessible();
    });

    it('shows another map when the user chooses it', async () => {
        const { element } = await mountPanel();

        shadowQuery(element, 'c-opportunity-map-picker')!.dispatchEvent(
            new CustomEvent('mapchange', { detail: { mapId: 'a03Dn0000000090AAA' } })
        );
        await flushPromises();

        expect(cellOf(element, 'Wealth Management', 'Analytics Cloud').dataset.status).toBe(
            'Competitor'
        );
        expect(cellOf(element, 'Group Technology', 'AI Assistant').dataset.status).toBeUndefined();
        // FY2026's $640k current business is all on the retired product: left out and said so.
        expect(totals(element, '[data-total-map]')).toEqual([0, 780000]);
        const leftOut = element.shadowRoot!.querySelector('[data-left-out] li')!;
        expect(
            [...leftOut.querySelectorAll('lightning-formatted-number')].map(
                (number) => (number as unknown as { value: number }).value
            )
        ).toEqual([640000, 0]);
        await expect(element).toBeAccessible();
    });

    it('says there is no map yet and what to do next', async () => {
        const { element } = await mountPanel(NO_MAPS);

        expect(
            element.shadowRoot!.querySelector('[data-message="empty"]')!.textContent!.trim()
        ).toBe('c.Atlas_OM_Empty_Maps');
        expect(shadowQuery(element, 'c-opportunity-map-grid')).toBeNull();
        expect(
            shadowQuery(element, 'c-opportunity-map-picker', '[data-action="new-map"]')
        ).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('explains in words why the map could not be loaded', async () => {
        const element = placePanel();
        graphqlAdapter.emitErrors([noAccessTo('Opportunity_Map_Cell__c', 'Opportunity_Map__c')]);
        await flushPromises();

        expect(errorPanelMessages(element.shadowRoot!.querySelector('c-error-panel'))).toEqual([
            'Opportunity_Map_Cell__c is not supported: the user has no access to this object.'
        ]);
        await expect(element).toBeAccessible();
    });

    it('opens a cell from the keyboard and edits its value, writing only what changed', async () => {
        jest.mocked(updateRecord).mockResolvedValue({
            id: 'a04Dn0000000010AAA',
            apiName: 'Opportunity_Map_Cell__c',
            fields: {}
        });
        const { element, refresh } = await mountPanel();

        const first = grid(element).shadowRoot!.querySelector<HTMLElement>(
            '[data-row="0"][data-col="0"]'
        )!;
        first.focus();
        first.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        await flushPromises();
        const form = editorForm(element);
        expect(formInputs(form).get('Potential_Value__c')!.value).toBe(900000);
        typeInto(form, { Potential_Value__c: '1100000' });
        clickFormButton(form, 'save');
        await flushPromises();

        expect(updateRecord).toHaveBeenCalledWith({
            fields: { Id: 'a04Dn0000000010AAA', Potential_Value__c: 1100000 }
        });
        expect(refresh).toHaveBeenCalledTimes(1);
        expect(editor(element)).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('creates the cell when the user fills an empty spot of the map', async () => {
        jest.mocked(createRecord).mockResolvedValue({
            id: 'a04Dn0000000099AAA',
            apiName: 'Opportunity_Map_Cell__c',
            fields: {}
        });
        const { element } = await mountPanel();

        cellOf(element, 'Group Technology', 'Customer Data Platform').click();
        await flushPromises();
        typeInto(editorForm(element), {
            Status__c: 'Competitor',
            Potential_Value__c: '1500000',
            Competitor__c: 'Helix Data'
        });
        clickFormButton(editorForm(element), 'save');
        await flushPromises();

        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'Opportunity_Map_Cell__c',
            fields: {
                Status__c: 'Competitor',
                Potential_Value__c: 1500000,
                Current_Value__c: null,
                Competitor__c: 'Helix Data',
                Renewal_Date__c: null,
                Blocked_Reason__c: null,
                Opportunity_Map__c: FY2027,
                Buying_Center__c: 'a01Dn0000000005AAA',
                Solution__c: CDP
            }
        });
        await expect(element).toBeAccessible();
    });

    it('says in words that someone else filled the cell meanwhile, keeping what was typed', async () => {
        // The before-save flow's key (map, buying center, solution) collides with a cell created
        // by someone else since the map was loaded.
        jest.mocked(createRecord).mockRejectedValue({
            status: 400,
            statusText: 'Bad Request',
            body: {
                message: 'An error occurred while trying to update the record. Please try again.',
                errorCode: 'INVALID_INPUT',
                output: {
                    errors: [
                        {
                            constituentField: null,
                            duplicateRecordError: null,
                            errorCode: 'DUPLICATE_VALUE',
                            field: null,
                            fieldLabel: null,
                            message:
                                'duplicate value found: Cell_Key__c duplicates value on record with id: a04Dn0000000077AAA'
                        }
                    ],
                    fieldErrors: {}
                }
            }
        });
        const { element, refresh } = await mountPanel();

        cellOf(element, 'Group Technology', 'Customer Data Platform').click();
        await flushPromises();
        typeInto(editorForm(element), {
            Status__c: 'Competitor',
            Potential_Value__c: '1500000',
            Competitor__c: 'Helix Data'
        });
        clickFormButton(editorForm(element), 'save');
        await flushPromises();

        const form = editorForm(element);
        expect(errorPanelMessages(form.shadowRoot!.querySelector('c-error-panel'))).toEqual([
            'c.Atlas_OM_Cell_Duplicate'
        ]);
        expect(formInputs(form).get('Status__c')!.value).toBe('Competitor');
        expect(formInputs(form).get('Competitor__c')!.value).toBe('Helix Data');
        expect(String(formInputs(form).get('Potential_Value__c')!.value)).toBe('1500000');
        // No refresh: it would replace the editor's values with the other person's.
        expect(refresh).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('blocks a cell with the reason the user gives', async () => {
        jest.mocked(updateRecord).mockResolvedValue({
            id: 'a04Dn0000000012AAA',
            apiName: 'Opportunity_Map_Cell__c',
            fields: {}
        });
        const { element } = await mountPanel();

        cellOf(element, 'Wealth Management', 'AI Assistant').click();
        await flushPromises();
        editorButton(element, 'block').click();
        await flushPromises();
        typeInto(editorForm(element), {
            Blocked_Reason__c:
                'Wealth Management will not buy AI until the regulator rules on advice.'
        });
        clickFormButton(editorForm(element), 'save');
        await flushPromises();

        expect(updateRecord).toHaveBeenCalledWith({
            fields: {
                Id: 'a04Dn0000000012AAA',
                Status__c: 'Blocked',
                Blocked_Reason__c:
                    'Wealth Management will not buy AI until the regulator rules on advice.'
            }
        });
        await expect(element).toBeAccessible();
    });

    it('turns a Potential cell into an opportunity and marks the cell Pursuing', async () => {
        jest.mocked(createRecord).mockResolvedValue({
            id: '006Dn0000000099AAA',
            apiName: 'Opportunity',
            fields: {}
        });
        jest.mocked(updateRecord).mockResolvedValue({
            id: 'a04Dn0000000010AAA',
            apiName: 'Opportunity_Map_Cell__c',
            fields: {}
        });
        const { element, refresh } = await mountPanel();
        const toast = jest.fn();
        element.addEventListener('lightning__showtoast', toast);

        cellOf(element, 'Commercial Banking', 'Customer Data Platform').click();
        await flushPromises();
        editorButton(element, 'create-opportunity').click();
        await flushPromises();
        const form = editorForm(element);
        expect(formInputs(form).get('Name')!.value).toBe('c.Atlas_OM_Opportunity_Default_Name');
        expect(formInputs(form).get('CloseDate')!.value).toBe('2027-12-31');
        expect(formInputs(form).get('Amount')!.value).toBe(900000);
        typeInto(form, { Name: 'Meridian - Commercial Banking Client 360' });
        clickFormButton(form, 'save');
        await flushPromises();

        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'Opportunity',
            fields: {
                Name: 'Meridian - Commercial Banking Client 360',
                StageName: 'Prospecting',
                CloseDate: '2027-12-31',
                Amount: 900000,
                AccountId: ACCOUNT_ID,
                Buying_Center__c: COMMERCIAL_BANKING
            }
        });
        expect(updateRecord).toHaveBeenCalledWith({
            fields: {
                Id: 'a04Dn0000000010AAA',
                Opportunity__c: '006Dn0000000099AAA',
                Status__c: 'Pursuing'
            }
        });
        expect(refresh).toHaveBeenCalledTimes(1);
        expect(toast.mock.calls[0][0].detail.title).toBe('c.Atlas_OM_Opportunity_Created');
        await expect(element).toBeAccessible();
    });

    it("offers the org's own open stages for the new opportunity, starting at the first", async () => {
        jest.mocked(createRecord).mockResolvedValue({
            id: '006Dn0000000099AAA',
            apiName: 'Opportunity',
            fields: {}
        });
        jest.mocked(updateRecord).mockResolvedValue({
            id: 'a04Dn0000000010AAA',
            apiName: 'Opportunity_Map_Cell__c',
            fields: {}
        });
        // A sales process of its own: three open stages, two closed ones the picklist marks closed.
        const ownProcess = {
            ...stagePicklistValues,
            values: [
                ['Discover', 'Discovery', false, false],
                ['Shape', 'Shape the Solution', false, false],
                ['Commit', 'Commit', false, false],
                ['Signed', 'Signed', true, true],
                ['No Decision', 'No Decision', true, false]
            ].map(([value, label, closed, won]) => ({
                attributes: {
                    closed,
                    defaultProbability: closed ? (won ? 100 : 0) : 25,
                    forecastCategoryName: closed ? (won ? 'Closed' : 'Omitted') : 'Pipeline',
                    won
                },
                label,
                validFor: [],
                value
            }))
        };
        const { element } = await mountPanel(accountOpportunityMaps, objectInfos, ownProcess);
        // No record types in the fixture's object infos: the master record type's stages.
        expect(picklistAdapter.getLastConfig().recordTypeId).toBe('012000000000000AAA');

        cellOf(element, 'Commercial Banking', 'Customer Data Platform').click();
        await flushPromises();
        editorButton(element, 'create-opportunity').click();
        await flushPromises();
        const form = editorForm(element);
        const stage = formInputs(form).get('StageName') as unknown as {
            value: string;
            options: { label: string; value: string }[];
        };
        expect(stage.value).toBe('Discover');
        expect(stage.options.filter((option) => option.value !== '')).toEqual([
            { label: 'Discovery', value: 'Discover' },
            { label: 'Shape the Solution', value: 'Shape' },
            { label: 'Commit', value: 'Commit' }
        ]);
        typeInto(form, { StageName: 'Shape' });
        clickFormButton(form, 'save');
        await flushPromises();

        expect(jest.mocked(createRecord).mock.calls[0]![0]).toMatchObject({
            apiName: 'Opportunity',
            fields: { StageName: 'Shape', Buying_Center__c: COMMERCIAL_BANKING }
        });
        await expect(element).toBeAccessible();
    });

    it('offers no new opportunity until the stages it may start in are known', async () => {
        const { element } = await mountPanel(accountOpportunityMaps, objectInfos, null);

        cellOf(element, 'Commercial Banking', 'Customer Data Platform').click();
        await flushPromises();

        expect(
            editor(element)!.shadowRoot!.querySelector('[data-action="create-opportunity"]')
        ).toBeNull();
        expect(editor(element)!.shadowRoot!.querySelector('[data-action="block"]')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('never creates a second opportunity when linking the cell failed and the user saves again', async () => {
        jest.mocked(createRecord).mockResolvedValue({
            id: '006Dn0000000099AAA',
            apiName: 'Opportunity',
            fields: {}
        });
        jest.mocked(updateRecord)
            .mockRejectedValueOnce(new TypeError('Failed to fetch'))
            .mockResolvedValueOnce({ id: 'a04Dn0000000010AAA', apiName: '', fields: {} });
        const { element } = await mountPanel();

        cellOf(element, 'Commercial Banking', 'Customer Data Platform').click();
        await flushPromises();
        editorButton(element, 'create-opportunity').click();
        await flushPromises();
        typeInto(editorForm(element), { Name: 'Meridian - Commercial Banking Client 360' });
        clickFormButton(editorForm(element), 'save');
        await flushPromises();

        const form = editorForm(element);
        expect(formInputs(form).get('Name')!.value).toBe(
            'Meridian - Commercial Banking Client 360'
        );
        expect(errorPanelMessages(form.shadowRoot!.querySelector('c-error-panel'))).toEqual([
            'c.Atlas_OM_Opportunity_Not_Linked',
            'Failed to fetch'
        ]);
        clickFormButton(form, 'save');
        await flushPromises();

        expect(createRecord).toHaveBeenCalledTimes(1);
        expect(updateRecord).toHaveBeenCalledTimes(2);
        expect(editor(element)).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('opens the opportunity a cell is linked to', async () => {
        const { element } = await mountPanel();

        cellOf(element, 'Group Technology', 'AI Assistant').click();
        await flushPromises();
        editorButton(element, 'open-opportunity').click();

        expect(navigatedTo).toHaveBeenCalledWith({
            type: 'standard__recordPage',
            attributes: {
                recordId: '006Dn0000000028AAA',
                objectApiName: 'Opportunity',
                actionName: 'view'
            }
        });
        await expect(element).toBeAccessible();
    });

    it('shows the map without editing to users who may not change it', async () => {
        const { element } = await mountPanel(accountOpportunityMaps, readOnlyInfos(objectInfos));

        cellOf(element, 'Commercial Banking', 'Customer Data Platform').click();
        await flushPromises();

        expect(
            shadowQuery(element, 'c-opportunity-map-cell-editor', 'c-planning-record-form')
        ).toBeNull();
        expect(
            editor(element)!.shadowRoot!.querySelector('[data-summary="status"]')!.textContent
        ).toBe('Potential');
        expect(
            element.shadowRoot!.querySelector('[data-message="read-only"]')!.textContent!.trim()
        ).toBe('c.Atlas_OM_Read_Only');
        await expect(element).toBeAccessible();
    });
});

import { createElement } from 'lwc';
import OpportunityMapCellEditor from 'c/opportunityMapCellEditor';
import { opportunityMapsFromGraphQL } from 'c/atlasData';
import type { OpportunityMapCellView } from 'c/atlasData';
import {
    clickFormButton,
    flushPromises,
    formInputs,
    typeInto
} from '../../planningRecordForm/__tests__/planningTestHelpers';
import accountOpportunityMaps from '../../opportunityMap/__tests__/data/accountOpportunityMaps.json';

const { maps } = opportunityMapsFromGraphQL(accountOpportunityMaps);
const cellsById = new Map(maps[0]!.cells.map((cell) => [cell.Id, cell]));
// Commercial Banking × Customer Data Platform: Potential, $900,000, no opportunity yet.
const POTENTIAL = cellsById.get('a04Dn0000000010AAA')!;
// Group Technology × AI Assistant: Pursuing, linked to the Enterprise AI Assistant deal.
const PURSUING = cellsById.get('a04Dn0000000016AAA')!;

function mountEditor(cell: OpportunityMapCellView | null, props: Record<string, unknown> = {}) {
    const element = createElement('c-opportunity-map-cell-editor', {
        is: OpportunityMapCellEditor
    });
    Object.assign(element, {
        positionKey: `map:${cell?.Buying_Center__c}:${cell?.Solution__c}`,
        cell,
        buyingCenterName: 'Commercial Banking',
        solutionName: 'Customer Data Platform',
        opportunityDefaults: {
            Name: 'Meridian Global Bank - Commercial Banking - Customer Data Platform',
            StageName: 'Prospecting',
            CloseDate: '2027-12-31',
            Amount: 900000
        },
        stageOptions: [
            { label: 'Prospecting', value: 'Prospecting' },
            { label: 'Qualification', value: 'Qualification' }
        ],
        canEdit: true,
        canCreateOpportunity: true,
        ...props
    });
    document.body.appendChild(element);
    return element;
}

function form(element: HTMLElement): HTMLElement {
    return element.shadowRoot!.querySelector('c-planning-record-form')!;
}

function fieldNames(element: HTMLElement): string[] {
    return [...formInputs(form(element)).keys()];
}

describe('c-opportunity-map-cell-editor', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.restoreAllMocks();
    });

    it('offers to turn a Potential cell into an opportunity or to block it', async () => {
        const element = mountEditor(POTENTIAL);
        await flushPromises();

        expect(
            element.shadowRoot!.querySelector('[data-action="create-opportunity"]')
        ).not.toBeNull();
        expect(element.shadowRoot!.querySelector('[data-action="block"]')).not.toBeNull();
        expect(element.shadowRoot!.querySelector('[data-action="open-opportunity"]')).toBeNull();
        expect(formInputs(form(element)).get('Status__c')!.value).toBe('Potential');
        expect(formInputs(form(element)).get('Potential_Value__c')!.value).toBe(900000);
        await expect(element).toBeAccessible();
    });

    it('opens the opportunity a Pursuing cell is linked to', async () => {
        const element = mountEditor(PURSUING);
        const open = jest.fn();
        element.addEventListener('openopportunity', open);
        await flushPromises();

        expect(element.shadowRoot!.querySelector('[data-action="create-opportunity"]')).toBeNull();
        element.shadowRoot!.querySelector<HTMLElement>('[data-action="open-opportunity"]')!.click();

        expect(open.mock.calls[0][0].detail).toEqual({ opportunityId: '006Dn0000000028AAA' });
        await expect(element).toBeAccessible();
    });

    it('asks for the reason when the user blocks a cell', async () => {
        const element = mountEditor(POTENTIAL);
        const save = jest.fn();
        element.addEventListener('save', save);
        await flushPromises();

        element.shadowRoot!.querySelector<HTMLElement>('[data-action="block"]')!.click();
        await flushPromises();
        expect(fieldNames(element)).toEqual(['Blocked_Reason__c']);
        clickFormButton(form(element), 'save');
        await flushPromises();
        expect(save).not.toHaveBeenCalled();

        typeInto(form(element), {
            Blocked_Reason__c: 'Commercial Banking froze new data spend until the 2027 budget.'
        });
        clickFormButton(form(element), 'save');

        expect(save.mock.calls[0][0].detail).toMatchObject({
            mode: 'block',
            values: {
                Blocked_Reason__c: 'Commercial Banking froze new data spend until the 2027 budget.'
            }
        });
        await expect(element).toBeAccessible();
    });

    it('requires a reason as soon as the status is set to Blocked', async () => {
        const element = mountEditor(POTENTIAL);
        const save = jest.fn();
        element.addEventListener('save', save);
        await flushPromises();

        typeInto(form(element), { Status__c: 'Blocked' });
        await flushPromises();
        clickFormButton(form(element), 'save');
        await flushPromises();

        expect(save).not.toHaveBeenCalled();
        expect(
            form(element)
                .shadowRoot!.querySelector('[data-error-for="Blocked_Reason__c"]')!
                .textContent!.trim()
        ).toBe('c.Atlas_AP_Form_Required');
        // What the user chose stays chosen.
        expect(formInputs(form(element)).get('Status__c')!.value).toBe('Blocked');
        await expect(element).toBeAccessible();
    });

    it('fills the new opportunity with the buying center, solution, period end and value', async () => {
        const element = mountEditor(POTENTIAL);
        await flushPromises();

        element
            .shadowRoot!.querySelector<HTMLElement>('[data-action="create-opportunity"]')!
            .click();
        await flushPromises();

        const inputs = formInputs(form(element));
        expect([...inputs.keys()]).toEqual(['Name', 'StageName', 'CloseDate', 'Amount']);
        expect(inputs.get('Name')!.value).toBe(
            'Meridian Global Bank - Commercial Banking - Customer Data Platform'
        );
        expect(inputs.get('CloseDate')!.value).toBe('2027-12-31');
        expect(inputs.get('Amount')!.value).toBe(900000);
        // The stages are the ones the panel read from the org's StageName picklist.
        const stage = inputs.get('StageName') as unknown as {
            value: string;
            options: { value: string }[];
        };
        expect(stage.value).toBe('Prospecting');
        expect(stage.options.map((option) => option.value)).toEqual([
            'Prospecting',
            'Qualification'
        ]);
        await expect(element).toBeAccessible();
    });

    it('shows a cell without a form to users who may not change the map', async () => {
        const element = mountEditor(PURSUING, { canEdit: false });
        await flushPromises();

        expect(element.shadowRoot!.querySelector('c-planning-record-form')).toBeNull();
        expect(element.shadowRoot!.querySelector('[data-summary="status"]')!.textContent).toBe(
            'Pursuing'
        );
        expect(element.shadowRoot!.querySelector('[data-action="block"]')).toBeNull();
        await expect(element).toBeAccessible();
    });
});

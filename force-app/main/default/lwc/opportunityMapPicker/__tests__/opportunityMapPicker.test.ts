import { createElement } from 'lwc';
import OpportunityMapPicker from 'c/opportunityMapPicker';
import { opportunityMapsFromGraphQL } from 'c/atlasData';
import { createRecord } from 'lightning/uiRecordApi';
import {
    clickFormButton,
    fieldErrorText,
    flushPromises,
    formInputs,
    typeInto
} from '../../planningRecordForm/__tests__/planningTestHelpers';
import accountOpportunityMaps from '../../opportunityMap/__tests__/data/accountOpportunityMaps.json';

const ACCOUNT_ID = '001Dn00000Mgb01AAE';
const { maps } = opportunityMapsFromGraphQL(accountOpportunityMaps);

function mountPicker(props: Record<string, unknown> = {}): HTMLElement {
    const element = createElement('c-opportunity-map-picker', { is: OpportunityMapPicker });
    Object.assign(element, {
        accountId: ACCOUNT_ID,
        maps,
        selectedMapId: 'a03Dn0000000001AAA',
        canCreate: true,
        ...props
    });
    document.body.appendChild(element);
    return element;
}

function newMapForm(element: HTMLElement): HTMLElement | null {
    return element.shadowRoot!.querySelector('c-planning-record-form');
}

describe('c-opportunity-map-picker', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.resetAllMocks();
    });

    it('offers every map of the account and says which one is shown', async () => {
        const element = mountPicker();
        const changed = jest.fn();
        element.addEventListener('mapchange', changed);
        await flushPromises();

        const choice = element.shadowRoot!.querySelector('lightning-combobox') as unknown as {
            options: { label: string }[];
            value: string;
        } & HTMLElement;
        expect(choice.options.map((option) => option.label)).toEqual([
            'Meridian Global Bank FY2027',
            'Meridian Global Bank FY2026'
        ]);
        expect(choice.value).toBe('a03Dn0000000001AAA');
        choice.dispatchEvent(
            new CustomEvent('change', { detail: { value: 'a03Dn0000000090AAA' } })
        );

        expect(changed.mock.calls[0][0].detail).toEqual({ mapId: 'a03Dn0000000090AAA' });
        await expect(element).toBeAccessible();
    });

    it('creates a map for a new period on the account', async () => {
        jest.mocked(createRecord).mockResolvedValue({
            id: 'a03Dn0000000091AAA',
            apiName: 'Opportunity_Map__c',
            fields: {}
        });
        const element = mountPicker();
        const created = jest.fn();
        element.addEventListener('mapcreated', created);
        await flushPromises();

        element.shadowRoot!.querySelector<HTMLElement>('[data-action="new-map"]')!.click();
        await flushPromises();
        expect(formInputs(newMapForm(element)!).get('Status__c')!.value).toBe('Draft');
        typeInto(newMapForm(element)!, {
            Name: 'Meridian Global Bank FY2028',
            Period_Start__c: '2028-01-01',
            Period_End__c: '2028-12-31'
        });
        clickFormButton(newMapForm(element)!, 'save');
        await flushPromises();

        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'Opportunity_Map__c',
            fields: {
                Name: 'Meridian Global Bank FY2028',
                Period_Start__c: '2028-01-01',
                Period_End__c: '2028-12-31',
                Status__c: 'Draft',
                Account__c: ACCOUNT_ID
            }
        });
        expect(created.mock.calls[0][0].detail).toEqual({ mapId: 'a03Dn0000000091AAA' });
        expect(newMapForm(element)).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('keeps the new map as typed when its period ends before it starts', async () => {
        jest.mocked(createRecord).mockRejectedValue({
            status: 400,
            body: {
                message: 'An error occurred while trying to update the record. Please try again.',
                output: {
                    errors: [],
                    fieldErrors: {
                        Period_End__c: [
                            {
                                errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                                field: 'Period_End__c',
                                message: 'The period must end after it starts.'
                            }
                        ]
                    }
                }
            },
            ok: false,
            statusText: 'Bad Request'
        });
        const element = mountPicker();
        await flushPromises();

        element.shadowRoot!.querySelector<HTMLElement>('[data-action="new-map"]')!.click();
        await flushPromises();
        typeInto(newMapForm(element)!, {
            Name: 'Meridian Global Bank FY2028',
            Period_Start__c: '2028-12-31',
            Period_End__c: '2028-01-01'
        });
        clickFormButton(newMapForm(element)!, 'save');
        await flushPromises();

        const form = newMapForm(element)!;
        expect(formInputs(form).get('Period_Start__c')!.value).toBe('2028-12-31');
        expect(fieldErrorText(form, 'Period_End__c')).toBe('The period must end after it starts.');
        await expect(element).toBeAccessible();
    });

    it('does not offer a new map to users who may not create one', async () => {
        const element = mountPicker({ canCreate: false });
        await flushPromises();

        expect(element.shadowRoot!.querySelector('[data-action="new-map"]')).toBeNull();
        await expect(element).toBeAccessible();
    });
});

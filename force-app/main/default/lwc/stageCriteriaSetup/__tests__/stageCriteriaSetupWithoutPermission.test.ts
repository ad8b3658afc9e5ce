import { createElement } from 'lwc';
import StageCriteriaSetup from 'c/stageCriteriaSetup';
import { graphql } from 'lightning/graphql';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import {
    flushPromises,
    shadowQuery,
    shadowQueryAll,
    textOf
} from '../../dealScore/__tests__/panelTestUtils';
import setupFixture from './data/stageCriteriaSetup.json';

// An account manager: full object access, but not the sales ops custom permission.
jest.mock(
    '@salesforce/customPermission/Atlas_Manage_Stage_Criteria',
    () => ({ default: undefined }),
    {
        virtual: true
    }
);

const graphqlAdapter = graphql as unknown as {
    emit(data: unknown, filter?: unknown, refresh?: () => Promise<void>): void;
};

const VALUE_ESTIMATE = 'a0ADn0000000018AAA';

describe('c-stage-criteria-setup without the sales ops permission', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.resetAllMocks();
    });

    it('shows the criteria but refuses every change', async () => {
        const element = createElement('c-stage-criteria-setup', { is: StageCriteriaSetup });
        document.body.appendChild(element);
        graphqlAdapter.emit(setupFixture, undefined, jest.fn().mockResolvedValue(undefined));
        await flushPromises();

        const list = shadowQuery(element, 'c-stage-criteria-list')!;
        expect(shadowQueryAll(list, 'li[data-id]')).toHaveLength(28);
        expect(element.shadowRoot!.querySelector('[data-action="new"]')).toBeNull();
        expect(shadowQueryAll(list, '[data-action]')).toHaveLength(0);
        expect(textOf(element.shadowRoot!.querySelector('[data-message="read-only"]'))).toBe(
            'c.Atlas_SC_Read_Only'
        );

        // Requests that reach the page anyway (say, from an old tab) change nothing.
        list.dispatchEvent(new CustomEvent('edit', { detail: { id: VALUE_ESTIMATE } }));
        list.dispatchEvent(
            new CustomEvent('move', { detail: { id: VALUE_ESTIMATE, direction: 'up' } })
        );
        list.dispatchEvent(
            new CustomEvent('setactive', { detail: { id: VALUE_ESTIMATE, active: false } })
        );
        await flushPromises();
        expect(element.shadowRoot!.querySelector('c-stage-criterion-form')).toBeNull();
        expect(updateRecord).not.toHaveBeenCalled();
        expect(createRecord).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });
});

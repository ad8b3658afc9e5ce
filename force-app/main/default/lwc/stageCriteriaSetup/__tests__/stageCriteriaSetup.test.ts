import StageCriteriaSetup from 'c/stageCriteriaSetup';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { sampleScoringInputs, stageCriteriaSetupFromGraphQL } from 'c/atlasData';
import type { StageCriterionView } from 'c/atlasData';
import {
    changeValue,
    errorMessages,
    flushPromises,
    pinClock,
    shadowQuery,
    shadowQueryAll,
    textOf,
    uiApiError
} from '../../dealScore/__tests__/panelTestUtils';
import { previewCriteriaChange } from '../criteriaPreview';
import setupFixture from './data/stageCriteriaSetup.json';
import {
    endPanelTest,
    graphqlAdapter,
    mountAnswered,
    placeComponent
} from '../../../../../../jest/panelTests';

jest.mock('@salesforce/customPermission/Atlas_Manage_Stage_Criteria', () => ({ default: true }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.Atlas_SC_Preview_Summary',
    () => ({ default: '{0} of {1} open deals would change band; {2} would change score.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_SC_Preview_Run_Name',
    () =>
        jest
            .requireActual('../../dealReviewQueue/__tests__/labelText')
            .labelModule('Atlas_SC_Preview_Run_Name'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_SC_Too_Many_Stages',
    () => ({ default: '{0} stages, more than {1}' }),
    {
        virtual: true
    }
);

const createRecordMock = createRecord as unknown as jest.Mock;
const updateRecordMock = updateRecord as unknown as jest.Mock;

const BUSINESS_CASE = 'a0ADn0000000017AAA'; // Value Proposition, sort order 1
const VALUE_ESTIMATE = 'a0ADn0000000018AAA'; // Value Proposition, sort order 2
const CONFERENCE = 'a0ADn0000000012AAA'; // Qualification, inactive

type Fixture = typeof setupFixture;

function copy(): Fixture {
    return JSON.parse(JSON.stringify(setupFixture)) as Fixture;
}

async function mountPage(data: unknown = setupFixture) {
    return mountAnswered('c-stage-criteria-setup', StageCriteriaSetup, {}, data);
}

function list(element: HTMLElement): HTMLElement {
    return shadowQuery(element, 'c-stage-criteria-list')!;
}

function row(element: HTMLElement, id: string): HTMLElement {
    return shadowQuery(list(element), `li[data-id="${id}"]`)!;
}

function rowAction(element: HTMLElement, id: string, action: string): HTMLElement {
    return row(element, id).querySelector<HTMLElement>(`[data-action="${action}"]`)!;
}

function form(element: HTMLElement): HTMLElement {
    return shadowQuery(element, 'c-stage-criterion-form')!;
}

function field(element: HTMLElement, name: string): HTMLElement {
    return shadowQuery(form(element), `[data-field="${name}"]`)!;
}

function check(input: HTMLElement, checked: boolean): void {
    (input as HTMLElement & { checked: boolean }).checked = checked;
    input.dispatchEvent(new CustomEvent('change', { detail: { checked } }));
}

describe('c-stage-criteria-setup for sales ops', () => {
    beforeEach(() => {
        pinClock('2026-11-22T12:00:00.000Z');
    });

    afterEach(endPanelTest);

    it('shows a spinner until the criteria arrive', async () => {
        const element = placeComponent('c-stage-criteria-setup', StageCriteriaSetup);
        await flushPromises();

        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        expect(element.shadowRoot!.querySelector('c-stage-criteria-list')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('groups the criteria by stage in the order of the sales process, qualification questions first', async () => {
        const { element } = await mountPage();

        const groups = shadowQueryAll(list(element), 'section[data-group]');
        expect(groups.map((group) => textOf(group.querySelector('h3')))).toEqual([
            'c.Atlas_SC_Qualification_Heading',
            'Prospecting',
            'Qualification',
            'Needs Analysis',
            'Value Proposition',
            'Id. Decision Makers',
            'Perception Analysis',
            'Proposal/Price Quote',
            'Negotiation/Review'
        ]);
        const valueProposition = groups[4]!;
        expect(
            [...valueProposition.querySelectorAll('[data-value="question"]')].map((q) => textOf(q))
        ).toEqual([
            'Customer shared the business case template they use for approvals.',
            'Customer validated our value estimate with their own numbers.',
            "Customer's technical evaluators confirmed, after a demo or proof of concept, that we meet their must-have requirements.",
            'Customer told us how we compare with the alternatives they are considering (including doing nothing).',
            'Customer introduced us to the approver who holds the budget.'
        ]);
        expect(
            row(element, VALUE_ESTIMATE).querySelector('[data-badge="required"]')
        ).not.toBeNull();
        expect(row(element, CONFERENCE).querySelector('[data-badge="inactive"]')).not.toBeNull();
        // Each row's buttons say which criterion they act on.
        expect(textOf(rowAction(element, CONFERENCE, 'activate'))).toBe('c.Atlas_SC_Activate');
        expect(rowAction(element, CONFERENCE, 'activate').getAttribute('aria-label')).toBe(
            'c.Atlas_SC_Activate_Criterion'
        );
        expect(rowAction(element, VALUE_ESTIMATE, 'edit').getAttribute('aria-label')).toBe(
            'c.Atlas_SC_Edit_Criterion'
        );
        // Stages with no criteria yet say so.
        expect(textOf(groups[5]!.querySelector('p'))).toBe('c.Atlas_SC_Empty_Group');
        await expect(element).toBeAccessible();
    });

    it('warns when the sales process has more than about six stages', async () => {
        const { element } = await mountPage();
        expect(textOf(element.shadowRoot!.querySelector('[data-message="too-many-stages"]'))).toBe(
            '8 stages, more than 6'
        );

        document.body.removeChild(element);
        const six = copy();
        const stageName = six.uiapi.objectInfos[0]!.fields.find((f) => f.ApiName === 'StageName')!;
        stageName.picklistValuesByRecordTypeIDs![0]!.picklistValues =
            stageName.picklistValuesByRecordTypeIDs![0]!.picklistValues.filter(
                (value) => !['Id. Decision Makers', 'Perception Analysis'].includes(value.value)
            );
        const { element: trimmed } = await mountPage(six);
        expect(trimmed.shadowRoot!.querySelector('[data-message="too-many-stages"]')).toBeNull();
    });

    it('says so when no criteria exist yet', async () => {
        const data = copy();
        data.uiapi.query.Stage_Criterion__c.edges = [];
        const { element } = await mountPage(data);

        expect(textOf(element.shadowRoot!.querySelector('[data-message="empty"]'))).toBe(
            'c.Atlas_SC_Empty'
        );
        await expect(element).toBeAccessible();
    });

    it('says in words what went wrong when the criteria cannot be loaded', async () => {
        const element = placeComponent('c-stage-criteria-setup', StageCriteriaSetup);
        graphqlAdapter.emitErrors([{ message: 'Insufficient privileges: Stage_Criterion__c' }]);
        await flushPromises();

        expect(errorMessages(element.shadowRoot!.querySelector('c-error-panel'))).toEqual([
            'Insufficient privileges: Stage_Criterion__c'
        ]);
        await expect(element).toBeAccessible();
    });

    it('starts a new criterion as a verifiable outcome of the first stage, not of every stage', async () => {
        const { element } = await mountPage();

        shadowQuery<HTMLElement>(element, '[data-action="new"]')!.click();
        await flushPromises();

        const valueOf = (name: string): unknown =>
            (field(element, name) as HTMLElement & { value: unknown }).value;
        expect([valueOf('Stage__c'), valueOf('Category__c')]).toEqual([
            'Prospecting',
            'Verifiable Outcome'
        ]);
    });

    it('adds a criterion at the end of its stage with the exact fields', async () => {
        createRecordMock.mockResolvedValue({ id: 'a0ADn0000000099AAA', fields: {} });
        const { element, refresh, toasts } = await mountPage();

        shadowQuery<HTMLElement>(element, '[data-action="new"]')!.click();
        await flushPromises();
        changeValue(field(element, 'Stage__c'), 'Value Proposition');
        changeValue(field(element, 'Category__c'), 'Can we win?');
        changeValue(
            field(element, 'Question__c'),
            'The decision maker named the criteria they will choose the vendor on.'
        );
        changeValue(field(element, 'Importance__c'), 'Very Important');
        check(field(element, 'Required__c'), true);
        await flushPromises();
        shadowQuery<HTMLElement>(form(element), '[data-action="save"]')!.click();
        await flushPromises();

        expect(createRecordMock).toHaveBeenCalledWith({
            apiName: 'Stage_Criterion__c',
            fields: {
                Name: 'The decision maker named the criteria they will choose the vendor on.',
                Stage__c: 'Value Proposition',
                Category__c: 'Can we win?',
                Question__c:
                    'The decision maker named the criteria they will choose the vendor on.',
                Guidance__c: null,
                Importance__c: 'Very Important',
                Required__c: true,
                Active__c: true,
                Sort_Order__c: 6
            }
        });
        expect(refresh).toHaveBeenCalled();
        expect(toasts).toEqual([{ title: 'c.Atlas_SC_Saved', variant: 'success' }]);
        expect(shadowQuery(element, 'c-stage-criterion-form')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('writes only the fields that changed when a criterion is edited', async () => {
        updateRecordMock.mockResolvedValue({});
        const { element, refresh } = await mountPage();

        rowAction(element, VALUE_ESTIMATE, 'edit').click();
        await flushPromises();
        expect((field(element, 'Question__c') as unknown as { value: string }).value).toBe(
            'Customer validated our value estimate with their own numbers.'
        );
        changeValue(field(element, 'Importance__c'), 'Very Important');
        check(field(element, 'Required__c'), false);
        await flushPromises();
        shadowQuery<HTMLElement>(form(element), '[data-action="save"]')!.click();
        await flushPromises();

        expect(updateRecordMock).toHaveBeenCalledTimes(1);
        expect(updateRecordMock).toHaveBeenCalledWith({
            fields: { Id: VALUE_ESTIMATE, Importance__c: 'Very Important', Required__c: false }
        });
        expect(refresh).toHaveBeenCalled();
    });

    it('keeps what was typed and shows the field error when the criterion cannot be saved', async () => {
        updateRecordMock.mockRejectedValue(
            uiApiError('', { Question__c: 'Question: data value too large (max length=255)' })
        );
        const { element, refresh } = await mountPage();

        rowAction(element, VALUE_ESTIMATE, 'edit').click();
        await flushPromises();
        changeValue(field(element, 'Question__c'), 'Finance validated our value estimate.');
        await flushPromises();
        shadowQuery<HTMLElement>(form(element), '[data-action="save"]')!.click();
        await flushPromises();

        expect(textOf(shadowQuery(form(element), '[data-error-for="Question__c"]'))).toBe(
            'Question: data value too large (max length=255)'
        );
        expect((field(element, 'Question__c') as unknown as { value: string }).value).toBe(
            'Finance validated our value estimate.'
        );
        expect(refresh).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('asks for the question before saving a criterion without one', async () => {
        const { element } = await mountPage();

        shadowQuery<HTMLElement>(element, '[data-action="new"]')!.click();
        await flushPromises();
        shadowQuery<HTMLElement>(form(element), '[data-action="save"]')!.click();
        await flushPromises();

        expect(textOf(shadowQuery(form(element), '[data-error-for="Question__c"]'))).toBe(
            'c.Atlas_SC_Question_Required'
        );
        expect(createRecordMock).not.toHaveBeenCalled();
    });

    it('moves a criterion up by giving it and its neighbour each other’s place', async () => {
        updateRecordMock.mockResolvedValue({});
        const { element, refresh, toasts } = await mountPage();

        expect(
            (rowAction(element, BUSINESS_CASE, 'up') as unknown as { disabled: boolean }).disabled
        ).toBe(true);
        rowAction(element, VALUE_ESTIMATE, 'up').click();
        await flushPromises();

        expect(updateRecordMock.mock.calls.map(([input]) => input)).toEqual([
            { fields: { Id: VALUE_ESTIMATE, Sort_Order__c: 1 } },
            { fields: { Id: BUSINESS_CASE, Sort_Order__c: 2 } }
        ]);
        expect(refresh).toHaveBeenCalled();
        expect(toasts).toEqual([{ title: 'c.Atlas_SC_Reordered', variant: 'success' }]);
    });

    it('deactivates a criterion, and says so when that fails', async () => {
        updateRecordMock.mockResolvedValueOnce({});
        updateRecordMock.mockRejectedValueOnce(
            uiApiError('You do not have access to this record.')
        );
        const { element } = await mountPage();

        rowAction(element, VALUE_ESTIMATE, 'deactivate').click();
        await flushPromises();
        // It asks first, with the preview of what deactivating would change; nothing is written.
        const confirm = shadowQuery(element, 'c-criterion-deactivation')!;
        expect(textOf(shadowQuery(confirm, '[data-focus-target]'))).toBe(
            'Customer validated our value estimate with their own numbers.'
        );
        const preview = shadowQuery(confirm, 'c-criteria-change-preview')!;
        expect(textOf(shadowQuery(preview, '[data-value="summary"]'))).toMatch(
            / of 15 open deals would change band; /
        );
        expect(updateRecordMock).not.toHaveBeenCalled();
        shadowQuery(confirm, '[data-action="cancel"]')!.click();
        await flushPromises();
        expect(element.shadowRoot!.querySelector('c-criterion-deactivation')).toBeNull();
        expect(updateRecordMock).not.toHaveBeenCalled();

        rowAction(element, VALUE_ESTIMATE, 'deactivate').click();
        await flushPromises();
        shadowQuery(element, 'c-criterion-deactivation', '[data-action="confirm"]')!.click();
        await flushPromises();
        expect(updateRecordMock).toHaveBeenCalledWith({
            fields: { Id: VALUE_ESTIMATE, Active__c: false }
        });
        expect(element.shadowRoot!.querySelector('c-criterion-deactivation')).toBeNull();

        rowAction(element, CONFERENCE, 'activate').click();
        await flushPromises();
        expect(updateRecordMock).toHaveBeenLastCalledWith({
            fields: { Id: CONFERENCE, Active__c: true }
        });
        expect(errorMessages(element.shadowRoot!.querySelector('c-error-panel'))).toEqual([
            'You do not have access to this record.'
        ]);
        await expect(element).toBeAccessible();
    });

    it('previews how many open deals would change band with the draft, before saving', async () => {
        const { element } = await mountPage();
        const question =
            'Customer named the executive who owns the problem and brought them to a meeting.';

        shadowQuery<HTMLElement>(element, '[data-action="new"]')!.click();
        await flushPromises();
        changeValue(field(element, 'Stage__c'), 'Prospecting');
        changeValue(field(element, 'Question__c'), question);
        changeValue(field(element, 'Category__c'), 'Is there an opportunity?');
        changeValue(field(element, 'Importance__c'), 'Essential');
        await flushPromises();
        const run = shadowQuery<HTMLElement>(
            element,
            'c-criteria-change-preview',
            '[data-action="preview"]'
        )!;
        // Named apart from the framework switch's preview on the same page (#22).
        expect(run.getAttribute('aria-label')).toBe('Preview on open deals: this criterion change');
        run.click();
        await flushPromises();

        // The same sample scored by the scoring core with and without the new question.
        const setup = stageCriteriaSetupFromGraphQL(setupFixture);
        const draft: StageCriterionView = {
            Id: 'draft-criterion',
            Stage__c: 'Prospecting',
            Category__c: 'Is there an opportunity?',
            Question__c: question,
            Guidance__c: null,
            Importance__c: 'Essential',
            Required__c: false,
            Active__c: true
        };
        const after = sampleScoringInputs(setup, [...setup.criteria, draft], '2026-11-22');
        const expected = previewCriteriaChange(
            sampleScoringInputs(setup, setup.criteria, '2026-11-22').map((before, index) => ({
                before,
                after: after[index]!,
                ownerName: null
            }))
        );
        expect(expected.bandChanges.length).toBeGreaterThan(0);
        const preview = shadowQuery(element, 'c-criteria-change-preview')!;
        expect(textOf(shadowQuery(preview, '[data-value="summary"]'))).toBe(
            `${expected.bandChanges.length} of 15 open deals would change band; ${expected.scoreChanges} would change score.`
        );
        expect(
            shadowQueryAll(preview, '[data-list="bands"] li').map((item) => item.dataset.id)
        ).toEqual(expected.bandChanges.map((change) => change.opportunityId));
        expect(createRecordMock).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('is read-only when the user may not edit the criteria object, even with the permission', async () => {
        const data = copy();
        data.uiapi.objectInfos[1]!.createable = false;
        data.uiapi.objectInfos[1]!.updateable = false;
        const { element } = await mountPage(data);

        expect(element.shadowRoot!.querySelector('[data-action="new"]')).toBeNull();
        expect(row(element, VALUE_ESTIMATE).querySelector('[data-action]')).toBeNull();
        expect(element.shadowRoot!.querySelector('[data-message="read-only"]')).not.toBeNull();
    });
});

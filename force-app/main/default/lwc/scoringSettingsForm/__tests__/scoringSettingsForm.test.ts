// The scoring settings form on the Stage Criteria Setup page, as sales ops use it: the settings in
// force (defaults or saved), refused saves that say why and keep what was typed, the exact record
// write through uiRecordApi, a preview of band changes, and read-only access.
import StageCriteriaSetup from 'c/stageCriteriaSetup';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { sampleScoringInputs, stageCriteriaSetupFromGraphQL } from 'c/atlasData';
import { scoreDeal } from 'c/dealScoring';
import { dealScoringOverridesOf } from 'c/scoringSettings';
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
import setupFixture from '../../stageCriteriaSetup/__tests__/data/stageCriteriaSetup.json';
import { endPanelTest, mountAnswered } from '../../../../../../jest/panelTests';

jest.mock('@salesforce/customPermission/Atlas_Manage_Stage_Criteria', () => ({ default: true }), {
    virtual: true
});
// The wording users read, as the label files have it, so the tests read the real sentences.
jest.mock(
    '@salesforce/label/c.Atlas_SS_Problem_Weights_Total',
    () => ({ default: 'The weights add up to {0}; make them add up to {1}.' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_SS_Problem_Bands_Order',
    () => ({ default: 'At Risk below ({0}) must be lower than Watch below ({1}).' }),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_SS_Problem_Range',
    () => ({ default: 'Enter a whole number from {0} to {1}.' }),
    { virtual: true }
);
jest.mock('@salesforce/label/c.Atlas_SS_Weights_Total', () => ({ default: 'Total: {0} of {1}' }), {
    virtual: true
});
jest.mock(
    '@salesforce/label/c.Atlas_SC_Preview_Summary',
    () => ({ default: '{0} of {1} open deals would change band; {2} would change score.' }),
    { virtual: true }
);

const createRecordMock = createRecord as unknown as jest.Mock;
const updateRecordMock = updateRecord as unknown as jest.Mock;

const SETTINGS_ID = 'a0GDn0000000001AAA';
const SAVED_VALUES = {
    Evidence_Weight__c: 40,
    Qualification_Weight__c: 20,
    Relationships_Weight__c: 25,
    Hygiene_Weight__c: 15,
    At_Risk_Below__c: 40,
    Watch_Below__c: 70,
    Stale_Activity_Days__c: 21,
    Stale_Relationship_Days__c: 60,
    Days_In_Stage__c: 45,
    History_Quarters__c: 4,
    Unknown_Evidence_Credit__c: 50,
    Unknown_Qualification_Credit__c: 50,
    Unknown_Relationships_Credit__c: 20
};

const SETTINGS_INFO = {
    ApiName: 'Scoring_Settings__c',
    createable: true,
    updateable: true,
    deletable: false,
    defaultRecordTypeId: '012000000000000AAA',
    fields: []
};

/** The page's response with a saved settings record (or none), as the UI API shapes it. */
function pageData(
    saved: Record<string, number> | null,
    access: { createable: boolean; updateable: boolean } = { createable: true, updateable: true }
): unknown {
    const data = JSON.parse(JSON.stringify(setupFixture)) as {
        uiapi: { query: Record<string, unknown>; objectInfos: unknown[] };
    };
    const node = saved
        ? {
              Id: SETTINGS_ID,
              ...Object.fromEntries(
                  Object.entries(saved).map(([field, value]) => [field, { value }])
              )
          }
        : null;
    data.uiapi.query.Scoring_Settings__c = { edges: node ? [{ node }] : [] };
    data.uiapi.objectInfos.push({ ...SETTINGS_INFO, ...access });
    return data;
}

async function mountPage(data: unknown) {
    return mountAnswered('c-stage-criteria-setup', StageCriteriaSetup, {}, data);
}

function form(element: HTMLElement): HTMLElement {
    return shadowQuery(element, 'c-scoring-settings-form')!;
}

function input(element: HTMLElement, field: string): HTMLElement & { value: unknown } {
    return shadowQuery(form(element), `lightning-input[data-field="${field}"]`)! as HTMLElement & {
        value: unknown;
    };
}

function shownValues(element: HTMLElement): Record<string, unknown> {
    return Object.fromEntries(
        shadowQueryAll(form(element), 'lightning-input[data-field]').map((field) => [
            field.dataset.field,
            (field as HTMLElement & { value: unknown }).value
        ])
    );
}

function click(element: HTMLElement, action: string): void {
    shadowQuery<HTMLElement>(form(element), `[data-action="${action}"]`)!.click();
}

describe('c-scoring-settings-form on the Stage Criteria Setup page', () => {
    beforeEach(() => {
        pinClock('2026-11-22T12:00:00.000Z');
    });

    afterEach(endPanelTest);

    it('shows the built-in defaults when no settings are saved, and saves them as the Active record', async () => {
        createRecordMock.mockResolvedValue({ id: SETTINGS_ID, fields: {} });
        const { element, refresh } = await mountPage(pageData(null));

        expect(shownValues(element)).toEqual({
            Evidence_Weight__c: '40',
            Qualification_Weight__c: '20',
            Relationships_Weight__c: '25',
            Hygiene_Weight__c: '15',
            At_Risk_Below__c: '40',
            Watch_Below__c: '70',
            Stale_Activity_Days__c: '30',
            Stale_Relationship_Days__c: '90',
            Days_In_Stage__c: '45',
            History_Quarters__c: '4',
            Unknown_Evidence_Credit__c: '50',
            Unknown_Qualification_Credit__c: '50',
            Unknown_Relationships_Credit__c: '20'
        });
        expect(shadowQuery(form(element), '[data-message="defaults"]')).not.toBeNull();
        expect(textOf(shadowQuery(form(element), '[data-value="weights-total"]'))).toBe(
            'Total: 100 of 100'
        );

        changeValue(input(element, 'Watch_Below__c'), '65');
        await flushPromises();
        click(element, 'save-settings');
        await flushPromises();

        expect(createRecordMock).toHaveBeenCalledWith({
            apiName: 'Scoring_Settings__c',
            fields: {
                Name: 'Active',
                Settings_Key__c: 'Active',
                Evidence_Weight__c: 40,
                Qualification_Weight__c: 20,
                Relationships_Weight__c: 25,
                Hygiene_Weight__c: 15,
                At_Risk_Below__c: 40,
                Watch_Below__c: 65,
                Stale_Activity_Days__c: 30,
                Stale_Relationship_Days__c: 90,
                Days_In_Stage__c: 45,
                History_Quarters__c: 4,
                Unknown_Evidence_Credit__c: 50,
                Unknown_Qualification_Credit__c: 50,
                Unknown_Relationships_Credit__c: 20
            }
        });
        expect(refresh).toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('refuses weights that do not add up to 100 with a clear message, keeping what was typed', async () => {
        updateRecordMock.mockResolvedValue({});
        const { element, refresh } = await mountPage(pageData(SAVED_VALUES));
        expect(shadowQuery(form(element), '[data-message="defaults"]')).toBeNull();
        expect(input(element, 'Stale_Activity_Days__c').value).toBe('21');

        changeValue(input(element, 'Evidence_Weight__c'), '35');
        await flushPromises();
        expect(textOf(shadowQuery(form(element), '[data-value="weights-total"]'))).toBe(
            'Total: 95 of 100'
        );
        click(element, 'save-settings');
        await flushPromises();

        expect(updateRecordMock).not.toHaveBeenCalled();
        expect(textOf(shadowQuery(form(element), '[data-error-for="weights"]'))).toBe(
            'The weights add up to 95; make them add up to 100.'
        );
        expect(shadowQuery(form(element), '[data-message="fix"]')).not.toBeNull();
        expect(input(element, 'Evidence_Weight__c').value).toBe('35');
        await expect(element).toBeAccessible();

        // Fixing the total clears the message as it is typed; the save writes every setting.
        changeValue(input(element, 'Hygiene_Weight__c'), '20');
        await flushPromises();
        expect(shadowQuery(form(element), '[data-error-for="weights"]')).toBeNull();
        click(element, 'save-settings');
        await flushPromises();

        expect(updateRecordMock).toHaveBeenCalledWith({
            fields: {
                Id: SETTINGS_ID,
                ...SAVED_VALUES,
                Evidence_Weight__c: 35,
                Hygiene_Weight__c: 20
            }
        });
        expect(refresh).toHaveBeenCalled();
    });

    it('refuses a "nobody mapped" credit above what mapping one person who does not oppose us earns', async () => {
        const { element } = await mountPage(pageData(SAVED_VALUES));

        changeValue(input(element, 'Unknown_Relationships_Credit__c'), '25');
        await flushPromises();
        click(element, 'save-settings');
        await flushPromises();

        expect(updateRecordMock).not.toHaveBeenCalled();
        expect(
            textOf(shadowQuery(form(element), '[data-error-for="Unknown_Relationships_Credit__c"]'))
        ).toBe('c.Atlas_SS_Problem_Unknown_Relationships_Credit');
        expect(input(element, 'Unknown_Relationships_Credit__c').value).toBe('25');
        await expect(element).toBeAccessible();
    });

    it('refuses band thresholds out of order and values out of range, field by field', async () => {
        const { element } = await mountPage(pageData(SAVED_VALUES));

        changeValue(input(element, 'At_Risk_Below__c'), '75');
        changeValue(input(element, 'Days_In_Stage__c'), '0');
        changeValue(input(element, 'Stale_Activity_Days__c'), '');
        await flushPromises();
        click(element, 'save-settings');
        await flushPromises();

        expect(updateRecordMock).not.toHaveBeenCalled();
        const errors = Object.fromEntries(
            shadowQueryAll(form(element), '[data-error-for]').map((error) => [
                error.dataset.errorFor,
                textOf(error)
            ])
        );
        expect(errors).toEqual({
            At_Risk_Below__c: 'At Risk below (75) must be lower than Watch below (70).',
            Stale_Activity_Days__c: 'Enter a whole number from 1 to 9999.',
            Days_In_Stage__c: 'Enter a whole number from 1 to 9999.'
        });
        expect(shownValues(element)).toMatchObject({
            At_Risk_Below__c: '75',
            Stale_Activity_Days__c: '',
            Days_In_Stage__c: '0'
        });
    });

    it('keeps what was typed and shows the platform’s message when the save is rejected', async () => {
        updateRecordMock.mockRejectedValue(
            uiApiError('', { Watch_Below__c: 'Watch Below: value outside of valid range' })
        );
        const { element, refresh } = await mountPage(pageData(SAVED_VALUES));

        changeValue(input(element, 'Watch_Below__c'), '80');
        await flushPromises();
        click(element, 'save-settings');
        await flushPromises();

        expect(textOf(shadowQuery(form(element), '[data-error-for="Watch_Below__c"]'))).toBe(
            'Watch Below: value outside of valid range'
        );
        expect(input(element, 'Watch_Below__c').value).toBe('80');
        expect(refresh).not.toHaveBeenCalled();
    });

    it('says someone else saved settings meanwhile when the Active record already exists', async () => {
        createRecordMock.mockRejectedValue({
            status: 400,
            body: {
                message: 'An error occurred while trying to update the record.',
                output: {
                    errors: [
                        {
                            errorCode: 'DUPLICATE_VALUE',
                            message:
                                'duplicate value found: Settings_Key__c duplicates value on record with id: a0GDn0000000002AAA'
                        }
                    ],
                    fieldErrors: {}
                }
            }
        });
        const { element } = await mountPage(pageData(null));

        changeValue(input(element, 'Watch_Below__c'), '75');
        await flushPromises();
        click(element, 'save-settings');
        await flushPromises();

        expect(errorMessages(shadowQuery(form(element), 'c-error-panel'))).toEqual([
            'c.Atlas_SS_Saved_Meanwhile'
        ]);
        expect(input(element, 'Watch_Below__c').value).toBe('75');
    });

    it('previews which open deals would change band with the typed thresholds, before saving', async () => {
        const data = pageData(SAVED_VALUES);
        const { element } = await mountPage(data);
        // The sample as the panels score it today, with the saved settings.
        const setup = stageCriteriaSetupFromGraphQL(data);
        const scores = sampleScoringInputs(setup, setup.criteria, '2026-11-22').map((deal) => ({
            id: deal.opportunity.Id,
            score: scoreDeal(deal, dealScoringOverridesOf(setup.settings), { nextActions: false })
                .score
        }));
        const watchFrom = 60;
        const moving = scores.filter((deal) => deal.score >= watchFrom && deal.score < 70);
        expect(moving.length).toBeGreaterThan(0);

        changeValue(input(element, 'Watch_Below__c'), String(watchFrom));
        await flushPromises();
        shadowQuery<HTMLElement>(
            form(element),
            'c-criteria-change-preview',
            '[data-action="preview"]'
        )!.click();
        await flushPromises();

        const preview = shadowQuery(form(element), 'c-criteria-change-preview')!;
        expect(textOf(shadowQuery(preview, '[data-value="summary"]'))).toBe(
            `${moving.length} of 15 open deals would change band; 0 would change score.`
        );
        expect(
            shadowQueryAll(preview, 'li[data-id]')
                .map((item) => item.dataset.id)
                .sort()
        ).toEqual(moving.map((deal) => deal.id).sort());
        // Settings never move a stage gate: the criteria preview's gate lines are not shown here.
        expect(shadowQuery(preview, '[data-value="gate-summary"]')).toBeNull();
        expect(updateRecordMock).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('shows the settings read-only to a user the object permissions do not let edit them', async () => {
        const { element } = await mountPage(
            pageData(SAVED_VALUES, { createable: false, updateable: false })
        );

        expect(shadowQuery(form(element), '[data-action="save-settings"]')).toBeNull();
        expect(shadowQuery(form(element), '[data-message="settings-read-only"]')).not.toBeNull();
        expect(
            shadowQueryAll(form(element), 'lightning-input[data-field]').every(
                (field) => (field as HTMLElement & { readOnly: boolean }).readOnly === true
            )
        ).toBe(true);
        expect(input(element, 'Stale_Activity_Days__c').value).toBe('21');
    });
});

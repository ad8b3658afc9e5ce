// The Deal Score panel for a deal blocked by an earlier stage, a closed deal, and closing a deal:
// links that open the criterion they name, a finished deal that shows what it closed with, and the
// close written through LDS with the final score.
import { getPicklistValues } from 'lightning/uiObjectInfoApi';
import { getRecord } from 'lightning/uiRecordApi';
import { flushPromises, pinClock, shadowQuery, shadowQueryAll, textOf } from './panelTestUtils';
import {
    NOW,
    OPPORTUNITY_ID,
    VALUE_ESTIMATE,
    VALUE_ESTIMATE_EVIDENCE,
    PRIYA_RAMAN,
    copy,
    createRecordMock,
    evidenceEdges,
    evidenceItem,
    graphqlAdapter,
    expectedScore,
    inItem,
    mountPanel,
    opportunityNode,
    setEvidenceState,
    updateRecordMock,
    withStoredScore
} from './dealFixture';
import { endPanelTest } from '../../../../../../jest/panelTests';

// The close toast in the words the user reads (#22: it said "closed as Closed Lost").
jest.mock(
    '@salesforce/label/c.Atlas_DS_Closed_Toast',
    () =>
        jest
            .requireActual('../../dealReviewQueue/__tests__/labelText')
            .labelModule('Atlas_DS_Closed_Toast'),
    { virtual: true }
);

// The checklist's note on a question a competitor's position caps, in its real words.
jest.mock(
    '@salesforce/label/c.Atlas_DS_Counted_Against_Competitor_No',
    () => ({ default: 'Counted as No: the customer said no against {0} (see Competitors).' }),
    { virtual: true }
);

jest.mock('@salesforce/label/c.Atlas_DS_Section_Met', () => ({ default: '{0} of {1} met' }), {
    virtual: true
});

// Qualification's required "budget exists" criterion, and its evidence.
const BUDGET = 'a0ADn0000000009AAA';
const BUDGET_EVIDENCE = 'a0BDn0000000009AAA';

type TestAdapter = {
    emit(value: unknown, filter?: (config: Record<string, unknown>) => boolean): void;
};
const recordAdapter = getRecord as unknown as TestAdapter;
const picklistAdapter = getPicklistValues as unknown as TestAdapter;

/** The fixture with an earlier stage's required criterion only In Progress. */
function blockedByQualification() {
    const data = copy();
    setEvidenceState(data, BUDGET_EVIDENCE, 'In Progress');
    return withStoredScore(data);
}

/** The fixture as a deal lost to a competitor on 2026-11-16, after its third snapshot. */
function lostDeal() {
    const data = copy();
    const node = opportunityNode(data);
    node.StageName = { value: 'Closed Lost' };
    node.IsClosed = { value: true };
    node.IsWon = { value: false };
    node.CloseDate = { value: '2026-11-16' };
    node.Loss_Reason__c = { value: 'Outsold' };
    node.Competitor_Won__c = { value: 'Northwind Analytics' };
    return data;
}

// Two competitors the deal lists: one by its account, one by a typed name (neither assessed, so the
// score is the fixture's).
const HELIX = 'a0KDn0000000001AAA';
// The qualification question "Can we win?" a competitor's position caps.
const CAN_WE_WIN = 'a0ADn0000000003AAA';
const ORBIS = 'a0KDn0000000002AAA';

/** The fixture with Helix Data (an account, the incumbent; `helix` more of its fields) and Orbis Software listed. */
function withCompetitors(helix: Record<string, unknown> = {}) {
    const data = copy();
    const competitor = (id: string, name: string, extra: Record<string, unknown>) => ({
        node: {
            Id: id,
            Name: { value: name },
            Opportunity__c: { value: OPPORTUNITY_ID },
            Competitor_Account__c: { value: null },
            Competitor_Name__c: { value: null },
            Incumbent__c: { value: false },
            ...extra
        }
    });
    opportunityNode(data).Deal_Competitors__r = {
        edges: [
            competitor(HELIX, 'DC-0001', {
                Competitor_Account__c: { value: '001Dn0000000077AAA' },
                Competitor_Account__r: { Name: { value: 'Helix Data' } },
                Incumbent__c: { value: true },
                ...helix
            }),
            competitor(ORBIS, 'DC-0002', { Competitor_Name__c: { value: ' Orbis Software ' } })
        ]
    };
    return withStoredScore(data);
}

/** The panel of a deal listing Helix Data and Orbis Software, its close form at Outsold. */
async function outsoldWithCompetitors(): Promise<HTMLElement> {
    const { element } = await mountPanel(withCompetitors());
    emitPicklists();
    await flushPromises();
    return closeAsLost(element, 'Outsold');
}

/** Presses the form's close button and lets what it does land. */
async function pressClose(close: HTMLElement): Promise<void> {
    shadowQuery(close, '[data-action="close"]')!.click();
    await flushPromises();
}

/** The error shown under a field of the form, or null. */
const errorUnder = (close: HTMLElement, field: string): string | null =>
    textOf(shadowQuery(close, `[data-error="${field}"]`));

/** Opens the close form, lost for `reason`; the form's element. */
async function closeAsLost(element: HTMLElement, reason: string): Promise<HTMLElement> {
    const close = shadowQuery(element, 'c-deal-close')!;
    shadowQuery(close, '[data-action="open"]')!.click();
    await flushPromises();
    changeIn(close, 'lightning-radio-group', 'lost');
    await flushPromises();
    changeIn(close, '[data-field="lossReason"]', reason);
    await flushPromises();
    return close;
}

function stageValue(value: string, closed: boolean, won: boolean) {
    return { attributes: { closed, won }, label: value, validFor: [], value };
}

function fieldOf(config: Record<string, unknown>): string {
    const field = config.fieldApiName as string | { fieldApiName?: string };
    return typeof field === 'string' ? field : (field?.fieldApiName ?? '');
}

/** The org's Stage and Loss Reason picklists for the deal's record type, as LDS answers them. */
function emitPicklists(): void {
    recordAdapter.emit({ id: OPPORTUNITY_ID, recordTypeId: '012000000000000AAA', fields: {} });
    picklistAdapter.emit(
        {
            values: [
                stageValue('Value Proposition', false, false),
                stageValue('Signed', true, true),
                stageValue('Did Not Buy', true, false)
            ]
        },
        (config) => fieldOf(config).endsWith('StageName')
    );
    picklistAdapter.emit(
        {
            values: ['Outsold', 'Not Qualified', 'No Decision', 'Other'].map((value) => ({
                label: value,
                value
            }))
        },
        (config) => fieldOf(config).endsWith('Loss_Reason__c')
    );
}

function changeIn(host: Element, selector: string, value: string): void {
    const input = shadowQuery(host, selector)!;
    (input as HTMLElement & { value: unknown }).value = value;
    input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

describe('c-deal-score: blockers, closed deals and closing', () => {
    beforeEach(() => {
        pinClock(NOW);
    });

    afterEach(endPanelTest);

    it('lists an earlier stage criterion among the blockers, in the plural, and its link opens it', async () => {
        const { element } = await mountPanel(blockedByQualification());

        const gate = shadowQuery(element, 'c-stage-gate')!;
        expect(textOf(shadowQuery(gate, '[data-value="message"]'))).toBe('c.Atlas_DS_Gate_Blocked');
        const blockers = shadowQueryAll(gate, '[data-list="blocking"] button');
        expect(blockers.map((button) => button.dataset.criterionId)).toEqual([
            BUDGET,
            VALUE_ESTIMATE
        ]);
        const qualification = shadowQuery(
            element,
            'c-stage-evidence-checklist',
            '[data-section="stage-1"]'
        )!;
        expect(qualification.querySelector('button')!.getAttribute('aria-expanded')).toBe('false');

        blockers[0]!.click();
        await flushPromises();

        expect(qualification.querySelector('button')!.getAttribute('aria-expanded')).toBe('true');
        const item = evidenceItem(element, BUDGET);
        expect(item.shadowRoot!.activeElement).toBe(inItem(item, '[data-focus-target]'));
        await expect(element).toBeAccessible();
    });

    it('links the risk about the skipped criterion to it, naming the criterion to screen readers', async () => {
        const { element } = await mountPanel(blockedByQualification());

        const link = shadowQuery<HTMLButtonElement>(
            element,
            'c-deal-risks',
            `button[data-criterion-id="${BUDGET}"]`
        )!;
        expect(link.getAttribute('aria-label')).toBe('c.Atlas_DS_Go_To_Criterion_Named');
        link.click();
        await flushPromises();

        const item = evidenceItem(element, BUDGET);
        expect(item.shadowRoot!.activeElement).toBe(inItem(item, '[data-focus-target]'));
    });

    it('links the risk of a competitor we cannot win against to the "Can we win?" question', async () => {
        const { element } = await mountPanel(withCompetitors({ Can_We_Win__c: { value: 'No' } }));

        const link = shadowQuery<HTMLButtonElement>(
            element,
            'c-deal-risks',
            `button[data-criterion-id="${CAN_WE_WIN}"]`
        )!;
        expect(link).not.toBeNull();
        expect(link.getAttribute('aria-label')).toBe('c.Atlas_DS_Go_To_Criterion_Named');
        link.click();
        await flushPromises();

        const item = evidenceItem(element, CAN_WE_WIN);
        expect(item.shadowRoot!.activeElement).toBe(inItem(item, '[data-focus-target]'));
    });

    it('says on "Can we win?" that the score counts No against Helix Data, and does not count it met', async () => {
        const { element } = await mountPanel(withCompetitors({ Can_We_Win__c: { value: 'No' } }));

        // The deal's own answer is a verified Yes; Helix Data's No is what the score counts.
        const item = evidenceItem(element, CAN_WE_WIN);
        expect(textOf(inItem(item, '[data-value="counted-note"]'))).toBe(
            'Counted as No: the customer said no against Helix Data (see Competitors).'
        );
        const checklist = shadowQuery(element, 'c-stage-evidence-checklist')!;
        const section = [...checklist.shadowRoot!.querySelectorAll('[data-section]')].find(
            (candidate) => candidate.contains(item)
        )!;
        const summary = textOf(section.querySelector('[data-value="summary"]'));
        // Without Helix's No the same section counts the verified Yes as met.
        const { element: uncapped } = await mountPanel(withCompetitors());
        const uncappedChecklist = shadowQuery(uncapped, 'c-stage-evidence-checklist')!;
        const uncappedItem = evidenceItem(uncapped, CAN_WE_WIN);
        expect(inItem(uncappedItem, '[data-value="counted-note"]')).toBeNull();
        const uncappedSection = [
            ...uncappedChecklist.shadowRoot!.querySelectorAll('[data-section]')
        ].find((candidate) => candidate.contains(uncappedItem))!;
        expect(textOf(uncappedSection.querySelector('[data-value="summary"]'))).toBe('1 of 1 met');
        expect(summary).toBe('0 of 1 met');
    });

    it('says on "Can we win?" that the score counts In Progress while Helix Data is only In Progress', async () => {
        const { element } = await mountPanel(
            withCompetitors({ Can_We_Win__c: { value: 'In Progress' } })
        );
        const item = evidenceItem(element, CAN_WE_WIN);
        expect(textOf(inItem(item, '[data-value="counted-note"]'))).toBe(
            'c.Atlas_DS_Counted_Against_Competitor_In_Progress'
        );
    });

    it('shows a closed deal as it closed: the stored score, the trend up to the close, no gate, evidence read-only', async () => {
        const { element } = await mountPanel(lostDeal());

        const summary = shadowQuery(element, 'c-deal-score-summary')!;
        // The third snapshot (15 Nov, 68, Watch) is the last one before the close on 16 Nov.
        expect(textOf(shadowQuery(summary, '[data-value="score"]'))).toBe('68');
        expect(textOf(shadowQuery(summary, '[data-value="band"]'))).toBe('c.Atlas_DS_Band_Watch');
        const trend = shadowQuery(element, 'c-deal-score-trend')!;
        expect(shadowQueryAll(trend, 'tbody tr')).toHaveLength(3);
        expect(textOf(summary.shadowRoot!.querySelector('[data-value="note"]'))).toBe(
            'c.Atlas_DS_Closed_Note_Competitor'
        );

        expect(element.shadowRoot!.querySelector('c-stage-gate')).toBeNull();
        expect(element.shadowRoot!.querySelector('c-deal-score-factors')).toBeNull();
        expect(element.shadowRoot!.querySelector('c-deal-close')).toBeNull();
        // Every section of a closed deal is folded; its criteria are drawn as each one opens.
        for (const toggle of shadowQueryAll(
            element,
            'c-stage-evidence-checklist',
            'h3 button[aria-expanded="false"]'
        )) {
            toggle.click();
        }
        await flushPromises();
        const items = shadowQueryAll(
            element,
            'c-stage-evidence-checklist',
            'c-stage-evidence-item'
        );
        expect(items.length).toBeGreaterThan(0);
        for (const item of items) {
            expect((item as HTMLElement & { readOnly: boolean }).readOnly).toBe(true);
        }
        await flushPromises();
        expect(updateRecordMock).not.toHaveBeenCalled();
        expect(createRecordMock).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('shows a closed deal only the evidence it had: no count of met criteria against today\u2019s criteria', async () => {
        const { element } = await mountPanel(lostDeal());

        const checklist = shadowQuery(element, 'c-stage-evidence-checklist')!;
        const summaries = shadowQueryAll(checklist, '[data-value="summary"]').map(textOf);
        expect(summaries.length).toBeGreaterThan(0);
        for (const summary of summaries) {
            expect(summary).toMatch(/^c\.Atlas_DS_Section_Recorded/);
        }
        // Every criterion shown has evidence recorded for this deal.
        const recorded = new Set(
            evidenceEdges(lostDeal()).map(
                (edge) => (edge.node.Stage_Criterion__c as { value: string }).value
            )
        );
        const shown = shadowQueryAll(
            element,
            'c-stage-evidence-checklist',
            'c-stage-evidence-item'
        );
        expect(shown.map((item) => item.dataset.criterionId).every((id) => recorded.has(id!))).toBe(
            true
        );
        expect(element.shadowRoot!.querySelector('[data-message="closed-no-evidence"]')).toBeNull();
    });

    it('says a closed deal with no evidence recorded has none, beside the score it closed with', async () => {
        const data = lostDeal();
        opportunityNode(data).Deal_Evidence__r = { edges: [] };
        const { element } = await mountPanel(data);

        expect(textOf(shadowQuery(element, '[data-message="closed-no-evidence"]'))).toBe(
            'c.Atlas_DS_Closed_No_Evidence'
        );
        expect(
            shadowQueryAll(element, 'c-stage-evidence-checklist', '[data-value="summary"]')
        ).toEqual([]);
        const summary = shadowQuery(element, 'c-deal-score-summary')!;
        expect(textOf(shadowQuery(summary, '[data-value="score"]'))).toBe('68');
        await expect(element).toBeAccessible();
    });

    it('ends a closed deal\u2019s trend with its final judgement, even when it was taken after a back-dated close', async () => {
        const data = lostDeal();
        // Closed in the panel on 22 Nov with the close date 16 Nov: the final snapshot is dated 22 Nov.
        const snapshots = opportunityNode(data).Deal_Score_Snapshots__r as {
            edges: { node: Record<string, unknown> }[];
        };
        snapshots.edges.push({
            node: {
                Id: 'a0CDn0000000098AAA',
                Opportunity__c: { value: opportunityNode(data).Id },
                Score__c: { value: 66 },
                Band__c: { value: 'Watch' },
                Stage__c: { value: 'Closed Lost' },
                Taken_At__c: { value: NOW }
            }
        });
        const { element } = await mountPanel(data);

        const summary = shadowQuery(element, 'c-deal-score-summary')!;
        expect(textOf(shadowQuery(summary, '[data-value="score"]'))).toBe('66');
        const trend = shadowQuery(element, 'c-deal-score-trend')!;
        expect(shadowQueryAll(trend, 'tbody tr')).toHaveLength(4);
    });

    it('counts a Yes no customer contact verified as In Progress in the checklist, as the gate and score do', async () => {
        const data = copy();
        // Every required criterion met, the value estimate by a Yes nobody verified.
        setEvidenceState(data, VALUE_ESTIMATE_EVIDENCE, 'Yes', 'Finance signed off the estimate.');
        const { element } = await mountPanel(withStoredScore(data));

        const item = evidenceItem(element, VALUE_ESTIMATE);
        expect(textOf(inItem(item, '[data-value="counted-note"]'))).toBe(
            'c.Atlas_DS_Counted_Without_Verifier'
        );
        const gate = shadowQuery(element, 'c-stage-gate')!;
        expect(textOf(shadowQuery(gate, '[data-value="message"]'))).toBe(
            'c.Atlas_DS_Gate_Blocked_One'
        );
        const current = shadowQuery(
            element,
            'c-stage-evidence-checklist',
            '[data-section="current"]'
        )!;
        expect(textOf(current.querySelector('[data-value="summary"]'))).toContain(
            'c.Atlas_DS_Section_Required_Unmet_One'
        );

        // Naming who verified it meets it: the note goes and the gate opens.
        const verified = copy();
        setEvidenceState(
            verified,
            VALUE_ESTIMATE_EVIDENCE,
            'Yes',
            'Finance signed off the estimate.',
            PRIYA_RAMAN
        );
        graphqlAdapter.emit(withStoredScore(verified));
        await flushPromises();
        expect(
            evidenceItem(element, VALUE_ESTIMATE).shadowRoot!.querySelector(
                '[data-value="counted-note"]'
            )
        ).toBeNull();
        expect(textOf(shadowQuery(gate, '[data-value="message"]'))).toBe('c.Atlas_DS_Gate_Ready');
        await expect(element).toBeAccessible();
    });

    it('refuses a close date after today and asks again about one over a year back', async () => {
        updateRecordMock.mockResolvedValue({});
        createRecordMock.mockResolvedValue({ id: 'a0CDn0000000099AAA' });
        const { element } = await mountPanel();
        emitPicklists();
        await flushPromises();

        const close = shadowQuery(element, 'c-deal-close')!;
        shadowQuery(close, '[data-action="open"]')!.click();
        await flushPromises();
        const date = shadowQuery<HTMLElement & { value: string; max: string }>(
            close,
            '[data-field="closeDate"]'
        )!;
        expect(date.value).toBe('2026-11-22');
        expect(date.max).toBe('2026-11-22');

        changeIn(close, '[data-field="closeDate"]', '2099-12-31');
        await flushPromises();
        shadowQuery(close, '[data-action="close"]')!.click();
        await flushPromises();
        expect(textOf(shadowQuery(close, '[data-error="closeDate"]'))).toBe(
            'c.Atlas_DS_Close_Date_Future'
        );
        shadowQuery(close, '[data-action="close"]')!.click();
        await flushPromises();
        expect(updateRecordMock).not.toHaveBeenCalled();

        changeIn(close, '[data-field="closeDate"]', '2025-06-30');
        await flushPromises();
        shadowQuery(close, '[data-action="close"]')!.click();
        await flushPromises();
        expect(textOf(shadowQuery(close, '[data-error="closeDate"]'))).toBe(
            'c.Atlas_DS_Close_Date_Long_Ago'
        );
        expect(updateRecordMock).not.toHaveBeenCalled();
        // The same date again is the user's answer.
        shadowQuery(close, '[data-action="close"]')!.click();
        await flushPromises();
        expect(updateRecordMock.mock.calls[0][0].fields).toMatchObject({
            StageName: 'Signed',
            CloseDate: '2025-06-30'
        });
    });

    it("closes the deal as lost to a competitor in the org's own lost stage, keeping its final score", async () => {
        updateRecordMock.mockResolvedValue({});
        createRecordMock.mockResolvedValue({ id: 'a0CDn0000000099AAA' });
        const expected = expectedScore(copy());
        const { element, refresh, toasts } = await mountPanel();
        emitPicklists();
        await flushPromises();

        const close = await closeAsLost(element, 'Outsold');
        // A competitive loss asks who won before anything is written.
        shadowQuery(close, '[data-action="close"]')!.click();
        await flushPromises();
        expect(textOf(shadowQuery(close, '[data-error="competitorWon"]'))).toBe(
            'c.Atlas_DS_Close_Competitor_Needed'
        );
        expect(updateRecordMock).not.toHaveBeenCalled();

        changeIn(close, '[data-field="competitorWon"]', '  Northwind Analytics ');
        await flushPromises();
        shadowQuery(close, '[data-action="close"]')!.click();
        await flushPromises();

        expect(updateRecordMock).toHaveBeenCalledTimes(1);
        expect(updateRecordMock.mock.calls[0][0]).toEqual({
            fields: {
                Id: OPPORTUNITY_ID,
                StageName: 'Did Not Buy',
                CloseDate: '2026-11-22',
                Loss_Reason__c: 'Outsold',
                Competitor_Won__c: 'Northwind Analytics',
                Deal_Score__c: expected.score,
                Deal_Score_Band__c: expected.band,
                Deal_Scored_At__c: NOW
            }
        });
        expect(createRecordMock.mock.calls[0][0]).toEqual({
            apiName: 'Deal_Score_Snapshot__c',
            fields: {
                Opportunity__c: OPPORTUNITY_ID,
                Score__c: expected.score,
                Band__c: expected.band,
                Stage__c: 'Did Not Buy',
                Taken_At__c: NOW,
                Snapshot_Key__c: `${OPPORTUNITY_ID}:${NOW}`
            }
        });
        expect(refresh).toHaveBeenCalled();
        expect(toasts).toEqual([
            expect.objectContaining({
                title: 'The deal is closed: Did Not Buy.',
                variant: 'success'
            })
        ]);
    });

    it('offers the competitors the deal lists, and saves the one picked as the app names it', async () => {
        updateRecordMock.mockResolvedValue({});
        createRecordMock.mockResolvedValue({ id: 'a0CDn0000000099AAA' });
        const close = await outsoldWithCompetitors();

        const choice = shadowQuery(close, '[data-field="competitorChoice"]') as HTMLElement & {
            label: string;
            options: { label: string; value: string }[];
        };
        expect(choice.label).toBe('c.Atlas_DS_Close_Competitor');
        expect(choice.options.map((option) => option.label)).toEqual([
            'Helix Data',
            'Orbis Software',
            'c.Atlas_DS_Close_Competitor_Another'
        ]);
        // No free text until "Another competitor" is chosen.
        expect(shadowQuery(close, '[data-field="competitorWon"]')).toBeNull();

        changeIn(close, '[data-field="competitorChoice"]', ORBIS);
        await flushPromises();
        await pressClose(close);

        expect(updateRecordMock).toHaveBeenCalledTimes(1);
        expect(updateRecordMock.mock.calls[0][0].fields).toMatchObject({
            StageName: 'Did Not Buy',
            Loss_Reason__c: 'Outsold',
            Competitor_Won__c: 'Orbis Software'
        });
    });

    it('saves the name typed for "Another competitor", in the list\u2019s spelling when it names a listed one', async () => {
        updateRecordMock.mockResolvedValue({});
        createRecordMock.mockResolvedValue({ id: 'a0CDn0000000099AAA' });
        const close = await outsoldWithCompetitors();

        changeIn(close, '[data-field="competitorChoice"]', 'another');
        await flushPromises();
        const typed = shadowQuery(close, '[data-field="competitorWon"]') as HTMLElement & {
            label: string;
        };
        expect(typed.label).toBe('c.Atlas_DS_Close_Competitor_Name');
        changeIn(close, '[data-field="competitorWon"]', '  Northwind Analytics ');
        await flushPromises();
        await pressClose(close);
        expect(updateRecordMock.mock.calls[0][0].fields.Competitor_Won__c).toBe(
            'Northwind Analytics'
        );

        // Pipeline Health counts losses by this exact text: a listed name typed in other case is
        // saved as the list spells it.
        const second = await outsoldWithCompetitors();
        changeIn(second, '[data-field="competitorChoice"]', 'another');
        await flushPromises();
        changeIn(second, '[data-field="competitorWon"]', 'helix DATA');
        await flushPromises();
        await pressClose(second);
        expect(updateRecordMock.mock.calls[1][0].fields.Competitor_Won__c).toBe('Helix Data');
    });

    it('refuses a competitive loss with no competitor named, keeping what was chosen and typed', async () => {
        updateRecordMock.mockResolvedValue({});
        const close = await outsoldWithCompetitors();

        await pressClose(close);
        expect(errorUnder(close, 'competitorWon')).toBe('c.Atlas_DS_Close_Competitor_Needed');

        changeIn(close, '[data-field="competitorChoice"]', 'another');
        await flushPromises();
        // Picking clears the error; an empty name is refused again, with its own words.
        expect(shadowQuery(close, '[data-error="competitorWon"]')).toBeNull();
        changeIn(close, '[data-field="competitorWon"]', '   ');
        await flushPromises();
        await pressClose(close);
        expect(errorUnder(close, 'competitorWon')).toBe('c.Atlas_DS_Close_Competitor_Name_Needed');
        expect(updateRecordMock).not.toHaveBeenCalled();
        const choice = shadowQuery(close, '[data-field="competitorChoice"]') as HTMLElement & {
            value: string;
        };
        const typed = shadowQuery(close, '[data-field="competitorWon"]') as HTMLElement & {
            value: string;
        };
        expect(choice.value).toBe('another');
        expect(typed.value).toBe('   ');
    });

    it('keeps No Decision apart from a competitive loss: no competitor is asked for or written', async () => {
        updateRecordMock.mockResolvedValue({});
        createRecordMock.mockResolvedValue({ id: 'a0CDn0000000099AAA' });
        const { element } = await mountPanel();
        emitPicklists();
        await flushPromises();

        const close = await closeAsLost(element, 'No Decision');
        expect(shadowQuery(close, '[data-field="competitorWon"]')).toBeNull();
        shadowQuery(close, '[data-action="close"]')!.click();
        await flushPromises();

        expect(updateRecordMock.mock.calls[0][0].fields).toMatchObject({
            StageName: 'Did Not Buy',
            Loss_Reason__c: 'No Decision',
            Competitor_Won__c: null
        });
    });
});

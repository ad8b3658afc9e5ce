import DealScore from 'c/dealScore';
import type { Message } from 'c/atlasMessages';
import {
    changeValue,
    errorMessages,
    flushPromises,
    pinClock,
    shadowQuery,
    shadowQueryAll,
    textOf,
    uiApiError
} from './panelTestUtils';
import {
    COMPARISON,
    COMPARISON_EVIDENCE,
    NOW,
    type Node,
    OPPORTUNITY_ID,
    PRIYA_RAMAN,
    VALUE_ESTIMATE,
    VALUE_ESTIMATE_EVIDENCE,
    copy,
    createRecordMock,
    evidenceEdges,
    editEvidence,
    evidenceItem,
    expectedScore,
    graphqlAdapter,
    inItem,
    mountPanel,
    opportunityNode,
    setEvidenceState,
    updateRecordMock,
    withStoredScore
} from './dealFixture';
import { endPanelTest, placeComponent } from '../../../../../../jest/panelTests';

/**
 * A message as the panel words it under Jest, where a custom label's text is its name ("c.<name>"):
 * the label the scoring core chose (Jest's locale is en-US). The English texts are checked by the goldens and browser tests.
 */
function jestWording(message: Message): string {
    const { label } = message;
    return `c.${typeof label === 'string' ? label : label[label.count === 1 ? 'one' : 'other']}`;
}

describe('c-deal-score', () => {
    beforeEach(() => {
        pinClock(NOW);
    });

    afterEach(endPanelTest);

    it('shows a spinner until the deal arrives', async () => {
        const element = placeComponent('c-deal-score', DealScore, { recordId: OPPORTUNITY_ID });
        await flushPromises();

        expect(element.shadowRoot!.querySelector('lightning-spinner')).not.toBeNull();
        expect(element.shadowRoot!.querySelector('c-deal-score-summary')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the score and band, every factor with its reason, the risks and the ranked actions', async () => {
        const expected = expectedScore(copy());
        const { element } = await mountPanel();

        const summary = shadowQuery(element, 'c-deal-score-summary')!;
        expect(textOf(shadowQuery(summary, '[data-value="score"]'))).toBe(String(expected.score));
        expect(textOf(shadowQuery(summary, '[data-value="band"]'))).toBe(
            `c.Atlas_DS_Band_${expected.band === 'At Risk' ? 'At_Risk' : expected.band}`
        );

        const factors = shadowQueryAll(element, 'c-deal-score-factors', 'li[data-factor]');
        expect(factors.map((factor) => factor.dataset.factor)).toEqual(
            expected.factors.map((factor) => factor.key)
        );
        expect(
            factors.map((factor) => textOf(factor.querySelector('[data-value="reason"]')))
        ).toEqual(expected.factors.map((factor) => jestWording(factor.reason)));

        const risks = shadowQueryAll(element, 'c-deal-risks', 'li').map((item) => textOf(item));
        expect(risks).toEqual(expected.risks.map((risk) => jestWording(risk.message)));

        const actions = shadowQueryAll(element, 'c-deal-next-actions', 'li[data-action-key]');
        expect(
            actions.map((action) => textOf(action.querySelector('span:nth-of-type(2)')))
        ).toEqual(expected.nextActions.map((action) => jestWording(action.message)));
        const gains = expected.nextActions.map((action) => action.gain);
        expect([...gains].sort((a, b) => b - a)).toEqual(gains);
        await expect(element).toBeAccessible();
    });

    it('lists every stage with its evidence: earlier and later stages folded, the current and next open', async () => {
        const { element } = await mountPanel();

        const headings = shadowQueryAll(element, 'c-stage-evidence-checklist', 'h3').map((h) =>
            textOf(h)
        );
        expect(headings).toEqual([
            'c.Atlas_DS_Section_Earlier',
            'c.Atlas_DS_Section_Earlier',
            'c.Atlas_DS_Section_Earlier',
            'c.Atlas_DS_Section_Current',
            'c.Atlas_DS_Section_Next',
            'c.Atlas_DS_Section_Later',
            'c.Atlas_DS_Section_Later',
            'c.Atlas_DS_Section_Later',
            // The qualification questions under the framework's groups: TAS's four, one each.
            'c.Atlas_DS_Section_Qualification_Group',
            'c.Atlas_DS_Section_Qualification_Group',
            'c.Atlas_DS_Section_Qualification_Group',
            'c.Atlas_DS_Section_Qualification_Group'
        ]);
        const expanded = shadowQueryAll(
            element,
            'c-stage-evidence-checklist',
            'h3 button[aria-expanded]'
        ).map((button) => button.getAttribute('aria-expanded'));
        expect(expanded).toEqual([
            'false',
            'false',
            'false',
            'true',
            'true',
            'false',
            'false',
            'false',
            'true',
            'true',
            'true',
            'true'
        ]);
        // A folded stage draws its criteria when first opened, and keeps them (and anything typed
        // in them) out of sight, not away, when folded again.
        const qualification = shadowQuery(
            element,
            'c-stage-evidence-checklist',
            '[data-section="stage-1"]'
        )!;
        const drawnIds = (): (string | undefined)[] =>
            [...qualification.querySelectorAll('c-stage-evidence-item')].map(
                (item) => (item as HTMLElement).dataset.criterionId
            );
        expect(qualification.querySelector('[hidden]')).not.toBeNull();
        expect(drawnIds()).toEqual([]);
        qualification.querySelector('button')!.click();
        await flushPromises();
        expect(qualification.querySelector('button')!.getAttribute('aria-expanded')).toBe('true');
        expect(qualification.querySelector('[hidden]')).toBeNull();
        const stageOneIds = [
            'a0ADn0000000008AAA',
            'a0ADn0000000009AAA',
            'a0ADn0000000010AAA',
            'a0ADn0000000011AAA'
        ];
        expect(drawnIds()).toEqual(stageOneIds);
        const firstItem = qualification.querySelector('c-stage-evidence-item');
        qualification.querySelector('button')!.click();
        await flushPromises();
        expect(qualification.querySelector('button')!.getAttribute('aria-expanded')).toBe('false');
        expect(qualification.querySelector('[hidden]')).not.toBeNull();
        expect(drawnIds()).toEqual(stageOneIds);
        expect(qualification.querySelector('c-stage-evidence-item')).toBe(firstItem);
        qualification.querySelector('button')!.click();
        await flushPromises();
        const current = shadowQueryAll(
            element,
            'c-stage-evidence-checklist',
            '[data-section="current"] c-stage-evidence-item'
        );
        expect(current.map((item) => item.dataset.criterionId)).toEqual([
            'a0ADn0000000017AAA',
            VALUE_ESTIMATE,
            'a0ADn0000000019AAA',
            COMPARISON,
            'a0ADn0000000021AAA'
        ]);
        const estimate = evidenceItem(element, VALUE_ESTIMATE);
        expect(textOf(inItem(estimate, 'h4'))).toBe(
            'Customer validated our value estimate with their own numbers.'
        );
        expect(inItem(estimate, '[data-badge="required"]')).not.toBeNull();
        // Each criterion is drawn read, with no form until the rep asks for it.
        expect(textOf(inItem(estimate, '[data-value="state"]'))).toBe(
            'c.Atlas_DS_State_In_Progress'
        );
        expect(textOf(inItem(estimate, '[data-value="evidence"]'))).toBe(
            'Value estimate shared with finance; they have not confirmed it yet.'
        );
        expect(estimate.shadowRoot!.querySelector('lightning-radio-group')).toBeNull();
        // The sales process has no criteria for the next stage yet: the section says so.
        const next = shadowQuery(element, 'c-stage-evidence-checklist', '[data-section="next"]')!;
        expect(next.querySelectorAll('c-stage-evidence-item')).toHaveLength(0);
        expect(textOf(next.querySelector('p'))).toBe('c.Atlas_DS_Checklist_Empty_Section');
        await expect(element).toBeAccessible();
    });

    it('says the opportunity cannot be found when the query returns no record', async () => {
        const data = copy();
        data.uiapi.query.Opportunity.edges = [];
        const { element } = await mountPanel(data);

        expect(textOf(element.shadowRoot!.querySelector('[data-message="not-found"]'))).toBe(
            'c.Atlas_DS_Not_Found'
        );
        expect(element.shadowRoot!.querySelector('c-deal-score-summary')).toBeNull();
        expect(updateRecordMock).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('says in words what went wrong when the deal cannot be loaded', async () => {
        const element = placeComponent('c-deal-score', DealScore, { recordId: OPPORTUNITY_ID });
        graphqlAdapter.emitErrors([
            { message: "Field 'Deal_Score__c' is not accessible on type 'Opportunity'" }
        ]);
        await flushPromises();

        const panel = element.shadowRoot!.querySelector('c-error-panel')!;
        expect(
            panel.getAttribute('friendly-message') ??
                (panel as unknown as { friendlyMessage: string }).friendlyMessage
        ).toBe('c.Atlas_DS_Load_Failed');
        expect(errorMessages(panel)).toEqual([
            "Field 'Deal_Score__c' is not accessible on type 'Opportunity'"
        ]);
        expect(element.shadowRoot!.querySelector('lightning-spinner')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('records new evidence for a criterion with the exact fields, then refreshes', async () => {
        const data = copy();
        const edges = evidenceEdges(data);
        edges.splice(
            edges.findIndex((edge) => edge.node.Id === COMPARISON_EVIDENCE),
            1
        );
        createRecordMock.mockResolvedValue({ id: 'a0BDn0000000099AAA', fields: {} });
        const { element, refresh, toasts } = await mountPanel(withStoredScore(data));

        const item = await editEvidence(element, COMPARISON);
        expect(
            (inItem(item, 'lightning-radio-group') as unknown as { value: unknown }).value
        ).toBeNull();
        changeValue(inItem(item, 'lightning-radio-group'), 'In Progress');
        changeValue(
            inItem(item, 'lightning-textarea'),
            'Priya Raman said we lead Helix Data on time to value but trail on price.'
        );
        changeValue(inItem(item, 'lightning-combobox'), PRIYA_RAMAN);
        await flushPromises();
        inItem(item, '[data-action="save-evidence"]').click();
        await flushPromises();

        expect(createRecordMock).toHaveBeenCalledTimes(1);
        expect(createRecordMock).toHaveBeenCalledWith({
            apiName: 'Deal_Evidence__c',
            fields: {
                Opportunity__c: OPPORTUNITY_ID,
                Stage_Criterion__c: COMPARISON,
                State__c: 'In Progress',
                Evidence__c:
                    'Priya Raman said we lead Helix Data on time to value but trail on price.',
                Verified_By__c: PRIYA_RAMAN,
                Verified_On__c: '2026-11-22'
            }
        });
        expect(updateRecordMock).not.toHaveBeenCalled();
        expect(refresh).toHaveBeenCalled();
        expect(toasts).toEqual([{ title: 'c.Atlas_DS_Evidence_Saved', variant: 'success' }]);
        await expect(element).toBeAccessible();
    });

    it('writes only the evidence fields the user changed', async () => {
        updateRecordMock.mockResolvedValue({});
        const { element, refresh } = await mountPanel();

        const item = await editEvidence(element, VALUE_ESTIMATE);
        changeValue(inItem(item, 'lightning-radio-group'), 'Yes');
        changeValue(
            inItem(item, 'lightning-textarea'),
            'Priya Raman validated the value estimate against the FY2027 digital plan.'
        );
        await flushPromises();
        inItem(item, '[data-action="save-evidence"]').click();
        await flushPromises();

        expect(updateRecordMock).toHaveBeenCalledTimes(1);
        expect(updateRecordMock).toHaveBeenCalledWith({
            fields: {
                Id: VALUE_ESTIMATE_EVIDENCE,
                State__c: 'Yes',
                Evidence__c:
                    'Priya Raman validated the value estimate against the FY2027 digital plan.'
            }
        });
        expect(createRecordMock).not.toHaveBeenCalled();
        expect(refresh).toHaveBeenCalled();
    });

    it("opens a criterion's form on Edit evidence with the saved values, and Cancel drops the draft", async () => {
        const { element } = await mountPanel();
        // The base component's stub takes no focus under Jest: record what was asked to take it.
        const focused = jest.spyOn(HTMLElement.prototype, 'focus');

        const item = await editEvidence(element, VALUE_ESTIMATE);
        const state = inItem(item, 'lightning-radio-group');
        expect((state as unknown as { value: string }).value).toBe('In Progress');
        expect((inItem(item, 'lightning-textarea') as unknown as { value: string }).value).toBe(
            'Value estimate shared with finance; they have not confirmed it yet.'
        );
        // The keyboard lands on the form's first field.
        expect(focused.mock.instances).toContain(state);
        focused.mockRestore();
        expect(item.shadowRoot!.querySelector('[data-action="edit-evidence"]')).toBeNull();

        changeValue(inItem(item, 'lightning-textarea'), 'Typed, then thought better of it.');
        await flushPromises();
        inItem(item, '[data-action="cancel-evidence"]').click();
        await flushPromises();
        expect(item.shadowRoot!.querySelector('lightning-textarea')).toBeNull();
        expect(textOf(inItem(item, '[data-value="evidence"]'))).toBe(
            'Value estimate shared with finance; they have not confirmed it yet.'
        );
        expect(item.shadowRoot!.activeElement).toBe(inItem(item, '[data-action="edit-evidence"]'));
        // Opened again, it shows the saved evidence, not the dropped draft.
        inItem(item, '[data-action="edit-evidence"]').click();
        await flushPromises();
        expect((inItem(item, 'lightning-textarea') as unknown as { value: string }).value).toBe(
            'Value estimate shared with finance; they have not confirmed it yet.'
        );
        await expect(element).toBeAccessible();
    });

    it('keeps Cancel shut while a save is on its way, so the answer to it still has a form to land in', async () => {
        let answer: (value: unknown) => void = () => undefined;
        updateRecordMock.mockReturnValue(new Promise((resolve) => (answer = resolve)));
        const { element } = await mountPanel();

        const item = await editEvidence(element, VALUE_ESTIMATE);
        changeValue(
            inItem(item, 'lightning-textarea'),
            'Finance checked the estimate on the call.'
        );
        await flushPromises();
        const cancel = inItem(item, '[data-action="cancel-evidence"]') as HTMLButtonElement;
        expect(cancel.disabled).toBe(false);
        inItem(item, '[data-action="save-evidence"]').click();
        await flushPromises();
        expect(cancel.disabled).toBe(true);
        answer({});
        await flushPromises();
    });

    it('keeps what the user typed and shows the field error when the evidence cannot be saved', async () => {
        updateRecordMock.mockRejectedValue(
            uiApiError('', {
                Evidence__c:
                    'A criterion marked Yes needs the evidence: write what the customer did or said.'
            })
        );
        const { element, refresh } = await mountPanel();

        const item = await editEvidence(element, VALUE_ESTIMATE);
        changeValue(inItem(item, 'lightning-radio-group'), 'Yes');
        changeValue(inItem(item, 'lightning-textarea'), 'Finance signed off the estimate.');
        await flushPromises();
        inItem(item, '[data-action="save-evidence"]').click();
        await flushPromises();

        expect(textOf(inItem(item, '[data-error-for="Evidence__c"]'))).toBe(
            'A criterion marked Yes needs the evidence: write what the customer did or said.'
        );
        expect((inItem(item, 'lightning-textarea') as unknown as { value: string }).value).toBe(
            'Finance signed off the estimate.'
        );
        expect((inItem(item, 'lightning-radio-group') as unknown as { value: string }).value).toBe(
            'Yes'
        );
        expect(item.shadowRoot!.querySelector('c-error-panel')).not.toBeNull();
        expect(refresh).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('opens the form again without the error of the save the user cancelled; a new failure shows again', async () => {
        updateRecordMock.mockRejectedValue(
            uiApiError('', {
                Evidence__c:
                    'A criterion marked Yes needs the evidence: write what the customer did or said.'
            })
        );
        const { element } = await mountPanel();
        const item = await editEvidence(element, VALUE_ESTIMATE);
        const failSave = async () => {
            changeValue(inItem(item, 'lightning-radio-group'), 'Yes');
            changeValue(inItem(item, 'lightning-textarea'), 'Finance signed off the estimate.');
            await flushPromises();
            inItem(item, '[data-action="save-evidence"]').click();
            await flushPromises();
        };
        await failSave();
        expect(item.shadowRoot!.querySelector('c-error-panel')).not.toBeNull();
        expect(item.shadowRoot!.querySelector('[data-error-for="Evidence__c"]')).not.toBeNull();

        inItem(item, '[data-action="cancel-evidence"]').click();
        await flushPromises();
        inItem(item, '[data-action="edit-evidence"]').click();
        await flushPromises();
        expect(item.shadowRoot!.querySelector('c-error-panel')).toBeNull();
        expect(item.shadowRoot!.querySelector('[data-error-for="Evidence__c"]')).toBeNull();

        await failSave();
        expect(item.shadowRoot!.querySelector('c-error-panel')).not.toBeNull();
        expect(textOf(inItem(item, '[data-error-for="Evidence__c"]'))).toBe(
            'A criterion marked Yes needs the evidence: write what the customer did or said.'
        );
    });

    it('tells screen readers Edit evidence opens a form: aria-expanded false while it is shut', async () => {
        const { element } = await mountPanel();
        const item = evidenceItem(element, VALUE_ESTIMATE);
        expect(inItem(item, '[data-action="edit-evidence"]').getAttribute('aria-expanded')).toBe(
            'false'
        );
        inItem(item, '[data-action="edit-evidence"]').click();
        await flushPromises();
        // Open, the form takes the button's place (Cancel shuts it).
        expect(item.shadowRoot!.querySelector('[data-action="edit-evidence"]')).toBeNull();
        expect(item.shadowRoot!.querySelector('lightning-textarea')).not.toBeNull();
        inItem(item, '[data-action="cancel-evidence"]').click();
        await flushPromises();
        expect(inItem(item, '[data-action="edit-evidence"]').getAttribute('aria-expanded')).toBe(
            'false'
        );
    });

    it('says in words that someone else recorded evidence for the criterion, keeping what was typed', async () => {
        const data = copy();
        const edges = evidenceEdges(data);
        edges.splice(
            edges.findIndex((edge) => edge.node.Id === COMPARISON_EVIDENCE),
            1
        );
        // The before-save flow's key (deal + criterion) collides with evidence saved meanwhile.
        createRecordMock.mockRejectedValue({
            status: 400,
            statusText: 'Bad Request',
            body: {
                message: 'An error occurred while trying to update the record. Please try again.',
                output: {
                    errors: [
                        {
                            errorCode: 'DUPLICATE_VALUE',
                            field: null,
                            message:
                                'duplicate value found: Evidence_Key__c duplicates value on record with id: a0BDn0000000098AAA'
                        }
                    ],
                    fieldErrors: {}
                }
            }
        });
        const { element, refresh } = await mountPanel(withStoredScore(data));

        const item = await editEvidence(element, COMPARISON);
        changeValue(inItem(item, 'lightning-radio-group'), 'In Progress');
        changeValue(inItem(item, 'lightning-textarea'), 'Priya Raman compared us with Helix Data.');
        await flushPromises();
        inItem(item, '[data-action="save-evidence"]').click();
        await flushPromises();

        const errorPanel = item.shadowRoot!.querySelector('c-error-panel') as unknown as {
            errors: unknown;
        } | null;
        expect(errorPanel).not.toBeNull();
        expect(JSON.stringify(errorPanel!.errors)).toContain('c.Atlas_DS_Evidence_Duplicate');
        expect(JSON.stringify(errorPanel!.errors)).not.toContain('Evidence_Key__c');
        expect((inItem(item, 'lightning-textarea') as unknown as { value: string }).value).toBe(
            'Priya Raman compared us with Helix Data.'
        );
        expect(refresh).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('asks for the customer evidence before marking a criterion Yes, without a write', async () => {
        const { element } = await mountPanel();

        const item = await editEvidence(element, COMPARISON);
        changeValue(inItem(item, 'lightning-radio-group'), 'Yes');
        await flushPromises();
        inItem(item, '[data-action="save-evidence"]').click();
        await flushPromises();

        expect(textOf(inItem(item, '[data-error-for="Evidence__c"]'))).toBe(
            'c.Atlas_DS_Evidence_Needed'
        );
        expect(updateRecordMock).not.toHaveBeenCalled();
        expect(createRecordMock).not.toHaveBeenCalled();
    });

    it('keeps the stage and names the one required criterion that blocks it, in the singular', async () => {
        const { element } = await mountPanel();

        const gate = shadowQuery(element, 'c-stage-gate')!;
        expect(textOf(shadowQuery(gate, '[data-value="message"]'))).toBe(
            'c.Atlas_DS_Gate_Blocked_One'
        );
        const blocking = shadowQueryAll(gate, '[data-list="blocking"] button');
        expect(blocking.map((item) => item.dataset.criterionId)).toEqual([VALUE_ESTIMATE]);
        const advance = shadowQuery<HTMLElement & { disabled: boolean }>(
            gate,
            '[data-action="advance"]'
        )!;
        expect(advance.disabled).toBe(true);
        // Even an advance request that slips past the button moves nothing.
        gate.dispatchEvent(new CustomEvent('advance'));
        await flushPromises();
        expect(updateRecordMock).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('at the last open stage, says the unmet required criteria keep the deal from closing as won, and offers no advance', async () => {
        const data = copy();
        opportunityNode(data).StageName = { value: 'Negotiation/Review' };
        const { element } = await mountPanel(withStoredScore(data));

        const gate = shadowQuery(element, 'c-stage-gate')!;
        expect(textOf(shadowQuery(gate, '[data-value="message"]'))).toMatch(
            /^c\.Atlas_DS_Gate_Close_Blocked(_One)?$/
        );
        expect(
            shadowQueryAll(gate, '[data-list="blocking"] button').map(
                (item) => item.dataset.criterionId
            )
        ).toContain(VALUE_ESTIMATE);
        expect(shadowQuery(gate, '[data-action="advance"]')).toBeNull();
    });

    it('at the last open stage with every required criterion met, points to closing the deal', async () => {
        const data = copy();
        opportunityNode(data).StageName = { value: 'Negotiation/Review' };
        // Nothing required: no criterion blocks, so the gate has only closing left to offer.
        data.uiapi.query.Stage_Criterion__c.edges.forEach((edge) => {
            (edge.node as unknown as Node).Required__c = { value: false };
        });
        const { element } = await mountPanel(withStoredScore(data));

        const gate = shadowQuery(element, 'c-stage-gate')!;
        expect(textOf(shadowQuery(gate, '[data-value="message"]'))).toBe(
            'c.Atlas_DS_Gate_Last_Stage'
        );
        expect(shadowQuery(gate, '[data-action="advance"]')).toBeNull();
    });

    it('moves the deal to the next stage when every required criterion is met', async () => {
        const data = copy();
        setEvidenceState(
            data,
            VALUE_ESTIMATE_EVIDENCE,
            'Yes',
            'Priya Raman validated the value estimate with finance on 21 Nov 2026.',
            PRIYA_RAMAN
        );
        updateRecordMock.mockResolvedValue({});
        const { element, refresh, toasts } = await mountPanel(withStoredScore(data));

        const gate = shadowQuery(element, 'c-stage-gate')!;
        expect(textOf(shadowQuery(gate, '[data-value="message"]'))).toBe('c.Atlas_DS_Gate_Ready');
        const advance = shadowQuery<HTMLElement & { disabled: boolean; label: string }>(
            gate,
            '[data-action="advance"]'
        )!;
        expect(advance.disabled).toBe(false);
        advance.click();
        await flushPromises();

        // The org's picklist puts Id. Decision Makers after Value Proposition.
        expect(updateRecordMock).toHaveBeenCalledTimes(1);
        expect(updateRecordMock).toHaveBeenCalledWith({
            fields: { Id: OPPORTUNITY_ID, StageName: 'Id. Decision Makers' }
        });
        expect(refresh).toHaveBeenCalled();
        expect(toasts).toEqual([{ title: 'c.Atlas_DS_Stage_Advanced', variant: 'success' }]);
        await expect(element).toBeAccessible();
    });

    it('writes nothing when a viewer opens a deal whose stored score is out of date, and says it differs', async () => {
        const data = copy();
        const node = opportunityNode(data);
        node.Deal_Score__c = { value: 12 };
        node.Deal_Score_Band__c = { value: 'At Risk' };
        node.Deal_Scored_At__c = { value: '2026-11-01T09:30:00.000Z' };
        const expected = expectedScore(data);
        const { element, refresh } = await mountPanel(data);

        expect(shadowQuery(element, 'c-deal-score-summary')).not.toBeNull();
        expect(updateRecordMock).not.toHaveBeenCalled();
        expect(createRecordMock).not.toHaveBeenCalled();
        expect(refresh).not.toHaveBeenCalled();
        const stored = shadowQuery(element, 'c-deal-stored-score')!;
        expect(textOf(shadowQuery(stored, '[data-value="stored-score"]'))).toMatch(
            /^c\.Atlas_DS_Stored_Score/
        );
        expect(
            shadowQuery<HTMLElement & { value: string }>(stored, 'lightning-formatted-date-time')!
                .value
        ).toBe('2026-11-01T09:30:00.000Z');
        expect(textOf(shadowQuery(stored, '[data-value="comparison"]'))).toBe(
            'c.Atlas_DS_Stored_Differs'
        );
        expect(expected.score).not.toBe(12);
        await expect(element).toBeAccessible();
    });

    it('names the last snapshot, never "no score stored", for a deal with history but no stored score', async () => {
        const data = copy();
        const node = opportunityNode(data);
        delete node.Deal_Score__c;
        delete node.Deal_Score_Band__c;
        delete node.Deal_Scored_At__c;
        const takenAt = (
            node.Deal_Score_Snapshots__r as {
                edges: { node: { Taken_At__c: { value: string } } }[];
            }
        ).edges
            .map((edge) => edge.node.Taken_At__c.value)
            .sort();
        expect(takenAt.length).toBeGreaterThan(0);
        const { element } = await mountPanel(data);

        const stored = shadowQuery(element, 'c-deal-stored-score')!;
        const line = textOf(shadowQuery(stored, '[data-value="stored-score"]'));
        expect(line).toMatch(/^c\.Atlas_DS_Stored_Snapshot/);
        expect(line).not.toContain('c.Atlas_DS_Stored_None');
        expect(
            shadowQuery<HTMLElement & { value: string }>(stored, 'lightning-formatted-date-time')!
                .value
        ).toBe(takenAt[takenAt.length - 1]);
        expect(updateRecordMock).not.toHaveBeenCalled();
    });

    it('stores the score after the user saves evidence, scored on the data that save produced, with a snapshot', async () => {
        const data = copy();
        const node = opportunityNode(data);
        node.Deal_Score__c = { value: 12 };
        node.Deal_Score_Band__c = { value: 'At Risk' };
        updateRecordMock.mockResolvedValue({});
        createRecordMock.mockResolvedValue({ id: 'a0CDn0000000099AAA', fields: {} });
        const { element, refresh } = await mountPanel(data);
        expect(updateRecordMock).not.toHaveBeenCalled();

        const words = 'Priya Raman validated the value estimate against the FY2027 digital plan.';
        const item = await editEvidence(element, VALUE_ESTIMATE);
        changeValue(inItem(item, 'lightning-radio-group'), 'Yes');
        changeValue(inItem(item, 'lightning-textarea'), words);
        changeValue(inItem(item, '[data-field="Verified_By__c"]'), PRIYA_RAMAN);
        await flushPromises();
        inItem(item, '[data-action="save-evidence"]').click();
        await flushPromises();
        // The user's own write: the evidence, and nothing else yet.
        expect(updateRecordMock).toHaveBeenCalledTimes(1);
        expect(refresh).toHaveBeenCalledTimes(1);

        // The refresh brings the saved evidence; the panel stores the score of that data.
        const saved = copy();
        Object.assign(opportunityNode(saved), {
            Deal_Score__c: { value: 12 },
            Deal_Score_Band__c: { value: 'At Risk' }
        });
        setEvidenceState(saved, VALUE_ESTIMATE_EVIDENCE, 'Yes', words, PRIYA_RAMAN);
        const expected = expectedScore(saved);
        expect(expected.score).toBeGreaterThan(expectedScore(data).score);
        graphqlAdapter.emit(saved, undefined, refresh);
        await flushPromises();
        // Saved as typed: the criterion reads again, with the keyboard on its question.
        expect(item.shadowRoot!.querySelector('lightning-textarea')).toBeNull();
        expect(textOf(inItem(item, '[data-value="evidence"]'))).toBe(words);
        expect(item.shadowRoot!.activeElement).toBe(inItem(item, '[data-focus-target]'));
        expect(updateRecordMock).toHaveBeenCalledTimes(2);
        expect(updateRecordMock).toHaveBeenLastCalledWith({
            fields: {
                Id: OPPORTUNITY_ID,
                Deal_Score__c: expected.score,
                Deal_Score_Band__c: expected.band,
                Deal_Scored_At__c: NOW
            }
        });
        expect(createRecordMock).toHaveBeenCalledWith({
            apiName: 'Deal_Score_Snapshot__c',
            fields: {
                Opportunity__c: OPPORTUNITY_ID,
                Score__c: expected.score,
                Band__c: expected.band,
                Stage__c: 'Value Proposition',
                Taken_At__c: NOW,
                Snapshot_Key__c: `${OPPORTUNITY_ID}:${NOW}`
            }
        });

        // Viewing the refreshed data again (say, another user's cache still says 12) writes nothing.
        graphqlAdapter.emit(saved, undefined, refresh);
        await flushPromises();
        expect(updateRecordMock).toHaveBeenCalledTimes(2);
        expect(createRecordMock).toHaveBeenCalledTimes(1);
    });

    it('leaves the opportunity alone when the stored score is the same, and says so', async () => {
        const { element } = await mountPanel(withStoredScore());

        expect(shadowQuery(element, 'c-deal-score-summary')).not.toBeNull();
        expect(updateRecordMock).not.toHaveBeenCalled();
        expect(createRecordMock).not.toHaveBeenCalled();
        const stored = shadowQuery(element, 'c-deal-stored-score')!;
        expect(textOf(shadowQuery(stored, '[data-value="comparison"]'))).toBe(
            'c.Atlas_DS_Stored_Same'
        );
    });

    it('is read-only and stores nothing for a user without edit access', async () => {
        const data = copy();
        opportunityNode(data).Deal_Score__c = { value: 12 };
        for (const info of data.uiapi.objectInfos) {
            info.createable = false;
            info.updateable = false;
        }
        const { element } = await mountPanel(data);

        expect(updateRecordMock).not.toHaveBeenCalled();
        expect(createRecordMock).not.toHaveBeenCalled();
        const item = evidenceItem(element, VALUE_ESTIMATE);
        expect(item.shadowRoot!.querySelector('[data-action="edit-evidence"]')).toBeNull();
        expect(item.shadowRoot!.querySelector('lightning-radio-group')).toBeNull();
        expect(textOf(inItem(item, '[data-value="state"]'))).toBe('c.Atlas_DS_State_In_Progress');
        const gate = shadowQuery(element, 'c-stage-gate')!;
        expect(shadowQuery(gate, '[data-action="advance"]')).toBeNull();
        expect(shadowQuery(gate, '[data-message="read-only"]')).not.toBeNull();
        expect(element.shadowRoot!.querySelector('[data-message="read-only"]')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('takes the user to the criterion a next best action is about', async () => {
        const { element } = await mountPanel();

        const button = shadowQuery(
            element,
            'c-deal-next-actions',
            `button[data-criterion-id="${VALUE_ESTIMATE}"]`
        )!;
        button.click();
        await flushPromises();

        const item = evidenceItem(element, VALUE_ESTIMATE);
        expect(item.shadowRoot!.activeElement).toBe(inItem(item, '[data-focus-target]'));
    });

    it('draws the score trend from the snapshots, oldest first', async () => {
        const { element } = await mountPanel();

        const trend = shadowQuery(element, 'c-deal-score-trend')!;
        expect(textOf(shadowQuery(trend, '[data-value="change"]'))).toBe('c.Atlas_DS_Trend_Up');
        expect(
            shadowQueryAll(trend, 'tbody tr').map((row) =>
                [...row.querySelectorAll('td')].slice(1).map((cell) => textOf(cell))
            )
        ).toEqual([
            ['Needs Analysis', '58', 'c.Atlas_DS_Band_Watch'],
            ['Value Proposition', '63', 'c.Atlas_DS_Band_Watch'],
            ['Value Proposition', '68', 'c.Atlas_DS_Band_Watch'],
            ['Value Proposition', '72', 'c.Atlas_DS_Band_Healthy']
        ]);
        expect(shadowQuery(trend, 'polyline')!.getAttribute('points')).toBe(
            '0.0,13.4 33.3,11.8 66.7,10.2 100.0,9.0'
        );
    });
});

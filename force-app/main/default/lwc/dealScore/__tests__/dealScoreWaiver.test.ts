// A manager waives the required criterion that holds a deal in its stage, from the Deal Score
// panel: the Waive action (Atlas_Waive_Required_Criteria), refused without a reason with nothing
// written, then the waiver written on the criterion's evidence as the manager, today; once the org
// answers, the criterion says who waived it and why, the gate opens, and the score stays.
import { flushPromises, pinClock, shadowQuery, shadowQueryAll, textOf } from './panelTestUtils';
import {
    NOW,
    VALUE_ESTIMATE,
    VALUE_ESTIMATE_EVIDENCE,
    copy,
    evidenceEdges,
    evidenceItem,
    expectedScore,
    graphqlAdapter,
    inItem,
    mountPanel,
    updateRecordMock,
    withStoredScore
} from './dealFixture';
import { endPanelTest } from '../../../../../../jest/panelTests';

const MORGAN_LEE = '005Dn000000MgrLAAQ';
const REASON = 'Budget is held by the group framework agreement; procurement confirmed in writing.';

jest.mock('@salesforce/customPermission/Atlas_Waive_Required_Criteria', () => ({ default: true }), {
    virtual: true
});
jest.mock('@salesforce/user/Id', () => ({ default: '005Dn000000MgrLAAQ' }), { virtual: true });
jest.mock(
    '@salesforce/label/c.Atlas_DS_Waived_By_On',
    () => ({ default: 'Waived by {0} on {1}: {2}' }),
    { virtual: true }
);

/** The fixture as the org answers after the waiver: the evidence waived by Morgan Lee. */
function waivedDeal() {
    const data = copy();
    const edge = evidenceEdges(data).find(
        (candidate) => candidate.node.Id === VALUE_ESTIMATE_EVIDENCE
    )!;
    Object.assign(edge.node, {
        Waived__c: { value: true },
        Waiver_Reason__c: { value: REASON },
        Waived_By__c: { value: MORGAN_LEE },
        Waived_On__c: { value: NOW.slice(0, 10) },
        Waived_By__r: { Name: { value: 'Morgan Lee' } }
    });
    return withStoredScore(data);
}

function waiverOf(element: HTMLElement): HTMLElement {
    return inItem(evidenceItem(element, VALUE_ESTIMATE), 'c-stage-evidence-waiver');
}

describe('c-deal-score: a manager waives a required criterion', () => {
    beforeEach(() => pinClock(NOW));

    afterEach(endPanelTest);

    it('refuses a waiver without a reason, writes one with it, and then the gate opens with the score unchanged', async () => {
        updateRecordMock.mockResolvedValue({ id: VALUE_ESTIMATE_EVIDENCE, fields: {} });
        const { element, refresh } = await mountPanel();
        const scoreBefore = expectedScore(withStoredScore()).score;
        const advance = () =>
            shadowQuery<HTMLElement & { disabled: boolean }>(
                element,
                'c-stage-gate',
                '[data-action="advance"]'
            )!;
        expect(advance().disabled).toBe(true);

        shadowQuery(waiverOf(element), '[data-action="waive"]')!.click();
        await flushPromises();
        const reason = shadowQuery<HTMLElement & { value: string }>(
            waiverOf(element),
            '[data-field="Waiver_Reason__c"]'
        )!;
        reason.value = '   ';
        reason.dispatchEvent(new CustomEvent('change', { detail: { value: '   ' } }));
        shadowQuery(waiverOf(element), '[data-action="save-waiver"]')!.click();
        await flushPromises();
        expect(textOf(shadowQuery(waiverOf(element), '[data-error-for="Waiver_Reason__c"]'))).toBe(
            'c.Atlas_DS_Waive_Reason_Needed'
        );
        expect(updateRecordMock).not.toHaveBeenCalled();

        reason.value = REASON;
        reason.dispatchEvent(new CustomEvent('change', { detail: { value: REASON } }));
        shadowQuery(waiverOf(element), '[data-action="save-waiver"]')!.click();
        await flushPromises();
        expect(updateRecordMock).toHaveBeenCalledTimes(1);
        expect(updateRecordMock).toHaveBeenCalledWith({
            fields: {
                Id: VALUE_ESTIMATE_EVIDENCE,
                Waived__c: true,
                Waiver_Reason__c: REASON,
                Waived_By__c: MORGAN_LEE,
                Waived_On__c: NOW.slice(0, 10)
            }
        });
        expect(refresh).toHaveBeenCalled();

        // The org answers with the waiver: who and why on the criterion, the gate open, same score.
        graphqlAdapter.emit(waivedDeal());
        await flushPromises();
        expect(textOf(shadowQuery(waiverOf(element), '[data-value="waiver"]'))).toBe(
            `Waived by Morgan Lee on Nov 22, 2026: ${REASON}`
        );
        expect(shadowQuery(waiverOf(element), '[data-action="waive"]')).toBeNull();
        expect(advance().disabled).toBe(false);
        // The gate says it is open because of a waiver, not that everything is met.
        expect(textOf(shadowQuery(element, 'c-stage-gate', '[data-value="message"]'))).toBe(
            'c.Atlas_DSM_Gate_Open_Waived'
        );
        expect(shadowQueryAll(element, 'c-stage-gate', '[data-list="blocking"] button')).toEqual(
            []
        );
        // The stage's summary agrees with the gate: the waived criterion is waived, not "not met".
        const current = shadowQuery(
            element,
            'c-stage-evidence-checklist',
            '[data-section="current"]'
        )!;
        const stageSummary = textOf(current.querySelector('[data-value="summary"]'));
        expect(stageSummary).toContain('c.Atlas_DS_Section_Required_Waived_One');
        expect(stageSummary).not.toContain('c.Atlas_DS_Section_Required_Unmet');
        expect(expectedScore(waivedDeal()).score).toBe(scoreBefore);
        const summary = shadowQuery(element, 'c-deal-score-summary')!;
        expect(textOf(shadowQuery(summary, '[data-value="score"]'))).toBe(String(scoreBefore));
        await expect(element).toBeAccessible();
    });
});

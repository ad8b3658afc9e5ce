// The Deal Score panel for a user whose profile hides Amount and the Account Atlas fields on
// Opportunity: the platform answers the query without them (they are @optional) and leaves them
// out of the object info, and the panel scores what the user can see and says what it cannot show.
import DealScore from 'c/dealScore';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { pinClock, shadowQuery, shadowQueryAll, textOf } from './panelTestUtils';
import dealScoreFixture from './data/dealScore.json';
import { endPanelTest, mountAnswered } from '../../../../../../jest/panelTests';

const createRecordMock = createRecord as unknown as jest.Mock;
const updateRecordMock = updateRecord as unknown as jest.Mock;

const OPPORTUNITY_ID = '006Dn0000000026AAA';
const HIDDEN_ON_OPPORTUNITY = [
    'Amount',
    'Buying_Center__c',
    'Deal_Score__c',
    'Deal_Score_Band__c',
    'Deal_Scored_At__c'
];

type Fixture = typeof dealScoreFixture;

/** The response a user without read access to those fields gets: the fields are simply absent. */
function responseWithoutAccess(): Fixture {
    const data = JSON.parse(JSON.stringify(dealScoreFixture)) as Fixture;
    const edge = data.uiapi.query.Opportunity.edges[0]! as { node: object };
    edge.node = Object.fromEntries(
        Object.entries(edge.node).filter(([key]) => !HIDDEN_ON_OPPORTUNITY.includes(key))
    );
    const info = data.uiapi.objectInfos.find((candidate) => candidate.ApiName === 'Opportunity')!;
    info.fields = info.fields.filter((field) => !HIDDEN_ON_OPPORTUNITY.includes(field.ApiName));
    return data;
}

/** The response for a user who cannot read what the customer did or said (Evidence__c). */
function responseWithoutEvidenceText(): Fixture {
    const data = JSON.parse(JSON.stringify(dealScoreFixture)) as Fixture;
    const edge = data.uiapi.query.Opportunity.edges[0]! as {
        node: { Deal_Evidence__r: { edges: { node: Record<string, unknown> }[] } };
    };
    for (const evidence of edge.node.Deal_Evidence__r.edges) {
        delete evidence.node.Evidence__c;
    }
    const info = data.uiapi.objectInfos.find(
        (candidate) => candidate.ApiName === 'Deal_Evidence__c'
    );
    if (info) {
        info.fields = info.fields.filter((field) => field.ApiName !== 'Evidence__c');
    }
    return data;
}

async function mountPanel(data: unknown): Promise<HTMLElement> {
    const { element } = await mountAnswered(
        'c-deal-score',
        DealScore,
        { recordId: OPPORTUNITY_ID },
        data
    );
    return element;
}

describe('c-deal-score for a user field-level security hides fields from', () => {
    beforeEach(() => {
        pinClock('2026-11-22T12:00:00.000Z');
        createRecordMock.mockResolvedValue({ id: 'a0CDn0000000999AAA', fields: {} });
        updateRecordMock.mockResolvedValue({ id: OPPORTUNITY_ID, fields: {} });
    });

    afterEach(endPanelTest);

    it('still scores the deal and names every field it cannot show', async () => {
        const element = await mountPanel(responseWithoutAccess());

        expect(element.shadowRoot!.querySelector('c-error-panel')).toBeNull();
        expect(element.shadowRoot!.querySelector('c-deal-score-summary')).not.toBeNull();
        const notice = shadowQuery(element, 'c-hidden-fields-notice', '[data-notice]');
        expect(textOf(notice)).toContain('c.Atlas_Hidden_Fields_Notice');
        expect(
            shadowQueryAll(element, 'c-hidden-fields-notice', '[data-hidden-field]').map(textOf)
        ).toEqual([
            'Opportunity.Amount',
            'Opportunity.Buying_Center__c',
            'Opportunity.Deal_Score_Band__c',
            'Opportunity.Deal_Score__c',
            'Opportunity.Deal_Scored_At__c'
        ]);
        await expect(element).toBeAccessible();
    });

    it('never writes a score into fields the user cannot read', async () => {
        await mountPanel(responseWithoutAccess());

        // (A user who can read and edit them gets the computed score stored on the opportunity.)
        expect(updateRecordMock).not.toHaveBeenCalled();
    });

    it('counts Yes answers as recorded when the evidence text is hidden, and says so', async () => {
        const full = await mountPanel(JSON.parse(JSON.stringify(dealScoreFixture)));
        const fullScore = textOf(shadowQuery(full, 'c-deal-score-summary', '[data-value="score"]'));
        document.body.removeChild(full);

        const element = await mountPanel(responseWithoutEvidenceText());
        // The same deal scores the same whoever looks: a hidden text is not a missing one.
        expect(textOf(shadowQuery(element, 'c-deal-score-summary', '[data-value="score"]'))).toBe(
            fullScore
        );
        expect(
            shadowQueryAll(element, 'c-hidden-fields-notice', '[data-hidden-field]').map(textOf)
        ).toEqual(['Deal_Evidence__c.Evidence__c']);
        expect(
            textOf(element.shadowRoot!.querySelector('[data-message="evidence-hidden"]'))
        ).toMatch(/^c\.Atlas_DS_Evidence_Hidden_(One|Other)$/);
        await expect(element).toBeAccessible();
    });

    it('shows no notice to a user who can read every field', async () => {
        const element = await mountPanel(JSON.parse(JSON.stringify(dealScoreFixture)));

        expect(shadowQuery(element, 'c-hidden-fields-notice', '[data-notice]')).toBeNull();
        expect(element.shadowRoot!.querySelector('[data-message="evidence-hidden"]')).toBeNull();
    });
});

// The Deal Score panel's test fixture (Meridian - Digital Channels CDP from the sample data, as the
// GraphQL wire answers it) and how the panel tests mount it and reach into it.
import DealScore from 'c/dealScore';
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { scoreDeal } from 'c/dealScoring';
import { dealScoreFromGraphQL, dealScoringInputOf } from 'c/atlasData';
import { flushPromises, shadowQuery } from './panelTestUtils';
import dealScoreFixture from './data/dealScore.json';
import { mountAnswered } from '../../../../../../jest/panelTests';

export { graphqlAdapter } from '../../../../../../jest/panelTests';
export const createRecordMock = createRecord as unknown as jest.Mock;
export const updateRecordMock = updateRecord as unknown as jest.Mock;

// Meridian - Digital Channels CDP, in Value Proposition, from the sample data.
export const OPPORTUNITY_ID = '006Dn0000000026AAA';
export const VALUE_ESTIMATE = 'a0ADn0000000018AAA'; // required in Value Proposition, In Progress
export const VALUE_ESTIMATE_EVIDENCE = 'a0BDn0000000017AAA';
export const COMPARISON = 'a0ADn0000000020AAA'; // Value Proposition, not required, answered No
export const COMPARISON_EVIDENCE = 'a0BDn0000000019AAA';
export const PRIYA_RAMAN = '003Dn0000000009AAA';
export const NOW = '2026-11-22T12:00:00.000Z';

export type Fixture = typeof dealScoreFixture;
export type Node = Record<string, unknown>;

export function copy(): Fixture {
    return JSON.parse(JSON.stringify(dealScoreFixture)) as Fixture;
}

export function opportunityNode(data: Fixture): Node {
    return data.uiapi.query.Opportunity.edges[0]!.node as unknown as Node;
}

export function evidenceEdges(data: Fixture): { node: Node }[] {
    return (opportunityNode(data).Deal_Evidence__r as { edges: { node: Node }[] }).edges;
}

export function setEvidenceState(
    data: Fixture,
    evidenceId: string,
    state: string,
    text?: string,
    verifiedById?: string
): void {
    const edge = evidenceEdges(data).find((candidate) => candidate.node.Id === evidenceId)!;
    edge.node.State__c = { value: state };
    if (text) {
        edge.node.Evidence__c = { value: text };
    }
    if (verifiedById) {
        edge.node.Verified_By__c = { value: verifiedById };
    }
}

export function expectedScore(data: Fixture) {
    return scoreDeal(dealScoringInputOf(dealScoreFromGraphQL(data), '2026-11-22')!);
}

/** The fixture with the stored score equal to what the panel computes: no background write. */
export function withStoredScore(data: Fixture = copy()): Fixture {
    const { score, band } = expectedScore(data);
    const node = opportunityNode(data);
    node.Deal_Score__c = { value: score };
    node.Deal_Score_Band__c = { value: band };
    return data;
}

export async function mountPanel(data: unknown = withStoredScore()) {
    return mountAnswered('c-deal-score', DealScore, { recordId: OPPORTUNITY_ID }, data);
}

export function evidenceItem(element: HTMLElement, criterionId: string): HTMLElement {
    const item = shadowQuery(
        element,
        'c-stage-evidence-checklist',
        `c-stage-evidence-item[data-criterion-id="${criterionId}"]`
    );
    if (!item) {
        throw new Error(`No checklist item for ${criterionId}`);
    }
    return item;
}

export function inItem(item: HTMLElement, selector: string): HTMLElement {
    return item.shadowRoot!.querySelector<HTMLElement>(selector)!;
}

/** Presses a criterion's Edit evidence, as a rep does before recording evidence: its form opens. */
export async function editEvidence(
    element: HTMLElement,
    criterionId: string
): Promise<HTMLElement> {
    const item = evidenceItem(element, criterionId);
    inItem(item, '[data-action="edit-evidence"]').click();
    await flushPromises();
    return item;
}

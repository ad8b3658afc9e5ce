// The Deal Competitors panel's data: its one GraphQL request (the text and its reader live in
// c/atlasRecords: DEAL_COMPETITORS_TEXT, dealCompetitorsFromGraphQL) and the competitor writes
// through Lightning Data Service. A save sends exactly the fields a rep may edit.
import { gql } from 'lightning/graphql';
import type { RecordId } from 'c/atlasModel';
import { DEAL_COMPETITORS_TEXT, DEAL_COMPETITOR_OBJECT } from 'c/atlasRecords';
import { COMPETITOR_EDITABLE_FIELDS } from 'c/competitorStanding';
import type { CompetitorValues } from 'c/competitorStanding';
import { removeRecord, saveRecord } from './planningWrites';
import type { RecordFields } from './planningWrites';

/** The deal, its competitors, who can verify and what the user may do (text: c/atlasRecords). */
export const DEAL_COMPETITORS_QUERY = gql`
    ${DEAL_COMPETITORS_TEXT}
`;

/**
 * Creates a competitor on the deal (no competitorId) or updates one; resolves to its id. Only the
 * editable fields are sent, less those field-level security hides from the user (`hidden`: the form
 * does not offer them, and a save must not blank what the user cannot see), the deal only on
 * create (Opportunity__c is a master-detail field).
 */
export function saveDealCompetitor(
    opportunityId: RecordId,
    competitorId: RecordId | null,
    values: CompetitorValues,
    hidden: readonly string[] = []
): Promise<string> {
    const fields: RecordFields = competitorId ? {} : { Opportunity__c: opportunityId };
    for (const field of COMPETITOR_EDITABLE_FIELDS) {
        if (!hidden.includes(field)) {
            fields[field] = values[field];
        }
    }
    return saveRecord(DEAL_COMPETITOR_OBJECT, competitorId, fields);
}

/** Removes a competitor from the deal. */
export function removeDealCompetitor(competitorId: RecordId): Promise<void> {
    return removeRecord(competitorId);
}

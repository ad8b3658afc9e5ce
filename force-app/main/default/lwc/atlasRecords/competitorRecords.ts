// A deal's competitors as every scorer reads them: one child-relationship selection (the Deal Score
// panel, the Deal Review Queue and Stage Criteria Setup's preview sample all ask it) and one reader
// that turns its nodes into the scoring core's input, with the account's and the verifier's names;
// and the reader of the competitors panel's own query (DEAL_COMPETITORS_TEXT in dealQueries.ts).
import type { RecordId } from 'c/atlasModel';
import { hiddenFieldsOf, nodesOf, queryConnection, recordsOf } from './graphqlRecords';
import type { HiddenField } from './graphqlRecords';
import { objectAccessOf, picklistEntriesOf } from './salesProcess';
import type { ObjectAccess, PicklistEntry } from './salesProcess';
import type { DealCompetitorInput } from 'c/dealScoring';
import { DEAL_COMPETITOR_FIELDS, lines, selectionOf } from './objectFields';
import { connectionOf } from './accountQueries';
import { childNodesOf, flattenNode, parentText, recordOf } from './graphqlRecords';
import type { GraphQLNode } from './graphqlRecords';

export const DEAL_COMPETITOR_OBJECT = 'Deal_Competitor__c';

/** The deal's competitors (a deal lists a handful), with the names their positions are shown by. */
export const DEAL_COMPETITORS = connectionOf(
    'Deal_Competitors__r',
    'first: 100, orderBy: { Name: { order: ASC } }',
    selectionOf(
        DEAL_COMPETITOR_FIELDS,
        lines(
            'Competitor_Account__r @optional { Name { value } }',
            'Verified_By__r @optional { Name { value } }'
        )
    )
);

/** A competitor of the deal with its account's name (the scoring input) and its verifier's. */
export interface DealCompetitorView extends DealCompetitorInput {
    Id: RecordId;
    verifiedByName: string | null;
}

function competitorView(node: GraphQLNode): DealCompetitorView {
    const record = recordOf(node, DEAL_COMPETITOR_FIELDS);
    const flat = flattenNode(node);
    return {
        ...record,
        Id: record.Id,
        Competitor_Account_Name: parentText(flat, 'Competitor_Account__r', 'Name'),
        verifiedByName: parentText(flat, 'Verified_By__r', 'Name')
    };
}

/** The competitors of one deal's node (DEAL_COMPETITORS), in the answer's order. */
export function dealCompetitorsOf(dealNode: GraphQLNode): DealCompetitorView[] {
    return childNodesOf(dealNode, 'Deal_Competitors__r').map(competitorView);
}

/** The competitors panel's answer: the deal, its competitors, who can verify, what the user may do. */
export interface DealCompetitorsData {
    /** The deal, or null when it cannot be read. */
    deal: {
        Id: RecordId;
        Name: string;
        IsClosed: boolean;
        /** Who won the deal when it was lost to a competitor (Competitor_Won__c), else null. */
        competitorWon: string | null;
    } | null;
    competitors: DealCompetitorView[];
    /** The account's contacts: who at the customer can confirm our position. */
    contacts: { Id: RecordId; Name: string }[];
    /** Can We Compete's and Can We Win's values with the org's labels. */
    competeValues: PicklistEntry[];
    winValues: PicklistEntry[];
    access: ObjectAccess;
    /** Competitor fields field-level security hides from the user. */
    hiddenFields: HiddenField[];
}

/** Reads the DealCompetitors response; a missing part reads as no records and no access. */
export function dealCompetitorsFromGraphQL(data: unknown): DealCompetitorsData {
    const [node] = nodesOf(queryConnection(data, 'Opportunity'));
    const flat = node ? flattenNode(node) : null;
    return {
        deal: flat
            ? {
                  Id: String(flat.Id),
                  Name: String(flat.Name ?? ''),
                  IsClosed: flat.IsClosed === true,
                  competitorWon:
                      typeof flat.Competitor_Won__c === 'string'
                          ? flat.Competitor_Won__c.trim() || null
                          : null
              }
            : null,
        competitors: node ? dealCompetitorsOf(node) : [],
        contacts: recordsOf<{ Id: RecordId; Name: string }>(queryConnection(data, 'Contact')),
        competeValues: picklistEntriesOf(data, DEAL_COMPETITOR_OBJECT, 'Can_We_Compete__c'),
        winValues: picklistEntriesOf(data, DEAL_COMPETITOR_OBJECT, 'Can_We_Win__c'),
        access: objectAccessOf(data, DEAL_COMPETITOR_OBJECT),
        hiddenFields: hiddenFieldsOf(
            node ? childNodesOf(node, 'Deal_Competitors__r') : [],
            DEAL_COMPETITOR_OBJECT,
            DEAL_COMPETITOR_FIELDS.optional
        )
    };
}

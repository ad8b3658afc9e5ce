// Reads the AccountOpportunityMaps answer (OPPORTUNITY_MAPS_TEXT) into typed records: the account's
// maps with their cells (and the opportunities the cells link), its buying centers, the solutions.
import type {
    BuyingCenterRecord,
    OpportunityMapCellRecord,
    OpportunityMapRecord,
    OpportunityRecord,
    SolutionRecord
} from 'c/atlasModel';
import { isRecord } from 'c/atlasValues';
import {
    childNodesOf,
    flattenNode,
    hiddenFieldsOf,
    nodesOf,
    parentText,
    queryConnection,
    recordOf,
    uniqueHiddenFields
} from './graphqlRecords';
import type { GraphQLNode, HiddenField, OptionalFields } from './graphqlRecords';
import {
    BUYING_CENTER_FIELDS,
    OPPORTUNITY_MAP_CELL_FIELDS,
    OPPORTUNITY_MAP_FIELDS,
    SOLUTION_FIELDS,
    optionalFieldsOf
} from './objectFields';
import { accountNameOf } from './buyingCenterRecords';

export const OPPORTUNITY_MAP_OBJECT = 'Opportunity_Map__c';
export const OPPORTUNITY_MAP_CELL_OBJECT = 'Opportunity_Map_Cell__c';

/** The fields OPPORTUNITY_MAPS_TEXT marks @optional: field-level security may hide them. */
export const OPPORTUNITY_MAPS_OPTIONAL_FIELDS: OptionalFields = {
    Account: ['Industry'],
    ...optionalFieldsOf(
        OPPORTUNITY_MAP_FIELDS,
        OPPORTUNITY_MAP_CELL_FIELDS,
        BUYING_CENTER_FIELDS,
        SOLUTION_FIELDS
    )
};

/** A cell with its linked opportunity as far as the user can see it (null when hidden or none). */
export interface OpportunityMapCellView extends OpportunityMapCellRecord {
    opportunityName: string | null;
    opportunityStage: string | null;
    linkedOpportunity: OpportunityRecord | null;
}

export interface OpportunityMapView extends OpportunityMapRecord {
    cells: OpportunityMapCellView[];
}

export interface OpportunityMapsData {
    accountName: string;
    maps: OpportunityMapView[];
    buyingCenters: BuyingCenterRecord[];
    solutions: SolutionRecord[];
    /** Fields the query asked for that field-level security hides from this user. */
    hiddenFields: HiddenField[];
}

/** The opportunity a cell links (Opportunity__r: Name, StageName, IsClosed), or null. */
function linkedOpportunityOf(
    record: Record<string, unknown>,
    opportunityId: string | null | undefined
): OpportunityRecord | null {
    const opportunity = record.Opportunity__r;
    if (!isRecord(opportunity) || !opportunityId) {
        return null;
    }
    return {
        Id: opportunityId,
        Name: parentText(record, 'Opportunity__r', 'Name') ?? '',
        StageName: parentText(record, 'Opportunity__r', 'StageName'),
        IsClosed: typeof opportunity.IsClosed === 'boolean' ? opportunity.IsClosed : null
    };
}

function cellView(node: GraphQLNode): OpportunityMapCellView {
    const record = flattenNode(node);
    const cell = recordOf(node, OPPORTUNITY_MAP_CELL_FIELDS);
    return {
        ...cell,
        opportunityName: parentText(record, 'Opportunity__r', 'Name'),
        opportunityStage: parentText(record, 'Opportunity__r', 'StageName'),
        linkedOpportunity: linkedOpportunityOf(record, cell.Opportunity__c)
    };
}

/** A map node with its cells. */
export function mapView(node: GraphQLNode): OpportunityMapView {
    return {
        ...recordOf(node, OPPORTUNITY_MAP_FIELDS),
        cells: childNodesOf(node, 'Cells__r').map(cellView)
    };
}

/** Reads the AccountOpportunityMaps response; a missing part reads as no records. */
export function opportunityMapsFromGraphQL(data: unknown): OpportunityMapsData {
    const mapNodes = nodesOf(queryConnection(data, OPPORTUNITY_MAP_OBJECT));
    const cellNodes = mapNodes.flatMap((node) => childNodesOf(node, 'Cells__r'));
    const centerNodes = nodesOf(queryConnection(data, 'Buying_Center__c'));
    const solutionNodes = nodesOf(queryConnection(data, 'Solution__c'));
    const optional = OPPORTUNITY_MAPS_OPTIONAL_FIELDS;
    return {
        accountName: accountNameOf(data),
        maps: mapNodes.map(mapView),
        buyingCenters: centerNodes.map((node) => recordOf(node, BUYING_CENTER_FIELDS)),
        solutions: solutionNodes.map((node) => recordOf(node, SOLUTION_FIELDS)),
        hiddenFields: uniqueHiddenFields(
            hiddenFieldsOf(mapNodes, OPPORTUNITY_MAP_OBJECT, optional.Opportunity_Map__c),
            hiddenFieldsOf(
                cellNodes,
                OPPORTUNITY_MAP_CELL_OBJECT,
                optional.Opportunity_Map_Cell__c
            ),
            hiddenFieldsOf(centerNodes, 'Buying_Center__c', optional.Buying_Center__c),
            hiddenFieldsOf(solutionNodes, 'Solution__c', optional.Solution__c)
        )
    };
}

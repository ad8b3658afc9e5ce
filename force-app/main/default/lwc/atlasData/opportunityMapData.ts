// The Opportunity Map panel's data: one GraphQL query for an account's maps (with their cells and
// the opportunities linked to them), its buying centers and the solutions, the reader, and the
// record writes of maps, cells and the opportunities a Potential cell turns into.
import { gql } from 'lightning/graphql';
import type {
    BuyingCenterRecord,
    OpportunityMapCellRecord,
    OpportunityMapRecord,
    OpportunityRecord,
    RecordId,
    SolutionRecord
} from 'c/atlasModel';
import {
    flattenNode,
    hiddenFieldsOf,
    nodesOf,
    recordsOf,
    uniqueHiddenFields
} from './graphqlRecords';
import type { GraphQLConnection, GraphQLNode, HiddenField, OptionalFields } from './graphqlRecords';
import { parentText, pickFields, queryConnection } from './buyingCenterData';
import { saveRecord } from './planningWrites';
import type { RecordFields } from './planningWrites';

export const OPPORTUNITY_MAP_OBJECT = 'Opportunity_Map__c';
export const OPPORTUNITY_MAP_CELL_OBJECT = 'Opportunity_Map_Cell__c';

/** The fields OPPORTUNITY_MAPS_QUERY marks @optional: field-level security may hide them. */
export const OPPORTUNITY_MAPS_OPTIONAL_FIELDS: OptionalFields = {
    Opportunity_Map__c: ['Status__c', 'Last_Reviewed__c'],
    Opportunity_Map_Cell__c: [
        'Status__c',
        'Potential_Value__c',
        'Current_Value__c',
        'Competitor__c',
        'Opportunity__c',
        'Renewal_Date__c',
        'Blocked_Reason__c'
    ],
    Buying_Center__c: ['Parent_Buying_Center__c', 'Wallet_Size__c'],
    Solution__c: ['Family__c', 'Active__c', 'Sort_Order__c']
};

/** An account's maps with their cells, its buying centers and every solution, in one round trip. */
export const OPPORTUNITY_MAPS_QUERY = gql`
    query AccountOpportunityMaps($accountId: ID) {
        uiapi {
            query {
                Account(where: { Id: { eq: $accountId } }, first: 1) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                        }
                    }
                }
                Opportunity_Map__c(
                    where: { Account__c: { eq: $accountId } }
                    first: 50
                    orderBy: { Period_Start__c: { order: DESC } }
                ) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            Account__c {
                                value
                            }
                            Period_Start__c {
                                value
                            }
                            Period_End__c {
                                value
                            }
                            Status__c @optional {
                                value
                            }
                            Last_Reviewed__c @optional {
                                value
                            }
                            Cells__r(first: 1000) {
                                edges {
                                    node {
                                        Id
                                        Opportunity_Map__c {
                                            value
                                        }
                                        Buying_Center__c {
                                            value
                                        }
                                        Solution__c {
                                            value
                                        }
                                        Status__c @optional {
                                            value
                                        }
                                        Potential_Value__c @optional {
                                            value
                                        }
                                        Current_Value__c @optional {
                                            value
                                        }
                                        Competitor__c @optional {
                                            value
                                        }
                                        Opportunity__c @optional {
                                            value
                                        }
                                        Renewal_Date__c @optional {
                                            value
                                        }
                                        Blocked_Reason__c @optional {
                                            value
                                        }
                                        Opportunity__r @optional {
                                            Id
                                            Name {
                                                value
                                            }
                                            StageName {
                                                value
                                            }
                                            IsClosed {
                                                value
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                Buying_Center__c(
                    where: { Account__c: { eq: $accountId } }
                    first: 200
                    orderBy: { Name: { order: ASC } }
                ) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            Account__c {
                                value
                            }
                            Parent_Buying_Center__c @optional {
                                value
                            }
                            Wallet_Size__c @optional {
                                value
                            }
                        }
                    }
                }
                Solution__c(first: 200, orderBy: { Sort_Order__c: { order: ASC } }) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            Family__c @optional {
                                value
                            }
                            Active__c @optional {
                                value
                            }
                            Sort_Order__c @optional {
                                value
                            }
                        }
                    }
                }
            }
        }
    }
`;

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

function cellView(node: GraphQLNode): OpportunityMapCellView {
    const record = flattenNode(node);
    const opportunity = record.Opportunity__r as Record<string, unknown> | null | undefined;
    const cell = record as unknown as OpportunityMapCellRecord;
    return {
        ...cell,
        opportunityName: parentText(record, 'Opportunity__r', 'Name'),
        opportunityStage: parentText(record, 'Opportunity__r', 'StageName'),
        linkedOpportunity:
            opportunity && cell.Opportunity__c
                ? {
                      Id: cell.Opportunity__c,
                      Name: String(opportunity.Name ?? ''),
                      StageName: (opportunity.StageName as string | null) ?? null,
                      IsClosed: (opportunity.IsClosed as boolean | null) ?? null
                  }
                : null
    };
}

/** Reads the AccountOpportunityMaps response; a missing part reads as no records. */
export function opportunityMapsFromGraphQL(data: unknown): OpportunityMapsData {
    const [account] = recordsOf<{ Id: string; Name: string }>(queryConnection(data, 'Account'));
    const mapNodes = nodesOf(queryConnection(data, OPPORTUNITY_MAP_OBJECT));
    const cellNodes = mapNodes.flatMap((node) =>
        nodesOf(node.Cells__r as GraphQLConnection | undefined)
    );
    const centerNodes = nodesOf(queryConnection(data, 'Buying_Center__c'));
    const solutionNodes = nodesOf(queryConnection(data, 'Solution__c'));
    const optional = OPPORTUNITY_MAPS_OPTIONAL_FIELDS;
    return {
        accountName: account?.Name ?? '',
        maps: mapNodes.map((node) => ({
            ...(flattenNode(node) as unknown as OpportunityMapRecord),
            cells: nodesOf(node.Cells__r as GraphQLConnection | undefined).map(cellView)
        })),
        buyingCenters: centerNodes.map(
            (node) => flattenNode(node) as unknown as BuyingCenterRecord
        ),
        solutions: solutionNodes.map((node) => flattenNode(node) as unknown as SolutionRecord),
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

export const OPPORTUNITY_MAP_EDITABLE_FIELDS = [
    'Name',
    'Period_Start__c',
    'Period_End__c',
    'Status__c',
    'Last_Reviewed__c'
] as const;

export const MAP_CELL_EDITABLE_FIELDS = [
    'Status__c',
    'Potential_Value__c',
    'Current_Value__c',
    'Competitor__c',
    'Renewal_Date__c',
    'Blocked_Reason__c',
    'Opportunity__c'
] as const;

/** The fields a map write sends: the editable ones, and the account when it creates the map. */
export function opportunityMapWriteFields(
    accountId: RecordId,
    recordId: RecordId | null | undefined,
    values: RecordFields
): RecordFields {
    const fields = pickFields(values, OPPORTUNITY_MAP_EDITABLE_FIELDS);
    return recordId ? fields : { ...fields, Account__c: accountId };
}

/** Creates a map of the account (recordId blank) or updates one. */
export function saveOpportunityMap(
    accountId: RecordId,
    recordId: RecordId | null | undefined,
    values: RecordFields
): Promise<string> {
    return saveRecord(
        OPPORTUNITY_MAP_OBJECT,
        recordId,
        opportunityMapWriteFields(accountId, recordId, values)
    );
}

/** Where a new cell sits: its map, row (buying center) and column (solution). */
export interface CellPosition {
    mapId: RecordId;
    buyingCenterId: RecordId;
    solutionId: RecordId;
}

/** The fields a cell write sends: the editable ones, and its position when it creates the cell. */
export function mapCellWriteFields(
    position: CellPosition,
    recordId: RecordId | null | undefined,
    values: RecordFields
): RecordFields {
    const fields = pickFields(values, MAP_CELL_EDITABLE_FIELDS);
    return recordId
        ? fields
        : {
              ...fields,
              Opportunity_Map__c: position.mapId,
              Buying_Center__c: position.buyingCenterId,
              Solution__c: position.solutionId
          };
}

/** Creates the cell at a position (recordId blank) or updates a cell. */
export function saveMapCell(
    position: CellPosition,
    recordId: RecordId | null | undefined,
    values: RecordFields
): Promise<string> {
    return saveRecord(
        OPPORTUNITY_MAP_CELL_OBJECT,
        recordId,
        mapCellWriteFields(position, recordId, values)
    );
}

export const OPPORTUNITY_FROM_CELL_FIELDS = ['Name', 'StageName', 'CloseDate', 'Amount'] as const;

/** The new opportunity of a cell: what the user gave, on the account and the cell's buying center. */
export function opportunityFromCellFields(
    accountId: RecordId,
    buyingCenterId: RecordId,
    values: RecordFields
): RecordFields {
    return {
        ...pickFields(values, OPPORTUNITY_FROM_CELL_FIELDS),
        AccountId: accountId,
        Buying_Center__c: buyingCenterId
    };
}

/**
 * Creates the opportunity a Potential cell turns into, on the account and the cell's buying center;
 * resolves to the new opportunity's id.
 */
export function createOpportunityForCell(
    accountId: RecordId,
    buyingCenterId: RecordId,
    values: RecordFields
): Promise<string> {
    return saveRecord(
        'Opportunity',
        null,
        opportunityFromCellFields(accountId, buyingCenterId, values)
    );
}

/** What linking a cell to its new opportunity writes: the link, and the cell is now Pursuing. */
export function cellLinkFields(opportunityId: RecordId): RecordFields {
    return { Opportunity__c: opportunityId, Status__c: 'Pursuing' };
}

/** Creates the cell of an empty spot of the map, Pursuing and linked to its new opportunity. */
export function createCellForOpportunity(
    position: CellPosition,
    opportunityId: RecordId
): Promise<string> {
    return saveRecord(OPPORTUNITY_MAP_CELL_OBJECT, null, {
        ...mapCellWriteFields(position, null, {}),
        ...cellLinkFields(opportunityId)
    });
}

/** Links a cell to its new opportunity and marks it Pursuing. */
export function linkCellToOpportunity(cellId: RecordId, opportunityId: RecordId): Promise<string> {
    return saveRecord(OPPORTUNITY_MAP_CELL_OBJECT, cellId, cellLinkFields(opportunityId));
}

// The Opportunity Map panel's data: the AccountOpportunityMaps query (its text and reader live in
// c/atlasRecords) and the record writes of maps, cells and the opportunities a Potential cell
// turns into.
import { gql } from 'lightning/graphql';
import type { RecordId } from 'c/atlasModel';
import {
    OPPORTUNITY_MAP_CELL_OBJECT,
    OPPORTUNITY_MAP_OBJECT,
    OPPORTUNITY_MAPS_TEXT
} from 'c/atlasRecords';
import { pickFields } from './buyingCenterData';
import { saveRecord } from './planningWrites';
import type { RecordFields } from './planningWrites';

/** An account's maps with their cells, its buying centers and every solution, in one round trip. */
export const OPPORTUNITY_MAPS_QUERY = gql`
    ${OPPORTUNITY_MAPS_TEXT}
`;

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

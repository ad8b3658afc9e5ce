// Reads the AccountGrowth answer (ACCOUNT_GROWTH_TEXT) into the records the growth figures are made
// of, with the readers of the tabs that select the same connections.
import type {
    BuyingCenterRecord,
    MarketingObjectiveRecord,
    OpportunityMapCellRecord,
    OpportunityMapRecord,
    OpportunityRecord,
    SolutionRecord
} from 'c/atlasModel';
import { childNodesOf, nodesOf, queryConnection, recordOf } from './graphqlRecords';
import {
    BUYING_CENTER_FIELDS,
    MARKETING_OBJECTIVE_FIELDS,
    OPPORTUNITY_MAP_CELL_FIELDS,
    OPPORTUNITY_MAP_FIELDS
} from './objectFields';
import { accountNameOf, memberView } from './buyingCenterRecords';
import type { BuyingCenterMemberView } from './buyingCenterRecords';
import { accountDealOf, cellSolutions, lastScoreOf } from './accountSummaryRecords';

export interface AccountGrowthRecords {
    accountName: string;
    buyingCenters: BuyingCenterRecord[];
    members: BuyingCenterMemberView[];
    maps: OpportunityMapRecord[];
    cells: OpportunityMapCellRecord[];
    solutions: SolutionRecord[];
    /** The account's opportunities, each with its last score (snapshot, else stored). */
    deals: (OpportunityRecord & { score: number | null })[];
    objectives: MarketingObjectiveRecord[];
}

/** Reads the AccountGrowth response; a missing part reads as no records. */
export function accountGrowthRecordsOf(data: unknown): AccountGrowthRecords {
    const centerNodes = nodesOf(queryConnection(data, 'Buying_Center__c'));
    const mapNodes = nodesOf(queryConnection(data, 'Opportunity_Map__c'));
    return {
        accountName: accountNameOf(data),
        buyingCenters: centerNodes.map((node) => recordOf(node, BUYING_CENTER_FIELDS)),
        members: centerNodes.flatMap((node) => childNodesOf(node, 'Members__r')).map(memberView),
        maps: mapNodes.map((node) => recordOf(node, OPPORTUNITY_MAP_FIELDS)),
        cells: mapNodes
            .flatMap((node) => childNodesOf(node, 'Cells__r'))
            .map((node) => recordOf(node, OPPORTUNITY_MAP_CELL_FIELDS)),
        solutions: cellSolutions(mapNodes),
        deals: nodesOf(queryConnection(data, 'Opportunity')).map((node) => ({
            ...accountDealOf(node),
            score: lastScoreOf(node).score
        })),
        objectives: nodesOf(queryConnection(data, 'Marketing_Objective__c')).map((node) =>
            recordOf(node, MARKETING_OBJECTIVE_FIELDS)
        )
    };
}

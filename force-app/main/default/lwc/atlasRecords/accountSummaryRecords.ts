// Reads the AccountSummary answer (ACCOUNT_SUMMARY_TEXT) with the readers of the tabs whose records
// it holds, so the summary computes each figure from the same records with the same helpers.
import type { ContactRecord, OpportunityRecord, RecordId, SolutionRecord } from 'c/atlasModel';
import {
    childNodesOf,
    flattenNode,
    nodesOf,
    parentRecordOf,
    queryConnection
} from './graphqlRecords';
import type { GraphQLNode } from './graphqlRecords';
import { CONTACT_FIELDS, SOLUTION_FIELDS } from './objectFields';
import { buyingCentersFromGraphQL } from './buyingCenterRecords';
import type { BuyingCentersData } from './buyingCenterRecords';
import { opportunityMapsFromGraphQL } from './opportunityMapRecords';
import type { OpportunityMapsData } from './opportunityMapRecords';
import { accountPlanFromGraphQL } from './accountPlanRecords';
import type { AccountPlanData } from './accountPlanRecords';

/** An open deal with its last recorded score: the newest weekly snapshot, else the stored one. */
export interface SummaryDeal extends LastScore {
    Id: RecordId;
    Name: string;
    Amount: number | null;
}

export interface AccountSummaryData {
    plan: AccountPlanData;
    people: BuyingCentersData;
    maps: OpportunityMapsData;
    openDeals: SummaryDeal[];
}

/** The account's contacts that are members somewhere: the people the coverage is judged on. */
function memberContacts(centers: readonly GraphQLNode[], accountId: RecordId): ContactRecord[] {
    const contacts = new Map<string, ContactRecord>();
    for (const center of centers) {
        for (const member of childNodesOf(center, 'Members__r')) {
            const contact = parentRecordOf(member, 'Contact__r', CONTACT_FIELDS);
            // As BUYING_CENTERS_TEXT's Contact list: the account's own contacts only.
            if (contact && contact.AccountId === accountId) {
                contacts.set(contact.Id, contact);
            }
        }
    }
    return [...contacts.values()];
}

/** The solutions the cells sit in (the map's totals need only those: which are retired). */
export function cellSolutions(maps: readonly GraphQLNode[]): SolutionRecord[] {
    const solutions = new Map<string, SolutionRecord>();
    for (const map of maps) {
        for (const cell of childNodesOf(map, 'Cells__r')) {
            const solution = parentRecordOf(cell, 'Solution__r', SOLUTION_FIELDS);
            if (solution) {
                solutions.set(solution.Id, solution);
            }
        }
    }
    return [...solutions.values()];
}

const numberOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);
function booleanOrNull(value: unknown): boolean | null {
    return typeof value === 'boolean' ? value : null;
}

/** A deal's last recorded score: its newest weekly snapshot, else the score stored on it. */
export interface LastScore {
    score: number | null;
    band: string | null;
    /** When that score was taken: the snapshot's Taken_At__c, else Deal_Scored_At__c. */
    scoredAt: string | null;
}

/** The last score of a deal node read with DEALS_WITH_LAST_SCORE's selection. */
export function lastScoreOf(node: GraphQLNode): LastScore {
    const record = flattenNode(node);
    const [last] = childNodesOf(node, 'Deal_Score_Snapshots__r').map(flattenNode);
    return {
        score: numberOrNull(last?.Score__c) ?? numberOrNull(record.Deal_Score__c),
        band: textOrNull(last?.Band__c) ?? textOrNull(record.Deal_Score_Band__c),
        scoredAt: last ? textOrNull(last.Taken_At__c) : textOrNull(record.Deal_Scored_At__c)
    };
}

/** A deal node read with DEALS_WITH_LAST_SCORE's selection, as the opportunity fields it holds. */
export function accountDealOf(node: GraphQLNode): OpportunityRecord {
    const record = flattenNode(node);
    return {
        Id: String(record.Id),
        Name: textOrNull(record.Name) ?? '',
        AccountId: textOrNull(record.AccountId),
        StageName: textOrNull(record.StageName),
        Amount: numberOrNull(record.Amount),
        CloseDate: textOrNull(record.CloseDate),
        IsClosed: booleanOrNull(record.IsClosed),
        IsWon: booleanOrNull(record.IsWon),
        Buying_Center__c: textOrNull(record.Buying_Center__c),
        Deal_Score__c: numberOrNull(record.Deal_Score__c)
    };
}

function openDealsOf(opportunities: readonly GraphQLNode[]): SummaryDeal[] {
    const deals: SummaryDeal[] = [];
    for (const node of opportunities) {
        const deal = accountDealOf(node);
        if (deal.IsClosed !== false) {
            continue;
        }
        deals.push({
            Id: deal.Id,
            Name: deal.Name,
            Amount: deal.Amount ?? null,
            ...lastScoreOf(node)
        });
    }
    return deals;
}

/** Reads the AccountSummary response with the readers of the tabs whose records it holds. */
export function accountSummaryFromGraphQL(data: unknown, accountId: RecordId): AccountSummaryData {
    const centerNodes = nodesOf(queryConnection(data, 'Buying_Center__c'));
    const mapNodes = nodesOf(queryConnection(data, 'Opportunity_Map__c'));
    const people = buyingCentersFromGraphQL(data);
    const maps = opportunityMapsFromGraphQL(data);
    return {
        plan: accountPlanFromGraphQL(data),
        people: { ...people, contacts: memberContacts(centerNodes, accountId) },
        maps: { ...maps, solutions: cellSolutions(mapNodes) },
        openDeals: openDealsOf(nodesOf(queryConnection(data, 'Opportunity')))
    };
}

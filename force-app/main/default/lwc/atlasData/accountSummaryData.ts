// The Account Summary's data: one GraphQL query holding what the four account tabs read (buying
// centers with their people, maps with their cells, the plan, the account's deals with their last
// score), so the summary computes each figure from the same records with the same helpers.
import { gql } from 'lightning/graphql';
import type {
    ContactRecord,
    DealScoreSnapshotRecord,
    RecordId,
    SolutionRecord
} from 'c/atlasModel';
import { flattenNode, nodesOf } from './graphqlRecords';
import type { GraphQLConnection, GraphQLNode } from './graphqlRecords';
import { buyingCentersFromGraphQL, queryConnection } from './buyingCenterData';
import type { BuyingCentersData } from './buyingCenterData';
import { opportunityMapsFromGraphQL } from './opportunityMapData';
import type { OpportunityMapsData } from './opportunityMapData';
import { accountPlanFromGraphQL } from './accountPlanData';
import type { AccountPlanData } from './accountPlanData';

/**
 * Each connection asks for at least the fields of the tab that shows it (ACCOUNT_PLAN_QUERY,
 * BUYING_CENTERS_QUERY, OPPORTUNITY_MAPS_QUERY), with the same filters and order. A GraphQL query
 * may hold 10 subqueries (developer.salesforce.com/docs/platform/graphql/guide/query-limits.html):
 * this one has six objects and four child relationships, so the contacts come through the
 * members (Contact__r) and the solutions through the cells (Solution__r) rather than on their own.
 */
export const ACCOUNT_SUMMARY_QUERY = gql`
    query AccountSummary($accountId: ID) {
        uiapi {
            query {
                Account(where: { Id: { eq: $accountId } }, first: 1) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            Industry @optional {
                                value
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
                            Wallet_Share__c @optional {
                                value
                            }
                            Sales_Goal__c @optional {
                                value
                            }
                            Key_Initiatives__c @optional {
                                value
                            }
                            Relationship_Status__c @optional {
                                value
                            }
                            Desired_Relationship_Status__c @optional {
                                value
                            }
                            Growth_Trend__c @optional {
                                value
                            }
                            Competitive_Environment__c @optional {
                                value
                            }
                            Primary_Competitor__c @optional {
                                value
                            }
                            Last_Engagement_Date__c @optional {
                                value
                            }
                            Members__r(first: 200) {
                                edges {
                                    node {
                                        Id
                                        Buying_Center__c {
                                            value
                                        }
                                        Contact__c {
                                            value
                                        }
                                        Buying_Role__c @optional {
                                            value
                                        }
                                        Influence__c @optional {
                                            value
                                        }
                                        Support__c @optional {
                                            value
                                        }
                                        Coverage__c @optional {
                                            value
                                        }
                                        Decision_Orientation__c @optional {
                                            value
                                        }
                                        Relationship_Owner__c @optional {
                                            value
                                        }
                                        Influences_Member__c @optional {
                                            value
                                        }
                                        Contact__r {
                                            Id
                                            Name {
                                                value
                                            }
                                            Title @optional {
                                                value
                                            }
                                            AccountId @optional {
                                                value
                                            }
                                            ReportsToId @optional {
                                                value
                                            }
                                        }
                                    }
                                }
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
                                        Opportunity__c @optional {
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
                                        Solution__r {
                                            Id
                                            Name {
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
                }
                Marketing_Objective__c(
                    where: { Account__c: { eq: $accountId } }
                    first: 200
                    orderBy: { Due_Date__c: { order: ASC, nulls: LAST } }
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
                            Buying_Center__c @optional {
                                value
                            }
                            Measure__c @optional {
                                value
                            }
                            Target_Value__c @optional {
                                value
                            }
                            Due_Date__c @optional {
                                value
                            }
                            Status__c @optional {
                                value
                            }
                            Strategies__r(first: 200, orderBy: { Due_Date__c: { order: ASC } }) {
                                edges {
                                    node {
                                        Id
                                        Name {
                                            value
                                        }
                                        Marketing_Objective__c {
                                            value
                                        }
                                        Owner__c @optional {
                                            value
                                        }
                                        Due_Date__c @optional {
                                            value
                                        }
                                        Status__c @optional {
                                            value
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                Marketing_Action__c(
                    where: {
                        Marketing_Strategy__r: {
                            Marketing_Objective__r: { Account__c: { eq: $accountId } }
                        }
                    }
                    first: 1000
                    orderBy: { Due_Date__c: { order: ASC } }
                ) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            Marketing_Strategy__c {
                                value
                            }
                            Owner__c @optional {
                                value
                            }
                            Due_Date__c @optional {
                                value
                            }
                            Status__c @optional {
                                value
                            }
                        }
                    }
                }
                Opportunity(
                    where: { AccountId: { eq: $accountId } }
                    first: 200
                    orderBy: { CloseDate: { order: DESC } }
                ) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            AccountId @optional {
                                value
                            }
                            StageName {
                                value
                            }
                            Amount @optional {
                                value
                            }
                            CloseDate {
                                value
                            }
                            IsClosed {
                                value
                            }
                            IsWon {
                                value
                            }
                            Buying_Center__c @optional {
                                value
                            }
                            Deal_Score__c @optional {
                                value
                            }
                            Deal_Score_Band__c @optional {
                                value
                            }
                            Deal_Scored_At__c @optional {
                                value
                            }
                            Deal_Score_Snapshots__r(
                                first: 1
                                orderBy: { Taken_At__c: { order: DESC } }
                            ) {
                                edges {
                                    node {
                                        Id
                                        Opportunity__c {
                                            value
                                        }
                                        Score__c @optional {
                                            value
                                        }
                                        Band__c @optional {
                                            value
                                        }
                                        Taken_At__c @optional {
                                            value
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
`;

/** An open deal with its last recorded score: the newest weekly snapshot, else the stored one. */
export interface SummaryDeal {
    Id: RecordId;
    Name: string;
    Amount: number | null;
    score: number | null;
    band: string | null;
    /** When that score was taken: the snapshot's Taken_At__c, else Deal_Scored_At__c. */
    scoredAt: string | null;
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
        for (const member of nodesOf(center.Members__r as GraphQLConnection | undefined)) {
            const contact = flattenNode(member).Contact__r as ContactRecord | null | undefined;
            // As BUYING_CENTERS_QUERY's Contact list: the account's own contacts only.
            if (contact?.Id && contact.AccountId === accountId) {
                contacts.set(contact.Id, contact);
            }
        }
    }
    return [...contacts.values()];
}

/** The solutions the cells sit in (the map's totals need only those: which are retired). */
function cellSolutions(maps: readonly GraphQLNode[]): SolutionRecord[] {
    const solutions = new Map<string, SolutionRecord>();
    for (const map of maps) {
        for (const cell of nodesOf(map.Cells__r as GraphQLConnection | undefined)) {
            const solution = flattenNode(cell).Solution__r as SolutionRecord | null | undefined;
            if (solution?.Id) {
                solutions.set(solution.Id, solution);
            }
        }
    }
    return [...solutions.values()];
}

function openDealsOf(opportunities: readonly GraphQLNode[]): SummaryDeal[] {
    return opportunities
        .map((node) => {
            const record = flattenNode(node);
            const [last] = nodesOf(
                node.Deal_Score_Snapshots__r as GraphQLConnection | undefined
            ).map((snapshot) => flattenNode(snapshot) as unknown as DealScoreSnapshotRecord);
            return {
                record,
                deal: {
                    Id: String(record.Id),
                    Name: String(record.Name ?? ''),
                    Amount: typeof record.Amount === 'number' ? record.Amount : null,
                    score: last?.Score__c ?? (record.Deal_Score__c as number | null) ?? null,
                    band: last?.Band__c ?? (record.Deal_Score_Band__c as string | null) ?? null,
                    scoredAt: last
                        ? (last.Taken_At__c ?? null)
                        : ((record.Deal_Scored_At__c as string | null) ?? null)
                }
            };
        })
        .filter(({ record }) => record.IsClosed === false)
        .map(({ deal }) => deal);
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

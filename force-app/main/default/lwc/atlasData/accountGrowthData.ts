// The Account Growth tab's data: one GraphQL query for what the growth figures are made of (the
// buying centers and their people, the maps' cells, the account's deals with their last score and
// the objectives that name a growth target), read into the growth helper's records.
import { gql } from 'lightning/graphql';
import type {
    BuyingCenterMemberRecord,
    BuyingCenterRecord,
    DealScoreSnapshotRecord,
    MarketingObjectiveRecord,
    OpportunityMapCellRecord,
    OpportunityMapRecord,
    OpportunityRecord,
    SolutionRecord
} from 'c/atlasModel';
import type { GrowthRecords } from 'c/accountGrowth';
import { flattenNode, nodesOf, parentText, queryConnection } from 'c/atlasRecords';
import type { GraphQLConnection } from 'c/atlasRecords';

/** Five objects and three child relationships: within the 10 subqueries a query may hold. */
export const ACCOUNT_GROWTH_QUERY = gql`
    query AccountGrowth($accountId: ID) {
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
                            Relationship_Status__c @optional {
                                value
                            }
                            Growth_Trend__c @optional {
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
                                        Influence__c @optional {
                                            value
                                        }
                                        Coverage__c @optional {
                                            value
                                        }
                                        Advocacy__c @optional {
                                            value
                                        }
                                        Contact__r {
                                            Id
                                            Name {
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
                                        Renewal_Date__c @optional {
                                            value
                                        }
                                        Opportunity__c @optional {
                                            value
                                        }
                                        Solution__r {
                                            Id
                                            Name {
                                                value
                                            }
                                            Active__c @optional {
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
                            Buying_Center__c @optional {
                                value
                            }
                            Growth_Kind__c @optional {
                                value
                            }
                            Growth_Target__c @optional {
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

export interface AccountGrowthData extends Omit<GrowthRecords, 'today'> {
    accountName: string;
}

/** Reads the AccountGrowth response; a missing part reads as no records. */
export function accountGrowthFromGraphQL(data: unknown): AccountGrowthData {
    const [account] = nodesOf(queryConnection(data, 'Account')).map(flattenNode);
    const centerNodes = nodesOf(queryConnection(data, 'Buying_Center__c'));
    const mapNodes = nodesOf(queryConnection(data, 'Opportunity_Map__c'));
    const cellNodes = mapNodes.flatMap((node) =>
        nodesOf(node.Cells__r as GraphQLConnection | undefined)
    );
    const solutions = new Map<string, SolutionRecord>();
    const cells = cellNodes.map((node) => {
        const record = flattenNode(node);
        const solution = record.Solution__r as SolutionRecord | null | undefined;
        if (solution?.Id) {
            solutions.set(solution.Id, solution);
        }
        return record as unknown as OpportunityMapCellRecord;
    });
    return {
        accountName: typeof account?.Name === 'string' ? account.Name : '',
        buyingCenters: centerNodes.map(
            (node) => flattenNode(node) as unknown as BuyingCenterRecord
        ),
        members: centerNodes.flatMap((center) =>
            nodesOf(center.Members__r as GraphQLConnection | undefined).map((node) => {
                const record = flattenNode(node);
                return {
                    ...(record as unknown as BuyingCenterMemberRecord),
                    contactName: parentText(record, 'Contact__r', 'Name') ?? ''
                };
            })
        ),
        maps: mapNodes.map((node) => flattenNode(node) as unknown as OpportunityMapRecord),
        cells,
        solutions: [...solutions.values()],
        deals: nodesOf(queryConnection(data, 'Opportunity')).map((node) => {
            const record = flattenNode(node) as unknown as OpportunityRecord;
            const [last] = nodesOf(
                node.Deal_Score_Snapshots__r as GraphQLConnection | undefined
            ).map((snapshot) => flattenNode(snapshot) as unknown as DealScoreSnapshotRecord);
            return { ...record, score: last?.Score__c ?? record.Deal_Score__c ?? null };
        }),
        objectives: nodesOf(queryConnection(data, 'Marketing_Objective__c')).map(
            (node) => flattenNode(node) as unknown as MarketingObjectiveRecord
        )
    };
}

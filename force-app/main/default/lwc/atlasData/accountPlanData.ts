// The Account Plan panel's data: one GraphQL query for an account's marketing Objectives with
// their Strategies, the Actions under those strategies, and what plan completeness is judged on
// (the account, its buying centers with members, maps and opportunities); the reader; and the
// record writes of objectives, strategies and actions.
import { gql } from 'lightning/graphql';
import type {
    AccountRecord,
    BuyingCenterRecord,
    MarketingActionRecord,
    MarketingObjectiveRecord,
    MarketingStrategyRecord,
    OpportunityMapCellRecord,
    OpportunityMapRecord,
    OpportunityRecord,
    RecordId
} from 'c/atlasModel';
import { flattenNode, nodesOf, recordsOf } from './graphqlRecords';
import type { GraphQLConnection, GraphQLNode } from './graphqlRecords';
import { parentText, pickFields, queryConnection } from './buyingCenterData';
import type { BuyingCenterView } from './buyingCenterData';
import { saveRecord } from './planningWrites';
import type { RecordFields } from './planningWrites';

export const MARKETING_OBJECTIVE_OBJECT = 'Marketing_Objective__c';
export const MARKETING_STRATEGY_OBJECT = 'Marketing_Strategy__c';
export const MARKETING_ACTION_OBJECT = 'Marketing_Action__c';

/** The account plan and what its completeness is judged on, in one round trip. */
export const ACCOUNT_PLAN_QUERY = gql`
    query AccountPlan($accountId: ID) {
        uiapi {
            query {
                Account(where: { Id: { eq: $accountId } }, first: 1) {
                    edges {
                        node {
                            Id
                            Name {
                                value
                            }
                            Industry {
                                value
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
                            OwnerId {
                                value
                            }
                            Owner {
                                ... on User {
                                    Name {
                                        value
                                    }
                                }
                            }
                            Buying_Center__c {
                                value
                            }
                            Opportunity_Map__c {
                                value
                            }
                            Measure__c {
                                value
                            }
                            Target_Value__c {
                                value
                            }
                            Due_Date__c {
                                value
                            }
                            Status__c {
                                value
                            }
                            Description__c {
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
                                        Owner__c {
                                            value
                                        }
                                        Owner__r {
                                            Name {
                                                value
                                            }
                                        }
                                        Due_Date__c {
                                            value
                                        }
                                        Status__c {
                                            value
                                        }
                                        Description__c {
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
                            Owner__c {
                                value
                            }
                            Owner__r {
                                Name {
                                    value
                                }
                            }
                            Due_Date__c {
                                value
                            }
                            Status__c {
                                value
                            }
                            Opportunity__c {
                                value
                            }
                            Opportunity__r {
                                Name {
                                    value
                                }
                            }
                            Campaign__c {
                                value
                            }
                            Campaign__r {
                                Name {
                                    value
                                }
                            }
                            Description__c {
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
                            Parent_Buying_Center__c {
                                value
                            }
                            Wallet_Size__c {
                                value
                            }
                            Wallet_Share__c {
                                value
                            }
                            Sales_Goal__c {
                                value
                            }
                            Key_Initiatives__c {
                                value
                            }
                            Relationship_Status__c {
                                value
                            }
                            Desired_Relationship_Status__c {
                                value
                            }
                            Growth_Trend__c {
                                value
                            }
                            Competitive_Environment__c {
                                value
                            }
                            Primary_Competitor__c {
                                value
                            }
                            Last_Engagement_Date__c {
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
                                        Buying_Role__c {
                                            value
                                        }
                                        Influence__c {
                                            value
                                        }
                                        Support__c {
                                            value
                                        }
                                        Coverage__c {
                                            value
                                        }
                                        Influences_Member__c {
                                            value
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
                            Status__c {
                                value
                            }
                            Last_Reviewed__c {
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
                                        Status__c {
                                            value
                                        }
                                    }
                                }
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
                            AccountId {
                                value
                            }
                            StageName {
                                value
                            }
                            Amount {
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
                            Buying_Center__c {
                                value
                            }
                        }
                    }
                }
            }
        }
    }
`;

export interface MarketingActionView extends MarketingActionRecord {
    ownerName: string | null;
    opportunityName: string | null;
    campaignName: string | null;
    Description__c?: string | null;
}

export interface MarketingStrategyView extends MarketingStrategyRecord {
    ownerName: string | null;
    Description__c?: string | null;
    actions: MarketingActionView[];
}

export interface MarketingObjectiveView extends MarketingObjectiveRecord {
    ownerName: string | null;
    Description__c?: string | null;
    strategies: MarketingStrategyView[];
}

export interface AccountPlanData {
    account: AccountRecord | null;
    objectives: MarketingObjectiveView[];
    buyingCenters: BuyingCenterView[];
    maps: OpportunityMapRecord[];
    /** The cells of every map of the account (for plan completeness: where we sell). */
    mapCells: OpportunityMapCellRecord[];
    opportunities: OpportunityRecord[];
}

function actionView(node: GraphQLNode): MarketingActionView {
    const record = flattenNode(node);
    return {
        ...(record as unknown as MarketingActionRecord),
        ownerName: parentText(record, 'Owner__r', 'Name'),
        opportunityName: parentText(record, 'Opportunity__r', 'Name'),
        campaignName: parentText(record, 'Campaign__r', 'Name')
    };
}

/** Reads the AccountPlan response, nesting each action under its strategy. */
export function accountPlanFromGraphQL(data: unknown): AccountPlanData {
    const actionsByStrategy = new Map<string, MarketingActionView[]>();
    for (const node of nodesOf(queryConnection(data, MARKETING_ACTION_OBJECT))) {
        const action = actionView(node);
        const list = actionsByStrategy.get(action.Marketing_Strategy__c) ?? [];
        list.push(action);
        actionsByStrategy.set(action.Marketing_Strategy__c, list);
    }
    const objectives = nodesOf(queryConnection(data, MARKETING_OBJECTIVE_OBJECT)).map((node) => {
        const record = flattenNode(node);
        const strategies = nodesOf(node.Strategies__r as GraphQLConnection | undefined).map(
            (strategyNode): MarketingStrategyView => {
                const strategy = flattenNode(strategyNode);
                return {
                    ...(strategy as unknown as MarketingStrategyRecord),
                    ownerName: parentText(strategy, 'Owner__r', 'Name'),
                    actions: actionsByStrategy.get(strategy.Id as string) ?? []
                };
            }
        );
        return {
            ...(record as unknown as MarketingObjectiveRecord),
            ownerName: parentText(record, 'Owner', 'Name'),
            strategies
        };
    });
    const [account] = recordsOf<AccountRecord>(queryConnection(data, 'Account'));
    return {
        account: account ?? null,
        objectives,
        buyingCenters: nodesOf(queryConnection(data, 'Buying_Center__c')).map((node) => ({
            ...(flattenNode(node) as unknown as BuyingCenterRecord),
            members: nodesOf(node.Members__r as GraphQLConnection | undefined).map((member) => ({
                ...(flattenNode(member) as unknown as BuyingCenterView['members'][number]),
                contactName: '',
                contactTitle: null,
                relationshipOwnerName: null
            }))
        })),
        maps: recordsOf<OpportunityMapRecord>(queryConnection(data, 'Opportunity_Map__c')),
        mapCells: nodesOf(queryConnection(data, 'Opportunity_Map__c')).flatMap((node) =>
            recordsOf<OpportunityMapCellRecord>(node.Cells__r as GraphQLConnection | undefined)
        ),
        opportunities: recordsOf<OpportunityRecord>(queryConnection(data, 'Opportunity'))
    };
}

export type PlanLevel = 'objective' | 'strategy' | 'action';

export const OBJECTIVE_EDITABLE_FIELDS = [
    'Name',
    'OwnerId',
    'Buying_Center__c',
    'Opportunity_Map__c',
    'Measure__c',
    'Target_Value__c',
    'Due_Date__c',
    'Status__c',
    'Description__c'
] as const;

export const STRATEGY_EDITABLE_FIELDS = [
    'Name',
    'Owner__c',
    'Due_Date__c',
    'Status__c',
    'Description__c'
] as const;

export const ACTION_EDITABLE_FIELDS = [
    'Name',
    'Owner__c',
    'Due_Date__c',
    'Status__c',
    'Opportunity__c',
    'Campaign__c',
    'Description__c'
] as const;

const PLAN_OBJECTS: Record<PlanLevel, string> = {
    objective: MARKETING_OBJECTIVE_OBJECT,
    strategy: MARKETING_STRATEGY_OBJECT,
    action: MARKETING_ACTION_OBJECT
};

const PLAN_FIELDS: Record<PlanLevel, readonly string[]> = {
    objective: OBJECTIVE_EDITABLE_FIELDS,
    strategy: STRATEGY_EDITABLE_FIELDS,
    action: ACTION_EDITABLE_FIELDS
};

/** The field that ties a new record to its parent: the account, objective or strategy. */
const PARENT_FIELDS: Record<PlanLevel, string> = {
    objective: 'Account__c',
    strategy: 'Marketing_Objective__c',
    action: 'Marketing_Strategy__c'
};

/**
 * Creates an objective (parent = the account), strategy (parent = objective) or action (parent =
 * strategy) when recordId is blank, otherwise updates it; the parent is set only on create.
 */
export function savePlanItem(
    level: PlanLevel,
    parentId: RecordId,
    recordId: RecordId | null | undefined,
    values: RecordFields
): Promise<string> {
    const fields = pickFields(values, PLAN_FIELDS[level]);
    return saveRecord(
        PLAN_OBJECTS[level],
        recordId,
        recordId ? fields : { ...fields, [PARENT_FIELDS[level]]: parentId }
    );
}

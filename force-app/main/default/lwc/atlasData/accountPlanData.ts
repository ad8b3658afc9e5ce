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
import {
    flattenNode,
    hiddenFieldsOf,
    nodesOf,
    recordsOf,
    uniqueHiddenFields
} from './graphqlRecords';
import type { GraphQLConnection, GraphQLNode, HiddenField, OptionalFields } from './graphqlRecords';
import { parentText, pickFields, queryConnection } from './buyingCenterData';
import type { BuyingCenterView } from './buyingCenterData';
import { saveRecord } from './planningWrites';
import type { RecordFields } from './planningWrites';

export const MARKETING_OBJECTIVE_OBJECT = 'Marketing_Objective__c';
export const MARKETING_STRATEGY_OBJECT = 'Marketing_Strategy__c';
export const MARKETING_ACTION_OBJECT = 'Marketing_Action__c';

/** The fields ACCOUNT_PLAN_QUERY marks @optional: field-level security may hide them. */
export const ACCOUNT_PLAN_OPTIONAL_FIELDS: OptionalFields = {
    Account: ['Industry'],
    Marketing_Objective__c: [
        'Buying_Center__c',
        'Opportunity_Map__c',
        'Measure__c',
        'Target_Value__c',
        'Due_Date__c',
        'Status__c',
        'Description__c',
        'Sort_Order__c'
    ],
    Marketing_Strategy__c: [
        'Owner__c',
        'Due_Date__c',
        'Status__c',
        'Description__c',
        'Sort_Order__c'
    ],
    Marketing_Action__c: [
        'Owner__c',
        'Due_Date__c',
        'Status__c',
        'Opportunity__c',
        'Campaign__c',
        'Description__c',
        'Sort_Order__c'
    ],
    Buying_Center__c: [
        'Parent_Buying_Center__c',
        'Wallet_Size__c',
        'Wallet_Share__c',
        'Sales_Goal__c',
        'Key_Initiatives__c',
        'Relationship_Status__c',
        'Desired_Relationship_Status__c',
        'Growth_Trend__c',
        'Competitive_Environment__c',
        'Primary_Competitor__c',
        'Last_Engagement_Date__c'
    ],
    Buying_Center_Member__c: [
        'Buying_Role__c',
        'Influence__c',
        'Support__c',
        'Coverage__c',
        'Influences_Member__c'
    ],
    Opportunity_Map__c: ['Status__c', 'Last_Reviewed__c'],
    Opportunity_Map_Cell__c: ['Status__c'],
    Opportunity: ['AccountId', 'Amount', 'Buying_Center__c']
};

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
                            Industry @optional {
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
                            Buying_Center__c @optional {
                                value
                            }
                            Opportunity_Map__c @optional {
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
                            Description__c @optional {
                                value
                            }
                            Sort_Order__c @optional {
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
                                        Owner__r @optional {
                                            Name {
                                                value
                                            }
                                        }
                                        Due_Date__c @optional {
                                            value
                                        }
                                        Status__c @optional {
                                            value
                                        }
                                        Description__c @optional {
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
                            Owner__r @optional {
                                Name {
                                    value
                                }
                            }
                            Due_Date__c @optional {
                                value
                            }
                            Status__c @optional {
                                value
                            }
                            Opportunity__c @optional {
                                value
                            }
                            Opportunity__r @optional {
                                Name {
                                    value
                                }
                            }
                            Campaign__c @optional {
                                value
                            }
                            Campaign__r @optional {
                                Name {
                                    value
                                }
                            }
                            Description__c @optional {
                                value
                            }
                            Sort_Order__c @optional {
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
                                        Influences_Member__c @optional {
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
    /** Fields the query asked for that field-level security hides from this user. */
    hiddenFields: HiddenField[];
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

/**
 * Siblings in the order the user gave them (Sort_Order__c, lower first); those never moved keep
 * the query's order (by due date) after them.
 */
export function inPlanOrder<T extends { Sort_Order__c?: number | null }>(items: readonly T[]): T[] {
    const rank = (item: T): number => {
        return typeof item.Sort_Order__c === 'number'
            ? item.Sort_Order__c
            : Number.POSITIVE_INFINITY;
    };
    // Array.prototype.sort is stable, so equal ranks keep the query's order.
    return [...items].sort((a, b) => (rank(a) === rank(b) ? 0 : rank(a) < rank(b) ? -1 : 1));
}

/** Reads the AccountPlan response, nesting each action under its strategy. */
export function accountPlanFromGraphQL(data: unknown): AccountPlanData {
    const actionsByStrategy = new Map<string, MarketingActionView[]>();
    const actionNodes = nodesOf(queryConnection(data, MARKETING_ACTION_OBJECT));
    for (const node of actionNodes) {
        const action = actionView(node);
        const list = actionsByStrategy.get(action.Marketing_Strategy__c) ?? [];
        list.push(action);
        actionsByStrategy.set(action.Marketing_Strategy__c, list);
    }
    const objectiveNodes = nodesOf(queryConnection(data, MARKETING_OBJECTIVE_OBJECT));
    const strategyNodes = objectiveNodes.flatMap((node) =>
        nodesOf(node.Strategies__r as GraphQLConnection | undefined)
    );
    const objectives = objectiveNodes.map((node) => {
        const record = flattenNode(node);
        const strategies = nodesOf(node.Strategies__r as GraphQLConnection | undefined).map(
            (strategyNode): MarketingStrategyView => {
                const strategy = flattenNode(strategyNode);
                return {
                    ...(strategy as unknown as MarketingStrategyRecord),
                    ownerName: parentText(strategy, 'Owner__r', 'Name'),
                    actions: inPlanOrder(actionsByStrategy.get(strategy.Id as string) ?? [])
                };
            }
        );
        return {
            ...(record as unknown as MarketingObjectiveRecord),
            ownerName: parentText(record, 'Owner', 'Name'),
            strategies: inPlanOrder(strategies)
        };
    });
    const accountNodes = nodesOf(queryConnection(data, 'Account'));
    const [account] = accountNodes.map((node) => flattenNode(node) as unknown as AccountRecord);
    const centerNodes = nodesOf(queryConnection(data, 'Buying_Center__c'));
    const mapNodes = nodesOf(queryConnection(data, 'Opportunity_Map__c'));
    const opportunityNodes = nodesOf(queryConnection(data, 'Opportunity'));
    const optional = ACCOUNT_PLAN_OPTIONAL_FIELDS;
    const hidden = (nodes: GraphQLNode[], objectApiName: string): HiddenField[] =>
        hiddenFieldsOf(nodes, objectApiName, optional[objectApiName]);
    return {
        account: account ?? null,
        objectives: inPlanOrder(objectives),
        buyingCenters: centerNodes.map((node) => ({
            ...(flattenNode(node) as unknown as BuyingCenterRecord),
            members: nodesOf(node.Members__r as GraphQLConnection | undefined).map((member) => ({
                ...(flattenNode(member) as unknown as BuyingCenterView['members'][number]),
                contactName: '',
                contactTitle: null,
                relationshipOwnerName: null
            }))
        })),
        maps: mapNodes.map((node) => flattenNode(node) as unknown as OpportunityMapRecord),
        mapCells: mapNodes.flatMap((node) =>
            recordsOf<OpportunityMapCellRecord>(node.Cells__r as GraphQLConnection | undefined)
        ),
        opportunities: opportunityNodes.map(
            (node) => flattenNode(node) as unknown as OpportunityRecord
        ),
        hiddenFields: uniqueHiddenFields(
            hidden(accountNodes, 'Account'),
            hidden(objectiveNodes, MARKETING_OBJECTIVE_OBJECT),
            hidden(strategyNodes, MARKETING_STRATEGY_OBJECT),
            hidden(actionNodes, MARKETING_ACTION_OBJECT),
            hidden(centerNodes, 'Buying_Center__c'),
            hidden(
                centerNodes.flatMap((node) =>
                    nodesOf(node.Members__r as GraphQLConnection | undefined)
                ),
                'Buying_Center_Member__c'
            ),
            hidden(mapNodes, 'Opportunity_Map__c'),
            hidden(
                mapNodes.flatMap((node) => nodesOf(node.Cells__r as GraphQLConnection | undefined)),
                'Opportunity_Map_Cell__c'
            ),
            hidden(opportunityNodes, 'Opportunity')
        )
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

/** A plan item's new place among its siblings. */
export interface PlanOrderChange {
    Id: RecordId;
    Sort_Order__c: number;
}

/** Writes the new places of the siblings a move changed. */
export async function savePlanOrder(
    level: PlanLevel,
    changes: readonly PlanOrderChange[]
): Promise<void> {
    await Promise.all(
        changes.map((change) =>
            saveRecord(PLAN_OBJECTS[level], change.Id, { Sort_Order__c: change.Sort_Order__c })
        )
    );
}

/**
 * What plan completeness is judged on, from the plan's records: one mapping for the Account Plan
 * panel and the Account Summary, so both show the same percentage.
 */
export function planCompletenessInput(data: AccountPlanData, today: string) {
    const strategies = data.objectives.flatMap((objective) => objective.strategies);
    return {
        account: data.account,
        buyingCenters: data.buyingCenters,
        members: data.buyingCenters.flatMap((center) => center.members),
        opportunities: data.opportunities,
        mapCells: data.mapCells,
        objectives: data.objectives,
        strategies,
        actions: strategies.flatMap((strategy) => strategy.actions),
        today
    };
}

// Reads the AccountPlan answer (ACCOUNT_PLAN_TEXT) into typed records: the account's objectives
// with their strategies and each strategy's actions, and what plan completeness is judged on (the
// account, its buying centers with members, maps with cells, opportunities).
import type {
    AccountRecord,
    MarketingActionRecord,
    MarketingObjectiveRecord,
    MarketingStrategyRecord,
    OpportunityMapCellRecord,
    OpportunityMapRecord,
    OpportunityRecord
} from 'c/atlasModel';
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
    BUYING_CENTER_MEMBER_FIELDS,
    CONTACT_FIELDS,
    MARKETING_ACTION_FIELDS,
    MARKETING_OBJECTIVE_FIELDS,
    MARKETING_STRATEGY_FIELDS,
    OPPORTUNITY_MAP_CELL_FIELDS,
    OPPORTUNITY_MAP_FIELDS,
    SOLUTION_FIELDS,
    optionalFieldsOf
} from './objectFields';
import { buyingCenterView } from './buyingCenterRecords';
import type { BuyingCenterView } from './buyingCenterRecords';

export const MARKETING_OBJECTIVE_OBJECT = 'Marketing_Objective__c';
export const MARKETING_STRATEGY_OBJECT = 'Marketing_Strategy__c';
export const MARKETING_ACTION_OBJECT = 'Marketing_Action__c';

/** The fields ACCOUNT_PLAN_TEXT marks @optional: field-level security may hide them. */
export const ACCOUNT_PLAN_OPTIONAL_FIELDS: OptionalFields = {
    Account: ['Industry'],
    ...optionalFieldsOf(
        MARKETING_OBJECTIVE_FIELDS,
        MARKETING_STRATEGY_FIELDS,
        MARKETING_ACTION_FIELDS,
        BUYING_CENTER_FIELDS,
        BUYING_CENTER_MEMBER_FIELDS,
        CONTACT_FIELDS,
        OPPORTUNITY_MAP_FIELDS,
        OPPORTUNITY_MAP_CELL_FIELDS,
        SOLUTION_FIELDS
    ),
    Opportunity: ['AccountId', 'Amount', 'Buying_Center__c']
};

export interface MarketingActionView extends MarketingActionRecord {
    ownerName: string | null;
    opportunityName: string | null;
    campaignName: string | null;
}

export interface MarketingStrategyView extends MarketingStrategyRecord {
    ownerName: string | null;
    actions: MarketingActionView[];
}

export interface MarketingObjectiveView extends MarketingObjectiveRecord {
    ownerName: string | null;
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
        ...recordOf(node, MARKETING_ACTION_FIELDS),
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

/** The account node (Id, Name, Industry) as a record, or null. */
function accountOf(node: GraphQLNode | undefined): AccountRecord | null {
    const record = node ? flattenNode(node) : undefined;
    if (typeof record?.Id !== 'string') {
        return null;
    }
    return {
        Id: record.Id,
        Name: typeof record.Name === 'string' ? record.Name : '',
        ...('Industry' in record
            ? { Industry: typeof record.Industry === 'string' ? record.Industry : null }
            : {})
    };
}

/** An opportunity node of the plan's Opportunity connection: the fields it selects. */
function planOpportunityOf(node: GraphQLNode): OpportunityRecord {
    const record = flattenNode(node);
    const opportunity: OpportunityRecord = {
        Id: typeof record.Id === 'string' ? record.Id : '',
        Name: typeof record.Name === 'string' ? record.Name : ''
    };
    return Object.assign(opportunity, record);
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
    const strategyNodes = objectiveNodes.flatMap((node) => childNodesOf(node, 'Strategies__r'));
    const objectives = objectiveNodes.map((node): MarketingObjectiveView => {
        const strategies = childNodesOf(node, 'Strategies__r').map(
            (strategyNode): MarketingStrategyView => {
                const strategy = recordOf(strategyNode, MARKETING_STRATEGY_FIELDS);
                return {
                    ...strategy,
                    ownerName: parentText(flattenNode(strategyNode), 'Owner__r', 'Name'),
                    actions: inPlanOrder(actionsByStrategy.get(strategy.Id) ?? [])
                };
            }
        );
        return {
            ...recordOf(node, MARKETING_OBJECTIVE_FIELDS),
            ownerName: parentText(flattenNode(node), 'Owner', 'Name'),
            strategies: inPlanOrder(strategies)
        };
    });
    const accountNodes = nodesOf(queryConnection(data, 'Account'));
    const centerNodes = nodesOf(queryConnection(data, 'Buying_Center__c'));
    const mapNodes = nodesOf(queryConnection(data, 'Opportunity_Map__c'));
    const cellNodes = mapNodes.flatMap((node) => childNodesOf(node, 'Cells__r'));
    const opportunityNodes = nodesOf(queryConnection(data, 'Opportunity'));
    const optional = ACCOUNT_PLAN_OPTIONAL_FIELDS;
    const hidden = (nodes: GraphQLNode[], objectApiName: string): HiddenField[] =>
        hiddenFieldsOf(nodes, objectApiName, optional[objectApiName]);
    return {
        account: accountOf(accountNodes[0]),
        objectives: inPlanOrder(objectives),
        buyingCenters: centerNodes.map(buyingCenterView),
        maps: mapNodes.map((node) => recordOf(node, OPPORTUNITY_MAP_FIELDS)),
        mapCells: cellNodes.map((node) => recordOf(node, OPPORTUNITY_MAP_CELL_FIELDS)),
        opportunities: opportunityNodes.map(planOpportunityOf),
        hiddenFields: uniqueHiddenFields(
            hidden(accountNodes, 'Account'),
            hidden(objectiveNodes, MARKETING_OBJECTIVE_OBJECT),
            hidden(strategyNodes, MARKETING_STRATEGY_OBJECT),
            hidden(actionNodes, MARKETING_ACTION_OBJECT),
            hidden(centerNodes, 'Buying_Center__c'),
            hidden(
                centerNodes.flatMap((node) => childNodesOf(node, 'Members__r')),
                'Buying_Center_Member__c'
            ),
            hidden(mapNodes, 'Opportunity_Map__c'),
            hidden(cellNodes, 'Opportunity_Map_Cell__c'),
            hidden(opportunityNodes, 'Opportunity')
        )
    };
}

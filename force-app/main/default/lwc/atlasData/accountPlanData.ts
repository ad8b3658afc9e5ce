// The Account Plan panel's data: the AccountPlan query (its text and reader live in
// c/atlasRecords) and the record writes of objectives, strategies and actions.
import { gql } from 'lightning/graphql';
import type { RecordId } from 'c/atlasModel';
import {
    ACCOUNT_PLAN_TEXT,
    MARKETING_ACTION_OBJECT,
    MARKETING_OBJECTIVE_OBJECT,
    MARKETING_STRATEGY_OBJECT
} from 'c/atlasRecords';
import type { AccountPlanData } from 'c/atlasRecords';
import { pickFields } from './buyingCenterData';
import { saveRecord } from './planningWrites';
import type { RecordFields } from './planningWrites';

/** The account plan and what its completeness is judged on, in one round trip. */
export const ACCOUNT_PLAN_QUERY = gql`
    ${ACCOUNT_PLAN_TEXT}
`;

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

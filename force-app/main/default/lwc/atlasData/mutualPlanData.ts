// The Mutual Plan panel's data: one GraphQL request for the deal with its plan steps, the contacts of
// its account (the customer's owners), the active users (ours) and the user's access to plan steps;
// the reader that turns it into typed records; and the step writes through Lightning Data Service.
import { gql } from 'lightning/graphql';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import type { IsoDate, PlanStepStatus, RecordId } from 'c/atlasModel';
import type { PlanStep } from 'c/mutualPlan';
import {
    MUTUAL_PLAN_STEP_FIELDS,
    MUTUAL_PLAN_STEP_OBJECT,
    MUTUAL_PLAN_TEXT,
    flattenNode,
    hiddenFieldsOf,
    nodesOf,
    parentText,
    queryConnection,
    recordOf,
    recordsOf
} from 'c/atlasRecords';
import type { GraphQLConnection, GraphQLNode, HiddenField } from 'c/atlasRecords';
import { objectAccessOf, picklistEntriesOf } from 'c/atlasRecords';
import type { PicklistEntry } from 'c/atlasRecords';
import { saveRecord } from './planningWrites';

export { MUTUAL_PLAN_STEP_OBJECT };

/** The plan, the people who can own its steps and the user's access (text: c/atlasRecords). */
export const MUTUAL_PLAN_QUERY = gql`
    ${MUTUAL_PLAN_TEXT}
`;

export interface NamedRecord {
    Id: RecordId;
    Name: string;
}

export interface MutualPlanData {
    /** The deal, or null when it cannot be read. */
    deal: {
        Id: RecordId;
        Name: string;
        CloseDate: IsoDate | null;
        IsClosed: boolean;
        accountName: string | null;
    } | null;
    steps: PlanStep[];
    contacts: NamedRecord[];
    users: NamedRecord[];
    statuses: PicklistEntry[];
    canCreate: boolean;
    canEdit: boolean;
    hiddenFields: HiddenField[];
}

function stepOf(node: GraphQLNode): PlanStep {
    const record = recordOf(node, MUTUAL_PLAN_STEP_FIELDS);
    return {
        ...record,
        Id: String(record.Id),
        ourOwnerName: parentText(flattenNode(node), 'Our_Owner__r', 'Name'),
        customerOwnerName: parentText(flattenNode(node), 'Customer_Owner__r', 'Name')
    };
}

/** Reads the MutualPlan response; a missing part reads as no records and no access. */
export function mutualPlanFromGraphQL(data: unknown): MutualPlanData {
    const [node] = nodesOf(queryConnection(data, 'Opportunity'));
    const stepNodes = nodesOf(node?.Mutual_Plan_Steps__r as GraphQLConnection | undefined);
    const flat = node ? flattenNode(node) : null;
    const access = objectAccessOf(data, MUTUAL_PLAN_STEP_OBJECT);
    return {
        deal: flat
            ? {
                  Id: String(flat.Id),
                  Name: String(flat.Name ?? ''),
                  CloseDate: (flat.CloseDate ?? null) as IsoDate | null,
                  IsClosed: flat.IsClosed === true,
                  accountName: parentText(flat, 'Account', 'Name')
              }
            : null,
        steps: stepNodes.map(stepOf),
        contacts: recordsOf<NamedRecord>(queryConnection(data, 'Contact')),
        users: recordsOf<NamedRecord>(queryConnection(data, 'User')),
        statuses: picklistEntriesOf(data, MUTUAL_PLAN_STEP_OBJECT, 'Status__c'),
        canCreate: access.canCreate,
        canEdit: access.canEdit,
        hiddenFields: hiddenFieldsOf(
            stepNodes,
            MUTUAL_PLAN_STEP_OBJECT,
            MUTUAL_PLAN_STEP_FIELDS.optional
        )
    };
}

/** A step as the panel saves it: every field the rep can change. */
export interface PlanStepToSave {
    name: string;
    dueDate: IsoDate;
    status: PlanStepStatus;
    ourOwnerId: RecordId | null;
    customerOwnerId: RecordId | null;
    evidence: string;
    internalNotes: string;
    completedOn: IsoDate | null;
}

/** Creates a step on the deal (no stepId) or updates one; resolves to its id. */
export function savePlanStep(
    opportunityId: RecordId,
    stepId: RecordId | null,
    step: PlanStepToSave
): Promise<string> {
    return saveRecord(MUTUAL_PLAN_STEP_OBJECT, stepId, {
        ...(stepId ? {} : { Opportunity__c: opportunityId }),
        Name: step.name.trim(),
        Due_Date__c: step.dueDate,
        Status__c: step.status,
        Our_Owner__c: step.ourOwnerId,
        Customer_Owner__c: step.customerOwnerId,
        Evidence__c: step.evidence.trim() || null,
        Internal_Notes__c: step.internalNotes.trim() || null,
        Completed_On__c: step.completedOn
    });
}

/** Marks a step Done on a day (the panel's Complete button). */
export function completePlanStep(stepId: RecordId, completedOn: IsoDate): Promise<string> {
    return saveRecord(MUTUAL_PLAN_STEP_OBJECT, stepId, {
        Status__c: 'Done',
        Completed_On__c: completedOn
    });
}

/**
 * Tells Lightning Data Service the deal changed, so panels showing it (the Deal Score panel's risks)
 * read it again after a plan step was added or completed.
 */
export function notifyDealChanged(opportunityId: RecordId): Promise<void> {
    return notifyRecordUpdateAvailable([{ recordId: opportunityId }]);
}

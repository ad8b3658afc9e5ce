// A rep's open agreed actions: one GraphQL request for the open actions of open deals that are
// assigned to the user, or that nobody was assigned on a deal the user owns, with their deal.
import { gql } from 'lightning/graphql';
import { AGREED_ACTION_STATUSES } from 'c/atlasModel';
import type { AgreedActionRecord, AgreedActionStatus, RecordId } from 'c/atlasModel';
import { flattenNode, nodesOf, parentText, queryConnection } from 'c/atlasRecords';
import { AGREED_ACTION_OBJECT, MY_AGREED_ACTIONS_TEXT, objectAccessOf } from 'c/atlasRecords';

/** A rep's agreed actions in one request (its text is built in c/atlasRecords). */
export const MY_AGREED_ACTIONS_QUERY = gql`
    ${MY_AGREED_ACTIONS_TEXT}
`;

/** One of the user's agreed actions with the deal it is for. */
export interface MyAgreedAction extends AgreedActionRecord {
    opportunityId: RecordId | null;
    opportunityName: string | null;
}

export interface MyAgreedActionsData {
    actions: MyAgreedAction[];
    /** The user may mark an action done (edit access to agreed actions). */
    canUpdate: boolean;
    /** More open actions than one request returns (MY_AGREED_ACTIONS_PAGE_SIZE): the list is cut. */
    truncated: boolean;
}

const textOf = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function statusOf(value: unknown): AgreedActionStatus | null {
    return AGREED_ACTION_STATUSES.find((status) => status === value) ?? null;
}

/** Reads the MyAgreedActions response; a missing part reads as no actions and no access. */
export function myAgreedActionsFromGraphQL(data: unknown): MyAgreedActionsData {
    const connection = queryConnection(data, AGREED_ACTION_OBJECT);
    const actions = nodesOf(connection).map((node): MyAgreedAction => {
        const record = flattenNode(node);
        const review = record.Deal_Review__r;
        const reviewRecord =
            typeof review === 'object' && review !== null
                ? (review as Record<string, unknown>)
                : {};
        return {
            Id: textOf(record.Id) ?? undefined,
            Name: textOf(record.Name) ?? '',
            Deal_Review__c: textOf(record.Deal_Review__c) ?? '',
            Assigned_To__c: textOf(record.Assigned_To__c),
            Due_Date__c: textOf(record.Due_Date__c),
            Status__c: statusOf(record.Status__c),
            opportunityId: textOf(reviewRecord.Opportunity__c),
            opportunityName: parentText(reviewRecord, 'Opportunity__r', 'Name')
        };
    });
    return {
        actions,
        canUpdate: objectAccessOf(data, AGREED_ACTION_OBJECT).canEdit,
        truncated: connection.pageInfo?.hasNextPage === true
    };
}

// The text of a rep's agreed actions' GraphQL query (Home), built from the agreed action's field
// list in objectFields.ts and the object-access selection the deal queries share.
import { AGREED_ACTION_FIELDS, selectionOf } from './objectFields';
import { PAGE_INFO, connectionOf, uiapiQuery } from './accountQueries';
import { objectInfos } from './dealQueries';

/** How many open agreed actions a rep's list shows at most. */
export const MY_AGREED_ACTIONS_PAGE_SIZE = 200;

/**
 * A rep's open agreed actions on open deals: assigned to the user, or assigned to nobody on a deal
 * the user owns; soonest due first, each with its deal; whether the user may mark one done.
 */
export const MY_AGREED_ACTIONS_TEXT = uiapiQuery(
    'MyAgreedActions',
    '$userId: ID',
    [
        connectionOf(
            'Agreed_Action__c',
            'where: { and: [' +
                '{ Deal_Review__r: { Opportunity__r: { IsClosed: { eq: false } } } }, ' +
                '{ Status__c: { nin: ["Done", "Cancelled"] } }, ' +
                '{ or: [{ Assigned_To__c: { eq: $userId } }, { and: [{ Assigned_To__c: { eq: null } }, ' +
                '{ Deal_Review__r: { Opportunity__r: { OwnerId: { eq: $userId } } } }] }] }' +
                `] }, first: ${MY_AGREED_ACTIONS_PAGE_SIZE}, ` +
                'orderBy: { Due_Date__c: { order: ASC, nulls: LAST } }',
            selectionOf(
                AGREED_ACTION_FIELDS,
                'Deal_Review__r { Opportunity__c { value } Opportunity__r { Name { value } } }'
            ),
            PAGE_INFO
        )
    ],
    [objectInfos(['{ apiName: "Agreed_Action__c" }'])]
);

/** Every query text this module builds, by the name c/atlasData's gql wrapper uses. */
export const MY_ACTIONS_QUERY_TEXTS: Readonly<Record<string, string>> = {
    MY_AGREED_ACTIONS_TEXT
};

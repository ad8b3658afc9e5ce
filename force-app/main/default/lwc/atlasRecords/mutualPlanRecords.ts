// The text of the Mutual Plan panel's GraphQL query, built from the plan step field list: the deal
// with its steps (and both owners' names), the account's contacts, the active users, and the object
// info that says what the user may do with steps and how the org words their statuses.
import { connectionOf } from './accountQueries';
import { CONTACT_FIELDS, MUTUAL_PLAN_STEP_FIELDS, lines, selectionOf } from './objectFields';

export const MUTUAL_PLAN_STEP_OBJECT = 'Mutual_Plan_Step__c';

const DEAL = connectionOf(
    'Opportunity',
    'where: { Id: { eq: $opportunityId } }, first: 1',
    lines(
        'Id',
        'Name { value }',
        'CloseDate { value }',
        'IsClosed { value }',
        'Account @optional { Name { value } }',
        connectionOf(
            'Mutual_Plan_Steps__r',
            'first: 200, orderBy: { Due_Date__c: { order: ASC } }',
            selectionOf(
                MUTUAL_PLAN_STEP_FIELDS,
                lines(
                    'Our_Owner__r @optional { Name { value } }',
                    'Customer_Owner__r @optional { Name { value } }'
                )
            )
        )
    )
);

/** The deal's account's contacts: who can own a step, or verify a position, on the customer's side. */
export const DEAL_ACCOUNT_CONTACTS = connectionOf(
    'Contact',
    'where: { AccountId: { inq: { Opportunity: { Id: { eq: $opportunityId } }, ApiName: "AccountId" } } }, ' +
        'first: 500, orderBy: { LastName: { order: ASC } }',
    selectionOf(CONTACT_FIELDS)
);

const USERS = connectionOf(
    'User',
    'where: { IsActive: { eq: true } }, first: 500, orderBy: { LastName: { order: ASC } }',
    lines('Id', 'Name { value }')
);

const STEP_INFO = lines(
    `objectInfos(objectInfoInputs: [{ apiName: "${MUTUAL_PLAN_STEP_OBJECT}" }]) {`,
    'ApiName',
    'createable',
    'updateable',
    'deletable',
    'defaultRecordTypeId',
    'fields {',
    'ApiName',
    'updateable',
    '... on PicklistField { picklistValuesByRecordTypeIDs { recordTypeID picklistValues { label value } } }',
    '}',
    'recordTypeInfos { recordTypeId name master }',
    '}'
);

/** The plan, the people who can own its steps and the user's access, in one request. */
export const MUTUAL_PLAN_TEXT = lines(
    'query MutualPlan($opportunityId: ID) {',
    'uiapi {',
    'query {',
    DEAL,
    DEAL_ACCOUNT_CONTACTS,
    USERS,
    '}',
    STEP_INFO,
    '}',
    '}'
);

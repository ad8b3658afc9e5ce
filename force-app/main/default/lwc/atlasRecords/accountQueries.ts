// The text of the account panels' GraphQL queries (Buying Centers, Opportunity Map, Account Plan,
// Account Summary, Account Growth), built from the one field list per object in objectFields.ts: a connection that
// several queries read selects the same fields in each. c/atlasData hands each text to gql (the
// lightning/graphql module builds queries at run time), and `check:metadata` reads these texts.
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
    lines,
    selectionOf
} from './objectFields';
import { SCORING_SETTINGS_FIELDS, SCORING_SETTINGS_OBJECT } from 'c/scoringSettings';

/**
 * Whether a connection had more records than its `first:` page: a reader that says "the list is
 * cut" needs it (developer.salesforce.com/docs/platform/graphql/guide/paginate.html).
 */
export const PAGE_INFO = 'pageInfo { hasNextPage }';

/**
 * `Object(arguments) { edges { node { selection } } more }`: one connection of a query; `more` is
 * what the connection answers beside its records (PAGE_INFO).
 */
export function connectionOf(object: string, args: string, selection: string, more = ''): string {
    return lines(
        `${object}${args ? `(${args})` : ''} {`,
        'edges {',
        'node {',
        selection,
        '}',
        '}',
        ...(more ? [more] : []),
        '}'
    );
}

/**
 * A named query of the UI API: `query Name(variables) { uiapi { query { connections } more } }`,
 * where `more` holds the blocks beside `query` (an `aggregate`, the `objectInfos`).
 */
export function uiapiQuery(
    name: string,
    variables: string,
    connections: readonly string[],
    more: readonly string[] = []
): string {
    return lines(
        `query ${name}${variables ? `(${variables})` : ''} {`,
        'uiapi {',
        'query {',
        ...connections,
        '}',
        ...more,
        '}',
        '}'
    );
}

const ACCOUNT = connectionOf(
    'Account',
    'where: { Id: { eq: $accountId } }, first: 1',
    lines('Id', 'Name { value }', 'Industry @optional { value }')
);

const ACCOUNT_ARGUMENT = 'where: { Account__c: { eq: $accountId } }';

/** The account's buying centers by name; `members` is the Members__r selection, if any. */
function buyingCenters(members: string): string {
    return connectionOf(
        'Buying_Center__c',
        `${ACCOUNT_ARGUMENT}, first: 200, orderBy: { Name: { order: ASC } }`,
        selectionOf(BUYING_CENTER_FIELDS, members)
    );
}

/** Each buying center's members with the contact and the relationship owner they name. */
const MEMBERS = connectionOf(
    'Members__r',
    'first: 200',
    selectionOf(
        BUYING_CENTER_MEMBER_FIELDS,
        lines(
            'Contact__r {',
            // The platform's last activity date (read only, so never hidden): half of a last touch.
            selectionOf(CONTACT_FIELDS, 'LastActivityDate { value }'),
            '}',
            'Relationship_Owner__r @optional { Name { value } }',
            // Who introduced them, by name and account: an introducer from another account is
            // drawn as a card at the relationship map's edge.
            'Introduced_By__r @optional { Contact__r { Name { value } Account @optional { Name { value } } } }'
        )
    )
);

/** The account's contacts by last name. */
const CONTACTS = connectionOf(
    'Contact',
    'where: { AccountId: { eq: $accountId } }, first: 500, orderBy: { LastName: { order: ASC } }',
    selectionOf(CONTACT_FIELDS)
);

/** The account's maps, newest period first, with their cells and the opportunities and solutions they name. */
const MAPS = connectionOf(
    'Opportunity_Map__c',
    `${ACCOUNT_ARGUMENT}, first: 50, orderBy: { Period_Start__c: { order: DESC } }`,
    selectionOf(
        OPPORTUNITY_MAP_FIELDS,
        connectionOf(
            'Cells__r',
            'first: 1000',
            selectionOf(
                OPPORTUNITY_MAP_CELL_FIELDS,
                lines(
                    'Opportunity__r @optional { Id Name { value } StageName { value } IsClosed { value } }',
                    'Solution__r {',
                    selectionOf(SOLUTION_FIELDS),
                    '}'
                )
            )
        )
    )
);

const SOLUTIONS = connectionOf(
    'Solution__c',
    'first: 200, orderBy: { Sort_Order__c: { order: ASC } }',
    selectionOf(SOLUTION_FIELDS)
);

/** The account's objectives by due date, with their strategies. */
const OBJECTIVES = connectionOf(
    'Marketing_Objective__c',
    `${ACCOUNT_ARGUMENT}, first: 200, orderBy: { Due_Date__c: { order: ASC, nulls: LAST } }`,
    selectionOf(
        MARKETING_OBJECTIVE_FIELDS,
        lines(
            'Owner { ... on User { Name { value } } }',
            connectionOf(
                'Strategies__r',
                'first: 200, orderBy: { Due_Date__c: { order: ASC } }',
                selectionOf(MARKETING_STRATEGY_FIELDS, 'Owner__r @optional { Name { value } }')
            )
        )
    )
);

/** The actions under the account's strategies, by due date. */
const ACTIONS = connectionOf(
    'Marketing_Action__c',
    'where: { Marketing_Strategy__r: { Marketing_Objective__r: { Account__c: { eq: $accountId } } } }, ' +
        'first: 1000, orderBy: { Due_Date__c: { order: ASC } }',
    selectionOf(
        MARKETING_ACTION_FIELDS,
        lines(
            'Owner__r @optional { Name { value } }',
            'Opportunity__r @optional { Name { value } }',
            'Campaign__r @optional { Name { value } }'
        )
    )
);

const OPPORTUNITY_ARGUMENTS =
    'where: { AccountId: { eq: $accountId } }, first: 200, orderBy: { CloseDate: { order: DESC } }';
const OPPORTUNITY_SELECTION = lines(
    'Id',
    'Name { value }',
    'AccountId @optional { value }',
    'StageName { value }',
    'Amount @optional { value }',
    'CloseDate { value }',
    'IsClosed { value }',
    'IsWon { value }',
    'Buying_Center__c @optional { value }'
);

/**
 * The active scoring settings (one record, or none: the defaults), every field @optional: the deal
 * queries score with them, the people panels read how many days make a relationship stale.
 */
export const SCORING_SETTINGS = connectionOf(
    SCORING_SETTINGS_OBJECT,
    'where: { Settings_Key__c: { eq: "Active" } }, first: 1',
    lines('Id', ...SCORING_SETTINGS_FIELDS.map((field) => `${field} @optional { value }`))
);

/**
 * An account's name, buying centers (with members) and contacts, and the stale relationship limit,
 * in one round trip. The Buying Centers and Relationship Map panels share it, so on one page
 * Lightning Data Service asks once.
 */
export const BUYING_CENTERS_TEXT = uiapiQuery('AccountBuyingCenters', '$accountId: ID', [
    ACCOUNT,
    buyingCenters(MEMBERS),
    CONTACTS,
    SCORING_SETTINGS
]);

/** An account's maps with their cells, its buying centers and every solution, in one round trip. */
export const OPPORTUNITY_MAPS_TEXT = uiapiQuery('AccountOpportunityMaps', '$accountId: ID', [
    ACCOUNT,
    MAPS,
    buyingCenters(''),
    SOLUTIONS
]);

/** The account plan and what its completeness is judged on, in one round trip. */
export const ACCOUNT_PLAN_TEXT = uiapiQuery('AccountPlan', '$accountId: ID', [
    ACCOUNT,
    OBJECTIVES,
    ACTIONS,
    buyingCenters(MEMBERS),
    MAPS,
    connectionOf('Opportunity', OPPORTUNITY_ARGUMENTS, OPPORTUNITY_SELECTION)
]);

/** The account's deals, newest close date first, each with its stored score and newest snapshot. */
const DEALS_WITH_LAST_SCORE = connectionOf(
    'Opportunity',
    OPPORTUNITY_ARGUMENTS,
    lines(
        OPPORTUNITY_SELECTION,
        'Deal_Score__c @optional { value }',
        'Deal_Score_Band__c @optional { value }',
        'Deal_Scored_At__c @optional { value }',
        connectionOf(
            'Deal_Score_Snapshots__r',
            'first: 1, orderBy: { Taken_At__c: { order: DESC } }',
            lines(
                'Id',
                'Opportunity__c { value }',
                'Score__c @optional { value }',
                'Band__c @optional { value }',
                'Taken_At__c @optional { value }'
            )
        )
    )
);

/**
 * What the four account tabs read, in one request, each connection selected as its tab selects
 * it. A GraphQL query may hold 10 subqueries
 * (developer.salesforce.com/docs/platform/graphql/guide/query-limits.html): this one has six
 * objects and four child relationships, so the contacts come through the members (Contact__r) and
 * the solutions through the cells (Solution__r) rather than on their own.
 */
export const ACCOUNT_SUMMARY_TEXT = uiapiQuery('AccountSummary', '$accountId: ID', [
    ACCOUNT,
    buyingCenters(MEMBERS),
    MAPS,
    OBJECTIVES,
    ACTIONS,
    DEALS_WITH_LAST_SCORE
]);

/**
 * What the Account Growth tab's figures are made of, selected as the other tabs select it: the
 * buying centers with their people, the maps with their cells, the objectives (their growth
 * targets) and the deals with their last score. Nine subqueries, within the 10 a query may hold.
 */
export const ACCOUNT_GROWTH_TEXT = uiapiQuery('AccountGrowth', '$accountId: ID', [
    ACCOUNT,
    buyingCenters(MEMBERS),
    MAPS,
    OBJECTIVES,
    DEALS_WITH_LAST_SCORE
]);

/** Every query text this module builds, by the name c/atlasData's gql wrapper uses. */
export const ACCOUNT_QUERY_TEXTS: Readonly<Record<string, string>> = {
    BUYING_CENTERS_TEXT,
    OPPORTUNITY_MAPS_TEXT,
    ACCOUNT_PLAN_TEXT,
    ACCOUNT_SUMMARY_TEXT,
    ACCOUNT_GROWTH_TEXT
};

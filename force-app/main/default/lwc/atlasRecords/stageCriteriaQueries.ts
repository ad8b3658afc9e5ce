// The text of the Stage Criteria Setup panel's GraphQL query, built here like the deal queries: the
// criteria, the frameworks and their groups come from their field lists, and the scoring settings
// and the closed stages are the connections the deal queries read too.
import { SCORING_SETTINGS, connectionOf, uiapiQuery } from './accountQueries';
import { CLOSED_STAGES, STAGE_CRITERIA, objectInfos } from './dealQueries';
import { FRAMEWORK_GROUP_FIELDS, SALES_FRAMEWORK_FIELDS, lines, selectionOf } from './objectFields';

/** How many open deals the preview re-scores: the most recently changed ones the user can see. */
export const PREVIEW_SAMPLE_SIZE = 100;

/** What scoring reads of a sample deal's competitors (DEAL_COMPETITOR_FIELDS has more, for the deal page). */
export const SAMPLE_COMPETITOR_FIELDS = [
    'Competitor_Account__c',
    'Competitor_Name__c',
    'Can_We_Compete__c',
    'Compete_Evidence__c',
    'Can_We_Win__c',
    'Win_Evidence__c',
    'Verified_By__c'
] as const;

/** What the relationship factor reads of a sample deal's buying-center members. */
export const SAMPLE_MEMBER_FIELDS = [
    'Buying_Role__c',
    'Influence__c',
    'Support__c',
    'Coverage__c',
    'Champion_Access_Test__c',
    'Champion_Access_Verified_By__c',
    'Champion_Access_Verified_On__c',
    'Champion_Sells_Test__c',
    'Champion_Sells_Verified_By__c',
    'Champion_Sells_Verified_On__c',
    'Champion_Gains_Test__c',
    'Champion_Gains_Verified_By__c',
    'Champion_Gains_Verified_On__c'
] as const;

/** Fields field-level security may hide, each `@optional`. */
function optional(fields: readonly string[]): string[] {
    return fields.map((field) => `${field} @optional { value }`);
}

/**
 * The open deals the preview re-scores, with what scoring reads of their evidence and
 * competitors: fewer fields than the deal page's lists (DEAL_COMPETITOR_FIELDS has more).
 */
const SAMPLE_DEALS = connectionOf(
    'Opportunity',
    `where: { IsClosed: { eq: false } }, first: ${PREVIEW_SAMPLE_SIZE}, orderBy: { LastModifiedDate: { order: DESC } }`,
    lines(
        'Id',
        'Name { value }',
        'StageName { value }',
        'Owner { Name { value } }',
        'Amount @optional { value }',
        'CloseDate { value }',
        'CreatedDate { value }',
        'LastActivityDate { value }',
        'IsClosed { value }',
        'Buying_Center__c @optional { value }',
        connectionOf(
            'Deal_Evidence__r',
            'first: 200',
            lines(
                'Id',
                'Opportunity__c { value }',
                'Stage_Criterion__c { value }',
                'State__c @optional { value }',
                'Evidence__c @optional { value }',
                'Verified_By__c @optional { value }'
            )
        ),
        connectionOf(
            'Deal_Competitors__r',
            'first: 100, orderBy: { Name: { order: ASC } }',
            lines(
                'Id',
                'Name { value }',
                'Opportunity__c { value }',
                ...optional(SAMPLE_COMPETITOR_FIELDS),
                'Competitor_Account__r @optional { Name { value } }'
            )
        )
    )
);

/** The people of the sample's buying centers, with what the relationship factor reads of them. */
const SAMPLE_MEMBERS = connectionOf(
    'Buying_Center_Member__c',
    'where: { Buying_Center__c: { inq: { Opportunity: { IsClosed: { eq: false } }, ' +
        'ApiName: "Buying_Center__c" } } }, first: 2000',
    lines(
        'Id',
        'Buying_Center__c { value }',
        'Contact__c { value }',
        ...optional(SAMPLE_MEMBER_FIELDS)
    )
);

/**
 * Every criterion, framework and framework group; the open deals the preview re-scores and their
 * buying centers' people; the settings; the sales process; what the user may change.
 */
export const STAGE_CRITERIA_SETUP_TEXT = uiapiQuery(
    'StageCriteriaSetup',
    '',
    [
        STAGE_CRITERIA,
        connectionOf(
            'Sales_Framework__c',
            'first: 200, orderBy: { Name: { order: ASC } }',
            selectionOf(SALES_FRAMEWORK_FIELDS)
        ),
        connectionOf(
            'Framework_Group__c',
            'first: 2000, orderBy: { Order__c: { order: ASC } }',
            selectionOf(FRAMEWORK_GROUP_FIELDS)
        ),
        SAMPLE_DEALS,
        SAMPLE_MEMBERS,
        SCORING_SETTINGS
    ],
    [
        CLOSED_STAGES,
        objectInfos([
            '{ apiName: "Opportunity", fieldNames: ["StageName"] }',
            '{ apiName: "Stage_Criterion__c" }',
            '{ apiName: "Scoring_Settings__c" }',
            '{ apiName: "Sales_Framework__c" }',
            '{ apiName: "Framework_Group__c" }'
        ])
    ]
);

// The text of the deal panels' GraphQL queries (Deal Score, the Deal Review Queue), built from the one
// field list per object in objectFields.ts and from the selections several deal queries share: the
// stage criteria, the scoring settings, the sales process's stage picklist.
import {
    AGREED_ACTION_FIELDS,
    BUYING_CENTER_MEMBER_FIELDS,
    COACHING_QUESTION_FIELDS,
    CONTACT_FIELDS,
    DEAL_EVIDENCE_FIELDS,
    DEAL_REVIEW_FIELDS,
    DEAL_SCORE_SNAPSHOT_FIELDS,
    FRAMEWORK_GROUP_FIELDS,
    MUTUAL_PLAN_STEP_FIELDS,
    OPPORTUNITY_FIELDS,
    SALES_TARGET_FIELDS,
    STAGE_CRITERION_FIELDS,
    USER_FIELDS,
    lines,
    selectionOf
} from './objectFields';
import { PAGE_INFO, SCORING_SETTINGS, connectionOf, uiapiQuery } from './accountQueries';
import { DEAL_COMPETITORS, DEAL_COMPETITOR_OBJECT } from './competitorRecords';
import { DEAL_ACCOUNT_CONTACTS } from './mutualPlanRecords';

/** Every stage criterion, in its sort order: what scoring a deal and its gate read. */
export const STAGE_CRITERIA = connectionOf(
    'Stage_Criterion__c',
    'first: 500, orderBy: { Sort_Order__c: { order: ASC } }',
    selectionOf(STAGE_CRITERION_FIELDS)
);

/**
 * The active sales framework's groups (none active: the scoring core uses the TAS template): they
 * group, weigh and word the qualification questions (c/salesFramework).
 */
export const ACTIVE_FRAMEWORK_GROUPS = connectionOf(
    'Framework_Group__c',
    'where: { Sales_Framework__r: { Active__c: { eq: true } } }, first: 200, orderBy: { Order__c: { order: ASC } }',
    selectionOf(FRAMEWORK_GROUP_FIELDS)
);

/** The stages closed deals ended in: with the picklist, how the sales process's closed stages are told. */
export const CLOSED_STAGES = lines(
    'aggregate {',
    connectionOf(
        'Opportunity',
        'where: { IsClosed: { eq: true } }, groupBy: { StageName: { group: true } }',
        'aggregate { StageName { value } }'
    ),
    '}'
);

/** Object access, record types and the named objects' picklists (`inputs`: the objectInfoInputs). */
export function objectInfos(inputs: readonly string[]): string {
    return lines(
        `objectInfos(objectInfoInputs: [${inputs.join(', ')}]) {`,
        'ApiName',
        'createable',
        'updateable',
        'deletable',
        'defaultRecordTypeId',
        'fields {',
        'ApiName',
        'updateable',
        '... on PicklistField {',
        'picklistValuesByRecordTypeIDs { recordTypeID picklistValues { label value } }',
        '}',
        '}',
        'recordTypeInfos { recordTypeId name master }',
        '}'
    );
}

/** The deal's owner and buying center by name: who the reasons, risks and rows name. */
const DEAL_PARENTS = lines(
    'Owner { Name { value } }',
    'Buying_Center__r @optional { Name { value } }'
);

/** A deal's 30 newest score snapshots: its stage history and score trend. */
const DEAL_SNAPSHOTS = connectionOf(
    'Deal_Score_Snapshots__r',
    'first: 30, orderBy: { Taken_At__c: { order: DESC } }',
    selectionOf(DEAL_SCORE_SNAPSHOT_FIELDS)
);

/** A deal's last review (`more`: the parents this query names). */
function lastReview(more = ''): string {
    return connectionOf(
        'Deal_Reviews__r',
        'first: 1, orderBy: { Reviewed_On__c: { order: DESC } }',
        selectionOf(DEAL_REVIEW_FIELDS, more)
    );
}

/** An open deal of the queue: what ranking, scoring and asking about it read. */
const QUEUE_DEAL = selectionOf(
    OPPORTUNITY_FIELDS,
    lines(
        DEAL_PARENTS,
        connectionOf('Deal_Evidence__r', 'first: 200', selectionOf(DEAL_EVIDENCE_FIELDS)),
        DEAL_SNAPSHOTS,
        lastReview(),
        // Competitors cap the competition questions here as on the panel.
        DEAL_COMPETITORS
    )
);

/** The active users by last name: whom a queue or a pipeline can name. */
export const ACTIVE_USERS = connectionOf(
    'User',
    'where: { IsActive: { eq: true } }, first: 500, orderBy: { LastName: { order: ASC } }',
    selectionOf(USER_FIELDS)
);

/** The sales targets the user can see, latest period first. */
export const SALES_TARGETS = connectionOf(
    'Sales_Target__c',
    'first: 500, orderBy: { Period_Start__c: { order: DESC } }',
    selectionOf(SALES_TARGET_FIELDS)
);

/** How many open deals the queue ranks at most: those that close soonest. */
export const QUEUE_PAGE_SIZE = 200;

/**
 * The Deal Review Queue: the open deals the user can see (the platform's sharing decides whose)
 * with their evidence, snapshots and last review, the agreed actions of those deals, what scoring
 * them needs (criteria, the people of their buying centers, the settings, the sales process),
 * sales ops' coaching questions, the active users and the sales targets the user can see.
 */
export const REVIEW_QUEUE_TEXT = uiapiQuery(
    'ReviewQueue',
    '',
    [
        connectionOf(
            'Opportunity',
            `where: { IsClosed: { eq: false } }, first: ${QUEUE_PAGE_SIZE}, ` +
                'orderBy: { CloseDate: { order: ASC } }',
            QUEUE_DEAL,
            // Its hasNextPage tells the queue to say that deals closing later are left out.
            PAGE_INFO
        ),
        connectionOf(
            'Agreed_Action__c',
            'where: { Deal_Review__r: { Opportunity__r: { IsClosed: { eq: false } } } }, ' +
                'first: 2000, orderBy: { Due_Date__c: { order: ASC } }',
            selectionOf(
                AGREED_ACTION_FIELDS,
                lines(
                    'Deal_Review__r { Opportunity__c { value } }',
                    'Assigned_To__r @optional { Name { value } }'
                )
            )
        ),
        STAGE_CRITERIA,
        ACTIVE_FRAMEWORK_GROUPS,
        connectionOf(
            'Buying_Center_Member__c',
            'where: { Buying_Center__c: { inq: { Opportunity: { IsClosed: { eq: false } }, ' +
                'ApiName: "Buying_Center__c" } } }, first: 2000',
            selectionOf(BUYING_CENTER_MEMBER_FIELDS, 'Contact__r { Name { value } }')
        ),
        connectionOf(
            'Coaching_Question__c',
            'where: { Active__c: { eq: true } }, first: 200, orderBy: { Sort_Order__c: { order: ASC } }',
            selectionOf(COACHING_QUESTION_FIELDS)
        ),
        ACTIVE_USERS,
        // The targets the user can see: their periods say what "this period" is, as on Home.
        SALES_TARGETS,
        SCORING_SETTINGS
    ],
    [
        CLOSED_STAGES,
        objectInfos([
            '{ apiName: "Opportunity", fieldNames: ["StageName"] }',
            '{ apiName: "Deal_Review__c" }',
            '{ apiName: "Agreed_Action__c" }'
        ])
    ]
);

/**
 * Advocates anywhere the user can see (sharing decides), least recently asked first: the references
 * a competitive deal could ask (c/referenceSuggestions keeps those of the deal's industry or
 * account). A filter cannot depend on another query's answer in the same request, and a semi-join
 * selects only ids (developer.salesforce.com/docs/platform/graphql/guide/filter-joins.html), so
 * the deal's industry cannot narrow this: the first 200 advocates come and the helper filters.
 * Aliased, beside the deal's own members.
 */
const ADVOCATES = connectionOf(
    'Advocates: Buying_Center_Member__c',
    'where: { Advocacy__c: { in: ["Advocate", "Reference"] } }, first: 200, ' +
        'orderBy: { Last_Reference_Date__c: { order: ASC, nulls: FIRST } }',
    selectionOf(
        BUYING_CENTER_MEMBER_FIELDS,
        lines(
            'Contact__r { Name { value } }',
            'Buying_Center__r { Name { value } Account__c { value } ' +
                'Account__r { Name { value } Industry @optional { value } } }'
        )
    )
);

/**
 * The deal in view: its parents, evidence, last review, mutual plan steps, competitors and score
 * snapshots.
 */
const DEAL_IN_VIEW = connectionOf(
    'Opportunity',
    'where: { Id: { eq: $opportunityId } }, first: 1',
    selectionOf(
        OPPORTUNITY_FIELDS,
        lines(
            // The industry and the named competitor: does the deal need a reference.
            'Account @optional { Name { value } Industry @optional { value } }',
            DEAL_PARENTS,
            'Buying_Center__r @optional { Primary_Competitor__c @optional { value } }',
            connectionOf(
                'Deal_Evidence__r',
                'first: 200',
                selectionOf(
                    DEAL_EVIDENCE_FIELDS,
                    lines(
                        'Verified_By__r @optional { Name { value } }',
                        'Waived_By__r @optional { Name { value } }'
                    )
                )
            ),
            lastReview('Reviewer__r @optional { Name { value } }'),
            connectionOf(
                'Mutual_Plan_Steps__r',
                'first: 200, orderBy: { Due_Date__c: { order: ASC } }',
                selectionOf(MUTUAL_PLAN_STEP_FIELDS)
            ),
            // The deal's competitors: our position against each caps the competition questions.
            DEAL_COMPETITORS,
            DEAL_SNAPSHOTS
        )
    )
);

/**
 * The Deal Score panel: the deal in view; the agreed actions of its reviews; every stage criterion;
 * the members of the deal's buying center and the account's contacts (who can verify evidence),
 * both through semi-joins on the deal's id so the panel needs no second round trip; the scoring
 * settings; the sales process; and the user's access. fieldNames lists every Opportunity field
 * whose access the panel reads, so their field infos come back whether or not the API narrows the
 * field list to the names given.
 */
export const DEAL_SCORE_TEXT = uiapiQuery(
    'DealScore',
    '$opportunityId: ID',
    [
        DEAL_IN_VIEW,
        connectionOf(
            'Agreed_Action__c',
            'where: { Deal_Review__r: { Opportunity__c: { eq: $opportunityId } } }, ' +
                'first: 200, orderBy: { Due_Date__c: { order: ASC } }',
            selectionOf(AGREED_ACTION_FIELDS, 'Assigned_To__r @optional { Name { value } }')
        ),
        STAGE_CRITERIA,
        ACTIVE_FRAMEWORK_GROUPS,
        connectionOf(
            'Buying_Center_Member__c',
            'where: { Buying_Center__c: { inq: { Opportunity: { Id: { eq: $opportunityId } }, ' +
                'ApiName: "Buying_Center__c" } } }, first: 200',
            selectionOf(BUYING_CENTER_MEMBER_FIELDS)
        ),
        connectionOf(
            'Contact',
            'where: { AccountId: { inq: { Opportunity: { Id: { eq: $opportunityId } }, ' +
                'ApiName: "AccountId" } } }, first: 500, orderBy: { LastName: { order: ASC } }',
            // The platform's last activity (read only, never hidden): half of a last touch.
            selectionOf(CONTACT_FIELDS, 'LastActivityDate { value }')
        ),
        ADVOCATES,
        SCORING_SETTINGS
    ],
    [
        CLOSED_STAGES,
        objectInfos([
            '{ apiName: "Opportunity", fieldNames: ["StageName", "Deal_Score__c", ' +
                '"Deal_Score_Band__c", "Deal_Scored_At__c", "Loss_Reason__c"] }',
            '{ apiName: "Deal_Evidence__c" }',
            '{ apiName: "Deal_Competitor__c" }',
            '{ apiName: "Deal_Score_Snapshot__c" }'
        ])
    ]
);

/**
 * The deal's competitors panel: the deal with its competitors, the account's contacts (who can
 * verify our position), what the user may do with competitors and how the org words the positions.
 */
export const DEAL_COMPETITORS_TEXT = uiapiQuery(
    'DealCompetitors',
    '$opportunityId: ID',
    [
        connectionOf(
            'Opportunity',
            'where: { Id: { eq: $opportunityId } }, first: 1',
            lines(
                'Id',
                'Name { value }',
                'IsClosed { value }',
                'Competitor_Won__c @optional { value }',
                DEAL_COMPETITORS
            )
        ),
        DEAL_ACCOUNT_CONTACTS
    ],
    [objectInfos([`{ apiName: "${DEAL_COMPETITOR_OBJECT}" }`])]
);

/** Every query text this module builds, by the name c/atlasData's gql wrapper uses. */
export const DEAL_QUERY_TEXTS: Readonly<Record<string, string>> = {
    DEAL_SCORE_TEXT,
    REVIEW_QUEUE_TEXT,
    DEAL_COMPETITORS_TEXT
};

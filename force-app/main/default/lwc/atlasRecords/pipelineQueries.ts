// The text of the Pipeline Health panel's GraphQL query, built here like the deal queries: the
// sales targets, the active users, the scoring settings and the closed stages are the connections
// the Deal Review Queue reads too, so a field added to their lists reaches this query as well.
import { SCORING_SETTINGS, connectionOf, uiapiQuery } from './accountQueries';
import { ACTIVE_USERS, CLOSED_STAGES, SALES_TARGETS, objectInfos } from './dealQueries';
import { lines } from './objectFields';

/** Opportunities the query reads (its `first:`): one GraphQL page, the most it may hold. */
export const PIPELINE_PAGE_SIZE = 2000;

/**
 * The chosen owners' opportunities, most recent close date first, with the stages each passed as
 * its score snapshots saw them: the open pipeline and the closed history the value factors learn
 * from. The fields are the few the pipeline reads, not OPPORTUNITY_FIELDS.
 */
const OWNERS_DEALS = connectionOf(
    'Opportunity',
    `where: { OwnerId: { in: $ownerIds } }, first: ${PIPELINE_PAGE_SIZE}, orderBy: { CloseDate: { order: DESC } }`,
    lines(
        'Id',
        'Name { value }',
        'OwnerId { value }',
        'StageName { value }',
        'Amount @optional { value }',
        'CloseDate { value }',
        'CreatedDate { value }',
        'LastActivityDate { value }',
        'IsClosed { value }',
        'IsWon { value }',
        'Loss_Reason__c @optional { value }',
        'Competitor_Won__c @optional { value }',
        connectionOf(
            'Deal_Score_Snapshots__r',
            'first: 50, orderBy: { Taken_At__c: { order: ASC } }',
            lines('Id', 'Stage__c @optional { value }', 'Taken_At__c @optional { value }')
        )
    )
);

/**
 * The chosen owners' opportunities (one person's, or a manager's team); targets of every owner the
 * user can see, so a manager can pick whose pipeline to look at; active users to name those owners;
 * the settings it scores with; the sales process; whether the user may create targets.
 */
export const PIPELINE_HEALTH_TEXT = uiapiQuery(
    'PipelineHealth',
    '$ownerIds: [ID]',
    [OWNERS_DEALS, SALES_TARGETS, ACTIVE_USERS, SCORING_SETTINGS],
    [
        CLOSED_STAGES,
        objectInfos([
            '{ apiName: "Opportunity", fieldNames: ["StageName"] }',
            '{ apiName: "Sales_Target__c" }'
        ])
    ]
);

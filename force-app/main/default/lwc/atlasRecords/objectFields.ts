// One GraphQL field list per object, and the selection every query builds from it: a query that
// reads an object selects exactly the fields its record type in c/atlasModel declares, so a field
// added to the type and the list reaches every query at once (the graphqlQueries check of
// `check:metadata` compares each built selection with the record type).
import type {
    AgreedActionRecord,
    BuyingCenterMemberRecord,
    BuyingCenterRecord,
    CoachingQuestionRecord,
    ContactRecord,
    DealCompetitorRecord,
    DealEvidenceRecord,
    DealReviewRecord,
    DealScoreSnapshotRecord,
    MarketingActionRecord,
    MarketingObjectiveRecord,
    MarketingStrategyRecord,
    MutualPlanStepRecord,
    OpportunityMapCellRecord,
    OpportunityMapRecord,
    OpportunityRecord,
    SalesTargetRecord,
    SolutionRecord,
    StageCriterionRecord,
    SalesFrameworkRecord,
    FrameworkGroupRecord,
    UserRecord
} from 'c/atlasModel';

/** The fields of a record type a query selects besides Id (which every record node has). */
export type FieldName<R> = Exclude<keyof R & string, 'Id'>;

/** An object's field list, whatever its record type. */
export interface FieldList {
    readonly objectApiName: string;
    /** The c/atlasModel interface the reader returns; the selection says so in a `# record:` line. */
    readonly recordType: string;
    /** Fields every user who reads the object can read (required, master-detail, platform-set). */
    readonly fields: readonly string[];
    /** Fields field-level security may hide: selected `@optional`, absent from the answer then. */
    readonly optional: readonly string[];
}

/** The field list of the objects whose records a reader returns as R. */
export interface ObjectFields<R> extends FieldList {
    readonly fields: readonly FieldName<R>[];
    readonly optional: readonly FieldName<R>[];
}

/** A compile error naming the fields of R that a list leaves out. */
type Complete<R, Listed> = [FieldName<R>] extends [Listed]
    ? unknown
    : { readonly missingFields: Exclude<FieldName<R>, Listed> };

/**
 * The field list of one object, checked by the compiler to name every field of its record type:
 * `objectFields<ContactRecord>()({ … })` fails to compile when ContactRecord gains a field the list
 * does not have.
 */
export function objectFields<R>() {
    return <const F extends readonly FieldName<R>[], const O extends readonly FieldName<R>[]>(
        list: {
            objectApiName: string;
            recordType: string;
            fields: F;
            optional: O;
        } & Complete<R, F[number] | O[number]>
    ): ObjectFields<R> => ({
        objectApiName: list.objectApiName,
        recordType: list.recordType,
        fields: list.fields,
        optional: list.optional
    });
}

export const CONTACT_FIELDS = objectFields<ContactRecord>()({
    objectApiName: 'Contact',
    recordType: 'ContactRecord',
    fields: ['Name'],
    optional: ['Title', 'AccountId', 'ReportsToId', 'Profile_URL__c']
});

export const BUYING_CENTER_FIELDS = objectFields<BuyingCenterRecord>()({
    objectApiName: 'Buying_Center__c',
    recordType: 'BuyingCenterRecord',
    fields: ['Name', 'Account__c'],
    optional: [
        'Parent_Buying_Center__c',
        'Wallet_Size__c',
        'Wallet_Share__c',
        'Sales_Goal__c',
        'Key_Initiatives__c',
        'Relationship_Status__c',
        'Desired_Relationship_Status__c',
        'Growth_Trend__c',
        'Competitive_Environment__c',
        'Primary_Competitor__c',
        'Last_Engagement_Date__c'
    ]
});

export const BUYING_CENTER_MEMBER_FIELDS = objectFields<BuyingCenterMemberRecord>()({
    objectApiName: 'Buying_Center_Member__c',
    recordType: 'BuyingCenterMemberRecord',
    fields: ['Buying_Center__c', 'Contact__c'],
    optional: [
        'Buying_Role__c',
        'Influence__c',
        'Support__c',
        'Coverage__c',
        'Decision_Orientation__c',
        'Relationship_Owner__c',
        'Influences_Member__c',
        'Advocacy__c',
        'Last_Reference_Date__c',
        'Introduced_By__c',
        'Last_Touch__c',
        'Champion_Access_Test__c',
        'Champion_Access_Verified_By__c',
        'Champion_Access_Verified_On__c',
        'Champion_Sells_Test__c',
        'Champion_Sells_Verified_By__c',
        'Champion_Sells_Verified_On__c',
        'Champion_Gains_Test__c',
        'Champion_Gains_Verified_By__c',
        'Champion_Gains_Verified_On__c',
        'Counter_Champion__c'
    ]
});

export const SOLUTION_FIELDS = objectFields<SolutionRecord>()({
    objectApiName: 'Solution__c',
    recordType: 'SolutionRecord',
    fields: ['Name'],
    optional: ['Family__c', 'Active__c', 'Sort_Order__c']
});

export const OPPORTUNITY_MAP_FIELDS = objectFields<OpportunityMapRecord>()({
    objectApiName: 'Opportunity_Map__c',
    recordType: 'OpportunityMapRecord',
    fields: ['Name', 'Account__c', 'Period_Start__c', 'Period_End__c'],
    optional: ['Status__c', 'Last_Reviewed__c']
});

export const OPPORTUNITY_MAP_CELL_FIELDS = objectFields<OpportunityMapCellRecord>()({
    objectApiName: 'Opportunity_Map_Cell__c',
    recordType: 'OpportunityMapCellRecord',
    fields: ['Opportunity_Map__c', 'Buying_Center__c', 'Solution__c'],
    optional: [
        'Status__c',
        'Potential_Value__c',
        'Current_Value__c',
        'Competitor__c',
        'Opportunity__c',
        'Renewal_Date__c',
        'Blocked_Reason__c'
    ]
});

export const MARKETING_OBJECTIVE_FIELDS = objectFields<MarketingObjectiveRecord>()({
    objectApiName: 'Marketing_Objective__c',
    recordType: 'MarketingObjectiveRecord',
    fields: ['Name', 'Account__c', 'OwnerId'],
    optional: [
        'Buying_Center__c',
        'Opportunity_Map__c',
        'Measure__c',
        'Target_Value__c',
        'Due_Date__c',
        'Status__c',
        'Description__c',
        'Sort_Order__c',
        'Growth_Kind__c',
        'Growth_Target__c'
    ]
});

export const MARKETING_STRATEGY_FIELDS = objectFields<MarketingStrategyRecord>()({
    objectApiName: 'Marketing_Strategy__c',
    recordType: 'MarketingStrategyRecord',
    fields: ['Name', 'Marketing_Objective__c'],
    optional: ['Owner__c', 'Due_Date__c', 'Status__c', 'Description__c', 'Sort_Order__c']
});

export const MARKETING_ACTION_FIELDS = objectFields<MarketingActionRecord>()({
    objectApiName: 'Marketing_Action__c',
    recordType: 'MarketingActionRecord',
    fields: ['Name', 'Marketing_Strategy__c'],
    optional: [
        'Owner__c',
        'Due_Date__c',
        'Status__c',
        'Opportunity__c',
        'Campaign__c',
        'Description__c',
        'Sort_Order__c'
    ]
});

export const STAGE_CRITERION_FIELDS = objectFields<StageCriterionRecord>()({
    objectApiName: 'Stage_Criterion__c',
    recordType: 'StageCriterionRecord',
    fields: ['Name', 'Question__c'],
    optional: [
        'Stage__c',
        'Category__c',
        'Guidance__c',
        'Importance__c',
        'Required__c',
        'Sort_Order__c',
        'Active__c',
        'Framework_Group__c'
    ]
});

export const OPPORTUNITY_FIELDS = objectFields<OpportunityRecord>()({
    objectApiName: 'Opportunity',
    recordType: 'OpportunityRecord',
    fields: [
        'Name',
        'OwnerId',
        'StageName',
        'CloseDate',
        'CreatedDate',
        'LastActivityDate',
        'IsClosed',
        'IsWon'
    ],
    optional: [
        'AccountId',
        'Amount',
        'Type',
        'Buying_Center__c',
        'Referred_By__c',
        'Reference_Member__c',
        'Deal_Score__c',
        'Deal_Score_Band__c',
        'Deal_Scored_At__c',
        'Loss_Reason__c',
        'Competitor_Won__c'
    ]
});

export const DEAL_REVIEW_FIELDS = objectFields<DealReviewRecord>()({
    objectApiName: 'Deal_Review__c',
    recordType: 'DealReviewRecord',
    fields: ['Opportunity__c', 'Reviewed_On__c'],
    optional: [
        'Close_Date__c',
        'Reviewer__c',
        'Rep__c',
        'Score__c',
        'Band__c',
        'Stage__c',
        'Questions_And_Answers__c',
        'Notes__c',
        'Next_Review_On__c'
    ]
});

export const SALES_FRAMEWORK_FIELDS = objectFields<SalesFrameworkRecord>()({
    objectApiName: 'Sales_Framework__c',
    recordType: 'SalesFrameworkRecord',
    fields: ['Name'],
    optional: ['Active__c', 'Template__c', 'Description__c']
});

export const FRAMEWORK_GROUP_FIELDS = objectFields<FrameworkGroupRecord>()({
    objectApiName: 'Framework_Group__c',
    recordType: 'FrameworkGroupRecord',
    // Key and Weight are required fields: field-level security cannot hide them.
    fields: ['Name', 'Sales_Framework__c', 'Key__c', 'Weight__c'],
    optional: ['Order__c', 'Question__c', 'Help__c']
});

export const DEAL_EVIDENCE_FIELDS = objectFields<DealEvidenceRecord>()({
    objectApiName: 'Deal_Evidence__c',
    recordType: 'DealEvidenceRecord',
    fields: ['Opportunity__c', 'Stage_Criterion__c'],
    optional: [
        'State__c',
        'Evidence__c',
        'Verified_By__c',
        'Verified_On__c',
        'Waived__c',
        'Waiver_Reason__c',
        'Waived_By__c',
        'Waived_On__c'
    ]
});

export const DEAL_SCORE_SNAPSHOT_FIELDS = objectFields<DealScoreSnapshotRecord>()({
    objectApiName: 'Deal_Score_Snapshot__c',
    recordType: 'DealScoreSnapshotRecord',
    fields: ['Opportunity__c'],
    optional: ['Score__c', 'Band__c', 'Stage__c', 'Taken_At__c']
});

export const AGREED_ACTION_FIELDS = objectFields<AgreedActionRecord>()({
    objectApiName: 'Agreed_Action__c',
    recordType: 'AgreedActionRecord',
    fields: ['Name', 'Deal_Review__c'],
    optional: ['Assigned_To__c', 'Due_Date__c', 'Status__c']
});

export const COACHING_QUESTION_FIELDS = objectFields<CoachingQuestionRecord>()({
    objectApiName: 'Coaching_Question__c',
    recordType: 'CoachingQuestionRecord',
    fields: ['Question__c'],
    optional: ['Stage__c', 'Active__c', 'Sort_Order__c']
});

/** A sales target's owner, amount and period: what finds the period a queue's "this period" is. */
export const SALES_TARGET_FIELDS = objectFields<SalesTargetRecord>()({
    objectApiName: 'Sales_Target__c',
    recordType: 'SalesTargetRecord',
    fields: ['Name', 'OwnerId', 'Target_Amount__c', 'Period_Start__c', 'Period_End__c'],
    optional: ['Learnt_Factors__c', 'Factors_Learnt_At__c']
});

export const MUTUAL_PLAN_STEP_FIELDS = objectFields<MutualPlanStepRecord>()({
    objectApiName: 'Mutual_Plan_Step__c',
    recordType: 'MutualPlanStepRecord',
    fields: ['Name', 'Opportunity__c', 'Due_Date__c'],
    optional: [
        'Status__c',
        'Our_Owner__c',
        'Customer_Owner__c',
        'Evidence__c',
        'Internal_Notes__c',
        'Completed_On__c'
    ]
});

export const USER_FIELDS = objectFields<UserRecord>()({
    objectApiName: 'User',
    recordType: 'UserRecord',
    fields: ['Name'],
    optional: []
});

export const DEAL_COMPETITOR_FIELDS = objectFields<DealCompetitorRecord>()({
    objectApiName: 'Deal_Competitor__c',
    recordType: 'DealCompetitorRecord',
    fields: ['Name', 'Opportunity__c'],
    optional: [
        'Competitor_Account__c',
        'Competitor_Name__c',
        'Can_We_Compete__c',
        'Compete_Evidence__c',
        'Can_We_Win__c',
        'Win_Evidence__c',
        'Verified_By__c',
        'Incumbent__c',
        'Strengths__c',
        'Weaknesses__c'
    ]
});

/** Lines of query text, one after another (a `#` comment ends at its line's end). */
export function lines(...parts: readonly string[]): string {
    return parts.join('\n');
}

/** The line a built selection starts with, naming the record type its reader returns. */
export function recordMark(recordType: string): string {
    return `# record: ${recordType}`;
}

/**
 * The selection of one record node: the record mark, Id, each field as `Name { value }`, each
 * field-level-security field `@optional`, then `more` (the parents and children this query adds).
 */
export function selectionOf(list: FieldList, more = ''): string {
    return lines(
        recordMark(list.recordType),
        'Id',
        ...list.fields.map((field) => `${field} { value }`),
        ...list.optional.map((field) => `${field} @optional { value }`),
        ...(more ? [more] : [])
    );
}

/** The optional fields of the lists, by object: what a reader checks for hidden fields. */
export function optionalFieldsOf(
    ...lists: readonly FieldList[]
): Readonly<Record<string, readonly string[]>> {
    return Object.fromEntries(lists.map((list) => [list.objectApiName, list.optional]));
}

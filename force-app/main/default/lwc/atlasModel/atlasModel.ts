// The Account Atlas records as plain typed data: what the panels read through GraphQL and the
// command line reads through the Bulk API, flattened to one value per field API name, and the
// restricted picklists' values. Apart from those value lists it is types only.
//
// Property names are the Salesforce API names, so a record maps one-to-one to the org's data and the
// offline metadata check can prove every name exists. Blank fields are null; fields a caller did not
// query may be absent. Helpers must still cope with values outside the unions (bad data happens).

export type RecordId = string;
/** A calendar date as the platform sends it: 'YYYY-MM-DD'. */
export type IsoDate = string;
/** A point in time as the platform sends it: '2026-11-22T09:30:00.000Z'. */
export type IsoDateTime = string;

// The restricted picklists: each value list once, in the field's order (value API name = label), and
// its type derived from it. PICKLIST_FIELDS says which field holds which list; `npm run
// check:metadata` proves every list equals its field's values in the object metadata, so a value
// added in Setup and not here (or the reverse) fails the check.
export const RELATIONSHIP_STATUSES = [
    'Vendor',
    'Credible Source',
    'Problem Solver',
    'Trusted Advisor'
] as const;
export type RelationshipStatus = (typeof RELATIONSHIP_STATUSES)[number];
export const GROWTH_TRENDS = ['Growing', 'Stable', 'Declining'] as const;
export type GrowthTrend = (typeof GROWTH_TRENDS)[number];
export const BUYING_ROLES = [
    'Decision Maker',
    'Approver',
    'Evaluator',
    'Influencer',
    'User',
    'Gatekeeper',
    'Coach',
    'Economic Buyer',
    'Champion'
] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];
/** A MEDDICC champion test's result; blank (null) is not tested yet. */
export const CHAMPION_TEST_RESULTS = ['Passed', 'Failed'] as const;
export type ChampionTestResult = (typeof CHAMPION_TEST_RESULTS)[number];
export const INFLUENCES = ['High', 'Medium', 'Low'] as const;
export type Influence = (typeof INFLUENCES)[number];
export const SUPPORTS = ['Mentor', 'Supporter', 'Neutral', 'Non-Supporter', 'Enemy'] as const;
export type Support = (typeof SUPPORTS)[number];
export const COVERAGES = ['No Contact', 'Brief', 'Multiple', 'In Depth'] as const;
export type Coverage = (typeof COVERAGES)[number];
export const ADVOCACIES = ['Advocate', 'Reference', 'Neutral', 'Detractor'] as const;
export type Advocacy = (typeof ADVOCACIES)[number];
export const GROWTH_KINDS = ['Retain', 'Grow'] as const;
export type GrowthKind = (typeof GROWTH_KINDS)[number];
export const DECISION_ORIENTATIONS = [
    'Financial',
    'Technical',
    'Relationship',
    'Business'
] as const;
export type DecisionOrientation = (typeof DECISION_ORIENTATIONS)[number];
export const MAP_CELL_STATUSES = [
    'Current',
    'Pursuing',
    'Potential',
    'Competitor',
    'Blocked',
    'Not a Fit'
] as const;
export type MapCellStatus = (typeof MAP_CELL_STATUSES)[number];
export const MAP_STATUSES = ['Draft', 'Active', 'Archived'] as const;
export type MapStatus = (typeof MAP_STATUSES)[number];
export const OBJECTIVE_STATUSES = [
    'Not Started',
    'In Progress',
    'Achieved',
    'At Risk',
    'Abandoned'
] as const;
export type ObjectiveStatus = (typeof OBJECTIVE_STATUSES)[number];
export const STRATEGY_STATUSES = [
    'Not Started',
    'In Progress',
    'Completed',
    'At Risk',
    'Abandoned'
] as const;
export type StrategyStatus = (typeof STRATEGY_STATUSES)[number];
export const ACTION_STATUSES = [
    'Not Started',
    'In Progress',
    'Completed',
    'Blocked',
    'Cancelled'
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const CRITERION_CATEGORIES = [
    'Is there an opportunity?',
    'Can we compete?',
    'Can we win?',
    'Is it worth winning?',
    'Verifiable Outcome',
    'Relationship'
] as const;
export type CriterionCategory = (typeof CRITERION_CATEGORIES)[number];
/** The two categories a deal's competitors are assessed on (Deal_Competitor__c Can We Compete / Win). */
export const COMPETITION_CATEGORIES = {
    compete: 'Can we compete?',
    win: 'Can we win?'
} as const satisfies Record<string, CriterionCategory>;
export const CRITERION_IMPORTANCES = [
    'Nice to Have',
    'Important',
    'Very Important',
    'Essential'
] as const;
export type CriterionImportance = (typeof CRITERION_IMPORTANCES)[number];
export const EVIDENCE_STATES = ['No', 'In Progress', 'Yes'] as const;
export type EvidenceState = (typeof EVIDENCE_STATES)[number];
export const SCORE_BANDS = ['At Risk', 'Watch', 'Healthy'] as const;
export type ScoreBand = (typeof SCORE_BANDS)[number];
export const AGREED_ACTION_STATUSES = ['Open', 'Done', 'Cancelled'] as const;
export type AgreedActionStatus = (typeof AGREED_ACTION_STATUSES)[number];
export const PLAN_STEP_STATUSES = ['Not Started', 'In Progress', 'Done', 'Cancelled'] as const;
export type PlanStepStatus = (typeof PLAN_STEP_STATUSES)[number];
export const LOSS_REASONS = ['Outsold', 'Not Qualified', 'No Decision', 'Other'] as const;
export type LossReason = (typeof LOSS_REASONS)[number];
/** The loss reason that means a competitor won (Competitor_Won__c says who). */
export const COMPETITIVE_LOSS: LossReason = 'Outsold';

/** Every picklist field of the data model ('Object.Field') and the value list above it holds. */
export const PICKLIST_FIELDS = {
    'Buying_Center__c.Relationship_Status__c': RELATIONSHIP_STATUSES,
    'Buying_Center__c.Desired_Relationship_Status__c': RELATIONSHIP_STATUSES,
    'Buying_Center__c.Growth_Trend__c': GROWTH_TRENDS,
    'Buying_Center_Member__c.Buying_Role__c': BUYING_ROLES,
    'Buying_Center_Member__c.Influence__c': INFLUENCES,
    'Buying_Center_Member__c.Support__c': SUPPORTS,
    'Buying_Center_Member__c.Coverage__c': COVERAGES,
    'Buying_Center_Member__c.Decision_Orientation__c': DECISION_ORIENTATIONS,
    'Buying_Center_Member__c.Advocacy__c': ADVOCACIES,
    'Buying_Center_Member__c.Champion_Access_Test__c': CHAMPION_TEST_RESULTS,
    'Buying_Center_Member__c.Champion_Sells_Test__c': CHAMPION_TEST_RESULTS,
    'Buying_Center_Member__c.Champion_Gains_Test__c': CHAMPION_TEST_RESULTS,
    'Opportunity_Map__c.Status__c': MAP_STATUSES,
    'Opportunity_Map_Cell__c.Status__c': MAP_CELL_STATUSES,
    'Marketing_Objective__c.Status__c': OBJECTIVE_STATUSES,
    'Marketing_Objective__c.Growth_Kind__c': GROWTH_KINDS,
    'Marketing_Strategy__c.Status__c': STRATEGY_STATUSES,
    'Marketing_Action__c.Status__c': ACTION_STATUSES,
    'Stage_Criterion__c.Category__c': CRITERION_CATEGORIES,
    'Stage_Criterion__c.Importance__c': CRITERION_IMPORTANCES,
    'Deal_Evidence__c.State__c': EVIDENCE_STATES,
    'Deal_Score_Snapshot__c.Band__c': SCORE_BANDS,
    'Deal_Review__c.Band__c': SCORE_BANDS,
    'Agreed_Action__c.Status__c': AGREED_ACTION_STATUSES,
    'Mutual_Plan_Step__c.Status__c': PLAN_STEP_STATUSES,
    // Our position against a competitor uses the evidence states: a competitor's answer caps the
    // deal's own answer to the same question (c/dealScoring competitorPositions.ts).
    'Deal_Competitor__c.Can_We_Compete__c': EVIDENCE_STATES,
    'Deal_Competitor__c.Can_We_Win__c': EVIDENCE_STATES,
    'Opportunity.Deal_Score_Band__c': SCORE_BANDS,
    'Opportunity.Loss_Reason__c': LOSS_REASONS
} as const;

export interface AccountRecord {
    Id: RecordId;
    Name: string;
    Industry?: string | null;
    AnnualRevenue?: number | null;
    NumberOfEmployees?: number | null;
    Type?: string | null;
}

export interface ContactRecord {
    Id: RecordId;
    Name: string;
    Title?: string | null;
    AccountId?: RecordId | null;
    /** The manager: Contact.ReportsToId. */
    ReportsToId?: RecordId | null;
    /** The person's public profile (LinkedIn…); only http and https addresses are shown. */
    Profile_URL__c?: string | null;
}

export interface BuyingCenterRecord {
    Id: RecordId;
    Name: string;
    Account__c: RecordId;
    Parent_Buying_Center__c?: RecordId | null;
    Wallet_Size__c?: number | null;
    /** Our share of the wallet, in percent (0–100). */
    Wallet_Share__c?: number | null;
    Sales_Goal__c?: number | null;
    Key_Initiatives__c?: string | null;
    Relationship_Status__c?: RelationshipStatus | null;
    Desired_Relationship_Status__c?: RelationshipStatus | null;
    Growth_Trend__c?: GrowthTrend | null;
    Competitive_Environment__c?: string | null;
    Primary_Competitor__c?: string | null;
    Last_Engagement_Date__c?: IsoDate | null;
}

export interface BuyingCenterMemberRecord {
    Id: RecordId;
    Buying_Center__c: RecordId;
    Contact__c: RecordId;
    Buying_Role__c?: BuyingRole | null;
    Influence__c?: Influence | null;
    Support__c?: Support | null;
    Coverage__c?: Coverage | null;
    Decision_Orientation__c?: DecisionOrientation | null;
    Relationship_Owner__c?: RecordId | null;
    /** An informal influence line: this member influences that member. */
    Influences_Member__c?: RecordId | null;
    Advocacy__c?: Advocacy | null;
    /** When this person last gave us a reference. */
    Last_Reference_Date__c?: IsoDate | null;
    /** The member who introduced us to this person (this account or another). */
    Introduced_By__c?: RecordId | null;
    /** Our last touch entered by hand (activity captured outside tasks and events). */
    Last_Touch__c?: IsoDate | null;
    /** MEDDICC's champion tests (c/buyingCenterCoverage's championStatus reads them), each with who checked it and when. */
    Champion_Access_Test__c?: ChampionTestResult | null;
    Champion_Access_Verified_By__c?: RecordId | null;
    Champion_Access_Verified_On__c?: IsoDate | null;
    Champion_Sells_Test__c?: ChampionTestResult | null;
    Champion_Sells_Verified_By__c?: RecordId | null;
    Champion_Sells_Verified_On__c?: IsoDate | null;
    Champion_Gains_Test__c?: ChampionTestResult | null;
    Champion_Gains_Verified_By__c?: RecordId | null;
    Champion_Gains_Verified_On__c?: IsoDate | null;
    /** On a champion: the member who champions another answer. */
    Counter_Champion__c?: RecordId | null;
}

export interface SolutionRecord {
    Id: RecordId;
    Name: string;
    Family__c?: string | null;
    Active__c?: boolean | null;
    Sort_Order__c?: number | null;
}

export interface OpportunityMapRecord {
    Id: RecordId;
    Name: string;
    Account__c: RecordId;
    Period_Start__c?: IsoDate | null;
    Period_End__c?: IsoDate | null;
    Status__c?: MapStatus | null;
    Last_Reviewed__c?: IsoDate | null;
}

export interface OpportunityMapCellRecord {
    Id: RecordId;
    Opportunity_Map__c: RecordId;
    Buying_Center__c: RecordId;
    Solution__c: RecordId;
    Status__c?: MapCellStatus | null;
    Potential_Value__c?: number | null;
    Current_Value__c?: number | null;
    Competitor__c?: string | null;
    Opportunity__c?: RecordId | null;
    Renewal_Date__c?: IsoDate | null;
    Blocked_Reason__c?: string | null;
}

export interface MarketingObjectiveRecord {
    Id: RecordId;
    Name: string;
    Account__c: RecordId;
    OwnerId?: RecordId | null;
    Buying_Center__c?: RecordId | null;
    Opportunity_Map__c?: RecordId | null;
    Measure__c?: string | null;
    Target_Value__c?: number | null;
    Due_Date__c?: IsoDate | null;
    Description__c?: string | null;
    /** Place among its siblings in the plan (lower first); unset ones follow, by due date. */
    Sort_Order__c?: number | null;
    Status__c?: ObjectiveStatus | null;
    /** The growth the objective is for, and how much of it (keep at-risk revenue, or win new). */
    Growth_Kind__c?: GrowthKind | null;
    Growth_Target__c?: number | null;
}

export interface MarketingStrategyRecord {
    Id: RecordId;
    Name: string;
    Marketing_Objective__c: RecordId;
    Owner__c?: RecordId | null;
    Due_Date__c?: IsoDate | null;
    Description__c?: string | null;
    /** Place among its siblings in the plan (lower first); unset ones follow, by due date. */
    Sort_Order__c?: number | null;
    Status__c?: StrategyStatus | null;
}

export interface MarketingActionRecord {
    Id: RecordId;
    Name: string;
    Marketing_Strategy__c: RecordId;
    Owner__c?: RecordId | null;
    Due_Date__c?: IsoDate | null;
    Description__c?: string | null;
    /** Place among its siblings in the plan (lower first); unset ones follow, by due date. */
    Sort_Order__c?: number | null;
    Status__c?: ActionStatus | null;
    Opportunity__c?: RecordId | null;
    Campaign__c?: RecordId | null;
}

export interface StageCriterionRecord {
    Id: RecordId;
    Name?: string | null;
    /** The StageName this criterion belongs to; null = a qualification question for every stage. */
    Stage__c?: string | null;
    Category__c?: CriterionCategory | null;
    Question__c: string;
    /** How a rep can tell the criterion is met: shown under it on the deal's checklist. */
    Guidance__c?: string | null;
    Importance__c?: CriterionImportance | null;
    /** Must be met (Yes) before the deal may leave its stage. */
    Required__c?: boolean | null;
    Sort_Order__c?: number | null;
    Active__c?: boolean | null;
    /** Its group in a sales framework (a MEDDICC letter, a TAS question); see SalesFrameworkRecord. */
    Framework_Group__c?: RecordId | null;
}

/** A qualification framework (TAS, MEDDICC, BANT…): the active one groups and weighs the questions. */
export interface SalesFrameworkRecord {
    Id: RecordId;
    Name: string;
    Active__c?: boolean | null;
    /** The template it was imported from ('TAS', 'MEDDICC'…); blank when built by hand. */
    Template__c?: string | null;
    Description__c?: string | null;
}

/** One group of a framework: its key (letter), label (Name), order, weight, question and help. */
export interface FrameworkGroupRecord {
    Id: RecordId;
    Name: string;
    Sales_Framework__c: RecordId;
    Key__c: string;
    Order__c?: number | null;
    /** Multiplies the importance of each question in the group; blank reads as 1. */
    Weight__c?: number | null;
    Question__c?: string | null;
    Help__c?: string | null;
}

export interface DealEvidenceRecord {
    Id: RecordId;
    Opportunity__c: RecordId;
    Stage_Criterion__c: RecordId;
    State__c?: EvidenceState | null;
    Evidence__c?: string | null;
    Verified_By__c?: RecordId | null;
    Verified_On__c?: IsoDate | null;
    /** A manager waived this required criterion: the gate passes it, the score never counts it met. */
    Waived__c?: boolean | null;
    Waiver_Reason__c?: string | null;
    Waived_By__c?: RecordId | null;
    Waived_On__c?: IsoDate | null;
}

export interface DealScoreSnapshotRecord {
    Id?: RecordId;
    Opportunity__c: RecordId;
    Score__c?: number | null;
    Band__c?: ScoreBand | null;
    Stage__c?: string | null;
    Taken_At__c?: IsoDateTime | null;
}

/** A manager's coaching review of one deal, with the deal's score, band and stage at the time. */
export interface DealReviewRecord {
    Id?: RecordId;
    Opportunity__c: RecordId;
    Reviewed_On__c: IsoDate;
    /** The deal's close date at the time, to see whether it slipped since. */
    Close_Date__c?: IsoDate | null;
    Reviewer__c?: RecordId | null;
    Rep__c?: RecordId | null;
    Score__c?: number | null;
    Band__c?: ScoreBand | null;
    Stage__c?: string | null;
    Questions_And_Answers__c?: string | null;
    Notes__c?: string | null;
    Next_Review_On__c?: IsoDate | null;
}

/** What was agreed in a review: the action (its record name), who does it, by when, its status. */
export interface AgreedActionRecord {
    Id?: RecordId;
    Name: string;
    Deal_Review__c: RecordId;
    Assigned_To__c?: RecordId | null;
    Due_Date__c?: IsoDate | null;
    Status__c?: AgreedActionStatus | null;
}

/** One dated step of a deal's mutual plan: owners on both sides, status, evidence, internal notes. */
export interface MutualPlanStepRecord {
    Id?: RecordId;
    Name: string;
    Opportunity__c: RecordId;
    Due_Date__c: IsoDate;
    Status__c?: PlanStepStatus | null;
    Our_Owner__c?: RecordId | null;
    Customer_Owner__c?: RecordId | null;
    Evidence__c?: string | null;
    Internal_Notes__c?: string | null;
    Completed_On__c?: IsoDate | null;
}

/**
 * One competitor in a deal (an account or a name; a validation rule requires one) and our position
 * against it on the "Can we compete?" and "Can we win?" questions, with the customer's evidence.
 */
export interface DealCompetitorRecord {
    Id?: RecordId;
    Name?: string | null;
    Opportunity__c: RecordId;
    Competitor_Account__c?: RecordId | null;
    Competitor_Name__c?: string | null;
    Can_We_Compete__c?: EvidenceState | null;
    Compete_Evidence__c?: string | null;
    Can_We_Win__c?: EvidenceState | null;
    Win_Evidence__c?: string | null;
    Verified_By__c?: RecordId | null;
    Incumbent__c?: boolean | null;
    Strengths__c?: string | null;
    Weaknesses__c?: string | null;
}

/** A question sales ops add to deal reviews at one stage (blank Stage__c: every stage). */
export interface CoachingQuestionRecord {
    Id: RecordId;
    Stage__c?: string | null;
    Question__c?: string | null;
    Active__c?: boolean | null;
    Sort_Order__c?: number | null;
}

/** An active user, by name: who owns deals and targets, who is assigned actions. */
export interface UserRecord {
    Id: RecordId;
    Name: string;
}

export interface SalesTargetRecord {
    Id: RecordId;
    Name?: string | null;
    OwnerId?: RecordId | null;
    Target_Amount__c?: number | null;
    Period_Start__c?: IsoDate | null;
    Period_End__c?: IsoDate | null;
    /** The period's history, learnt by `atlas pipeline --learn` (JSON; see c/pipelineHealth). */
    Learnt_Factors__c?: string | null;
    Factors_Learnt_At__c?: string | null;
}

/**
 * The closed stages every new org has (Closed Won is its won stage), closed even before any deal
 * reaches them. Where a reader has the org's own word it wins: closed deals' IsClosed and IsWon,
 * and the stage picklist's closed flags where a query reads them (stage names differ per org: a
 * closed stage need not be named "Closed …").
 */
export const DEFAULT_CLOSED_STAGES: readonly string[] = ['Closed Won', 'Closed Lost'];
export const DEFAULT_WON_STAGE = 'Closed Won';

export type DealState = 'open' | 'won' | 'lost';

/**
 * Open, won or lost from the deal's IsClosed and IsWon, which the platform always sends; a record
 * built by hand without them is closed only in a default closed stage.
 */
export function dealStateOf(deal: {
    readonly IsClosed?: unknown;
    readonly IsWon?: unknown;
    readonly StageName?: unknown;
}): DealState {
    const stage = typeof deal.StageName === 'string' ? deal.StageName : '';
    const closed =
        typeof deal.IsClosed === 'boolean' ? deal.IsClosed : DEFAULT_CLOSED_STAGES.includes(stage);
    if (!closed) {
        return 'open';
    }
    const won = typeof deal.IsWon === 'boolean' ? deal.IsWon : stage === DEFAULT_WON_STAGE;
    return won ? 'won' : 'lost';
}

export interface OpportunityRecord {
    Id: RecordId;
    Name: string;
    AccountId?: RecordId | null;
    OwnerId?: RecordId | null;
    StageName?: string | null;
    Amount?: number | null;
    CloseDate?: IsoDate | null;
    CreatedDate?: IsoDateTime | null;
    LastActivityDate?: IsoDate | null;
    IsClosed?: boolean | null;
    IsWon?: boolean | null;
    Type?: string | null;
    Buying_Center__c?: RecordId | null;
    /** The customer contact whose recommendation brought the deal (customer network value). */
    Referred_By__c?: RecordId | null;
    /** The advocate lined up as this deal's reference (a buying center member). */
    Reference_Member__c?: RecordId | null;
    Deal_Score__c?: number | null;
    Deal_Score_Band__c?: ScoreBand | null;
    Deal_Scored_At__c?: IsoDateTime | null;
    Loss_Reason__c?: LossReason | null;
    /** For a deal lost to a competitor: who won it. */
    Competitor_Won__c?: string | null;
}

/** One step of a deal's stage history (from OpportunityHistory or the score snapshots). */
export interface StageChange {
    StageName: string;
    /** When the deal entered this stage. */
    EnteredAt: IsoDateTime | IsoDate;
}

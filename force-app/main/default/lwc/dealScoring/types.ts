// The deal score's input, configuration and result.
import type {
    BuyingCenterMemberRecord,
    ContactRecord,
    DealCompetitorRecord,
    CriterionImportance,
    DealEvidenceRecord,
    EvidenceState,
    FrameworkGroupRecord,
    IsoDate,
    OpportunityRecord,
    RecordId,
    ScoreBand,
    StageChange,
    StageCriterionRecord
} from 'c/atlasModel';
import type { CoachingFlagCode } from 'c/buyingCenterCoverage';
import type { Message } from 'c/atlasMessages';

/** What the scoring input gives of a competitor: its record and its account's name, if any. */
export type DealCompetitorInput = DealCompetitorRecord & {
    /** The competitor account's name, read as the panel reads it (Competitor_Account__r.Name). */
    Competitor_Account_Name?: string | null;
};

export interface DealScoringInput {
    opportunity: OpportunityRecord;
    /** The deal's evidence: one record per criterion (duplicates are resolved with a warning). */
    evidence: readonly DealEvidenceRecord[];
    /** The stage criteria; inactive ones are ignored. Stage__c blank = a qualification question. */
    criteria: readonly StageCriterionRecord[];
    /** The open stages of the sales process, in order. */
    stageOrder: readonly string[];
    /**
     * The active sales framework's groups (c/salesFramework): they group and weigh the qualification
     * questions. None given: the TAS template, today's four questions, each of weight 1.
     */
    frameworkGroups?: readonly FrameworkGroupRecord[] | null;
    /**
     * The deal's competitors (Deal_Competitor__c) with their account's name: our position against
     * each caps the deal's "Can we compete?" and "Can we win?" answers (competitorPositions.ts).
     * None given: the deal's own answers stand.
     */
    competitors?: readonly DealCompetitorInput[] | null;
    /** The buying-center members involved in the deal. */
    members: readonly BuyingCenterMemberRecord[];
    /** When the deal entered each stage, in any order. */
    stageHistory?: readonly StageChange[] | null;
    /**
     * The members' contacts: their names for messages, and the platform's LastActivityDate, half of
     * a person's last touch (staleRelationships.ts).
     */
    contacts?: readonly (ContactRecord & { LastActivityDate?: IsoDate | null })[] | null;
    /** The name of the deal's buying center, only for messages. */
    buyingCenterName?: string | null;
    /** Today, as the caller sees it: 'YYYY-MM-DD'. */
    asOf: IsoDate;
    /**
     * Field-level security hides Deal_Evidence__c.Evidence__c from the reader. The org's validation
     * rule requires the customer's words on every Yes, so a Yes is taken as recorded instead of being
     * read as In Progress: the score does not depend on who looks (docs/deal-scoring.md).
     */
    evidenceTextHidden?: boolean | null;
}

export interface DealScoringConfig {
    /**
     * Points each factor can earn, by its key (factors.ts lists the factors; resolveConfig gives each
     * one a weight); the score is the share of their sum, 0–100.
     */
    weights: Readonly<Record<string, number>>;
    importanceWeights: Record<CriterionImportance, number>;
    /** Credit for each evidence state; No ≤ In Progress ≤ Yes, Yes above 0. */
    stateValues: Record<EvidenceState, number>;
    /** A score below atRisk is At Risk, below watch is Watch, else Healthy. */
    bandLimits: { atRisk: number; watch: number };
    /** More days than this since the last activity and the deal has gone quiet. */
    staleActivityDays: number;
    /**
     * More days than this since a person's last touch and the relationship is stale: a stale
     * decision maker or coach of the deal's buying center is a risk (staleRelationships.ts).
     */
    staleRelationshipDays: number;
    /** Normal days in a stage, per stage name; stages not listed use defaultDaysInStage. */
    daysInStage: Readonly<Record<string, number>>;
    defaultDaysInStage: number;
    /**
     * The share of a factor's points given while it cannot be judged yet, by its key, for the
     * factors that can have nothing to judge: no stage criteria set up (evidence), no qualification
     * questions (qualification), nobody mapped (relationships). Unknown is not bad, but each credit
     * stays at most the factor's limit (the relationships one: the share a mapped person who does
     * not oppose us earns, or mapping them would lower the score).
     */
    unknownCredits: Readonly<Record<string, number>>;
}

/** What a caller may override: any setting, and any part of a grouped setting. */
export type DealScoringOverrides = {
    [K in keyof DealScoringConfig]?: Partial<DealScoringConfig[K]>;
};

export type DetailStatus =
    | 'met'
    | 'in progress'
    | 'not met'
    | 'not yet assessed'
    | 'not configured'
    | 'unknown'
    | 'in order'
    | 'problem'
    | 'not applicable';

/** One line of a factor: what it is about, its status, and the points it earned of its possible. */
export interface FactorDetail {
    /** A criterion id, a member-check code or a hygiene-check code. */
    key: string;
    status: DetailStatus;
    /** What the line says, as a custom label and its parameters (see c/atlasMessages). */
    text: Message;
    earned: number;
    possible: number;
    /**
     * The competitor whose position set this criterion's state: a competition question capped by
     * the deal's competitors (competitorPositions.ts). Absent when the deal's own answer stands.
     */
    against?: string;
}

export interface Factor {
    /** The factor's key in the registry (factors.ts). */
    key: string;
    label: Message;
    earned: number;
    possible: number;
    reason: Message;
    /** Line by line, the points behind `earned`: every point has a reason. */
    details: FactorDetail[];
}

export type Severity = 'high' | 'medium' | 'low';

export type RiskCode =
    | 'EARLIER_REQUIRED_CRITERION_UNMET'
    | 'CUSTOMER_SAID_NO'
    | 'QUALIFICATION_ANSWERED_NO'
    | 'RELATIONSHIPS_UNKNOWN'
    | Exclude<CoachingFlagCode, 'UNKNOWN_VALUES'>
    | 'NO_CLOSE_DATE'
    | 'CLOSE_DATE_PAST'
    | 'NO_RECENT_ACTIVITY'
    | 'TOO_LONG_IN_STAGE'
    | 'STAGE_WENT_BACKWARDS'
    | 'NO_AMOUNT'
    | 'NO_BUYING_CENTER'
    // The mutual plan (planRisks.ts): a step due after the close date, or open past its due date.
    | 'PLAN_STEP_AFTER_CLOSE'
    | 'PLAN_STEP_OVERDUE'
    // A decision maker or coach not touched for longer than the settings allow (staleRelationships.ts).
    | 'STALE_RELATIONSHIP'
    // MEDDICC's people (championRisks.ts): a champion failed or not tested, no champion, no economic buyer.
    | 'CHAMPION_FAILED'
    | 'CHAMPION_UNTESTED'
    | 'NO_CHAMPION'
    | 'NO_ECONOMIC_BUYER'
    // Our position against a listed competitor (competitorRisks.ts): we cannot compete, or win, yet.
    | 'COMPETITOR_CANNOT_COMPETE'
    | 'COMPETITOR_CANNOT_WIN';

export interface Risk {
    code: RiskCode;
    severity: Severity;
    message: Message;
    /** The criterion or members the risk is about, when it is about some. */
    criterionId?: RecordId;
    memberIds?: RecordId[];
    /** The deal competitor the risk is about (COMPETITOR_* risks). */
    competitorId?: RecordId;
    /** The mutual plan step the risk is about (PLAN_STEP_* risks). */
    planStepId?: RecordId;
}

export interface BlockingCriterion {
    criterionId: RecordId;
    /** The stage it is required to leave: the current one, or one the deal left too early. */
    stage: string;
    question: string;
    /** Its evidence state, or 'Not yet assessed' when the deal has no evidence for it. */
    state: EvidenceState | 'Not yet assessed';
}

/** A required criterion not met that a manager waived: the gate passes it, the score does not. */
export interface WaivedCriterion extends BlockingCriterion {
    reason: string;
    waivedBy: RecordId | null;
    waivedOn: IsoDate | null;
}

export interface StageGate {
    currentStage: string | null;
    nextStage: string | null;
    /** Every required criterion so far is met: the deal may move on (close, from the last stage). */
    canAdvance: boolean;
    /** Required criteria of this stage and earlier ones not met (Yes) yet, in process order. */
    blocking: BlockingCriterion[];
    /** Required criteria not met but waived with a reason, in process order; absent when none. */
    waived?: WaivedCriterion[];
    reason: Message;
}

export type ActionCode =
    | 'MEET_CRITERION'
    | 'ANSWER_QUALIFICATION'
    | 'MAP_DECISION_MAKER'
    | 'ENGAGE_DECISION_MAKER'
    | 'FIND_COACH'
    | 'TEST_CHAMPION'
    | 'ADDRESS_OPPOSITION'
    | 'MULTI_THREAD'
    | 'UPDATE_CLOSE_DATE'
    | 'LOG_ACTIVITY'
    | 'SET_AMOUNT'
    | 'SET_BUYING_CENTER';

export type MemberFields = Pick<
    BuyingCenterMemberRecord,
    'Buying_Role__c' | 'Influence__c' | 'Support__c' | 'Coverage__c'
>;

/** A champion's tests passed, with who verified them (TEST_CHAMPION). */
export type ChampionTestFields = Partial<
    Pick<
        BuyingCenterMemberRecord,
        | 'Champion_Access_Test__c'
        | 'Champion_Access_Verified_By__c'
        | 'Champion_Sells_Test__c'
        | 'Champion_Sells_Verified_By__c'
        | 'Champion_Gains_Test__c'
        | 'Champion_Gains_Verified_By__c'
    >
>;

/** What doing an action changes in the deal's data: applyNextAction plays it on an input. */
export type ActionChange =
    | { kind: 'evidence'; criterionId: RecordId; state: EvidenceState }
    | { kind: 'addMember'; member: MemberFields }
    | { kind: 'updateMember'; memberId: RecordId; fields: MemberFields | ChampionTestFields }
    | {
          kind: 'opportunity';
          fields: Pick<
              OpportunityRecord,
              'CloseDate' | 'LastActivityDate' | 'Amount' | 'Buying_Center__c'
          >;
      };

export interface NextAction {
    code: ActionCode;
    /** What to do, as a custom label and its parameters (see c/atlasMessages). */
    message: Message;
    /** Score points the action adds: the deal is re-scored with the change applied. */
    gain: number;
    change: ActionChange;
    criterionId?: RecordId;
    memberId?: RecordId;
}

export type WarningCode =
    | 'NO_OPPORTUNITY'
    | 'BAD_FIELD'
    | 'BAD_AMOUNT'
    | 'BAD_AS_OF'
    | 'NO_STAGE_ORDER'
    | 'UNKNOWN_STAGE'
    | 'NOT_A_LIST'
    | 'NOT_A_RECORD'
    | 'MISSING_ID'
    | 'DUPLICATE_RECORD'
    | 'UNKNOWN_IMPORTANCE'
    | 'CRITERION_STAGE_UNKNOWN'
    | 'EVIDENCE_UNKNOWN_CRITERION'
    | 'EVIDENCE_OTHER_DEAL'
    | 'EVIDENCE_UNKNOWN_STATE'
    | 'DUPLICATE_EVIDENCE'
    | 'MEMBER_UNKNOWN_VALUES'
    | 'HISTORY_BAD_ENTRY'
    | 'HISTORY_UNKNOWN_STAGE'
    | 'HISTORY_AFTER_AS_OF'
    | 'HISTORY_DISAGREES'
    | 'DATES_OUT_OF_ORDER';

/** Something in the input that had to be read as blank, skipped or guessed. */
export interface DealWarning {
    code: WarningCode;
    message: Message;
    recordId?: RecordId;
}

export interface DealScore {
    /** 0–100, an integer: round(100 × points.earned ÷ points.possible), half up. */
    score: number;
    /**
     * The points shown, in tenths: the sum of the factors' points. Factors and their lines are shown
     * in tenths that add up exactly (see shownPoints.ts).
     */
    points: { earned: number; possible: number };
    band: ScoreBand;
    /** Closed deals are scored as they stood (see dealScoring.ts); the note says so. */
    closed: boolean;
    note: Message | null;
    factors: Factor[];
    /** Most severe first. */
    risks: Risk[];
    stageGate: StageGate;
    /** Most points first; only actions that add points. */
    nextActions: NextAction[];
    warnings: DealWarning[];
}

export interface ScoreDealOptions {
    /**
     * Rank the next best actions (default true). Each candidate re-scores the deal, so bulk
     * rescoring, which stores only the score and band, turns this off.
     */
    nextActions?: boolean;
}

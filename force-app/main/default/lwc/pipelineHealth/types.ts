// The pipeline assessment's input, configuration and result.
import type {
    DealState,
    IsoDate,
    OpportunityRecord,
    RecordId,
    SalesTargetRecord,
    StageChange
} from 'c/atlasModel';
import type { Message } from 'c/atlasMessages';

/** How far a figure can be trusted, from how many closed deals it was learnt. */
export type Confidence = 'none' | 'low' | 'medium' | 'high';

/** A target given directly rather than as a Sales_Target__c record. */
export interface PeriodTarget {
    amount: number | null;
    periodStart: IsoDate | null;
    periodEnd: IsoDate | null;
}

export type PipelineTarget = SalesTargetRecord | PeriodTarget;

export interface PipelineInput {
    /** Open and closed opportunities: the closed ones are the history the factors are learnt from. */
    opportunities: readonly OpportunityRecord[];
    /** The stages each opportunity entered, by opportunity id, where known. */
    stageHistories?: Readonly<Record<RecordId, readonly StageChange[]>> | null;
    /** The open stages of the sales process, in order. */
    stageOrder: readonly string[];
    target: PipelineTarget | null;
    /** Today, as the caller sees it: 'YYYY-MM-DD'. */
    asOf: IsoDate;
    /**
     * What every closed deal of the window left behind, learnt earlier by `atlas pipeline --learn`:
     * used instead of the closed deals given when it was learnt for the same window and stages
     * (a query page holds at most 2,000 records; a team's history can hold many more).
     */
    storedHistory?: StoredHistory | null;
}

/** Totals the win, no-decision and competitive-loss rates, cycle and average won deal come from. */
export interface ClosedFacts {
    outcomes: ClosedOutcomes;
    /** Days from start to close of the closed deals whose dates allow it. */
    cycleDays: { total: number; count: number };
    /** Amounts of the won deals that have one. */
    wonAmounts: { total: number; count: number };
}

/**
 * What the closed deals of one history window left behind: everything the value factors and the
 * rates are learnt from, small enough to store with the period's sales target.
 */
export interface LearntHistory extends ClosedFacts {
    window: HistoryWindow | null;
    /** The open stages the tallies follow, in order. */
    stageOrder: string[];
    tallies: StageHistorySummary[];
    /** Lost deals with no stage known (counted in the first stage only). */
    lostWithoutHistory: number;
}

/** A learnt history and when it was learnt (an ISO date-time). */
export interface StoredHistory {
    history: LearntHistory;
    learntAt: string;
}

/**
 * Where the value factors and rates came from: the closed deals given ('records') or a stored
 * history ('stored', with when it was learnt). `storedIgnored`: a stored history was given but
 * learnt for another window or other stages, so the records were used.
 */
export interface HistorySource {
    kind: 'records' | 'stored';
    learntAt: string | null;
    closedDeals: number;
    storedIgnored: boolean;
}

export interface PipelineConfig {
    /** A rock is an open deal of at least rockMultiple × the median open deal. */
    rockMultiple: number;
    /** A pebble is an open deal of at most pebbleMultiple × the median open deal. */
    pebbleMultiple: number;
    /** Above this share of the open value in rocks, the pipeline leans on too few big deals. */
    rockHeavyShare: number;
    /** An open deal with no activity for more than this many days is stale. */
    staleActivityDays: number;
    /**
     * Open deals count toward their stage when they close by the end of the period or of this many
     * periods of the same length after it: pipeline feeds consecutive periods, so an early-stage
     * deal closing next quarter is part of this quarter's picture. 0: this period only.
     */
    lookAheadPeriods: number;
    /** Closed deals a figure needs for medium and for high confidence (fewer: low). */
    mediumConfidenceDeals: number;
    highConfidenceDeals: number;
    /** More stages than this and the process is hard to read (the field's advice: about six). */
    maxStages: number;
    /** A stage holding less than this multiple of the value it needs is thin. */
    thinCoverage: number;
    /**
     * The value factors are learnt from deals that closed in this many full calendar quarters
     * before the quarter the period starts in (the last four: a year of history, every season once).
     */
    historyQuarters: number;
}

/** The closed deals the value factors are learnt from: those closing from `from` to `to`. */
export interface HistoryWindow {
    from: IsoDate;
    to: IsoDate;
    quarters: number;
}

export type FigureKey =
    | 'winRate'
    | 'noDecisionRate'
    | 'competitiveLossRate'
    | 'averageCycleDays'
    | 'averageWonAmount'
    | 'velocityPerDay'
    | 'velocityPerPeriod';

/**
 * How the closed deals in the history window ended: won, no decision, lost to a competitor
 * (Outsold) or lost for another reason (Not Qualified, Other, none given). The four add up to
 * `closed`; the competitors are those named on the competitive losses, most losses first.
 */
export interface ClosedOutcomes {
    closed: number;
    won: number;
    noDecision: number;
    competitive: number;
    otherLost: number;
    competitors: { name: string; deals: number }[];
    /** Competitive losses that name no competitor. */
    competitorUnnamed: number;
}

export type FigureCode = 'MEASURED' | 'NOT_ENOUGH_HISTORY' | 'NO_DATED_DEALS' | 'MISSING_INPUTS';

/** One measured figure: null when it cannot be measured, with the reason in `message`. */
export interface Figure {
    key: FigureKey;
    value: number | null;
    confidence: Confidence;
    /** How many deals the figure was measured on. */
    basedOn: number;
    code: FigureCode;
    message: Message;
}

export type StageCode = 'COVERED' | 'THIN' | 'NOT_ENOUGH_HISTORY' | 'NEVER_WON' | 'NO_TARGET';

export interface StageHistorySummary {
    /** Closed deals with an amount that passed through this stage. */
    deals: number;
    wonDeals: number;
    passedValue: number;
    wonValue: number;
}

export interface StageHealth {
    stage: string;
    /** 1 for the first stage. */
    position: number;
    /** Pipeline Value Factor: passed value ÷ won value of the closed deals that passed the stage. */
    pvf: number | null;
    /** The value factor as shown and used: pvf to two decimals (2.1976 → 2.2). */
    factor: number | null;
    /**
     * factor × target (whole units), rounded to whole units: the value that must sit in this stage
     * to hit the target consistently.
     */
    valueNeeded: number | null;
    /** Open deals in this stage closing on or before `period.countsCloseDatesThrough`. */
    valueThere: number;
    dealCount: number;
    /** The counted deals (those in `dealCount`), in id order: what the stage's link opens. */
    opportunityIds: string[];
    /** Deals needed in the stage: (deals passed ÷ deals won) × (target ÷ average won amount). */
    dealsNeeded: number | null;
    /** valueThere ÷ valueNeeded: 1 means exactly what is needed. */
    coverage: number | null;
    /** Open deals in this stage that do not count: closing after the window, or undated. */
    notCounted: { count: number; value: number };
    history: StageHistorySummary;
    confidence: Confidence;
    code: StageCode;
    message: Message;
}

export type BalanceCode = 'BALANCED' | 'THIN_STAGES' | 'UNKNOWN';

export interface Balance {
    /**
     * 0–1: 1 when every stage meets the same share of its need (coverage capped at 1), 0 when one
     * stage holds it all. 1 − Σ|cᵢ − cⱼ| over stage pairs ÷ ((n − 1) × Σc). Null with fewer than two
     * measured stages or nothing in any of them.
     */
    evenness: number | null;
    /** Highest minus lowest coverage (uncapped). */
    spread: number | null;
    /** Stages holding less than `thinCoverage` of what they need, in stage order. */
    thinStages: string[];
    /** Stages with a value factor and nothing in them. */
    emptyStages: string[];
    weakestStage: string | null;
    strongestStage: string | null;
    code: BalanceCode;
    message: Message;
}

export interface SizeBucket {
    count: number;
    value: number;
    /** Share of the open value, 0–1 (0 when there is none). */
    share: number;
    opportunityIds: string[];
}

export type SizeMixCode = 'MIXED' | 'ROCK_HEAVY' | 'EMPTY';

export interface SizeMix {
    /** Median amount of the open deals that have one. */
    medianAmount: number | null;
    rockThreshold: number | null;
    pebbleThreshold: number | null;
    rocks: SizeBucket;
    stones: SizeBucket;
    pebbles: SizeBucket;
    code: SizeMixCode;
    message: Message;
}

/** Open, won or lost: c/atlasModel dealStateOf decides. */
export type DealStatus = DealState;

export type IntegrityCode =
    | 'NO_CLOSE_DATE'
    | 'CLOSE_DATE_PAST'
    | 'NO_AMOUNT'
    | 'NEGATIVE_AMOUNT'
    | 'UNKNOWN_STAGE'
    | 'STALE'
    | 'CLOSED_BEFORE_CREATED';

export interface IntegrityIssue {
    opportunityId: string;
    opportunityName: string;
    dealStatus: DealStatus;
    code: IntegrityCode;
    message: Message;
}

export type PipelineWarningCode =
    | 'INVALID_CONFIG'
    | 'NO_STAGES'
    | 'DUPLICATE_STAGE'
    | 'TOO_MANY_STAGES'
    | 'NO_TARGET'
    | 'INVALID_PERIOD'
    | 'INVALID_AS_OF'
    | 'INVALID_RECORD'
    | 'DUPLICATE_OPPORTUNITY'
    | 'UNKNOWN_LOSS_REASON'
    | 'HISTORY_UNKNOWN_OPPORTUNITY'
    | 'HISTORY_UNKNOWN_STAGE'
    | 'LOST_WITHOUT_HISTORY';

export interface PipelineWarning {
    code: PipelineWarningCode;
    message: Message;
    /** The record concerned, when there is one. */
    recordId?: string;
}

export interface PeriodSummary {
    target: number | null;
    start: IsoDate | null;
    end: IsoDate | null;
    /** Days in the period, both ends included. */
    days: number | null;
    /**
     * An open deal counts toward its stage when its close date is on or before this day (the end of
     * the period and of the look-ahead periods; deals already overdue still count). Null: every
     * open deal (no usable period).
     */
    countsCloseDatesThrough: IsoDate | null;
}

export interface PipelineHealth {
    period: PeriodSummary;
    /** The closing dates of the deals the value factors were learnt from; null: every closed deal. */
    historyWindow: HistoryWindow | null;
    historySource: HistorySource;
    stages: StageHealth[];
    /** Every open deal: the stages count those closing by `period.countsCloseDatesThrough`. */
    openDeals: number;
    balance: Balance;
    sizeMix: SizeMix;
    integrity: IntegrityIssue[];
    winRate: Figure;
    noDecisionRate: Figure;
    /** Lost to a competitor (Outsold), of the same closed deals as the win rate. */
    competitiveLossRate: Figure;
    /** How the closed deals the rates rest on ended: the counts add up to `closed`. */
    outcomes: ClosedOutcomes;
    averageCycleDays: Figure;
    averageWonAmount: Figure;
    velocityPerDay: Figure;
    velocityPerPeriod: Figure;
    warnings: PipelineWarning[];
}

// The deal score's input, configuration and result.
import type {
    BuyingCenterMemberRecord,
    DealEvidenceRecord,
    IsoDate,
    OpportunityRecord,
    ScoreBand,
    StageChange,
    StageCriterionRecord
} from 'c/atlasModel';

export interface DealScoringInput {
    opportunity: OpportunityRecord;
    /** The deal's evidence records (one per criterion; duplicates are tolerated with a warning). */
    evidence: readonly DealEvidenceRecord[];
    /** Stage criteria; inactive ones are ignored. Stage__c blank = a qualification question. */
    criteria: readonly StageCriterionRecord[];
    /** The open stages of the sales process, in order. */
    stageOrder: readonly string[];
    /** The buying-center members involved in the deal. */
    members: readonly BuyingCenterMemberRecord[];
    /** When the deal entered each stage, oldest first or in any order. */
    stageHistory?: readonly StageChange[];
    /** Today, as the caller sees it: 'YYYY-MM-DD'. */
    asOf: IsoDate;
}

export type FactorKey = 'evidence' | 'qualification' | 'relationships' | 'hygiene';

export interface DealScoringConfig {
    /** Points each factor can earn; the score is the share of their sum, 0–100. */
    weights: Record<FactorKey, number>;
    importanceWeights: Record<string, number>;
    stateValues: Record<string, number>;
    /** A score below atRisk is At Risk, below watch is Watch, else Healthy. */
    bandLimits: { atRisk: number; watch: number };
    staleActivityDays: number;
    /** Normal days in a stage, per stage; others use defaultDaysInStage. */
    daysInStage: Record<string, number>;
    defaultDaysInStage: number;
}

export interface Factor {
    key: FactorKey;
    label: string;
    earned: number;
    possible: number;
    reason: string;
    details: string[];
}

export type Severity = 'high' | 'medium' | 'low';

export interface Risk {
    code: string;
    severity: Severity;
    message: string;
}

export interface StageGate {
    currentStage: string | null;
    nextStage: string | null;
    canAdvance: boolean;
    blocking: { criterionId: string; question: string }[];
    reason: string;
}

export interface NextAction {
    code: string;
    message: string;
    criterionId?: string;
    /** Score points the action would add, measured by re-scoring the deal with it done. */
    gain: number;
}

export interface DealScore {
    score: number;
    band: ScoreBand;
    factors: Factor[];
    risks: Risk[];
    stageGate: StageGate;
    nextActions: NextAction[];
    warnings: string[];
}

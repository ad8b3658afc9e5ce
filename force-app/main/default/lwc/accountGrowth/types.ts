// The shapes of the account growth helper: the plain records it reads and the figures it returns,
// each figure with the items it is made of so a panel can say what every amount consists of.
import type {
    Advocacy,
    Coverage,
    GrowthKind,
    GrowthTrend,
    Influence,
    IsoDate,
    MapCellStatus,
    RecordId,
    RelationshipStatus
} from 'c/atlasModel';

export interface GrowthMember {
    name: string;
    Coverage__c?: Coverage | null;
    Influence__c?: Influence | null;
    Advocacy__c?: Advocacy | null;
}

export interface GrowthCenter {
    Id: RecordId;
    Name: string;
    Growth_Trend__c?: GrowthTrend | null;
    Relationship_Status__c?: RelationshipStatus | null;
    members: readonly GrowthMember[];
}

/** A cell of the plan's opportunity map, with its solution's name. */
export interface GrowthCell {
    Id: RecordId;
    Buying_Center__c: RecordId;
    solutionName: string;
    /** The solution is no longer sold (Active__c false): the map's grid does not show the cell. */
    solutionRetired?: boolean;
    Status__c?: MapCellStatus | null;
    Current_Value__c?: number | null;
    Potential_Value__c?: number | null;
    Competitor__c?: string | null;
    Renewal_Date__c?: IsoDate | null;
    Opportunity__c?: RecordId | null;
}

/** One of the account's opportunities with its last deal score (0–100; null when never scored). */
export interface GrowthDeal {
    Id: RecordId;
    Name: string;
    Amount?: number | null;
    CloseDate?: IsoDate | null;
    IsClosed?: boolean | null;
    IsWon?: boolean | null;
    Buying_Center__c?: RecordId | null;
    score: number | null;
}

export interface GrowthObjective {
    Id: RecordId;
    Name: string;
    Buying_Center__c?: RecordId | null;
    Growth_Kind__c?: GrowthKind | null;
    Growth_Target__c?: number | null;
}

export interface GrowthInput {
    /** The day the figures are for: "the last 12 months" end here. */
    today: IsoDate;
    /** The plan period (the opportunity map's); a renewal inside it is a risk. */
    periodStart: IsoDate | null;
    periodEnd: IsoDate | null;
    buyingCenters: readonly GrowthCenter[];
    /** The cells of the plan's opportunity map (empty without a map). */
    cells: readonly GrowthCell[];
    deals: readonly GrowthDeal[];
    objectives: readonly GrowthObjective[];
}

/** Why current business may erode; each names what it found (a competitor, a date, a person). */
export type GrowthRiskCode =
    | 'DECLINING'
    | 'COMPETITOR_PURSUING'
    | 'COMPETITOR_ADJACENT'
    | 'WEAK_RELATIONSHIP'
    | 'SINGLE_THREADED'
    | 'DETRACTOR'
    | 'RETIRED_SOLUTION';

export interface GrowthRisk {
    code: GrowthRiskCode;
    /** What the risk names: the competitor, the renewal date, the detractor; '' when nothing. */
    detail: string;
}

/** A deal that protects current business (the cell links it): won keeps it all, open its score. */
export interface KeepingDeal {
    Id: RecordId;
    Name: string;
    /** 0–100: 100 when won, the deal score while open, 0 when lost or never scored. */
    weight: number;
}

/** A piece of current business: a Current cell, or a deal won in the last 12 months. */
export interface BaseItem {
    kind: 'cell' | 'wonDeal';
    Id: RecordId;
    name: string;
    value: number;
    risks: GrowthRisk[];
    /** The renewal date when it falls inside the plan period, else null. A renewal coming up is
     *  not a risk by itself: the business is still ours until a named risk says it may go. */
    renewal: IsoDate | null;
    /** value when the renewal falls inside the plan period, else 0. */
    renewing: number;
    /** value when at least one risk applies, else 0. */
    atRisk: number;
    keptBy: KeepingDeal | null;
    /** atRisk × keptBy.weight / 100, rounded to whole units. */
    kept: number;
}

export interface PipelineItem {
    Id: RecordId;
    Name: string;
    amount: number;
    /** The last deal score (0 when never scored). */
    weight: number;
    scored: boolean;
    /** amount × weight / 100, rounded to whole units. */
    weighted: number;
}

export interface WhiteSpaceItem {
    Id: RecordId;
    name: string;
    value: number;
}

export interface GrowthFigures {
    base: number;
    /** The part of the base renewing inside the plan period (at risk only with a named risk). */
    renewing: number;
    atRisk: number;
    kept: number;
    /** atRisk − kept: at-risk business no deal is expected to keep yet. */
    notKept: number;
    weightedPipeline: number;
    whiteSpace: number;
    /** weightedPipeline + whiteSpace. */
    newBusiness: number;
    /** kept + weightedPipeline: at-risk revenue kept plus the new business expected to be won. */
    netGrowth: number;
    /** netGrowth ÷ base in percent, one decimal; null without a base. */
    netGrowthShare: number | null;
}

export interface CenterGrowth extends GrowthFigures {
    /** null: the account's deals with no buying center. */
    buyingCenterId: RecordId | null;
    name: string;
    baseItems: BaseItem[];
    pipeline: PipelineItem[];
    whiteSpaceItems: WhiteSpaceItem[];
}

export interface ObjectiveProgress {
    Id: RecordId;
    Name: string;
    kind: GrowthKind;
    buyingCenterId: RecordId | null;
    target: number;
    /** Retain: the kept figure; Grow: the weighted pipeline; of its buying center or the account. */
    achieved: number;
    /** achieved ÷ target in percent, whole, capped at 100; null when the target is 0. */
    percent: number | null;
}

export interface AccountGrowth {
    account: GrowthFigures;
    centers: CenterGrowth[];
    objectives: ObjectiveProgress[];
}

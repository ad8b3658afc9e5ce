// Will this pipeline hit the target? The four factors of pipeline health: the value in each stage
// against the Pipeline Value Factor learnt from history, the balance across stages, the number and
// size of deals (rocks, stones, pebbles), and the integrity of the data; plus win rate, "no
// decision" rate, cycle length and velocity, each with how far history lets us trust it.
import type { IsoDate, OpportunityRecord, StageChange } from 'c/atlasModel';

export type Confidence = 'none' | 'low' | 'medium' | 'high';

export interface PipelineInput {
    opportunities: readonly OpportunityRecord[];
    /** Stage history per opportunity id, where known. */
    stageHistories?: Readonly<Record<string, readonly StageChange[]>>;
    /** The open stages, in order. */
    stageOrder: readonly string[];
    target: { amount: number; periodStart: IsoDate; periodEnd: IsoDate };
    asOf: IsoDate;
}

export interface PipelineConfig {
    /** A rock is at least this multiple of the median open deal; a pebble at most pebble×. */
    rockMultiple: number;
    pebbleMultiple: number;
    staleActivityDays: number;
    /** Closed deals needed for medium and high confidence. */
    mediumConfidenceDeals: number;
    highConfidenceDeals: number;
    maxStages: number;
}

export const DEFAULT_PIPELINE_CONFIG: PipelineConfig = {
    rockMultiple: 2,
    pebbleMultiple: 0.5,
    staleActivityDays: 30,
    mediumConfidenceDeals: 10,
    highConfidenceDeals: 30,
    maxStages: 6
};

export interface StageHealth {
    stage: string;
    /** Multiple of the target that must sit in this stage to hit it; null without history. */
    pvf: number | null;
    valueNeeded: number | null;
    valueThere: number;
    dealCount: number;
    /** valueThere ÷ valueNeeded; 1 means on track. */
    coverage: number | null;
    confidence: Confidence;
    reason: string;
}

export interface Figure {
    value: number | null;
    confidence: Confidence;
    reason: string;
}

export interface SizeBucket {
    count: number;
    value: number;
}

export interface IntegrityIssue {
    opportunityId: string;
    code: 'STALE' | 'CLOSE_DATE_PAST' | 'NO_AMOUNT' | 'NO_CLOSE_DATE';
    message: string;
}

export interface PipelineHealth {
    stages: StageHealth[];
    balance: { thinStages: string[]; spread: number | null; reason: string };
    sizeMix: {
        medianAmount: number | null;
        rocks: SizeBucket;
        stones: SizeBucket;
        pebbles: SizeBucket;
    };
    integrity: IntegrityIssue[];
    winRate: Figure;
    noDecisionRate: Figure;
    averageCycleDays: Figure;
    velocityPerDay: Figure;
    warnings: string[];
}

const DAY_MS = 86_400_000;
function day(value: unknown): number | null {
    if (typeof value !== 'string' || value.length < 10) {
        return null;
    }
    const time = Date.parse(`${value.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(time) ? null : Math.floor(time / DAY_MS);
}
function amountOf(o: OpportunityRecord): number | null {
    return typeof o.Amount === 'number' && Number.isFinite(o.Amount) && o.Amount >= 0
        ? o.Amount
        : null;
}

const CONFIDENCE_ORDER: Confidence[] = ['none', 'low', 'medium', 'high'];
/** A figure built from two others is only as trustworthy as the weaker one. */
function weaker(a: Confidence, b: Confidence): Confidence {
    return (
        CONFIDENCE_ORDER[Math.min(CONFIDENCE_ORDER.indexOf(a), CONFIDENCE_ORDER.indexOf(b))] ??
        'none'
    );
}
const byText = (a: string, b: string): number => (a === b ? 0 : a < b ? -1 : 1);

function confidenceFor(closed: number, config: PipelineConfig): Confidence {
    if (closed === 0) {
        return 'none';
    }
    if (closed < config.mediumConfidenceDeals) {
        return 'low';
    }
    return closed < config.highConfidenceDeals ? 'medium' : 'high';
}

function median(values: number[]): number | null {
    if (values.length === 0) {
        return null;
    }
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1
        ? (sorted[middle] ?? null)
        : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * The stages a closed deal passed through. With history, the stages it entered (plus every stage
 * before the furthest one, since deals skip stages on paper, not in reality). Without history, a
 * won deal passed every open stage; a lost deal is counted only in the first stage, because we
 * cannot know how far it got — this makes the early PVFs honest and the late ones optimistic.
 */
function stagesPassed(
    opportunity: OpportunityRecord,
    history: readonly StageChange[] | undefined,
    stageOrder: readonly string[]
): number {
    const indexes = (history ?? [])
        .map((change) => stageOrder.indexOf(change?.StageName))
        .filter((index) => index >= 0);
    if (indexes.length > 0) {
        return Math.max(...indexes) + 1;
    }
    return opportunity.IsWon === true ? stageOrder.length : 1;
}

/** Assesses a pipeline against a target. */
export function assessPipeline(
    input: PipelineInput,
    overrides: Partial<PipelineConfig> = {}
): PipelineHealth {
    const config = { ...DEFAULT_PIPELINE_CONFIG, ...overrides };
    const warnings: string[] = [];
    const stageOrder = (input.stageOrder ?? []).filter(
        (stage): stage is string => typeof stage === 'string'
    );
    if (stageOrder.length > config.maxStages) {
        warnings.push(
            `The sales process has ${stageOrder.length} stages; more than about ${config.maxStages} makes stages hard to tell apart and the pipeline hard to read.`
        );
    }
    const opportunities = (input.opportunities ?? [])
        .filter((o) => o && typeof o.Id === 'string')
        .sort((a, b) => byText(a.Id, b.Id));
    const histories = input.stageHistories ?? {};
    const today = day(input.asOf);
    const periodEnd = day(input.target?.periodEnd);
    const target =
        typeof input.target?.amount === 'number' && input.target.amount > 0
            ? input.target.amount
            : null;
    if (target === null) {
        warnings.push('The sales target has no positive amount; value needed cannot be computed.');
    }
    const open = opportunities.filter((o) => o.IsClosed !== true);
    const closed = opportunities.filter((o) => o.IsClosed === true);
    const won = closed.filter((o) => o.IsWon === true);
    const confidence = confidenceFor(closed.length, config);

    const stages: StageHealth[] = stageOrder.map((stage, index) => {
        let passedValue = 0;
        let wonValue = 0;
        for (const deal of closed) {
            if (stagesPassed(deal, histories[deal.Id], stageOrder) > index) {
                passedValue += amountOf(deal) ?? 0;
                wonValue += deal.IsWon === true ? (amountOf(deal) ?? 0) : 0;
            }
        }
        const inStage = open.filter(
            (o) =>
                o.StageName === stage &&
                (periodEnd === null || (day(o.CloseDate) ?? Infinity) <= periodEnd)
        );
        const valueThere = inStage.reduce((sum, o) => sum + (amountOf(o) ?? 0), 0);
        const pvf = wonValue > 0 ? passedValue / wonValue : null;
        const valueNeeded = pvf !== null && target !== null ? pvf * target : null;
        const coverage = valueNeeded ? valueThere / valueNeeded : null;
        let reason = 'Not enough history: no closed-won value has passed this stage yet.';
        if (pvf !== null) {
            reason = `${Math.round((100 * wonValue) / passedValue)}% of the value that passed ${stage} was won, so ${pvf.toFixed(1)}× the target must sit here; ${coverage === null ? 'no target set' : `${Math.round(coverage * 100)}% covered`}.`;
        }
        return {
            stage,
            pvf,
            valueNeeded,
            valueThere,
            dealCount: inStage.length,
            coverage,
            confidence: pvf === null ? 'none' : confidence,
            reason
        };
    });

    const covered = stages.filter((s) => s.coverage !== null);
    const thinStages = covered.filter((s) => (s.coverage ?? 0) < 1).map((s) => s.stage);
    const coverages = covered.map((s) => s.coverage ?? 0);
    const spread = coverages.length > 1 ? Math.max(...coverages) - Math.min(...coverages) : null;
    const balance = {
        thinStages,
        spread,
        reason:
            covered.length === 0
                ? 'Balance unknown: no stage has a value factor yet.'
                : thinStages.length === 0
                  ? 'Every stage holds the value it needs.'
                  : `Short of value in ${thinStages.join(', ')}: fill these stages now or the gap shows up later in the period.`
    };

    const amounts = open.map(amountOf).filter((a): a is number => a !== null && a > 0);
    const medianAmount = median(amounts);
    const bucket = (): SizeBucket => ({ count: 0, value: 0 });
    const sizeMix = { medianAmount, rocks: bucket(), stones: bucket(), pebbles: bucket() };
    for (const amount of amounts) {
        const kind =
            medianAmount === null
                ? 'stones'
                : amount >= config.rockMultiple * medianAmount
                  ? 'rocks'
                  : amount <= config.pebbleMultiple * medianAmount
                    ? 'pebbles'
                    : 'stones';
        sizeMix[kind].count += 1;
        sizeMix[kind].value += amount;
    }

    const integrity: IntegrityIssue[] = [];
    for (const deal of open) {
        const name = typeof deal.Name === 'string' ? deal.Name : deal.Id;
        const close = day(deal.CloseDate);
        if (close === null) {
            integrity.push({
                opportunityId: deal.Id,
                code: 'NO_CLOSE_DATE',
                message: `${name} has no close date.`
            });
        } else if (today !== null && close < today) {
            integrity.push({
                opportunityId: deal.Id,
                code: 'CLOSE_DATE_PAST',
                message: `${name}: the close date ${deal.CloseDate} has passed.`
            });
        }
        if (amountOf(deal) === null || amountOf(deal) === 0) {
            integrity.push({
                opportunityId: deal.Id,
                code: 'NO_AMOUNT',
                message: `${name} has no amount.`
            });
        }
        const last = day(deal.LastActivityDate) ?? day(deal.CreatedDate);
        if (today !== null && last !== null && today - last > config.staleActivityDays) {
            integrity.push({
                opportunityId: deal.Id,
                code: 'STALE',
                message: `${name}: no activity for ${today - last} days.`
            });
        }
    }

    const noHistory = (what: string): Figure => ({
        value: null,
        confidence: 'none',
        reason: `Not enough history: no closed deals to measure ${what}.`
    });
    const winRate: Figure =
        closed.length === 0
            ? noHistory('the win rate')
            : {
                  value: won.length / closed.length,
                  confidence,
                  reason: `${won.length} won of ${closed.length} closed deals.`
              };
    const noDecision = closed.filter(
        (o) => o.IsWon !== true && o.Loss_Reason__c === 'No Decision'
    ).length;
    const noDecisionRate: Figure =
        closed.length === 0
            ? noHistory('the no-decision rate')
            : {
                  value: noDecision / closed.length,
                  confidence,
                  reason: `${noDecision} of ${closed.length} closed deals ended with no decision.`
              };
    const cycles = closed
        .map((o) => {
            const created = day(o.CreatedDate);
            const close = day(o.CloseDate);
            return created !== null && close !== null && close >= created ? close - created : null;
        })
        .filter((d): d is number => d !== null);
    const averageCycleDays: Figure =
        cycles.length === 0
            ? {
                  value: null,
                  confidence: 'none',
                  reason: 'Cycle length unknown: no closed deal has both a created and a close date.'
              }
            : {
                  value: cycles.reduce((a, b) => a + b, 0) / cycles.length,
                  confidence: confidenceFor(cycles.length, config),
                  reason: `Average over ${cycles.length} closed deals.`
              };
    const wonAmounts = won.map(amountOf).filter((a): a is number => a !== null);
    const averageWon =
        wonAmounts.length > 0 ? wonAmounts.reduce((a, b) => a + b, 0) / wonAmounts.length : null;
    const velocityPerDay: Figure =
        winRate.value === null || averageWon === null || !averageCycleDays.value
            ? {
                  value: null,
                  confidence: 'none',
                  reason: 'Velocity needs a win rate, an average won deal size and a cycle length.'
              }
            : {
                  value: (open.length * winRate.value * averageWon) / averageCycleDays.value,
                  confidence: weaker(confidence, averageCycleDays.confidence),
                  reason: `${open.length} open deals × ${Math.round(winRate.value * 100)}% win rate × ${Math.round(averageWon)} average won ÷ ${Math.round(averageCycleDays.value)} days.`
              };
    return {
        stages,
        balance,
        sizeMix,
        integrity,
        winRate,
        noDecisionRate,
        averageCycleDays,
        velocityPerDay,
        warnings
    };
}

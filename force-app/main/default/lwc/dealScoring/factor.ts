// What a scoring factor is: one module with one signature (a prepared deal and the settings in, its
// points, lines, risks and next actions out), listed once in factors.ts. The score is the share of
// the factors' points that the deal earns; nothing else in the core names a factor.
import type { DealScoringConfig, Factor, NextAction, Risk } from './types';
import type { PreparedDeal } from './prepare';

/** An action before its gain is measured: the deal is re-scored with its change applied. */
export type Candidate = Omit<NextAction, 'gain'>;

/** A factor's judgement of one deal. */
export interface FactorOutcome {
    /** Its points, its reason, and line by line the points behind them. */
    factor: Factor;
    /** What it found wrong, in the order found; the core orders all risks by severity. */
    risks: Risk[];
    /**
     * The changes that would earn it points, before their gain is measured. Asked only when the
     * next best actions are wanted (bulk rescoring skips them), so nothing is built for nothing.
     */
    actions(): Candidate[];
}

/** A setting of Scoring_Settings__c that belongs to a factor: its field and its built-in value. */
export interface FactorSetting<Field extends string = string> {
    readonly field: Field;
    readonly defaultValue: number;
}

/** The share of its points a factor gives while it cannot judge the deal yet (unknown is not bad). */
export interface UnknownCredit<Field extends string = string> extends FactorSetting<Field> {
    /** The most it may be, when more would make good work lower the score (the reason is the factor's). */
    readonly most: number;
}

export interface ScoringFactor<
    Key extends string = string,
    WeightField extends string = string,
    CreditField extends string = string
> {
    readonly key: Key;
    /** Points the factor is worth: the Scoring_Settings__c field sales ops set, and the default. */
    readonly weight: FactorSetting<WeightField>;
    /** Only for a factor that can have nothing to judge yet; a share from 0 to 1 (the field is %). */
    readonly unknownCredit?: UnknownCredit<CreditField>;
    /** Its points alone: what re-scoring a changed deal needs. Always assess().factor.earned. */
    points(deal: PreparedDeal, config: DealScoringConfig): number;
    assess(deal: PreparedDeal, config: DealScoringConfig): FactorOutcome;
}

/** A factor, with its key and settings fields kept as literal types for the registry. */
export function defineFactor<
    const Key extends string,
    const WeightField extends string,
    const CreditField extends string = never
>(
    factor: ScoringFactor<Key, WeightField, CreditField>
): ScoringFactor<Key, WeightField, CreditField> {
    return Object.freeze(factor);
}

/**
 * The points a factor is worth under `config`. resolveConfig gives every registered factor a
 * weight, so a missing one is a configuration built by hand: said, not read as 0.
 */
export function weightOf(config: DealScoringConfig, key: string): number {
    const weight = config.weights[key];
    if (weight === undefined) {
        throw new Error(
            `Deal scoring: no weight for the factor "${key}"; build the configuration with resolveConfig.`
        );
    }
    return weight;
}

/** The share a factor gives while it cannot judge the deal (its unknown credit setting). */
export function unknownCreditOf(config: DealScoringConfig, key: string): number {
    const credit = config.unknownCredits[key];
    if (credit === undefined) {
        throw new Error(
            `Deal scoring: no unknown credit for the factor "${key}"; build the configuration with resolveConfig.`
        );
    }
    return credit;
}

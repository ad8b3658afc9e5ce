// Scores a deal 0–100 from customer evidence, qualification, relationships and data hygiene, with a
// reason for every point, the risks, the stage gate and the actions that would raise the score most.
// Pure: the caller passes "as of"; no clock, no I/O, the same input always gives the same result.
import type { ScoreBand } from 'c/atlasModel';
import type { DealScore, DealScoringConfig, DealScoringInput, Factor, Risk } from './types';
import { resolveConfig } from './config';
import { compareText } from './dates';
import { prepareDeal } from './prepare';
import { earlierRequiredRisks, evidenceFactor, qualificationFactor } from './evidenceFactors';
import { relationshipFactor } from './relationshipFactor';
import { hygieneFactor } from './hygieneFactor';
import { stageGate } from './stageGate';
import { nextActions } from './nextActions';
import { unknownStage } from './messages';

export type * from './types';
export { DEFAULT_CONFIG, resolveConfig } from './config';

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 };

interface CoreScore {
    score: number;
    factors: Factor[];
    risks: Risk[];
}

function round1(value: number): number {
    return Math.round(value * 10) / 10;
}

function scoreCore(input: DealScoringInput, config: DealScoringConfig) {
    const deal = prepareDeal(input, config);
    const relationships = relationshipFactor(deal, config);
    const hygiene = hygieneFactor(deal, config);
    const factors = [
        evidenceFactor(deal, config),
        qualificationFactor(deal, config),
        relationships.factor,
        hygiene.factor
    ];
    const earned = factors.reduce((sum, factor) => sum + factor.earned, 0);
    const possible = factors.reduce((sum, factor) => sum + factor.possible, 0);
    const score = Math.max(0, Math.min(100, Math.round((100 * earned) / possible)));
    const risks = [...earlierRequiredRisks(deal, config), ...relationships.risks, ...hygiene.risks];
    const core: CoreScore = {
        score,
        factors: factors.map((factor) => ({ ...factor, earned: round1(factor.earned) })),
        risks
    };
    return { core, deal };
}

export function bandOf(score: number, config: DealScoringConfig): ScoreBand {
    if (score < config.bandLimits.atRisk) {
        return 'At Risk';
    }
    return score < config.bandLimits.watch ? 'Watch' : 'Healthy';
}

export interface ScoreDealOptions {
    /**
     * Rank the next best actions (default true). Each candidate action re-scores the deal, so bulk
     * rescoring, which stores only the score and band, turns this off.
     */
    nextActions?: boolean;
}

/** Scores one deal. Throws only for an invalid configuration; malformed records become warnings. */
export function scoreDeal(
    input: DealScoringInput,
    overrides?: Partial<DealScoringConfig>,
    options: ScoreDealOptions = {}
): DealScore {
    const config = resolveConfig(overrides);
    const { core, deal } = scoreCore(input, config);
    const warnings = [...deal.warnings];
    if (deal.stageIndex < 0 && deal.opportunity.IsClosed !== true) {
        warnings.push(unknownStage(deal.opportunity.StageName));
    }
    if (deal.opportunity.IsClosed === true) {
        warnings.push(
            'The deal is closed: the score describes it as it stood, and it cannot advance.'
        );
    }
    const actions =
        deal.opportunity.IsClosed === true || options.nextActions === false
            ? []
            : nextActions(
                  deal.sanitized,
                  deal,
                  config,
                  core.score,
                  (changed) => scoreCore(changed, config).core.score
              );
    return {
        score: core.score,
        band: bandOf(core.score, config),
        factors: core.factors,
        risks: [...core.risks].sort(
            (a, b) =>
                SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
                compareText(a.code, b.code) ||
                compareText(a.message, b.message)
        ),
        stageGate: stageGate(deal, config),
        nextActions: actions,
        warnings
    };
}

// Scores a deal 0–100 from customer evidence, qualification, relationships and data hygiene, with a
// reason for every point, the risks, the stage gate and the actions that would raise the score most.
// Pure: the caller passes "as of"; no clock, no I/O, and the same input always gives the same result.
//
// Closed deals are scored, not rejected: the score shows the deal as it stood (judged on every stage
// it reached), `closed` is true and `note` says so; date checks that only make sense for an open deal
// are not applied, and there is no stage gate or next step. Loss reviews use exactly this.
import type { ScoreBand } from 'c/atlasModel';
import type {
    DealScore,
    DealScoringConfig,
    DealScoringInput,
    DealScoringOverrides,
    DealWarning,
    Factor,
    Risk,
    ScoreDealOptions,
    WarningCode
} from './types';
import { resolveConfig } from './config';
import { prepareDeal, preparation } from './prepare';
import type { PreparedDeal, Preparation } from './prepare';
import { FACTORS } from './factors';
import type { Candidate } from './factor';
import { weightOf } from './factor';
import { stageGate } from './stageGate';
import { nextActions } from './nextActions';
import { closedNote } from './messages';
import type { Message } from 'c/atlasMessages';
import { compareText } from './values';
import { scoreOfExact, shownPoints } from './shownPoints';
import { staleRelationshipRisks } from './staleRelationships';

export type * from './types';
export type { FactorCreditField, FactorKey, FactorWeightField } from './factors';
export type { FactorSetting, ScoringFactor, UnknownCredit } from './factor';
export { FACTORS } from './factors';
export { DEFAULT_CONFIG, resolveConfig } from './config';
export { RELATIONSHIP_SHARES } from './relationshipFactor';
export { applyActionChange } from './applyActionChange';
export { yesFallsShortOf } from './prepareEvidence';
export { stageHistoryFromSnapshots } from './snapshotHistory';
export { DEAL_MESSAGE_LABELS, DEAL_WARNING_LABELS } from './messageLabels';
export { showDealScore } from './showDealScore';
export { isOpenPlanStep, planStepRisks, planStepSlips } from './planRisks';
export { championTestsWording } from './championRisks';
export { competitorNameOf, competitorPositions } from './competitorPositions';
export type { CompetitorPosition, DealCompetitorInput } from './competitorPositions';
export type { PlanSlipKind, PlanStepInput, PlanStepSlip } from './planRisks';
export { relationshipFollowUps } from './staleRelationships';
export type { RelationshipFollowUp } from './staleRelationships';
export type {
    ShownDealScore,
    ShownDealWarning,
    ShownFactor,
    ShownFactorDetail,
    ShownNextAction,
    ShownRisk
} from './showDealScore';
export type { DealMessageLabel, DealWarningLabel } from './messageLabels';
export type { StageObservation } from './snapshotHistory';

const SEVERITY_ORDER: Readonly<Record<Risk['severity'], number>> = { high: 0, medium: 1, low: 2 };

interface Scored {
    /** The input's preparation, which the next actions' changed copies take their unchanged parts from. */
    prepared: Preparation;
    deal: PreparedDeal;
    score: number;
    factors: Factor[];
    risks: Risk[];
    /** Every factor's next-action candidates, in the factors' order; built only when asked. */
    candidates: () => Candidate[];
}

/**
 * The score alone, as scoreOnce gives it, for re-scoring the next actions: each factor's points, by
 * the function its full judgement uses, without the reasons, details and risks only the result shows.
 */
function scoreOnly(
    input: DealScoringInput,
    config: DealScoringConfig,
    base: Preparation | null = null
): number {
    const deal = base === null ? prepareDeal(input, config) : preparation(input, config, base).deal;
    return scoreOfExact(
        FACTORS.map((factor) => ({
            earned: factor.points(deal, config),
            possible: weightOf(config, factor.key)
        }))
    );
}

function scoreOnce(input: DealScoringInput, config: DealScoringConfig): Scored {
    const prepared = preparation(input, config, null);
    const { deal } = prepared;
    const outcomes = FACTORS.map((factor) => factor.assess(deal, config));
    const factors = outcomes.map((outcome) => outcome.factor);
    return {
        prepared,
        deal,
        score: scoreOfExact(factors),
        factors,
        // In the factors' order: within a severity, that order stays (criteria, people, data).
        risks: outcomes.flatMap((outcome) => outcome.risks),
        candidates: () => outcomes.flatMap((outcome) => outcome.actions())
    };
}

export function bandOf(score: number, config: DealScoringConfig): ScoreBand {
    if (score < config.bandLimits.atRisk) {
        return 'At Risk';
    }
    return score < config.bandLimits.watch ? 'Watch' : 'Healthy';
}

/**
 * The score and band alone, for bulk rescoring (`atlas score` stores nothing else): each factor's
 * points without the reasons, lines, risks, gate and warnings that only a panel shows. Always
 * scoreDeal's score and band, as a factor's points() is its assess().factor.earned (factor.ts);
 * __tests__/scoreDealBand.test.ts and the scoring benchmark check it deal by deal.
 */
export function scoreDealBand(
    input: DealScoringInput,
    overrides?: DealScoringOverrides | null
): { score: number; band: ScoreBand } {
    const config = resolveConfig(overrides);
    const score = scoreOnly(input, config);
    return { score, band: bandOf(score, config) };
}

const WARNING_ORDER: readonly WarningCode[] = [
    'NO_OPPORTUNITY',
    'BAD_AS_OF',
    'NO_STAGE_ORDER',
    'UNKNOWN_STAGE',
    'BAD_FIELD',
    'BAD_AMOUNT',
    'DATES_OUT_OF_ORDER',
    'NOT_A_LIST',
    'NOT_A_RECORD',
    'MISSING_ID',
    'DUPLICATE_RECORD',
    'UNKNOWN_IMPORTANCE',
    'CRITERION_STAGE_UNKNOWN',
    'EVIDENCE_UNKNOWN_CRITERION',
    'EVIDENCE_OTHER_DEAL',
    'EVIDENCE_UNKNOWN_STATE',
    'DUPLICATE_EVIDENCE',
    'MEMBER_UNKNOWN_VALUES',
    'HISTORY_BAD_ENTRY',
    'HISTORY_UNKNOWN_STAGE',
    'HISTORY_AFTER_AS_OF',
    'HISTORY_DISAGREES'
];

/** A message as text that does not depend on the reader's language: its label and parameters. */
const messageKey = (message: Message): string => JSON.stringify(message);

/**
 * Warnings by kind, then wording: records read in another order give the same list. The sort is
 * skipped when there is nothing to order (the usual case, in bulk).
 */
function inCanonicalOrder(warnings: DealWarning[]): DealWarning[] {
    if (warnings.length < 2) {
        return warnings;
    }
    return warnings.sort(
        (a, b) =>
            WARNING_ORDER.indexOf(a.code) - WARNING_ORDER.indexOf(b.code) ||
            compareText(messageKey(a.message), messageKey(b.message)) ||
            compareText(a.recordId ?? '', b.recordId ?? '')
    );
}

/**
 * Scores one deal. Throws only for an invalid configuration (the message names the setting);
 * malformed records never throw: they are read as blank or skipped, and listed in `warnings`.
 */
export function scoreDeal(
    input: DealScoringInput,
    overrides?: DealScoringOverrides | null,
    options: ScoreDealOptions = {}
): DealScore {
    const config = resolveConfig(overrides);
    const scored = scoreOnce(input, config);
    const { deal } = scored;
    // A closed deal has no next steps.
    const actions =
        options.nextActions === false || deal.closed
            ? []
            : nextActions({
                  input,
                  candidates: scored.candidates(),
                  baseScore: scored.score,
                  // Each try changes one part of the input: the rest is prepared once, here.
                  scoreOf: (changed) => scoreOnly(changed, config, scored.prepared)
              });
    const shown = shownPoints(scored.factors);
    return {
        score: scored.score,
        band: bandOf(scored.score, config),
        closed: deal.closed,
        note: deal.closed ? closedNote(deal.won, deal.deal.stage) : null,
        points: { earned: shown.earned, possible: shown.possible },
        factors: shown.factors,
        // Stable: within a severity, risks keep the order they were found in (criteria, people, data).
        risks: [...scored.risks, ...staleRelationshipRisks(deal, input, config)].sort(
            (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
        ),
        stageGate: stageGate(deal, config),
        nextActions: actions,
        warnings: inCanonicalOrder(deal.warnings)
    };
}

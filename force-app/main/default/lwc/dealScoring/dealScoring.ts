// Scores a deal 0–100 from customer evidence, qualification, relationships and data hygiene, with a
// reason for every point, the risks, the stage gate and the actions that would raise the score most.
// Pure: the caller passes "as of"; no clock, no I/O, and the same input always gives the same result.
//
// Closed deals are scored, not rejected: the score shows the deal as it stood (judged on every stage
// it reached), `closed` is true and `note` says so; date checks that only make sense for an open deal
// are not applied, and there is no stage gate or next step. Loss reviews use exactly this.
import type { ScoreBand } from 'c/atlasModel';
import type { BuyingCenterCoverage } from 'c/buyingCenterCoverage';
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
import { prepareDeal } from './prepare';
import type { PreparedDeal } from './prepare';
import { applicableCriteria, weigh, weighedPoints } from './weigh';
import type { Weighing } from './weigh';
import { evidenceFactor } from './evidenceFactor';
import { qualificationFactor } from './qualificationFactor';
import { criteriaRisks } from './criteriaRisks';
import { coverageOf, relationshipFactor, relationshipPoints } from './relationshipFactor';
import { hygieneFactor } from './hygieneFactor';
import { stageGate } from './stageGate';
import { nextActions } from './nextActions';
import { closedNote } from './messages';
import { compareText } from './values';
import { scoreOfExact, shownPoints } from './shownPoints';

export type * from './types';
export { DEFAULT_CONFIG, RELATIONSHIP_SHARES, resolveConfig } from './config';
export { applyActionChange } from './applyActionChange';
export { yesFallsShortOf } from './prepareEvidence';
export { stageHistoryFromSnapshots } from './snapshotHistory';
export { DEAL_MESSAGE_LABELS } from './messageLabels';
export { showDealScore } from './showDealScore';
export type { ShownDealScore, ShownNextAction } from './showDealScore';
export type { DealMessageLabel } from './messageLabels';
export type { StageObservation } from './snapshotHistory';

const SEVERITY_ORDER: Readonly<Record<Risk['severity'], number>> = { high: 0, medium: 1, low: 2 };

interface Scored {
    deal: PreparedDeal;
    score: number;
    factors: Factor[];
    risks: Risk[];
    staged: Weighing;
    qualification: Weighing;
    coverage: BuyingCenterCoverage;
}

/**
 * The score alone, as scoreOnce gives it, for re-scoring the next actions: the same points, by the
 * same functions, without writing the reasons, details and risks that only the result shows.
 */
function scoreOnly(input: DealScoringInput, config: DealScoringConfig): number {
    const deal = prepareDeal(input, config);
    const { weights } = config;
    const staged = weigh(
        applicableCriteria(deal.criteria.staged, deal.stageIndex),
        deal.answers,
        config
    );
    const qualification = weigh(deal.criteria.qualification, deal.answers, config);
    return scoreOfExact([
        {
            earned: weighedPoints(weights.evidence, staged, config.unknownCredits.evidence),
            possible: weights.evidence
        },
        {
            earned: weighedPoints(
                weights.qualification,
                qualification,
                config.unknownCredits.qualification
            ),
            possible: weights.qualification
        },
        {
            earned: relationshipPoints(weights.relationships, coverageOf(deal), config),
            possible: weights.relationships
        },
        { earned: hygieneFactor(deal, config).factor.earned, possible: weights.hygiene }
    ]);
}

function scoreOnce(input: DealScoringInput, config: DealScoringConfig): Scored {
    const deal = prepareDeal(input, config);
    const staged = weigh(
        applicableCriteria(deal.criteria.staged, deal.stageIndex),
        deal.answers,
        config
    );
    const qualification = weigh(deal.criteria.qualification, deal.answers, config);
    const coverage = coverageOf(deal);
    const relationships = relationshipFactor(deal, config, coverage);
    const hygiene = hygieneFactor(deal, config);
    const factors = [
        evidenceFactor(deal, config, staged),
        qualificationFactor(deal, config, qualification),
        relationships.factor,
        hygiene.factor
    ];
    return {
        deal,
        score: scoreOfExact(factors),
        factors,
        risks: [
            ...criteriaRisks(deal, staged, qualification),
            ...relationships.risks,
            ...hygiene.risks
        ],
        staged,
        qualification,
        coverage
    };
}

export function bandOf(score: number, config: DealScoringConfig): ScoreBand {
    if (score < config.bandLimits.atRisk) {
        return 'At Risk';
    }
    return score < config.bandLimits.watch ? 'Watch' : 'Healthy';
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
            compareText(a.message, b.message) ||
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
    const hygiene = scored.factors[3]?.details ?? [];
    const actions =
        options.nextActions === false
            ? []
            : nextActions({
                  input,
                  deal,
                  coverage: scored.coverage,
                  staged: scored.staged,
                  qualification: scored.qualification,
                  hygiene,
                  baseScore: scored.score,
                  scoreOf: (changed) => scoreOnly(changed, config)
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
        risks: [...scored.risks].sort(
            (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
        ),
        stageGate: stageGate(deal, scored.staged),
        nextActions: actions,
        warnings: inCanonicalOrder(deal.warnings)
    };
}

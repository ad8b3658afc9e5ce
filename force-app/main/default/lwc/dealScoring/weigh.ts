// Importance × state over the maximum: the arithmetic behind the evidence and qualification factors.
import type { EvidenceState } from 'c/atlasModel';
import type { DealScoringConfig } from './types';
import type { WeighedCriterion } from './prepareCriteria';
import type { Answer, Answers } from './prepareEvidence';
import type { PreparedDeal } from './prepare';

export interface WeighedLine {
    criterion: WeighedCriterion;
    answer: Answer | null;
    /** null = not yet assessed: no evidence record, or one with no state. */
    state: EvidenceState | null;
    /** importance × state value, and importance × the value of Yes. */
    earned: number;
    possible: number;
}

export interface Weighing {
    lines: WeighedLine[];
    earned: number;
    possible: number;
    met: number;
    inProgress: number;
    saidNo: number;
    notAssessed: number;
}

export function weigh(
    criteria: readonly WeighedCriterion[],
    answers: Readonly<Answers>,
    config: DealScoringConfig
): Weighing {
    const yes = config.stateValues.Yes;
    const lines: WeighedLine[] = [];
    for (const criterion of criteria) {
        const answer = answers[criterion.index] ?? null;
        const state = answer?.state ?? null;
        lines.push({
            criterion,
            answer,
            state,
            earned: state === null ? 0 : criterion.weight * config.stateValues[state],
            possible: criterion.weight * yes
        });
    }
    return tally(lines);
}

/** The totals of lines already weighed: a part of a weighing costs no second look-up. */
export function tally(lines: WeighedLine[]): Weighing {
    const result: Weighing = {
        lines,
        earned: 0,
        possible: 0,
        met: 0,
        inProgress: 0,
        saidNo: 0,
        notAssessed: 0
    };
    for (const line of lines) {
        result.earned += line.earned;
        result.possible += line.possible;
        if (line.state === 'Yes') {
            result.met += 1;
        } else if (line.state === 'In Progress') {
            result.inProgress += 1;
        } else if (line.state === 'No') {
            result.saidNo += 1;
        } else {
            result.notAssessed += 1;
        }
    }
    return result;
}

/**
 * The points of a factor worth `points` that a weighing earns; nothing to weigh is unknown, not
 * bad: half the points. The factor and the score-only re-scoring of next actions both use this.
 */
/** `unknownCredit`: the share given when there is nothing to weigh (a scoring setting). */
export function weighedPoints(points: number, weighing: Weighing, unknownCredit: number): number {
    return weighing.possible === 0
        ? points * unknownCredit
        : (points * weighing.earned) / weighing.possible;
}

/** Criteria of the deal's stage and the stages before it. */
export function applicableCriteria(
    staged: readonly WeighedCriterion[],
    stageIndex: number
): WeighedCriterion[] {
    return stageIndex < 0 ? [] : staged.filter((criterion) => criterion.stageIndex <= stageIndex);
}

/** The criteria of the deal's stage and the stages before it, weighed: evidence and the gate. */
export function stagedWeighing(
    deal: Pick<PreparedDeal, 'criteria' | 'stageIndex' | 'answers'>,
    config: DealScoringConfig
): Weighing {
    return weigh(applicableCriteria(deal.criteria.staged, deal.stageIndex), deal.answers, config);
}

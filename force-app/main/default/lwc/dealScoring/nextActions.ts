// Next best actions: every fix the factors know how to reward is tried on a copy of the deal and the
// deal re-scored, so the points an action claims are exactly the points it adds. Ranked by points.
import type { DealScoringInput, NextAction } from './types';
import type { Candidate } from './factor';
import { applyActionChange } from './applyActionChange';

export interface ActionContext {
    input: DealScoringInput;
    /** Every factor's candidates, in the registry's order (factors.ts). */
    candidates: readonly Candidate[];
    baseScore: number;
    /** The score of a changed input (no next actions): the same scorer as the base score. */
    scoreOf: (input: DealScoringInput) => number;
}

/** The actions that add points, most points first. */
export function nextActions(context: ActionContext): NextAction[] {
    const ranked: { action: NextAction; place: number }[] = [];
    context.candidates.forEach((candidate, place) => {
        const changed = applyActionChange(context.input, candidate.change);
        const gain = context.scoreOf(changed) - context.baseScore;
        if (gain > 0) {
            const { code, message, change, criterionId, memberId } = candidate;
            const action: NextAction = { code, message, gain, change };
            if (criterionId) {
                action.criterionId = criterionId;
            }
            if (memberId) {
                action.memberId = memberId;
            }
            ranked.push({ action, place });
        }
    });
    // Ties keep the order candidates were made in: the factors' order (criteria in process order,
    // then qualification, then people, then data).
    ranked.sort((a, b) => b.action.gain - a.action.gain || a.place - b.place);
    return ranked.map(({ action }) => action);
}

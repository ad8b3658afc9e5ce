// The stage gate: a deal may leave its stage only when every required criterion of it is met.
import type { DealScoringConfig, StageGate } from './types';
import type { PreparedDeal } from './prepare';
import { stateOf } from './evidenceFactors';
import { unknownStage } from './messages';

export function stageGate(deal: PreparedDeal, config: DealScoringConfig): StageGate {
    const current = deal.opportunity.StageName ?? null;
    if (deal.opportunity.IsClosed === true) {
        return {
            currentStage: current,
            nextStage: null,
            canAdvance: false,
            blocking: [],
            reason: 'The deal is closed.'
        };
    }
    if (deal.stageIndex < 0) {
        return {
            currentStage: current,
            nextStage: null,
            canAdvance: false,
            blocking: [],
            reason: unknownStage(current)
        };
    }
    const nextStage = deal.stageOrder[deal.stageIndex + 1] ?? null;
    const yes = config.stateValues.Yes ?? 2;
    const blocking = deal.stageCriteria
        .filter(
            (criterion) =>
                criterion.Stage__c === current &&
                criterion.Required__c === true &&
                stateOf(deal, criterion.Id, config) < yes
        )
        .map((criterion) => ({ criterionId: criterion.Id, question: criterion.Question__c }));
    const canAdvance = blocking.length === 0 && nextStage !== null;
    let reason = `Every required criterion of ${current} is met.`;
    if (blocking.length > 0) {
        reason = `${blocking.length} required criteria of ${current} are not met yet.`;
    } else if (nextStage === null) {
        reason = `${current} is the last open stage: close the deal from here.`;
    }
    return { currentStage: current, nextStage, canAdvance, blocking, reason };
}

// The stage gate: a deal may leave its stage when every required criterion of that stage, and of the
// stages before it, is met with customer evidence (Yes) or waived by a manager with a reason (then it
// is listed as waived, not blocking; the score still counts only its evidence). At the last open
// stage, leaving means closing.
import type { BlockingCriterion, DealScoringConfig, StageGate, WaivedCriterion } from './types';
import { waiverOf } from './waivers';
import { say } from './messageLabels';
import type { Message } from 'c/atlasMessages';
import type { PreparedDeal } from './prepare';
import { stagedWeighing } from './weigh';
import { gateReason } from './messages';

/** An open gate that a waiver opened says so: "met or waived by a manager". */
function waivedReason(
    canAdvance: boolean,
    waived: number,
    current: string | null,
    next: string | null
): Message | null {
    if (!canAdvance || waived === 0) {
        return null;
    }
    return next
        ? say('Atlas_DSM_Gate_Open_Waived', current ?? '', next)
        : say('Atlas_DSM_Gate_Ready_To_Close_Waived', current ?? '');
}

export function stageGate(deal: PreparedDeal, config: DealScoringConfig): StageGate {
    const currentStage = deal.deal.stage;
    if (deal.closed || deal.stageIndex < 0) {
        return {
            currentStage,
            nextStage: null,
            canAdvance: false,
            blocking: [],
            reason: gateReason(deal.closed ? 'closed' : 'unknown', currentStage, null, 0)
        };
    }
    const nextStage = deal.stageOrder[deal.stageIndex + 1] ?? null;
    const blocking: BlockingCriterion[] = [];
    const waived: WaivedCriterion[] = [];
    for (const line of stagedWeighing(deal, config).lines) {
        if (line.criterion.record.Required__c !== true || line.state === 'Yes') {
            continue;
        }
        const criterion: BlockingCriterion = {
            criterionId: line.criterion.record.Id,
            stage: line.criterion.record.Stage__c ?? '',
            question: line.criterion.record.Question__c,
            state: line.state ?? 'Not yet assessed'
        };
        const waiver = waiverOf(line);
        if (waiver) {
            waived.push({ ...criterion, ...waiver });
        } else {
            blocking.push(criterion);
        }
    }
    const canAdvance = blocking.length === 0;
    return {
        currentStage,
        nextStage,
        canAdvance,
        blocking,
        ...(waived.length > 0 ? { waived } : {}),
        reason:
            waivedReason(canAdvance, waived.length, currentStage, nextStage) ??
            gateReason(
                canAdvance ? (nextStage ? 'open' : 'ready to close') : 'blocked',
                currentStage,
                nextStage,
                blocking.length
            )
    };
}

// The Pipeline Value Factor of each stage, learnt from closed deals: of all the value that was in
// the stage, how much went on to close won? PVF = 1 ÷ that share = passed value ÷ won value, the
// multiple of the target that must sit in the stage to hit the target consistently.
import type { PipelineWarning, StageHistorySummary } from './types';
import type { Deal } from './prepare';
import { lostWithoutHistory } from './messages';

/** Passed value ÷ won value, or null when nothing that passed was won (or nothing passed). */
export function pipelineValueFactor(passedValue: number, wonValue: number): number | null {
    return wonValue > 0 ? passedValue / wonValue : null;
}

/**
 * The stages a closed deal passed through. With a stage history: the stages it entered, plus the
 * stage it closed from when that is an open stage. Without one: a won deal passed every stage up to
 * its last (every stage, as it closed from the last); a lost deal passed the stages up to the one it
 * was lost in when that is known, else only the first, because we cannot know how far it got.
 */
export function stagesPassed(deal: Deal, stageCount: number): number[] {
    if (stageCount === 0) {
        return [];
    }
    if (deal.history !== null) {
        const entered = new Set(deal.history);
        if (deal.stageIndex >= 0) {
            entered.add(deal.stageIndex);
        }
        return [...entered].sort((a, b) => a - b);
    }
    const last =
        deal.stageIndex >= 0 ? deal.stageIndex : deal.status === 'won' ? stageCount - 1 : 0;
    return Array.from({ length: last + 1 }, (_, index) => index);
}

/** What the closed deals with an amount left behind in each stage. */
export function tallyStageHistory(
    deals: readonly Deal[],
    stages: readonly string[]
): { tallies: StageHistorySummary[]; warnings: PipelineWarning[] } {
    const tallies = stages.map(() => ({ deals: 0, wonDeals: 0, passedValue: 0, wonValue: 0 }));
    let lostUnknown = 0;
    for (const deal of deals) {
        if (deal.status === 'open' || deal.amount === null || deal.amount <= 0) {
            continue;
        }
        if (deal.status === 'lost' && deal.history === null && deal.stageIndex < 0) {
            lostUnknown += 1;
        }
        for (const index of stagesPassed(deal, stages.length)) {
            const tally = tallies[index];
            if (tally) {
                tally.deals += 1;
                tally.passedValue += deal.amount;
                if (deal.status === 'won') {
                    tally.wonDeals += 1;
                    tally.wonValue += deal.amount;
                }
            }
        }
    }
    const warnings: PipelineWarning[] = [];
    if (lostUnknown > 0 && stages.length > 1) {
        warnings.push({
            code: 'LOST_WITHOUT_HISTORY',
            message: lostWithoutHistory(lostUnknown, stages[0] ?? '')
        });
    }
    return { tallies, warnings };
}

// Per stage: the value factor, the value needed (factor × target), the value there today and the
// coverage (there ÷ needed), plus the deals needed for the "number of deals" factor.
import type { PipelineConfig, StageHealth, StageHistorySummary } from './types';
import type { Deal } from './prepare';
import * as say from './messages';
import { pipelineValueFactor } from './valueFactor';
import { confidenceFor } from './values';

export interface CoverageContext {
    stages: readonly string[];
    tallies: readonly StageHistorySummary[];
    /** Open deals, in id order. */
    open: readonly Deal[];
    target: number | null;
    windowEnd: number | null;
    averageWonAmount: number | null;
    config: PipelineConfig;
}

/** Does an open deal count toward the period? Close date on or before the window's end. */
export function countsInWindow(deal: Deal, windowEnd: number | null): boolean {
    return windowEnd === null || (deal.close !== null && deal.close <= windowEnd);
}

/**
 * Deals needed in a stage: wins needed (target ÷ average won deal) × deals passed per deal won.
 * Rounded up, ignoring floating-point dust so that exactly 3 stays 3.
 */
export function dealsNeeded(
    history: StageHistorySummary,
    target: number | null,
    averageWonAmount: number | null
): number | null {
    if (target === null || averageWonAmount === null || history.wonDeals === 0) {
        return null;
    }
    const needed = (history.deals / history.wonDeals) * (target / averageWonAmount);
    return Math.ceil(needed - 1e-9);
}

export function stageCoverage(context: CoverageContext): StageHealth[] {
    const { stages, tallies, open, target, windowEnd, averageWonAmount, config } = context;
    return stages.map((stage, index) => {
        const history = tallies[index] ?? { deals: 0, wonDeals: 0, passedValue: 0, wonValue: 0 };
        let valueThere = 0;
        let dealCount = 0;
        const notCounted = { count: 0, value: 0 };
        for (const deal of open) {
            if (deal.stageIndex !== index) {
                continue;
            }
            if (countsInWindow(deal, windowEnd)) {
                dealCount += 1;
                valueThere += deal.amount ?? 0;
            } else {
                notCounted.count += 1;
                notCounted.value += deal.amount ?? 0;
            }
        }
        const pvf = pipelineValueFactor(history.passedValue, history.wonValue);
        const valueNeeded = pvf !== null && target !== null ? pvf * target : null;
        const coverage = valueNeeded !== null && valueNeeded > 0 ? valueThere / valueNeeded : null;
        const confidence = pvf === null ? 'none' : confidenceFor(history.deals, config);
        const share = history.passedValue > 0 ? history.wonValue / history.passedValue : 0;
        let code: StageHealth['code'];
        let message: string;
        if (history.deals === 0) {
            code = 'NOT_ENOUGH_HISTORY';
            message = say.stageNotEnoughHistory(stage);
        } else if (pvf === null) {
            code = 'NEVER_WON';
            message = say.stageNeverWon(stage, history.deals);
        } else if (valueNeeded === null || coverage === null) {
            code = 'NO_TARGET';
            message = `${say.stageNoTarget(stage, share, pvf)} ${say.learntFrom(history.deals, history.passedValue, confidence)}`;
        } else {
            code = coverage < config.thinCoverage ? 'THIN' : 'COVERED';
            message = `${say.stageCoverage(stage, share, pvf, valueNeeded, valueThere, coverage)} ${say.learntFrom(history.deals, history.passedValue, confidence)}`;
        }
        return {
            stage,
            position: index + 1,
            pvf,
            valueNeeded,
            valueThere,
            dealCount,
            dealsNeeded: pvf === null ? null : dealsNeeded(history, target, averageWonAmount),
            coverage,
            notCounted,
            history: { ...history },
            confidence,
            code,
            message
        };
    });
}

// Per stage: the value factor, the value needed (factor × target), the value there today and the
// coverage (there ÷ needed), plus the deals needed for the "number of deals" factor.
import type { PipelineConfig, StageHealth, StageHistorySummary } from './types';
import type { Deal } from './prepare';
import type { Message } from 'c/atlasMessages';
import * as say from './messages';
import { pipelineValueFactor } from './valueFactor';
import { confidenceFor, hundredths } from './values';

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

/**
 * A Pipeline Value Factor as the stage shows and uses it, in hundredths: the passed and won values
 * in whole units (as shown), divided and rounded to two decimals (7,230,000 ÷ 3,290,000 = 2.1976…
 * → 220). Null when nothing (in whole units) was won.
 */
export function factorHundredths(passedValue: number, wonValue: number): number | null {
    const won = Math.round(wonValue);
    return won > 0 ? hundredths(Math.round(passedValue), won) : null;
}

/**
 * The value a stage needs: the factor as shown × the target in whole units, rounded half up to
 * whole units in whole-number arithmetic, as a reader multiplies 1,200,000 × 2.20.
 */
export function valueNeededFor(factor: number, target: number): number {
    return Math.floor((Math.round(target) * factor + 50) / 100);
}

export function stageCoverage(context: CoverageContext): StageHealth[] {
    const { stages, tallies, open, target, windowEnd, averageWonAmount, config } = context;
    return stages.map((stage, index) => {
        const history = tallies[index] ?? { deals: 0, wonDeals: 0, passedValue: 0, wonValue: 0 };
        let valueThere = 0;
        let dealCount = 0;
        const notCounted = { count: 0, value: 0 };
        const opportunityIds: string[] = [];
        for (const deal of open) {
            if (deal.stageIndex !== index) {
                continue;
            }
            if (countsInWindow(deal, windowEnd)) {
                dealCount += 1;
                opportunityIds.push(deal.id);
                valueThere += deal.amount ?? 0;
            } else {
                notCounted.count += 1;
                notCounted.value += deal.amount ?? 0;
            }
        }
        const pvf = pipelineValueFactor(history.passedValue, history.wonValue);
        // The factor as shown (two decimals) times the target as shown (whole units), in whole
        // units: the stage's sentence multiplies exactly.
        const shownFactor =
            pvf === null ? null : factorHundredths(history.passedValue, history.wonValue);
        const factor = shownFactor === null ? null : shownFactor / 100;
        const valueNeeded =
            shownFactor !== null && target !== null ? valueNeededFor(shownFactor, target) : null;
        const coverage = valueNeeded !== null && valueNeeded > 0 ? valueThere / valueNeeded : null;
        const confidence = pvf === null ? 'none' : confidenceFor(history.deals, config);
        let code: StageHealth['code'];
        let message: Message;
        if (history.deals === 0) {
            code = 'NOT_ENOUGH_HISTORY';
            message = say.stageNotEnoughHistory(stage);
        } else if (factor === null) {
            code = 'NEVER_WON';
            message = say.stageNeverWon(stage, history.deals);
        } else {
            const facts = { ...history, stage, factor, confidence };
            if (valueNeeded === null || coverage === null || target === null) {
                code = 'NO_TARGET';
                message = say.stageNoTarget(facts);
            } else {
                code = coverage < config.thinCoverage ? 'THIN' : 'COVERED';
                message = say.stageCoverage(facts, Math.round(target), valueNeeded, valueThere);
            }
        }
        return {
            stage,
            position: index + 1,
            pvf,
            factor,
            valueNeeded,
            valueThere,
            dealCount,
            opportunityIds,
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

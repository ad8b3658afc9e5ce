// Will this pipeline hit the target? The four factors of pipeline health: integrity of data, deal
// value (each stage against its Pipeline Value Factor learnt from history), number of deals (rocks,
// stones, pebbles and deals needed) and balance across stages; plus win rate, "no decision" and
// competitive-loss rates, cycle length and velocity, each with how far history lets us trust it. Pure: the caller passes
// "as of"; nothing here reads a clock or throws on bad data.
import type {
    HistorySource,
    LearntHistory,
    PipelineConfig,
    PipelineHealth,
    PipelineInput
} from './types';
import { resolvePipelineConfig } from './config';
import { preparePipeline } from './prepare';
import { historyWarnings, historyWindow } from './valueFactor';
import { learnHistory, storedHistoryApplies } from './learntHistory';
import { stageCoverage } from './stageCoverage';
import { assessBalance } from './balance';
import { assessSizeMix } from './sizeMix';
import { findIntegrityIssues } from './integrity';
import { ratesFrom } from './rates';
import { isoDay } from './values';

export type * from './types';
export { DEFAULT_PIPELINE_CONFIG } from './config';
export { historyWindow, pipelineValueFactor, stagesPassed } from './valueFactor';
export { coverageEvenness } from './balance';
export { readStoredHistory, storedHistoryText } from './learntHistory';
export { sizeClass } from './sizeMix';
export { factorHundredths, valueNeededFor } from './stageCoverage';
export { PIPELINE_MESSAGE_LABELS } from './messageLabels';
export type { PipelineMessageLabel } from './messageLabels';
export { showPipelineHealth } from './showPipelineHealth';
export {
    currentPeriodOf,
    currentTargetPeriod,
    periodKey,
    targetPeriods,
    teamTarget
} from './teamTarget';
export type { TargetPeriod, TeamTarget } from './teamTarget';
export type { ShownFigure, ShownPipelineHealth, ShownStageHealth } from './showPipelineHealth';

/** Assesses a pipeline against a target, as of a given day. */
export function assessPipeline(
    input: PipelineInput,
    config?: Partial<PipelineConfig> | null
): PipelineHealth {
    const resolved = resolvePipelineConfig(config);
    const prepared = preparePipeline(input, resolved.config);
    const { deals, stages, target, period, windowEnd, asOf } = prepared;
    const open = deals.filter((deal) => deal.status === 'open');
    const span = historyWindow(period?.start ?? asOf, resolved.config.historyQuarters);
    // The input may be anything (a caller's junk is assessed as empty, not thrown on).
    const stored = (input as Partial<PipelineInput> | null | undefined)?.storedHistory ?? null;
    const useStored = stored !== null && storedHistoryApplies(stored, span, stages);
    const history = useStored ? stored.history : learnHistory(deals, stages, span);
    const historySource: HistorySource = {
        kind: useStored ? 'stored' : 'records',
        learntAt: useStored ? stored.learntAt : null,
        closedDeals: history.outcomes.closed,
        storedIgnored: stored !== null && !useStored
    };
    const rates = ratesFrom(history, open.length, period, resolved.config, span !== null);
    const stageHealth = stageCoverage({
        stages,
        tallies: history.tallies,
        open,
        target,
        windowEnd,
        averageWonAmount: rates.averageWonAmount.value,
        config: resolved.config
    });
    return {
        period: {
            target,
            start: period ? isoDay(period.start) : null,
            end: period ? isoDay(period.end) : null,
            days: period ? period.days : null,
            countsCloseDatesThrough: windowEnd === null ? null : isoDay(windowEnd)
        },
        historyWindow: span,
        historySource,
        stages: stageHealth,
        openDeals: open.length,
        balance: assessBalance(stageHealth, resolved.config),
        sizeMix: assessSizeMix(open, resolved.config),
        integrity: findIntegrityIssues(deals, asOf, resolved.config),
        ...rates,
        warnings: [
            ...resolved.warnings,
            ...prepared.warnings,
            ...historyWarnings(history.lostWithoutHistory, stages)
        ]
    };
}

/**
 * What every closed deal of the period's history window left behind, for storing (`atlas pipeline
 * --learn`): pass all the owner's closed deals; assessPipeline then takes it as `storedHistory`.
 */
export function learnPipelineHistory(
    input: PipelineInput,
    config?: Partial<PipelineConfig> | null
): LearntHistory {
    const resolved = resolvePipelineConfig(config);
    const { deals, stages, period, asOf } = preparePipeline(input, resolved.config);
    const span = historyWindow(period?.start ?? asOf, resolved.config.historyQuarters);
    return learnHistory(deals, stages, span);
}

// Turns the pipelineHealth helper's assessment into what the panel's parts show: wording (custom
// labels) and arrangement only, no arithmetic on the pipeline.
import type { ClosedOutcomes, ShownFigure, ShownPipelineHealth } from 'c/pipelineHealth';
import { formatLabel } from 'c/atlasData';
import { localeStyle } from 'c/atlasMessages';
import type { MessageStyle } from 'c/atlasMessages';
import type { QueueFocusLink } from 'c/dealCoaching';
import LOCALE from '@salesforce/i18n/locale';
import type { StageCoverageView } from 'c/pipelineCoverageChart';
import type { DealSizeMixView } from 'c/dealSizeMix';
import type { IntegrityIssueView } from 'c/pipelineIntegrityList';
import type { FigureFormat, FigureView } from 'c/pipelineRates';
import { PANEL_LABELS as LABELS } from './panelLabels';
import { PIPELINE_MESSAGE_TEXTS } from './pipelineMessageTexts';

/** How the assessment's messages read for this user: their labels, their locale's numbers. */
export const PIPELINE_MESSAGE_STYLE: MessageStyle = localeStyle(PIPELINE_MESSAGE_TEXTS, LOCALE);

/** "1 deal", "3 deals of 5 needed": a label of its own for one deal, since plurals differ by language. */
export function dealsText(count: number, needed: number | null): string {
    if (needed === null) {
        return count === 1 ? LABELS.dealCountOne : formatLabel(LABELS.dealsCount, count);
    }
    return formatLabel(
        count === 1 ? LABELS.dealCountOneNeeded : LABELS.dealsCountNeeded,
        count,
        needed
    );
}

/** "12 closed deals worth" (the value follows, formatted): what a stage's value factor rests on. */
export function historyText(deals: number): string {
    if (deals === 0) {
        return LABELS.closedDealsNone;
    }
    return deals === 1 ? LABELS.closedDealsOne : formatLabel(LABELS.closedDeals, deals);
}

export function stageViews(
    health: ShownPipelineHealth,
    stageLabels: Record<string, string>
): StageCoverageView[] {
    return health.stages.map((stage) => ({
        key: stage.stage,
        label: stageLabels[stage.stage] ?? stage.stage,
        valueFactorText:
            stage.factor === null
                ? null
                : formatLabel(LABELS.multiple, PIPELINE_MESSAGE_STYLE.decimal(stage.factor, 2)),
        valueNeeded: stage.valueNeeded,
        valueThere: stage.valueThere,
        coverage: stage.coverage,
        dealsText: dealsText(stage.dealCount, stage.dealsNeeded),
        historyText: historyText(stage.history.deals),
        historyValue: stage.history.deals === 0 ? null : stage.history.passedValue,
        message: stage.message,
        thin: stage.code === 'THIN',
        queueFocus:
            stage.opportunityIds.length > 0
                ? { kind: 'stage', dealIds: stage.opportunityIds, stage: stage.stage }
                : null,
        queueText: formatLabel(
            LABELS.stageOpenInQueue,
            stage.opportunityIds.length,
            stageLabels[stage.stage] ?? stage.stage
        )
    }));
}

export function sizeMixView(health: ShownPipelineHealth): DealSizeMixView {
    const bucket = (kind: 'rocks' | 'stones' | 'pebbles') => {
        const b = health.sizeMix[kind];
        return {
            count: b.count,
            value: b.value,
            share: b.share,
            queueFocus: b.opportunityIds.length > 0 ? { kind, dealIds: b.opportunityIds } : null
        };
    };
    return {
        rocks: bucket('rocks'),
        stones: bucket('stones'),
        pebbles: bucket('pebbles'),
        message: health.sizeMix.message
    };
}

/** The open deals with data to fix, each once, for the Deal Review Queue; null when none. */
export function attentionFocus(health: ShownPipelineHealth): QueueFocusLink | null {
    const ids = [
        ...new Set(
            health.integrity
                .filter((issue) => issue.dealStatus === 'open')
                .map((issue) => issue.opportunityId)
        )
    ];
    return ids.length > 0 ? { kind: 'attention', dealIds: ids } : null;
}

export function integrityViews(health: ShownPipelineHealth): IntegrityIssueView[] {
    return health.integrity.map((issue, index) => ({
        key: `${issue.opportunityId}-${issue.code}-${index}`,
        opportunityId: issue.opportunityId,
        opportunityName: issue.opportunityName,
        message: issue.message
    }));
}

function figure(
    key: string,
    label: string,
    format: FigureFormat,
    measured: ShownFigure,
    message = measured.message
): FigureView {
    return {
        key,
        label,
        value: measured.value,
        format,
        confidenceLabel: LABELS.confidence[measured.confidence] ?? measured.confidence,
        message
    };
}

/** "Helix Data (2), Orbis Software (1), 1 not named": who won the competitive losses. */
function competitorsText(outcomes: ClosedOutcomes): string {
    const named = outcomes.competitors.map((competitor) =>
        formatLabel(LABELS.competitorDeals, competitor.name, competitor.deals)
    );
    if (named.length > 0 && outcomes.competitorUnnamed > 0) {
        named.push(formatLabel(LABELS.competitorUnnamed, outcomes.competitorUnnamed));
    }
    return named.join(', ');
}

/**
 * What the win, no-decision and competitive-loss rates rest on: the same deals closed in the
 * window, counted so that won and the three kinds of loss add up to them.
 */
function outcomeMessages(
    health: ShownPipelineHealth
): Record<'win' | 'noDecision' | 'competitive', string> {
    const outcomes = health.outcomes;
    if (outcomes.closed === 0) {
        return {
            win: LABELS.noClosedInWindow,
            noDecision: LABELS.noClosedInWindow,
            competitive: LABELS.noClosedInWindow
        };
    }
    const competitors = competitorsText(outcomes);
    return {
        win: formatLabel(
            LABELS.winRateBasis,
            outcomes.won,
            outcomes.closed,
            outcomes.noDecision,
            outcomes.competitive,
            outcomes.otherLost
        ),
        noDecision: formatLabel(LABELS.noDecisionBasis, outcomes.noDecision, outcomes.closed),
        competitive: competitors
            ? formatLabel(
                  LABELS.competitiveLossBasisNamed,
                  outcomes.competitive,
                  outcomes.closed,
                  competitors
              )
            : formatLabel(LABELS.competitiveLossBasis, outcomes.competitive, outcomes.closed)
    };
}

/** "11 of the 15 open deals count toward their stage: those closing by" (the date follows). */
export function countedDealsText(health: ShownPipelineHealth): string {
    const counted = health.stages.reduce((total, stage) => total + stage.dealCount, 0);
    return formatLabel(LABELS.countedDeals, counted, health.openDeals);
}

export function figureViews(health: ShownPipelineHealth): FigureView[] {
    const says = outcomeMessages(health);
    return [
        figure('win-rate', LABELS.winRate, 'percent', health.winRate, says.win),
        figure(
            'no-decision-rate',
            LABELS.noDecisionRate,
            'percent',
            health.noDecisionRate,
            says.noDecision
        ),
        figure(
            'competitive-loss-rate',
            LABELS.competitiveLossRate,
            'percent',
            health.competitiveLossRate,
            says.competitive
        ),
        figure('cycle', LABELS.cycle, 'days', health.averageCycleDays),
        figure('average-won', LABELS.averageWon, 'currency', health.averageWonAmount),
        figure(
            'velocity-day',
            LABELS.velocityDay,
            'currency',
            health.velocityPerDay,
            // Why all open deals, when the stages count fewer: said where the count is read.
            health.velocityPerDay.value === null
                ? health.velocityPerDay.message
                : `${health.velocityPerDay.message} ${LABELS.velocityWhy}`
        ),
        figure('velocity-period', LABELS.velocityPeriod, 'currency', health.velocityPerPeriod)
    ];
}

/** Everything the panel's parts show of one assessment. */
export interface PanelView {
    stages: StageCoverageView[];
    countedText: string;
    sizeMix: DealSizeMixView;
    integrity: IntegrityIssueView[];
    attention: QueueFocusLink | null;
    figures: FigureView[];
    warnings: { key: string; message: string }[];
    hasWarnings: boolean;
}

export function panelViewOf(
    health: ShownPipelineHealth,
    stageLabels: Record<string, string>
): PanelView {
    const warnings = health.warnings.map((warning, index) => ({
        key: `${warning.code}-${index}`,
        message: warning.message
    }));
    return {
        stages: stageViews(health, stageLabels),
        countedText: countedDealsText(health),
        sizeMix: sizeMixView(health),
        integrity: integrityViews(health),
        attention: attentionFocus(health),
        figures: figureViews(health),
        warnings,
        hasWarnings: warnings.length > 0
    };
}

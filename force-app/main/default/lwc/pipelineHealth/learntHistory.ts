// The history a pipeline's value factors and rates are learnt from, as a small record: learnt once
// from every closed deal of the window (by `atlas pipeline --learn`), stored with the period's sales
// target, and read back by the panel instead of paging through thousands of closed deals.
import type { Deal } from './prepare';
import type {
    ClosedOutcomes,
    HistoryWindow,
    LearntHistory,
    StageHistorySummary,
    StoredHistory
} from './types';
import { tallyStageHistory } from './valueFactor';
import { closedFacts } from './rates';
import { isFiniteNumber } from './values';

/** What the closed deals of the window left behind (the same arithmetic as a full assessment). */
export function learnHistory(
    deals: readonly Deal[],
    stages: readonly string[],
    span: HistoryWindow | null
): LearntHistory {
    return {
        window: span,
        stageOrder: [...stages],
        ...tallyStageHistory(deals, stages, span),
        ...closedFacts(deals, span)
    };
}

function sameWindow(a: HistoryWindow | null, b: HistoryWindow | null): boolean {
    if (a === null || b === null) {
        return a === b;
    }
    return a.from === b.from && a.to === b.to && a.quarters === b.quarters;
}

/** A stored history applies when it was learnt for this window and these stages, in this order. */
export function storedHistoryApplies(
    stored: StoredHistory,
    span: HistoryWindow | null,
    stages: readonly string[]
): boolean {
    const learnt = stored.history;
    return (
        sameWindow(learnt.window, span) &&
        learnt.stageOrder.length === stages.length &&
        learnt.stageOrder.every((stage, index) => stage === stages[index])
    );
}

type Fields = Record<string, unknown>;
const isFields = (value: unknown): value is Fields =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number =>
    isFiniteNumber(value) && Number.isInteger(value) && value >= 0;

function isTotal(value: unknown): value is { total: number; count: number } {
    return isFields(value) && isFiniteNumber(value.total) && isCount(value.count);
}

function isTally(value: unknown): value is StageHistorySummary {
    return (
        isFields(value) &&
        isCount(value.deals) &&
        isCount(value.wonDeals) &&
        isFiniteNumber(value.passedValue) &&
        isFiniteNumber(value.wonValue)
    );
}

function isWindow(value: unknown): value is HistoryWindow | null {
    return (
        value === null ||
        (isFields(value) &&
            typeof value.from === 'string' &&
            typeof value.to === 'string' &&
            isCount(value.quarters))
    );
}

function isOutcomes(value: unknown): value is ClosedOutcomes {
    return (
        isFields(value) &&
        ['closed', 'won', 'noDecision', 'competitive', 'otherLost', 'competitorUnnamed'].every(
            (key) => isCount(value[key])
        ) &&
        Array.isArray(value.competitors) &&
        value.competitors.every(
            (entry) => isFields(entry) && typeof entry.name === 'string' && isCount(entry.deals)
        )
    );
}

function isLearntHistory(value: unknown): value is LearntHistory {
    return (
        isFields(value) &&
        isWindow(value.window) &&
        Array.isArray(value.stageOrder) &&
        value.stageOrder.every((stage) => typeof stage === 'string') &&
        Array.isArray(value.tallies) &&
        value.tallies.length === value.stageOrder.length &&
        value.tallies.every(isTally) &&
        isCount(value.lostWithoutHistory) &&
        isOutcomes(value.outcomes) &&
        isTotal(value.cycleDays) &&
        isTotal(value.wonAmounts)
    );
}

/**
 * Reads a stored history (the JSON text of `storedHistoryText`); null when there is none or it is
 * not one (a hand-edited or cut-off field): the caller then learns from the records it has.
 */
export function readStoredHistory(text: unknown, learntAt: unknown): StoredHistory | null {
    if (typeof text !== 'string' || text === '' || typeof learntAt !== 'string') {
        return null;
    }
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch {
        return null;
    }
    return isLearntHistory(value) ? { history: value, learntAt } : null;
}

/** The text stored in Sales_Target__c.Learnt_Factors__c. */
export function storedHistoryText(history: LearntHistory): string {
    return JSON.stringify(history);
}

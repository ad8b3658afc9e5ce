// Win rate, "no decision" rate, competitive-loss rate, cycle length, average won deal and sales
// velocity, each with the number of deals behind it and how far that lets us trust it. They rest on
// the deals closed in the history window, as the value factors do: a win from years ago, or a close
// date typed far in the future, does not move them. No history: null, and why.
import { COMPETITIVE_LOSS } from 'c/atlasModel';
import type {
    ClosedFacts,
    ClosedOutcomes,
    Figure,
    FigureKey,
    HistoryWindow,
    PipelineConfig
} from './types';
import type { Deal, Period } from './prepare';
import type { Message } from 'c/atlasMessages';
import * as say from './messages';
import type { MeasuredWhat } from './messages';
import { closedInWindow } from './valueFactor';
import { compareText, confidenceFor, sum, weakest } from './values';

export interface Rates {
    winRate: Figure;
    noDecisionRate: Figure;
    competitiveLossRate: Figure;
    outcomes: ClosedOutcomes;
    averageCycleDays: Figure;
    averageWonAmount: Figure;
    velocityPerDay: Figure;
    velocityPerPeriod: Figure;
}

function unknown(key: FigureKey, code: Figure['code'], message: Message, basedOn = 0): Figure {
    return { key, value: null, confidence: 'none', basedOn, code, message };
}

function measured(
    key: FigureKey,
    value: number,
    basedOn: number,
    confidence: Figure['confidence'],
    message: Message
): Figure {
    return { key, value, confidence, basedOn, code: 'MEASURED', message };
}

/**
 * Days from start to close of each closed deal whose dates allow it. The start is the earlier of
 * the created date and the first stage change (`Deal.started`): a deal imported after it closed has
 * a created date later than its close date, and its stage history still says when it began.
 */
export function cycleLengths(closed: readonly Deal[]): number[] {
    const lengths: number[] = [];
    for (const deal of closed) {
        if (deal.started !== null && deal.close !== null && deal.close >= deal.started) {
            lengths.push(deal.close - deal.started);
        }
    }
    return lengths;
}

/** How the closed deals ended; the four counts add up to the closed deals. */
export function closedOutcomes(closed: readonly Deal[]): ClosedOutcomes {
    const won = closed.filter((deal) => deal.status === 'won').length;
    const lost = closed.filter((deal) => deal.status === 'lost');
    const noDecision = lost.filter((deal) => deal.lossReason === 'No Decision').length;
    const competitiveLosses = lost.filter((deal) => deal.lossReason === COMPETITIVE_LOSS);
    const byCompetitor = new Map<string, number>();
    for (const deal of competitiveLosses) {
        if (deal.competitorWon) {
            byCompetitor.set(deal.competitorWon, (byCompetitor.get(deal.competitorWon) ?? 0) + 1);
        }
    }
    const competitors = [...byCompetitor]
        .map(([name, count]) => ({ name, deals: count }))
        .sort((a, b) => b.deals - a.deals || compareText(a.name, b.name));
    return {
        closed: closed.length,
        won,
        noDecision,
        competitive: competitiveLosses.length,
        otherLost: lost.length - noDecision - competitiveLosses.length,
        competitors,
        competitorUnnamed: competitiveLosses.length - sum(competitors.map((c) => c.deals))
    };
}

/** A share of the closed deals, or why there is none. */
function shareOfClosed(
    key: FigureKey,
    count: number,
    outcomes: ClosedOutcomes,
    confidence: Figure['confidence'],
    what: MeasuredWhat,
    inWindow: boolean,
    message: Message
): Figure {
    return outcomes.closed === 0
        ? unknown(key, 'NOT_ENOUGH_HISTORY', say.noClosedDeals(what, inWindow))
        : measured(key, count / outcomes.closed, outcomes.closed, confidence, message);
}

/**
 * What the rates are measured from, kept as totals: the outcomes, the cycle lengths and the won
 * amounts of the deals closed in the window (in the deals' order, so a stored copy sums the same).
 */
export function closedFacts(deals: readonly Deal[], span: HistoryWindow | null): ClosedFacts {
    const closed = deals.filter((deal) => deal.status !== 'open' && closedInWindow(deal, span));
    const cycles = cycleLengths(closed);
    const wonAmounts = closed
        .filter((deal) => deal.status === 'won')
        .map((deal) => deal.amount)
        .filter((value): value is number => value !== null && value > 0);
    return {
        outcomes: closedOutcomes(closed),
        cycleDays: { total: sum(cycles), count: cycles.length },
        wonAmounts: { total: sum(wonAmounts), count: wonAmounts.length }
    };
}

export function measureRates(
    deals: readonly Deal[],
    period: Period | null,
    config: PipelineConfig,
    span: HistoryWindow | null = null
): Rates {
    const open = deals.filter((deal) => deal.status === 'open').length;
    return ratesFrom(closedFacts(deals, span), open, period, config, span !== null);
}

/** The figures from the closed deals' facts and the number of open deals. */
export function ratesFrom(
    facts: ClosedFacts,
    openDeals: number,
    period: Period | null,
    config: PipelineConfig,
    inWindow: boolean
): Rates {
    const outcomes = facts.outcomes;
    const confidence = confidenceFor(outcomes.closed, config);

    const winRate = shareOfClosed(
        'winRate',
        outcomes.won,
        outcomes,
        confidence,
        'winRate',
        inWindow,
        say.winRate(outcomes, inWindow)
    );
    const noDecisionRate = shareOfClosed(
        'noDecisionRate',
        outcomes.noDecision,
        outcomes,
        confidence,
        'noDecisionRate',
        inWindow,
        say.noDecisionRate(outcomes.noDecision, outcomes.closed, inWindow)
    );
    const competitiveLossRate = shareOfClosed(
        'competitiveLossRate',
        outcomes.competitive,
        outcomes,
        confidence,
        'competitiveLossRate',
        inWindow,
        say.competitiveLossRate(
            outcomes.competitive,
            outcomes.closed,
            inWindow,
            outcomes.competitors,
            outcomes.competitorUnnamed
        )
    );

    const cycles = facts.cycleDays;
    let averageCycleDays: Figure;
    if (outcomes.closed === 0) {
        averageCycleDays = unknown(
            'averageCycleDays',
            'NOT_ENOUGH_HISTORY',
            say.noClosedDeals('cycle', inWindow)
        );
    } else if (cycles.count === 0) {
        averageCycleDays = unknown(
            'averageCycleDays',
            'NO_DATED_DEALS',
            say.noDatedDeals(outcomes.closed, inWindow)
        );
    } else {
        averageCycleDays = measured(
            'averageCycleDays',
            cycles.total / cycles.count,
            cycles.count,
            confidenceFor(cycles.count, config),
            say.averageCycle(cycles.count, outcomes.closed, inWindow)
        );
    }

    const wonAmounts = facts.wonAmounts;
    const averageWonAmount =
        wonAmounts.count === 0
            ? unknown(
                  'averageWonAmount',
                  outcomes.won === 0 ? 'NOT_ENOUGH_HISTORY' : 'MISSING_INPUTS',
                  outcomes.won === 0
                      ? say.noClosedDeals('averageWon', inWindow)
                      : say.noWonAmounts()
              )
            : measured(
                  'averageWonAmount',
                  wonAmounts.total / wonAmounts.count,
                  wonAmounts.count,
                  confidenceFor(wonAmounts.count, config),
                  say.averageWon(wonAmounts.count, inWindow)
              );

    const velocityPerDay = velocity(openDeals, winRate, averageWonAmount, averageCycleDays);
    // Per period: the velocity a day as shown (whole units) × the days, so the sentence multiplies.
    const velocityPerPeriod =
        velocityPerDay.value === null || period === null
            ? unknown('velocityPerPeriod', 'MISSING_INPUTS', say.velocityPeriodInputs())
            : measured(
                  'velocityPerPeriod',
                  Math.round(velocityPerDay.value) * period.days,
                  velocityPerDay.basedOn,
                  velocityPerDay.confidence,
                  say.velocityPerPeriod(Math.round(velocityPerDay.value), period.days)
              );
    return {
        winRate,
        noDecisionRate,
        competitiveLossRate,
        outcomes,
        averageCycleDays,
        averageWonAmount,
        velocityPerDay,
        velocityPerPeriod
    };
}

/**
 * Velocity a day: open deals × win rate × average won deal ÷ cycle length, computed from the inputs
 * as its sentence shows them (whole percent, whole units, whole days), so that a reader multiplying
 * the shown figures gets the shown velocity. One division of whole numbers: the result is the
 * exact quotient, correctly rounded.
 */
function velocity(open: number, winRate: Figure, averageWon: Figure, cycle: Figure): Figure {
    const days = cycle.value === null ? 0 : Math.round(cycle.value);
    if (winRate.value === null || averageWon.value === null || days < 1) {
        return unknown('velocityPerDay', 'MISSING_INPUTS', say.velocityInputs());
    }
    const percent = Math.round(winRate.value * 100);
    const won = Math.round(averageWon.value);
    return measured(
        'velocityPerDay',
        (open * percent * won) / (100 * days),
        Math.min(winRate.basedOn, averageWon.basedOn, cycle.basedOn),
        weakest(winRate.confidence, averageWon.confidence, cycle.confidence),
        say.velocity(open, percent, won, days)
    );
}

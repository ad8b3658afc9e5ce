// Win rate, "no decision" rate, cycle length, average won deal and sales velocity, each with the
// number of deals behind it and how far that lets us trust it. No history: null, and why.
import type { Figure, FigureKey, PipelineConfig } from './types';
import type { Deal, Period } from './prepare';
import * as say from './messages';
import { confidenceFor, sum, weakest } from './values';

export interface Rates {
    winRate: Figure;
    noDecisionRate: Figure;
    averageCycleDays: Figure;
    averageWonAmount: Figure;
    velocityPerDay: Figure;
    velocityPerPeriod: Figure;
}

function unknown(key: FigureKey, code: Figure['code'], message: string, basedOn = 0): Figure {
    return { key, value: null, confidence: 'none', basedOn, code, message };
}

function measured(
    key: FigureKey,
    value: number,
    basedOn: number,
    confidence: Figure['confidence'],
    message: string
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

export function measureRates(
    deals: readonly Deal[],
    period: Period | null,
    config: PipelineConfig
): Rates {
    const open = deals.filter((deal) => deal.status === 'open');
    const closed = deals.filter((deal) => deal.status !== 'open');
    const won = closed.filter((deal) => deal.status === 'won');
    const confidence = confidenceFor(closed.length, config);

    const winRate =
        closed.length === 0
            ? unknown('winRate', 'NOT_ENOUGH_HISTORY', say.noClosedDeals('the win rate'))
            : measured(
                  'winRate',
                  won.length / closed.length,
                  closed.length,
                  confidence,
                  say.winRate(won.length, closed.length)
              );
    const noDecision = closed.filter(
        (deal) => deal.status === 'lost' && deal.lossReason === 'No Decision'
    ).length;
    const noDecisionRate =
        closed.length === 0
            ? unknown(
                  'noDecisionRate',
                  'NOT_ENOUGH_HISTORY',
                  say.noClosedDeals('the no-decision rate')
              )
            : measured(
                  'noDecisionRate',
                  noDecision / closed.length,
                  closed.length,
                  confidence,
                  say.noDecisionRate(noDecision, closed.length)
              );

    const cycles = cycleLengths(closed);
    let averageCycleDays: Figure;
    if (closed.length === 0) {
        averageCycleDays = unknown(
            'averageCycleDays',
            'NOT_ENOUGH_HISTORY',
            say.noClosedDeals('the cycle length')
        );
    } else if (cycles.length === 0) {
        averageCycleDays = unknown(
            'averageCycleDays',
            'NO_DATED_DEALS',
            say.noDatedDeals(closed.length)
        );
    } else {
        averageCycleDays = measured(
            'averageCycleDays',
            sum(cycles) / cycles.length,
            cycles.length,
            confidenceFor(cycles.length, config),
            say.averageCycle(cycles.length, closed.length)
        );
    }

    const wonAmounts = won
        .map((deal) => deal.amount)
        .filter((value): value is number => value !== null && value > 0);
    const averageWonAmount =
        wonAmounts.length === 0
            ? unknown(
                  'averageWonAmount',
                  won.length === 0 ? 'NOT_ENOUGH_HISTORY' : 'MISSING_INPUTS',
                  won.length === 0 ? say.noClosedDeals('the average won deal') : say.NO_WON_AMOUNTS
              )
            : measured(
                  'averageWonAmount',
                  sum(wonAmounts) / wonAmounts.length,
                  wonAmounts.length,
                  confidenceFor(wonAmounts.length, config),
                  say.averageWon(wonAmounts.length)
              );

    // Velocity: open deals × win rate × average won deal ÷ cycle length (per day).
    let velocityPerDay: Figure;
    if (
        winRate.value === null ||
        averageWonAmount.value === null ||
        averageCycleDays.value === null ||
        averageCycleDays.value <= 0
    ) {
        velocityPerDay = unknown('velocityPerDay', 'MISSING_INPUTS', say.VELOCITY_INPUTS);
    } else {
        velocityPerDay = measured(
            'velocityPerDay',
            (open.length * winRate.value * averageWonAmount.value) / averageCycleDays.value,
            Math.min(winRate.basedOn, averageWonAmount.basedOn, averageCycleDays.basedOn),
            weakest(winRate.confidence, averageWonAmount.confidence, averageCycleDays.confidence),
            say.velocity(open.length, winRate.value, averageWonAmount.value, averageCycleDays.value)
        );
    }
    const velocityPerPeriod =
        velocityPerDay.value === null || period === null
            ? unknown('velocityPerPeriod', 'MISSING_INPUTS', say.VELOCITY_PERIOD_INPUTS)
            : measured(
                  'velocityPerPeriod',
                  velocityPerDay.value * period.days,
                  velocityPerDay.basedOn,
                  velocityPerDay.confidence,
                  say.velocityPerPeriod(velocityPerDay.value, period.days)
              );
    return {
        winRate,
        noDecisionRate,
        averageCycleDays,
        averageWonAmount,
        velocityPerDay,
        velocityPerPeriod
    };
}

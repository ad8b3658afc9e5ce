// The Pipeline Value Factor of each stage, learnt from closed deals: of all the value that was in
// the stage, how much went on to close won? PVF = 1 ÷ that share = passed value ÷ won value, the
// multiple of the target that must sit in the stage to hit the target consistently (Dealmaker's
// definition: "by reference to historical data"). The history is a window of full quarters before
// the period, so a win from years ago does not move today's factors.
import type { HistoryWindow, PipelineWarning, StageHistorySummary } from './types';
import type { Deal } from './prepare';
import { lostWithoutHistory } from './messages';
import { dayNumber, isoDay } from './values';

/** The first day of the calendar quarter `offset` quarters after the one holding `day`. */
function quarterStart(day: number, offset: number): number {
    const date = isoDay(day);
    const year = Number(date.slice(0, 4));
    const quarter = Math.floor((Number(date.slice(5, 7)) - 1) / 3) + offset;
    const startYear = year + Math.floor(quarter / 4);
    const startMonth = (((quarter % 4) + 4) % 4) * 3 + 1;
    return dayNumber(`${startYear}-${String(startMonth).padStart(2, '0')}-01`) ?? day;
}

/**
 * The closed deals the factors are learnt from: those closing in the `quarters` full calendar
 * quarters before the quarter the period starts in (with no period, the quarter "as of" falls in).
 * Null when there is no day to count back from: then every closed deal counts.
 */
export function historyWindow(anchor: number | null, quarters: number): HistoryWindow | null {
    if (anchor === null) {
        return null;
    }
    const from = quarterStart(anchor, -quarters);
    const to = quarterStart(anchor, 0) - 1;
    return { from: isoDay(from), to: isoDay(to), quarters };
}

/** Whether a closed deal closed within the window (a deal with no close date is outside any). */
export function closedInWindow(deal: Deal, span: HistoryWindow | null): boolean {
    if (span === null) {
        return true;
    }
    const from = dayNumber(span.from);
    const to = dayNumber(span.to);
    return (
        deal.close !== null &&
        from !== null &&
        to !== null &&
        deal.close >= from &&
        deal.close <= to
    );
}

/** Passed value ÷ won value, or null when nothing that passed was won (or nothing passed). */
export function pipelineValueFactor(passedValue: number, wonValue: number): number | null {
    return wonValue > 0 ? passedValue / wonValue : null;
}

/**
 * The stages a closed deal passed: every stage up to the furthest it reached, skipped or not (a deal
 * that reached Proposal passed Qualification, whether or not anyone recorded it there). The furthest
 * is the last stage its history shows or the open stage it closed from. With neither: a won deal
 * passed every stage; a lost deal only the first, because we cannot know how far it got. Lost deals
 * count skipped stages as won ones do: counting them for wins only would overstate a skipped stage's
 * share of wins.
 */
export function stagesPassed(deal: Deal, stageCount: number): number[] {
    if (stageCount === 0) {
        return [];
    }
    const reached = Math.max(deal.stageIndex, ...(deal.history ?? []));
    let last = reached;
    if (reached < 0) {
        last = deal.status === 'won' ? stageCount - 1 : 0;
    }
    return Array.from({ length: Math.min(last, stageCount - 1) + 1 }, (_, index) => index);
}

/** What the closed deals with an amount left behind in each stage. */
export function tallyStageHistory(
    deals: readonly Deal[],
    stages: readonly string[],
    span: HistoryWindow | null
): { tallies: StageHistorySummary[]; lostWithoutHistory: number } {
    const tallies = stages.map(() => ({ deals: 0, wonDeals: 0, passedValue: 0, wonValue: 0 }));
    let lostUnknown = 0;
    for (const deal of deals) {
        if (
            deal.status === 'open' ||
            deal.amount === null ||
            deal.amount <= 0 ||
            !closedInWindow(deal, span)
        ) {
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
    return { tallies, lostWithoutHistory: lostUnknown };
}

/** Lost deals with no stage known count in the first stage only: say so when there are some. */
export function historyWarnings(
    lostWithoutHistoryCount: number,
    stages: readonly string[]
): PipelineWarning[] {
    return lostWithoutHistoryCount > 0 && stages.length > 1
        ? [
              {
                  code: 'LOST_WITHOUT_HISTORY',
                  message: lostWithoutHistory(lostWithoutHistoryCount, stages[0] ?? '')
              }
          ]
        : [];
}

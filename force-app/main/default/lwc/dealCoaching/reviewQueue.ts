// The review queue: the open deals that most need a conversation, each with the reasons it is
// there (score fell since the last review, gate blocked, close date passed or slipped, overdue
// agreed actions, review due, closing this period, large, gone quiet), most pressing first.
import { amountOf, dateOf } from 'c/atlasMessages';
import type { IsoDate } from 'c/atlasModel';
import { DEFAULT_PIPELINE_CONFIG, sizeClass } from 'c/pipelineHealth';
import { say } from './coachingLabels';
import { overdueActionsOf } from './agreedActions';
import type { QueueDeal, QueueReason, QueueReasonCode, QueueRow, QueueSettings } from './types';

export const DEFAULT_QUEUE_SETTINGS: QueueSettings = { reviewEveryDays: 30, staleActivityDays: 30 };

/** How much each reason weighs in the order of the queue; a deal's urgency is their sum. */
export const REASON_WEIGHTS: Readonly<Record<QueueReasonCode, number>> = {
    SCORE_FELL: 5,
    ACTIONS_OVERDUE: 4,
    CLOSE_DATE_PASSED: 4,
    GATE_BLOCKED: 3,
    CLOSE_DATE_SLIPPED: 3,
    REVIEW_DUE: 2,
    NEVER_REVIEWED: 2,
    NOT_REVIEWED_LATELY: 2,
    CLOSES_THIS_QUARTER: 2,
    LARGE_AMOUNT: 2,
    GONE_QUIET: 1
};

/**
 * Reasons that say something went wrong or fell due since the deal was last looked at: a deal with
 * one of them is talked about first. The others (never or not lately reviewed, a blocked gate,
 * closing this period (Home's target period), large) describe most open deals on most days; alone
 * they explain why a deal is open for review, not why it is pressing.
 */
export const PRESSING_REASONS: ReadonlySet<QueueReasonCode> = new Set<QueueReasonCode>([
    'SCORE_FELL',
    'ACTIONS_OVERDUE',
    'CLOSE_DATE_PASSED',
    'CLOSE_DATE_SLIPPED',
    'REVIEW_DUE',
    'GONE_QUIET'
]);

/**
 * Talk about this deal first: a pressing reason, or a blocked gate on a deal that closes this
 * period or is large (it cannot move, and it matters now or matters most).
 */
export function isTalkFirst(codes: readonly QueueReasonCode[]): boolean {
    const has = (code: QueueReasonCode): boolean => codes.includes(code);
    return (
        codes.some((code) => PRESSING_REASONS.has(code)) ||
        (has('GATE_BLOCKED') && (has('CLOSES_THIS_QUARTER') || has('LARGE_AMOUNT')))
    );
}

const DAY_MS = 86400000;

/** Whole days from `from` to `to` (ISO dates); negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** A period of days, both included: the target period "closes this period" is about. */
export interface QueuePeriod {
    start: IsoDate;
    end: IsoDate;
}

/** The last day of the calendar quarter `asOf` is in. */
export function quarterEnd(asOf: IsoDate): IsoDate {
    const year = Number(asOf.slice(0, 4));
    const month = Number(asOf.slice(5, 7));
    const endMonth = Math.ceil(month / 3) * 3;
    const lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
    return `${year}-${String(endMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

/**
 * The last day of "this period" for a deal not yet past its close date: the owners' target period
 * (Home's, from c/pipelineHealth's currentTargetPeriod) when it includes `asOf`, else the calendar
 * quarter's.
 */
export function closingPeriodEnd(targetPeriod: QueuePeriod | null, asOf: IsoDate): IsoDate {
    return targetPeriod && targetPeriod.start <= asOf && asOf <= targetPeriod.end
        ? targetPeriod.end
        : quarterEnd(asOf);
}

function medianOf(values: readonly number[]): number | null {
    if (values.length === 0) {
        return null;
    }
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1
        ? (sorted[middle] as number)
        : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function reviewReasons(deal: QueueDeal, asOf: IsoDate, settings: QueueSettings): QueueReason[] {
    const review = deal.lastReview;
    if (review === null) {
        return [{ code: 'NEVER_REVIEWED', message: say('Atlas_DRR_Never_Reviewed') }];
    }
    const reasons: QueueReason[] = [];
    if (typeof review.Score__c === 'number' && deal.score < review.Score__c) {
        reasons.push({
            code: 'SCORE_FELL',
            message: say(
                'Atlas_DRR_Score_Fell',
                review.Score__c,
                deal.score,
                dateOf(review.Reviewed_On__c)
            )
        });
    }
    if (review.Next_Review_On__c && review.Next_Review_On__c <= asOf) {
        reasons.push({
            code: 'REVIEW_DUE',
            message: say('Atlas_DRR_Review_Due', dateOf(review.Next_Review_On__c))
        });
    } else if (daysBetween(review.Reviewed_On__c, asOf) > settings.reviewEveryDays) {
        reasons.push({
            code: 'NOT_REVIEWED_LATELY',
            message: say(
                'Atlas_DRR_Not_Reviewed_Lately',
                daysBetween(review.Reviewed_On__c, asOf),
                dateOf(review.Reviewed_On__c)
            )
        });
    }
    return reasons;
}

function closeDateReasons(
    deal: QueueDeal,
    asOf: IsoDate,
    slipDays: number,
    periodEnd: IsoDate
): QueueReason[] {
    const reasons: QueueReason[] = [];
    if (deal.closeDate && deal.closeDate < asOf) {
        reasons.push({
            code: 'CLOSE_DATE_PASSED',
            message: say('Atlas_DRR_Close_Date_Passed', dateOf(deal.closeDate))
        });
    } else if (deal.closeDate && deal.closeDate <= periodEnd) {
        reasons.push({
            code: 'CLOSES_THIS_QUARTER',
            message: say('Atlas_DRR_Closes_This_Quarter', dateOf(deal.closeDate), dateOf(periodEnd))
        });
    }
    const before = deal.lastReview?.Close_Date__c;
    if (slipDays > 0 && before && deal.closeDate) {
        reasons.push({
            code: 'CLOSE_DATE_SLIPPED',
            message: say('Atlas_DRR_Close_Date_Slipped', dateOf(before), dateOf(deal.closeDate))
        });
    }
    return reasons;
}

function rowOf(
    deal: QueueDeal,
    asOf: IsoDate,
    settings: QueueSettings,
    medianAmount: number | null,
    periodEnd: IsoDate
): QueueRow {
    const overdueActions = overdueActionsOf(deal.actions, asOf);
    const before = deal.lastReview?.Close_Date__c;
    const slipDays =
        before && deal.closeDate ? Math.max(0, daysBetween(before, deal.closeDate)) : 0;
    const reasons: QueueReason[] = [...reviewReasons(deal, asOf, settings)];
    if (overdueActions.length > 0) {
        reasons.push({
            code: 'ACTIONS_OVERDUE',
            message:
                overdueActions.length === 1
                    ? say('Atlas_DRR_Actions_Overdue_One', overdueActions[0]?.Name ?? '')
                    : say('Atlas_DRR_Actions_Overdue', overdueActions.length)
        });
    }
    if (deal.gateBlocked) {
        reasons.push({
            code: 'GATE_BLOCKED',
            message:
                deal.blockingCount === 1
                    ? say('Atlas_DRR_Gate_Blocked_One')
                    : say('Atlas_DRR_Gate_Blocked', deal.blockingCount)
        });
    }
    reasons.push(...closeDateReasons(deal, asOf, slipDays, periodEnd));
    if (
        medianAmount !== null &&
        deal.amount !== null &&
        deal.amount > 0 &&
        sizeClass(deal.amount, medianAmount, DEFAULT_PIPELINE_CONFIG) === 'rocks'
    ) {
        reasons.push({
            code: 'LARGE_AMOUNT',
            message: say('Atlas_DRR_Large_Amount', amountOf(deal.amount))
        });
    }
    // A blank last activity is unknown (activities may not be logged here), not silence.
    if (
        deal.lastActivityDate &&
        daysBetween(deal.lastActivityDate, asOf) > settings.staleActivityDays
    ) {
        reasons.push({
            code: 'GONE_QUIET',
            message: say(
                'Atlas_DRR_Gone_Quiet',
                daysBetween(deal.lastActivityDate, asOf),
                dateOf(deal.lastActivityDate)
            )
        });
    }
    reasons.sort((a, b) => REASON_WEIGHTS[b.code] - REASON_WEIGHTS[a.code]);
    return {
        deal,
        talkFirst: isTalkFirst(reasons.map((reason) => reason.code)),
        urgency: reasons.reduce((total, reason) => total + REASON_WEIGHTS[reason.code], 0),
        reasons,
        trend: deal.earlierScore === null ? null : deal.score - deal.earlierScore.score,
        slipDays,
        overdueActions
    };
}

/**
 * The queue: every open deal given with at least one reason, the deals to talk about first ahead
 * of the rest, then most urgent first (then the lower score, then the larger amount, then the name,
 * so the order is the same on every run). Large is a rock of Pipeline Health's rocks, stones and
 * pebbles among these deals; "this period" is the owners' target period (closingPeriodEnd).
 */
export function reviewQueue(
    deals: readonly QueueDeal[],
    asOf: IsoDate,
    settings: QueueSettings = DEFAULT_QUEUE_SETTINGS,
    targetPeriod: QueuePeriod | null = null
): QueueRow[] {
    const periodEnd = closingPeriodEnd(targetPeriod, asOf);
    const medianAmount = medianOf(
        deals
            .map((deal) => deal.amount)
            .filter((amount): amount is number => amount !== null && amount > 0)
    );
    return deals
        .map((deal) => rowOf(deal, asOf, settings, medianAmount, periodEnd))
        .filter((row) => row.reasons.length > 0)
        .sort(
            (a, b) =>
                Number(b.talkFirst) - Number(a.talkFirst) ||
                b.urgency - a.urgency ||
                a.deal.score - b.deal.score ||
                (b.deal.amount ?? 0) - (a.deal.amount ?? 0) ||
                a.deal.name.localeCompare(b.deal.name)
        );
}

// Data hygiene: how far the rest of the score can be trusted, and the usual signs of a deal that is
// slipping. Each check holds a share of the points; a problem loses that share. A check that cannot
// be judged (no "as of" date, no stage history) keeps its points and says so: unknown is not no.
import type { DealScoringConfig, DetailStatus, Factor, FactorDetail, Risk } from './types';
import type { PreparedDeal } from './prepare';
import { say } from './messageLabels';
import { defineFactor, weightOf } from './factor';
import { hygieneCandidates } from './hygieneActions';
import type { Message } from 'c/atlasMessages';
import {
    activityLine,
    amountLine,
    buyingCenterLine,
    closeDateLine,
    directionLine,
    hygieneReason,
    stageTimeLine
} from './hygieneMessages';

/** The factor's name: "Data hygiene". */
const factorName = (): Message => say('Atlas_DSM_Factor_Hygiene');

// Shares of the hygiene points (they add up to 1): a past close date is the strongest sign of a
// forecast that is not being managed; silence and a stalled stage come next; a missing amount or
// buying center makes the deal invisible to pipeline and account views; a step back is a warning.
export const HYGIENE_SHARES = Object.freeze({
    closeDate: 1 / 3,
    activity: 1 / 5,
    timeInStage: 1 / 5,
    amount: 2 / 15,
    buyingCenter: 1 / 15,
    direction: 1 / 15
});

type Check = keyof typeof HYGIENE_SHARES;
const CHECKS = Object.keys(HYGIENE_SHARES) as Check[];

interface Judged {
    status: DetailStatus;
    text: Message;
    risk?: Risk;
}

const judged = (status: DetailStatus, text: Message): Judged => ({ status, text });
const problem = (text: Message, code: Risk['code'], severity: Risk['severity']): Judged => ({
    status: 'problem',
    text,
    risk: { code, severity, message: text }
});

function closeDate(deal: PreparedDeal): Judged {
    const { closeDay, closeDate: date } = deal.deal;
    if (closeDay === null) {
        return problem(closeDateLine('missing', null), 'NO_CLOSE_DATE', 'high');
    }
    if (deal.closed) {
        return judged('not applicable', closeDateLine('closed', date));
    }
    if (deal.asOfDay === null) {
        return judged('unknown', closeDateLine('unknown', date));
    }
    return closeDay < deal.asOfDay
        ? problem(closeDateLine('past', date), 'CLOSE_DATE_PAST', 'high')
        : judged('in order', closeDateLine('future', date));
}

function activity(deal: PreparedDeal, config: DealScoringConfig): Judged {
    const last = deal.deal.lastActivityDay;
    const idle = deal.asOfDay !== null && last !== null ? deal.asOfDay - last : null;
    if (deal.closed) {
        return judged('not applicable', activityLine('closed', idle, config));
    }
    if (idle === null) {
        return judged('unknown', activityLine('unknown', idle, config));
    }
    return idle > config.staleActivityDays
        ? problem(activityLine('stale', idle, config), 'NO_RECENT_ACTIVITY', 'medium')
        : judged('in order', activityLine('recent', idle, config));
}

function timeInStage(deal: PreparedDeal, config: DealScoringConfig): Judged {
    const stage = deal.deal.stage ?? '';
    const norm = config.daysInStage[stage] ?? config.defaultDaysInStage;
    const entered = deal.history.enteredCurrentDay;
    const days = deal.asOfDay !== null && entered !== null ? deal.asOfDay - entered : null;
    if (deal.closed) {
        return judged('not applicable', stageTimeLine('closed', stage, days, norm));
    }
    if (days === null) {
        return judged('unknown', stageTimeLine('unknown', stage, days, norm));
    }
    return days > norm
        ? problem(stageTimeLine('long', stage, days, norm), 'TOO_LONG_IN_STAGE', 'medium')
        : judged('in order', stageTimeLine('normal', stage, days, norm));
}

function judge(deal: PreparedDeal, config: DealScoringConfig): Record<Check, Judged> {
    const { amount, buyingCenterId } = deal.deal;
    const moves = deal.history.backwardMoves;
    const known = deal.history.known;
    return {
        closeDate: closeDate(deal),
        activity: activity(deal, config),
        timeInStage: timeInStage(deal, config),
        amount:
            amount === null || amount === 0
                ? problem(amountLine(amount), 'NO_AMOUNT', 'low')
                : judged('in order', amountLine(amount)),
        buyingCenter:
            buyingCenterId === null
                ? problem(buyingCenterLine(false, deal.buyingCenterName), 'NO_BUYING_CENTER', 'low')
                : judged('in order', buyingCenterLine(true, deal.buyingCenterName)),
        direction:
            moves.length > 0
                ? problem(directionLine('backwards', moves), 'STAGE_WENT_BACKWARDS', 'low')
                : judged(
                      known ? 'in order' : 'unknown',
                      directionLine(known ? 'forward' : 'unknown', moves)
                  )
    };
}

function hygieneFactor(
    deal: PreparedDeal,
    config: DealScoringConfig
): { factor: Factor; risks: Risk[] } {
    const points = weightOf(config, 'hygiene');
    const verdicts = judge(deal, config);
    const details: FactorDetail[] = [];
    const risks: Risk[] = [];
    let earned = 0;
    for (const check of CHECKS) {
        const { status, text, risk } = verdicts[check];
        const possible = points * HYGIENE_SHARES[check];
        const kept = status === 'problem' ? 0 : possible;
        earned += kept;
        details.push({
            key: check,
            status,
            text,
            earned: kept,
            possible
        });
        if (risk) {
            risks.push(risk);
        }
    }
    return {
        factor: {
            key: 'hygiene',
            label: factorName(),
            earned,
            possible: points,
            reason: hygieneReason(risks.map((risk) => risk.message)),
            details
        },
        risks
    };
}

export const HYGIENE = defineFactor({
    key: 'hygiene',
    // 15 of 100: a past close date or a quiet deal predicts slippage and says how far the rest can
    // be trusted, but clean data alone wins nothing.
    weight: { field: 'Hygiene_Weight__c', defaultValue: 15 },
    points(deal, config) {
        return hygieneFactor(deal, config).factor.earned;
    },
    assess(deal, config) {
        const { factor, risks } = hygieneFactor(deal, config);
        return { factor, risks, actions: () => hygieneCandidates(deal, factor.details) };
    }
});

// Data hygiene: how far the rest of the score can be trusted, and the usual signs of a deal that is
// slipping. Each check holds a share of the points; a problem loses that share. A check that cannot
// be judged (no "as of" date, no stage history) keeps its points and says so: unknown is not no.
import type { DealScoringConfig, DetailStatus, Factor, FactorDetail, Risk } from './types';
import type { PreparedDeal } from './prepare';
import { tenths } from './values';
import {
    activityLine,
    amountLine,
    buyingCenterLine,
    closeDateLine,
    directionLine,
    hygieneReason,
    stageTimeLine
} from './messages';

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
    text: string;
    risk?: Risk;
}

function judge(deal: PreparedDeal, config: DealScoringConfig): Record<Check, Judged> {
    const today = deal.asOfDay;
    const facts = deal.deal;
    const open = !deal.closed;
    const judged = {} as Record<Check, Judged>;

    if (facts.closeDay === null) {
        const text = closeDateLine('missing', null);
        judged.closeDate = {
            status: 'problem',
            text,
            risk: { code: 'NO_CLOSE_DATE', severity: 'high', message: text }
        };
    } else if (!open) {
        judged.closeDate = {
            status: 'not applicable',
            text: closeDateLine('closed', facts.closeDate)
        };
    } else if (today === null) {
        judged.closeDate = { status: 'unknown', text: closeDateLine('unknown', facts.closeDate) };
    } else if (facts.closeDay < today) {
        const text = closeDateLine('past', facts.closeDate);
        judged.closeDate = {
            status: 'problem',
            text,
            risk: { code: 'CLOSE_DATE_PAST', severity: 'high', message: text }
        };
    } else {
        judged.closeDate = { status: 'in order', text: closeDateLine('future', facts.closeDate) };
    }

    const idle =
        today !== null && facts.lastActivityDay !== null ? today - facts.lastActivityDay : null;
    if (!open) {
        judged.activity = { status: 'not applicable', text: activityLine('closed', idle, config) };
    } else if (idle === null) {
        judged.activity = { status: 'unknown', text: activityLine('unknown', idle, config) };
    } else if (idle > config.staleActivityDays) {
        const text = activityLine('stale', idle, config);
        judged.activity = {
            status: 'problem',
            text,
            risk: { code: 'NO_RECENT_ACTIVITY', severity: 'medium', message: text }
        };
    } else {
        judged.activity = { status: 'in order', text: activityLine('recent', idle, config) };
    }

    const stage = facts.stage ?? '';
    const norm = config.daysInStage[stage] ?? config.defaultDaysInStage;
    const entered = deal.history.enteredCurrentDay;
    const days = today !== null && entered !== null ? today - entered : null;
    if (!open) {
        judged.timeInStage = {
            status: 'not applicable',
            text: stageTimeLine('closed', stage, days, norm)
        };
    } else if (days === null) {
        judged.timeInStage = {
            status: 'unknown',
            text: stageTimeLine('unknown', stage, days, norm)
        };
    } else if (days > norm) {
        const text = stageTimeLine('long', stage, days, norm);
        judged.timeInStage = {
            status: 'problem',
            text,
            risk: { code: 'TOO_LONG_IN_STAGE', severity: 'medium', message: text }
        };
    } else {
        judged.timeInStage = {
            status: 'in order',
            text: stageTimeLine('normal', stage, days, norm)
        };
    }

    if (facts.amount === null || facts.amount === 0) {
        const text = amountLine(facts.amount);
        judged.amount = {
            status: 'problem',
            text,
            risk: { code: 'NO_AMOUNT', severity: 'low', message: text }
        };
    } else {
        judged.amount = { status: 'in order', text: amountLine(facts.amount) };
    }

    if (facts.buyingCenterId === null) {
        const text = buyingCenterLine(false, deal.buyingCenterName);
        judged.buyingCenter = {
            status: 'problem',
            text,
            risk: { code: 'NO_BUYING_CENTER', severity: 'low', message: text }
        };
    } else {
        judged.buyingCenter = {
            status: 'in order',
            text: buyingCenterLine(true, deal.buyingCenterName)
        };
    }

    const moves = deal.history.backwardMoves;
    if (moves.length > 0) {
        const text = directionLine('backwards', moves);
        judged.direction = {
            status: 'problem',
            text,
            risk: { code: 'STAGE_WENT_BACKWARDS', severity: 'low', message: text }
        };
    } else {
        judged.direction = {
            status: deal.history.known ? 'in order' : 'unknown',
            text: directionLine(deal.history.known ? 'forward' : 'unknown', moves)
        };
    }
    return judged;
}

export function hygieneFactor(
    deal: PreparedDeal,
    config: DealScoringConfig
): { factor: Factor; risks: Risk[] } {
    const points = config.weights.hygiene;
    const judged = judge(deal, config);
    const details: FactorDetail[] = [];
    const risks: Risk[] = [];
    let earned = 0;
    for (const check of CHECKS) {
        const { status, text, risk } = judged[check];
        const possible = points * HYGIENE_SHARES[check];
        const kept = status === 'problem' ? 0 : possible;
        earned += kept;
        details.push({
            key: check,
            status,
            text,
            earned: tenths(kept),
            possible: tenths(possible)
        });
        if (risk) {
            risks.push(risk);
        }
    }
    return {
        factor: {
            key: 'hygiene',
            label: 'Data hygiene',
            earned,
            possible: points,
            reason: hygieneReason(risks.map((risk) => risk.message)),
            details
        },
        risks
    };
}

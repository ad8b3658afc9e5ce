// Data hygiene: how far the rest of the score can be trusted. Each problem costs points.
import type { DealScoringConfig, Factor, Risk } from './types';
import type { PreparedDeal } from './prepare';
import { dayNumber } from './dates';

// Shares of the hygiene weight lost per problem (they add up to the whole weight).
const COST = {
    pastClose: 1 / 3,
    stale: 0.2,
    overdueInStage: 0.2,
    noAmount: 2 / 15,
    noBuyingCenter: 1 / 15,
    backwards: 1 / 15
};

export function hygieneFactor(
    deal: PreparedDeal,
    config: DealScoringConfig
): { factor: Factor; risks: Risk[] } {
    const possible = config.weights.hygiene;
    const opportunity = deal.opportunity;
    const risks: Risk[] = [];
    const details: string[] = [];
    let lost = 0;
    const today = deal.asOfDay;

    const closeDay = dayNumber(opportunity.CloseDate);
    if (closeDay === null) {
        lost += COST.pastClose;
        risks.push({
            code: 'NO_CLOSE_DATE',
            severity: 'high',
            message: 'The deal has no close date.'
        });
    } else if (today !== null && closeDay < today && opportunity.IsClosed !== true) {
        lost += COST.pastClose;
        risks.push({
            code: 'CLOSE_DATE_PAST',
            severity: 'high',
            message: `The close date ${opportunity.CloseDate} has passed: update it or close the deal.`
        });
    }

    const lastActivity =
        dayNumber(opportunity.LastActivityDate) ?? dayNumber(opportunity.CreatedDate);
    if (today !== null && lastActivity !== null) {
        const idle = today - lastActivity;
        if (idle > config.staleActivityDays) {
            lost += COST.stale;
            risks.push({
                code: 'STALE',
                severity: 'medium',
                message: `No activity for ${idle} days (the limit is ${config.staleActivityDays}).`
            });
        }
    } else {
        details.push('Last activity unknown: staleness not judged.');
    }

    const history = deal.stageHistory;
    const current = opportunity.StageName ?? '';
    const entered = [...history].reverse().find((change) => change.StageName === current);
    const enteredDay = entered ? dayNumber(entered.EnteredAt) : null;
    if (today !== null && enteredDay !== null) {
        const days = today - enteredDay;
        const norm = config.daysInStage[current] ?? config.defaultDaysInStage;
        if (days > norm) {
            lost += COST.overdueInStage;
            risks.push({
                code: 'TOO_LONG_IN_STAGE',
                severity: 'medium',
                message: `${days} days in ${current}; the norm is ${norm}.`
            });
        }
    } else {
        details.push('Time in stage unknown: no stage history.');
    }
    const indexes = history.map((change) => deal.stageOrder.indexOf(change.StageName));
    if (indexes.some((index, i) => i > 0 && index >= 0 && index < (indexes[i - 1] ?? -1))) {
        lost += COST.backwards;
        risks.push({
            code: 'STAGE_WENT_BACKWARDS',
            severity: 'low',
            message: 'The deal moved back a stage.'
        });
    }

    if (deal.amount === null || deal.amount === 0) {
        lost += COST.noAmount;
        risks.push({ code: 'NO_AMOUNT', severity: 'low', message: 'The deal has no amount.' });
    }
    if (!opportunity.Buying_Center__c) {
        lost += COST.noBuyingCenter;
        risks.push({
            code: 'NO_BUYING_CENTER',
            severity: 'low',
            message: 'The deal is not tied to a buying center.'
        });
    }
    const earned = possible * Math.max(0, 1 - lost);
    const problems = risks.map((risk) => risk.message);
    return {
        factor: {
            key: 'hygiene',
            label: 'Data hygiene',
            earned,
            possible,
            reason:
                problems.length === 0
                    ? 'Close date, activity, amount and buying center are in order.'
                    : `${problems.length} data problem${problems.length === 1 ? '' : 's'}: ${problems.join(' ')}`,
            details
        },
        risks
    };
}

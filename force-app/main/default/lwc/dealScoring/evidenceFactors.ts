// Evidence and qualification: importance × state over the maximum, for the criteria that apply.
import type { StageCriterionRecord } from 'c/atlasModel';
import type { DealScoringConfig, Factor, Risk } from './types';
import type { PreparedDeal } from './prepare';
import { evidenceReason, qualificationReason } from './messages';

const QUALIFICATION_QUESTIONS = [
    'Is there an opportunity?',
    'Can we compete?',
    'Can we win?',
    'Is it worth winning?'
];

interface Weighed {
    ratio: number;
    met: number;
    unassessed: number;
}

function importanceOf(criterion: StageCriterionRecord, config: DealScoringConfig): number {
    return (
        config.importanceWeights[criterion.Importance__c ?? ''] ??
        config.importanceWeights.Important ??
        2
    );
}

export function stateOf(
    deal: PreparedDeal,
    criterionId: string,
    config: DealScoringConfig
): number {
    const state = deal.evidenceByCriterion.get(criterionId)?.State__c ?? '';
    return config.stateValues[state] ?? 0;
}

function weigh(
    deal: PreparedDeal,
    criteria: StageCriterionRecord[],
    config: DealScoringConfig
): Weighed {
    const yes = config.stateValues.Yes ?? 2;
    let earned = 0;
    let possible = 0;
    let met = 0;
    let unassessed = 0;
    for (const criterion of criteria) {
        const importance = importanceOf(criterion, config);
        const state = stateOf(deal, criterion.Id, config);
        earned += importance * state;
        possible += importance * yes;
        met += state >= yes ? 1 : 0;
        unassessed += deal.evidenceByCriterion.has(criterion.Id) ? 0 : 1;
    }
    // Nothing configured earns half: a missing setup should neither sink nor lift a deal.
    return { ratio: possible > 0 ? earned / possible : 0.5, met, unassessed };
}

export function evidenceFactor(deal: PreparedDeal, config: DealScoringConfig): Factor {
    const weighed = weigh(deal, deal.stageCriteria, config);
    const possible = config.weights.evidence;
    const details = deal.stageCriteria.map((criterion) => {
        const state = deal.evidenceByCriterion.get(criterion.Id)?.State__c ?? 'not yet assessed';
        return `${criterion.Stage__c}: ${criterion.Question__c} — ${state}`;
    });
    return {
        key: 'evidence',
        label: 'Customer evidence',
        earned: possible * weighed.ratio,
        possible,
        reason: evidenceReason(
            weighed.met,
            deal.stageCriteria.length,
            weighed.unassessed,
            weighed.ratio
        ),
        details
    };
}

export function qualificationFactor(deal: PreparedDeal, config: DealScoringConfig): Factor {
    const weighed = weigh(deal, deal.qualificationCriteria, config);
    const possible = config.weights.qualification;
    const details = QUALIFICATION_QUESTIONS.map((question) => {
        const asked = deal.qualificationCriteria.filter((c) => c.Category__c === question);
        if (asked.length === 0) {
            return `${question} — no question configured`;
        }
        const part = weigh(deal, asked, config);
        return `${question} — ${Math.round(part.ratio * 100)}%`;
    });
    return {
        key: 'qualification',
        label: 'Qualification',
        earned: possible * weighed.ratio,
        possible,
        reason: qualificationReason(
            deal.qualificationCriteria.length,
            weighed.unassessed,
            weighed.ratio
        ),
        details
    };
}

/** Required criteria of stages before the current one that are still not met. */
export function earlierRequiredRisks(deal: PreparedDeal, config: DealScoringConfig): Risk[] {
    const current = deal.opportunity.StageName;
    const yes = config.stateValues.Yes ?? 2;
    return deal.stageCriteria
        .filter(
            (criterion) =>
                criterion.Required__c === true &&
                criterion.Stage__c !== current &&
                stateOf(deal, criterion.Id, config) < yes
        )
        .map((criterion) => ({
            code: 'EARLIER_REQUIRED_CRITERION_UNMET',
            severity: 'high' as const,
            message: `Required in ${criterion.Stage__c} but still not met: ${criterion.Question__c}`
        }));
}

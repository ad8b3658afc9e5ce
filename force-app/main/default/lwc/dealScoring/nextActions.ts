// Next best actions: every fix the score knows how to reward is tried on a copy of the deal and the
// deal re-scored, so the points an action claims are exactly the points it adds. Ranked by points.
import type { BuyingCenterCoverage } from 'c/buyingCenterCoverage';
import type { ActionChange, DealScoringInput, FactorDetail, NextAction } from './types';
import type { PreparedDeal } from './prepare';
import type { Weighing } from './weigh';
import { applyActionChange, SIMULATED_PREFIX } from './applyActionChange';
import { compareText } from './values';
import { relationshipCandidates } from './relationshipActions';
import type { Candidate } from './relationshipActions';
import {
    logActivity,
    meetCriterion,
    setAmount,
    setBuyingCenter,
    updateCloseDate
} from './actionMessages';

function evidenceCandidates(staged: Weighing, qualification: Weighing): Candidate[] {
    return [...staged.lines, ...qualification.lines]
        .filter((line) => line.state !== 'Yes')
        .map((line) => {
            const criterionId = line.criterion.record.Id;
            const change: ActionChange = { kind: 'evidence', criterionId, state: 'Yes' };
            return {
                code: line.criterion.stageIndex < 0 ? 'ANSWER_QUALIFICATION' : 'MEET_CRITERION',
                message: meetCriterion(line.criterion.record, line.state),
                change,
                criterionId
            };
        });
}

function hygieneCandidates(deal: PreparedDeal, asOf: string, hygiene: FactorDetail[]): Candidate[] {
    const problem = (key: string) =>
        hygiene.some((detail) => detail.key === key && detail.status === 'problem');
    const list: Candidate[] = [];
    if (problem('closeDate') && asOf) {
        list.push({
            code: 'UPDATE_CLOSE_DATE',
            message: updateCloseDate(deal.deal.closeDate),
            change: { kind: 'opportunity', fields: { CloseDate: asOf } }
        });
    }
    if (problem('activity') && asOf) {
        list.push({
            code: 'LOG_ACTIVITY',
            message: logActivity(),
            change: { kind: 'opportunity', fields: { LastActivityDate: asOf } }
        });
    }
    if (problem('amount')) {
        // Any positive amount scores the same; 1 stands for the amount the rep will enter.
        list.push({
            code: 'SET_AMOUNT',
            message: setAmount(),
            change: { kind: 'opportunity', fields: { Amount: 1 } }
        });
    }
    if (problem('buyingCenter')) {
        const centers = deal.members
            .map((member) => member.Buying_Center__c)
            .filter((id): id is string => typeof id === 'string' && id.length > 0)
            .sort(compareText);
        list.push({
            code: 'SET_BUYING_CENTER',
            message: setBuyingCenter(deal.buyingCenterName),
            change: {
                kind: 'opportunity',
                fields: { Buying_Center__c: centers[0] ?? `${SIMULATED_PREFIX}buying-center` }
            }
        });
    }
    return list;
}

export interface ActionContext {
    input: DealScoringInput;
    deal: PreparedDeal;
    coverage: BuyingCenterCoverage;
    staged: Weighing;
    qualification: Weighing;
    hygiene: FactorDetail[];
    baseScore: number;
    /** The score of a changed input (no next actions): the same scorer as the base score. */
    scoreOf: (input: DealScoringInput) => number;
}

/** The actions that add points, most points first. */
export function nextActions(context: ActionContext): NextAction[] {
    const { deal } = context;
    if (deal.closed) {
        return [];
    }
    const asOf = deal.asOfDay === null ? '' : String(context.input.asOf).slice(0, 10);
    const candidates = [
        ...evidenceCandidates(context.staged, context.qualification),
        ...relationshipCandidates(deal, context.coverage),
        ...hygieneCandidates(deal, asOf, context.hygiene)
    ];
    const ranked: { action: NextAction; place: number }[] = [];
    candidates.forEach((candidate, place) => {
        const changed = applyActionChange(context.input, candidate.change);
        const gain = context.scoreOf(changed) - context.baseScore;
        if (gain > 0) {
            const { code, message, change, criterionId, memberId } = candidate;
            const action: NextAction = { code, message, gain, change };
            if (criterionId) {
                action.criterionId = criterionId;
            }
            if (memberId) {
                action.memberId = memberId;
            }
            ranked.push({ action, place });
        }
    });
    // Ties keep the order candidates were made in: criteria in process order, then people, then data.
    ranked.sort((a, b) => b.action.gain - a.action.gain || a.place - b.place);
    return ranked.map(({ action }) => action);
}

// Next best actions: each candidate is applied to a copy of the deal and re-scored, so every gain
// shown is the real number of points the action would add.
import type { BuyingCenterMemberRecord, DealEvidenceRecord } from 'c/atlasModel';
import { assessBuyingCenterCoverage } from 'c/buyingCenterCoverage';
import type { DealScoringConfig, DealScoringInput, NextAction } from './types';
import type { PreparedDeal } from './prepare';
import { stateOf } from './evidenceFactors';
import { compareText, dayNumber } from './dates';

interface Candidate {
    code: string;
    message: string;
    criterionId?: string;
    apply: (input: DealScoringInput) => DealScoringInput;
}

function withEvidenceYes(input: DealScoringInput, criterionId: string): DealScoringInput {
    const others = input.evidence.filter((record) => record?.Stage_Criterion__c !== criterionId);
    const met: DealEvidenceRecord = {
        Id: `simulated-${criterionId}`,
        Opportunity__c: input.opportunity.Id,
        Stage_Criterion__c: criterionId,
        State__c: 'Yes'
    };
    return { ...input, evidence: [...others, met] };
}

function withMember(
    input: DealScoringInput,
    member: Omit<BuyingCenterMemberRecord, 'Id' | 'Buying_Center__c' | 'Contact__c'>,
    code: string
): DealScoringInput {
    const simulated: BuyingCenterMemberRecord = {
        Id: `simulated-${code}`,
        Buying_Center__c: input.opportunity.Buying_Center__c ?? '',
        Contact__c: `simulated-${code}`,
        ...member
    };
    return { ...input, members: [...input.members, simulated] };
}

function candidates(deal: PreparedDeal, config: DealScoringConfig): Candidate[] {
    const yes = config.stateValues.Yes ?? 2;
    const list: Candidate[] = [];
    for (const criterion of [...deal.stageCriteria, ...deal.qualificationCriteria]) {
        if (stateOf(deal, criterion.Id, config) < yes) {
            list.push({
                code: criterion.Stage__c ? 'MEET_CRITERION' : 'ANSWER_QUALIFICATION',
                message: `Get customer evidence: ${criterion.Question__c}`,
                criterionId: criterion.Id,
                apply: (input) => withEvidenceYes(input, criterion.Id)
            });
        }
    }
    const coverage = assessBuyingCenterCoverage(deal.members);
    if (!coverage.supportiveDecisionMakerEngaged) {
        list.push({
            code: 'ENGAGE_DECISION_MAKER',
            message: 'Engage a decision maker or approver who supports us, more than once.',
            apply: (input) =>
                withMember(
                    input,
                    {
                        Buying_Role__c: 'Decision Maker',
                        Support__c: 'Supporter',
                        Coverage__c: 'Multiple',
                        Influence__c: 'High'
                    },
                    'decision-maker'
                )
        });
    }
    if (!coverage.hasCoach) {
        list.push({
            code: 'FIND_COACH',
            message: 'Find a coach: someone inside who wants us to win and will guide us.',
            apply: (input) =>
                withMember(
                    input,
                    {
                        Buying_Role__c: 'Coach',
                        Support__c: 'Mentor',
                        Coverage__c: 'Brief',
                        Influence__c: 'Medium'
                    },
                    'coach'
                )
        });
    }
    if (coverage.unaddressedOpposition.length > 0) {
        const opposed = new Set(coverage.unaddressedOpposition);
        list.push({
            code: 'ADDRESS_OPPOSITION',
            message: 'Meet the influential opponents, learn their objections and address them.',
            apply: (input) => ({
                ...input,
                members: input.members.map((member) => {
                    return opposed.has(member.Id) ? { ...member, Coverage__c: 'Multiple' } : member;
                })
            })
        });
    }
    if (deal.members.length > 0 && coverage.engagedMemberCount < 2) {
        list.push({
            code: 'MULTI_THREAD',
            message: 'Build a second strong relationship so the deal does not hang on one person.',
            apply: (input) =>
                withMember(
                    input,
                    {
                        Buying_Role__c: 'Evaluator',
                        Support__c: 'Neutral',
                        Coverage__c: 'Multiple',
                        Influence__c: 'Medium'
                    },
                    'second-thread'
                )
        });
    }
    const opportunity = deal.opportunity;
    const closeDay = dayNumber(opportunity.CloseDate);
    if (deal.asOfDay !== null && (closeDay === null || closeDay < deal.asOfDay)) {
        list.push({
            code: 'UPDATE_CLOSE_DATE',
            message: 'Set a realistic close date.',
            apply: (input) => ({
                ...input,
                opportunity: { ...input.opportunity, CloseDate: input.asOf }
            })
        });
    }
    const lastActivity =
        dayNumber(opportunity.LastActivityDate) ?? dayNumber(opportunity.CreatedDate);
    if (
        deal.asOfDay !== null &&
        lastActivity !== null &&
        deal.asOfDay - lastActivity > config.staleActivityDays
    ) {
        list.push({
            code: 'LOG_ACTIVITY',
            message: 'Talk to the customer and log it: the deal has gone quiet.',
            apply: (input) => ({
                ...input,
                opportunity: { ...input.opportunity, LastActivityDate: input.asOf }
            })
        });
    }
    if (deal.amount === null || deal.amount === 0) {
        list.push({
            code: 'SET_AMOUNT',
            message: 'Enter the amount of the deal.',
            apply: (input) => ({ ...input, opportunity: { ...input.opportunity, Amount: 1 } })
        });
    }
    if (!opportunity.Buying_Center__c) {
        list.push({
            code: 'SET_BUYING_CENTER',
            message: 'Tie the deal to the buying center that buys it.',
            apply: (input) => ({
                ...input,
                opportunity: { ...input.opportunity, Buying_Center__c: 'simulated-buying-center' }
            })
        });
    }
    return list;
}

/** Ranks the actions by the points they add; actions that add nothing are left out. */
export function nextActions(
    input: DealScoringInput,
    deal: PreparedDeal,
    config: DealScoringConfig,
    baseScore: number,
    scoreOf: (input: DealScoringInput) => number
): NextAction[] {
    const actions: NextAction[] = [];
    for (const candidate of candidates(deal, config)) {
        const gain = scoreOf(candidate.apply(input)) - baseScore;
        if (gain > 0) {
            const action: NextAction = { code: candidate.code, message: candidate.message, gain };
            if (candidate.criterionId) {
                action.criterionId = candidate.criterionId;
            }
            actions.push(action);
        }
    }
    return actions.sort(
        (a, b) =>
            b.gain - a.gain || compareText(a.code, b.code) || compareText(a.message, b.message)
    );
}

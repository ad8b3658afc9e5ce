// Qualification: the questions asked at every stage (criteria with no stage), grouped by the four
// questions that tell a deal worth chasing — is there an opportunity, can we compete, can we win, is
// it worth winning. They catch the first reason sales are lost: we should not have been there.
import type { DealScoringConfig, Factor, FactorDetail } from './types';
import type { PreparedDeal } from './prepare';
import { tally, weigh, weighedPoints } from './weigh';
import type { Weighing } from './weigh';
import { defineFactor, unknownCreditOf, weightOf } from './factor';
import { qualificationRisks } from './criteriaRisks';
import { criterionCandidates } from './criterionActions';
import { criterionDetails, unknownPoints } from './evidenceFactor';
import { FOUR_QUESTIONS } from './prepareCriteria';
import { qualificationReason } from './criterionMessages';
import { factorLabel, noQualificationReason, questionNotConfigured } from './messages';

/** `weighing`: the qualification questions. */
function qualificationFactor(
    deal: PreparedDeal,
    config: DealScoringConfig,
    weighing: Weighing
): Factor {
    const points = weightOf(config, 'qualification');
    if (weighing.possible === 0) {
        const credit = unknownCreditOf(config, 'qualification');
        return unknownPoints(
            'qualification',
            factorLabel('qualification'),
            points,
            credit,
            noQualificationReason(credit),
            'not configured'
        );
    }
    // The lines of each question, from the weighing already made (same criteria, same order).
    const byQuestion = new Map<string, Weighing>();
    for (const question of FOUR_QUESTIONS) {
        byQuestion.set(
            question,
            tally(weighing.lines.filter((line) => line.criterion.record.Category__c === question))
        );
    }
    const missing: FactorDetail[] = FOUR_QUESTIONS.filter(
        (question) => byQuestion.get(question)?.lines.length === 0
    ).map((question) => ({
        key: question,
        status: 'not configured',
        text: questionNotConfigured(question),
        earned: 0,
        possible: 0
    }));
    return {
        key: 'qualification',
        label: factorLabel('qualification'),
        earned: weighedPoints(points, weighing, unknownCreditOf(config, 'qualification')),
        possible: points,
        reason: qualificationReason(weighing, byQuestion),
        details: [...criterionDetails(weighing.lines, points, weighing.possible, deal), ...missing]
    };
}

const questionsOf = (deal: PreparedDeal, config: DealScoringConfig): Weighing =>
    weigh(deal.criteria.qualification, deal.answers, config);

export const QUALIFICATION = defineFactor({
    key: 'qualification',
    // 20 of 100: the four questions catch the other reason deals are lost — "we should not have
    // been there". Few questions, so each weighs a lot.
    weight: { field: 'Qualification_Weight__c', defaultValue: 20 },
    // Unknown is not bad: half the points until sales ops add qualification questions.
    unknownCredit: { field: 'Unknown_Qualification_Credit__c', defaultValue: 0.5, most: 1 },
    points(deal, config) {
        return weighedPoints(
            weightOf(config, 'qualification'),
            questionsOf(deal, config),
            unknownCreditOf(config, 'qualification')
        );
    },
    assess(deal, config) {
        const questions = questionsOf(deal, config);
        return {
            factor: qualificationFactor(deal, config, questions),
            risks: qualificationRisks(questions),
            actions: () => criterionCandidates(questions)
        };
    }
});

// Qualification: the questions asked at every stage (criteria with no stage), grouped by the four
// questions that tell a deal worth chasing — is there an opportunity, can we compete, can we win, is
// it worth winning. They catch the first reason sales are lost: we should not have been there.
import type { DealScoringConfig, Factor, FactorDetail } from './types';
import type { PreparedDeal } from './prepare';
import { tally, weighedPoints } from './weigh';
import type { Weighing } from './weigh';
import { criterionDetails, unknownPoints } from './evidenceFactor';
import { FOUR_QUESTIONS } from './prepareCriteria';
import { qualificationReason } from './criterionMessages';
import { noQualificationReason, questionNotConfigured } from './messages';

/** `weighing`: the qualification questions. */
export function qualificationFactor(
    deal: PreparedDeal,
    config: DealScoringConfig,
    weighing: Weighing
): Factor {
    const points = config.weights.qualification;
    if (weighing.possible === 0) {
        const credit = config.unknownCredits.qualification;
        return unknownPoints(
            'qualification',
            'Qualification',
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
        label: 'Qualification',
        earned: weighedPoints(points, weighing, config.unknownCredits.qualification),
        possible: points,
        reason: qualificationReason(weighing, byQuestion),
        details: [...criterionDetails(weighing.lines, points, weighing.possible, deal), ...missing]
    };
}

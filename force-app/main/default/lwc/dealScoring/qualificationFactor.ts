// Qualification: the questions asked at every stage (criteria with no stage), grouped by the active
// sales framework's groups (TAS's four questions by default, MEDDICC's letters, BANT…), each group's
// weight multiplying its questions' importance. They catch the first reason sales are lost: we
// should not have been there.
import type { DealScoringConfig, Factor, FactorDetail } from './types';
import type { PreparedDeal } from './prepare';
import { say } from './messageLabels';
import type { Message } from 'c/atlasMessages';
import { tally, weigh, weighedPoints } from './weigh';
import type { Weighing } from './weigh';
import { defineFactor, unknownCreditOf, weightOf } from './factor';
import { qualificationRisks } from './criteriaRisks';
import { competitorRisks } from './competitorRisks';
import { criterionCandidates } from './criterionActions';
import { criterionDetails, unknownPoints } from './evidenceFactor';
import { groupTitle } from 'c/salesFramework';
import { qualificationReason } from './criterionMessages';
import { noQualificationReason, questionNotConfigured } from './messages';

/** The factor's name: "Qualification". */
const factorName = (): Message => say('Atlas_DSM_Factor_Qualification');

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
            factorName(),
            points,
            credit,
            noQualificationReason(credit),
            'not configured'
        );
    }
    // The lines of each group, in the framework's order, from the weighing already made (same
    // criteria, same order).
    const byGroup = new Map<string, Weighing>();
    const missing: FactorDetail[] = [];
    for (const group of deal.criteria.groups) {
        const title = groupTitle(group);
        const part = tally(weighing.lines.filter((line) => line.criterion.group === group));
        byGroup.set(title, part);
        if (part.lines.length === 0) {
            missing.push({
                key: group.label,
                status: 'not configured',
                text: questionNotConfigured(title),
                earned: 0,
                possible: 0
            });
        }
    }
    return {
        key: 'qualification',
        label: factorName(),
        earned: weighedPoints(points, weighing, unknownCreditOf(config, 'qualification')),
        possible: points,
        reason: qualificationReason(weighing, byGroup),
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
        const competitors = competitorRisks(deal, questions);
        return {
            factor: qualificationFactor(deal, config, questions),
            risks: [...qualificationRisks(questions, competitors), ...competitors],
            actions: () => criterionCandidates(questions)
        };
    }
});

// Risks of the deal's competitors: a listed competitor we cannot compete with, or cannot win against,
// yet. Each asks a coaching question rather than giving a verdict; neither moves the score by itself
// (the capped answers do, see competitorPositions.ts). Each points to the qualification question it is
// about, as the other criterion risks do, so the panel links it to that question in the checklist
// (the customer's No it stands in for, criteriaRisks.ts, carried the same link).
import type { Risk } from './types';
import type { PreparedDeal } from './prepare';
import type { Weighing } from './weigh';
import { say } from './messageLabels';
import { competitionQuestionOf } from './competitorPositions';
import type { CompetitionQuestion } from './competitorPositions';

/** The first of the deal's qualification questions that asks `question`, if the org has one. */
function criterionAsking(questions: Weighing, question: CompetitionQuestion): string | undefined {
    return questions.lines.find(
        (line) => competitionQuestionOf(line.criterion.record, line.criterion.group) === question
    )?.criterion.record.Id;
}

/**
 * One risk per competitor we cannot win against, else cannot compete with; a closed deal has none.
 * `questions`: the deal's qualification questions, weighed.
 */
export function competitorRisks(deal: PreparedDeal, questions: Weighing): Risk[] {
    if (deal.closed) {
        return [];
    }
    const criterionOf = (question: CompetitionQuestion) => {
        const criterionId = criterionAsking(questions, question);
        return criterionId ? { criterionId } : {};
    };
    const risks: Risk[] = [];
    for (const competitor of deal.competitors) {
        if (competitor.win === 'No') {
            risks.push({
                code: 'COMPETITOR_CANNOT_WIN',
                severity: 'high',
                message: say('Atlas_DSM_Risk_Competitor_Cannot_Win', competitor.name),
                competitorId: competitor.id,
                ...criterionOf('win')
            });
        } else if (competitor.compete === 'No') {
            risks.push({
                code: 'COMPETITOR_CANNOT_COMPETE',
                severity: 'high',
                message: say('Atlas_DSM_Risk_Competitor_Cannot_Compete', competitor.name),
                competitorId: competitor.id,
                ...criterionOf('compete')
            });
        }
    }
    return risks;
}

/** The competition questions these risks already report a No on, naming the competitor. */
export function questionsReportedBy(risks: readonly Risk[]): ReadonlySet<CompetitionQuestion> {
    const reported = new Set<CompetitionQuestion>();
    for (const risk of risks) {
        if (risk.code === 'COMPETITOR_CANNOT_WIN') {
            reported.add('win');
        } else if (risk.code === 'COMPETITOR_CANNOT_COMPETE') {
            reported.add('compete');
        }
    }
    return reported;
}

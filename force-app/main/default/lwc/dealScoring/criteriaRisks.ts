// Risks the criteria reveal: a gate that was skipped (a required criterion of an earlier stage still
// unmet), and the customer saying No where it matters most.
import type { Risk } from './types';
import type { PreparedDeal } from './prepare';
import type { Weighing } from './weigh';
import { waiverOf } from './waivers';
import { competitionQuestionOf } from './competitorPositions';
import { questionsReportedBy } from './competitorRisks';
import { customerSaidNo, earlierRequiredUnmet, qualificationAnsweredNo } from './criterionMessages';

/** `staged`: the criteria of the deal's stage and the stages before it. */
export function stagedRisks(deal: PreparedDeal, staged: Weighing): Risk[] {
    const risks: Risk[] = [];
    for (const line of staged.lines) {
        const { record, stageIndex } = line.criterion;
        const required = record.Required__c === true;
        // A waived criterion is a manager's decision on the record, not a skipped gate.
        if (required && stageIndex < deal.stageIndex && line.state !== 'Yes' && !waiverOf(line)) {
            risks.push({
                code: 'EARLIER_REQUIRED_CRITERION_UNMET',
                severity: 'high',
                message: earlierRequiredUnmet(line),
                criterionId: record.Id
            });
        } else if (line.state === 'No' && (required || record.Importance__c === 'Essential')) {
            risks.push({
                code: 'CUSTOMER_SAID_NO',
                severity: 'medium',
                message: customerSaidNo(line),
                criterionId: record.Id
            });
        }
    }
    return risks;
}

/**
 * A qualification No is the customer's risk, unless a competitor already reports that question
 * (`competitorRisks`): then the competitor's risk says it once, by name, and this one is left out.
 */
export function qualificationRisks(
    qualification: Weighing,
    competitorRisks: readonly Risk[] = []
): Risk[] {
    const reported = questionsReportedBy(competitorRisks);
    const risks: Risk[] = [];
    for (const line of qualification.lines) {
        const { record, group } = line.criterion;
        const question = competitionQuestionOf(record, group);
        // A No set by a competitor is that competitor's risk (competitorRisks.ts), not the customer's.
        const byCompetitor =
            line.answer?.against !== undefined || (question !== null && reported.has(question));
        if (line.state === 'No' && !byCompetitor) {
            risks.push({
                code: 'QUALIFICATION_ANSWERED_NO',
                severity: 'high',
                message: qualificationAnsweredNo(line),
                criterionId: record.Id
            });
        }
    }
    return risks;
}

// Risks the criteria reveal: a gate that was skipped (a required criterion of an earlier stage still
// unmet), and the customer saying No where it matters most.
import type { Risk } from './types';
import type { PreparedDeal } from './prepare';
import type { Weighing } from './weigh';
import { waiverOf } from './waivers';
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

export function qualificationRisks(qualification: Weighing): Risk[] {
    const risks: Risk[] = [];
    for (const line of qualification.lines) {
        // A No set by a competitor is that competitor's risk (competitorRisks.ts), not the customer's.
        if (line.state === 'No' && line.answer?.against === undefined) {
            risks.push({
                code: 'QUALIFICATION_ANSWERED_NO',
                severity: 'high',
                message: qualificationAnsweredNo(line),
                criterionId: line.criterion.record.Id
            });
        }
    }
    return risks;
}

// The next best action of every criterion not met yet, stage criteria and qualification questions
// alike: record the customer's Yes. Its gain is what re-scoring with that Yes adds.
import type { ActionChange } from './types';
import type { Candidate } from './factor';
import type { Weighing } from './weigh';
import { meetCriterion } from './actionMessages';
import { groupNameOf } from './wording';
import { waiverOf } from './waivers';

export function criterionCandidates(weighing: Weighing): Candidate[] {
    return weighing.lines
        .filter((line) => line.state !== 'Yes')
        .map((line) => {
            const criterionId = line.criterion.record.Id;
            const change: ActionChange = { kind: 'evidence', criterionId, state: 'Yes' };
            return {
                code: line.criterion.stageIndex < 0 ? 'ANSWER_QUALIFICATION' : 'MEET_CRITERION',
                message: meetCriterion(
                    line.criterion.record,
                    line.state,
                    groupNameOf(line.criterion),
                    waiverOf(line) !== null
                ),
                change,
                criterionId
            };
        });
}

// The words of the criteria's next best action (record the customer's evidence), as messages: a
// custom label and its parameters. Evidence and qualification share it; each other factor keeps the
// words of its actions in its own messages module (relationshipMessages.ts, hygieneMessages.ts).
import type { Message } from 'c/atlasMessages';
import type { EvidenceState, StageCriterionRecord } from 'c/atlasModel';
import type { DealMessageLabel } from './messageLabels';
import { say } from './messageLabels';
import { questionWording, stageWording } from './wording';

const MEET: Record<'In Progress' | 'No' | 'other', [DealMessageLabel, DealMessageLabel]> = {
    'In Progress': ['Atlas_DSM_Action_Finish_Evidence', 'Atlas_DSM_Action_Finish_Evidence_At'],
    No: ['Atlas_DSM_Action_Change_No', 'Atlas_DSM_Action_Change_No_At'],
    other: ['Atlas_DSM_Action_Ask_Evidence', 'Atlas_DSM_Action_Ask_Evidence_At']
};

/**
 * Record the customer's evidence for a criterion, worded by its state and naming its stage (or, for
 * a qualification question, its framework group: `groupName`); `waived`: a manager waived it here.
 */
export function meetCriterion(
    record: StageCriterionRecord,
    state: EvidenceState | null,
    groupName: string | null = record.Category__c ?? null,
    waived = false
): Message {
    const [plain, atStage] = MEET[state === 'In Progress' || state === 'No' ? state : 'other'];
    if (!record.Stage__c) {
        return say(plain, questionWording(groupName, record.Question__c));
    }
    return say(
        atStage,
        stageWording(record.Stage__c, record.Required__c === true, waived),
        record.Question__c
    );
}

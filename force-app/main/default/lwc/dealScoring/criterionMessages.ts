// The words about criteria and their evidence, as messages: a criterion's line, the evidence and
// qualification reasons and the risks of unmet or refused outcomes (they read the weighing, weigh.ts).
import type { Message, MessageParam } from 'c/atlasMessages';
import { dateOf, joined, percentOf } from 'c/atlasMessages';
import type { WeighedLine, Weighing } from './weigh';
import type { DealMessageLabel } from './messageLabels';
import { say, sayCounted } from './messageLabels';
import { groupNameOf, questionWording } from './wording';

const STATE_LABELS: Readonly<Record<string, DealMessageLabel>> = {
    Yes: 'Atlas_DSM_State_Met',
    'In Progress': 'Atlas_DSM_State_In_Progress',
    No: 'Atlas_DSM_State_Said_No'
};

function stateText(line: WeighedLine): MessageParam {
    if (line.state === null) {
        return say('Atlas_DSM_State_Not_Assessed');
    }
    const label = STATE_LABELS[line.state];
    return label ? say(label) : line.state;
}

/** "Needs Analysis (required): Customer agreed … — met, verified by Marcus Bell on 2026-11-13." */
export function criterionLine(line: WeighedLine, names: ReadonlyMap<string, string>): Message {
    const { record } = line.criterion;
    let state = stateText(line);
    const verifier = line.answer?.record.Verified_By__c;
    const verifiedOn = line.answer?.record.Verified_On__c;
    const by =
        line.state !== null && typeof verifier === 'string' ? names.get(verifier) : undefined;
    const on = line.state !== null && typeof verifiedOn === 'string' ? verifiedOn : undefined;
    if (line.answer?.against !== undefined) {
        // A competitor's position set it: the deal's own verifier did not verify this.
        state = say('Atlas_DSM_State_Against_Competitor', state, line.answer.against);
    } else if (by && on) {
        state = say('Atlas_DSM_Verified_By_On', state, by, dateOf(on));
    } else if (by) {
        state = say('Atlas_DSM_Verified_By', state, by);
    } else if (on) {
        state = say('Atlas_DSM_Verified_On', state, dateOf(on));
    }
    if (!record.Stage__c) {
        return say(
            'Atlas_DSM_Line_Question',
            questionWording(groupNameOf(line.criterion), record.Question__c),
            state
        );
    }
    const stage =
        record.Required__c === true
            ? say('Atlas_DSM_Stage_Required', record.Stage__c)
            : record.Stage__c;
    return say('Atlas_DSM_Line_Criterion', stage, record.Question__c, state);
}

/** "2 in progress, 1 answered No", or null when every line is met or not asked. */
function countsOf(weighing: Weighing): MessageParam | null {
    const parts: Message[] = [];
    if (weighing.inProgress > 0) {
        parts.push(say('Atlas_DSM_Count_In_Progress', weighing.inProgress));
    }
    if (weighing.saidNo > 0) {
        parts.push(say('Atlas_DSM_Count_Said_No', weighing.saidNo));
    }
    if (weighing.notAssessed > 0) {
        parts.push(say('Atlas_DSM_Count_Not_Assessed', weighing.notAssessed));
    }
    return parts.length > 0 ? joined(parts, 'comma') : null;
}

export function evidenceReason(weighing: Weighing, stage: string): Message {
    const total = weighing.lines.length;
    const criteria = sayCounted('Atlas_DSM_Criteria_One', 'Atlas_DSM_Criteria_Other', total, total);
    const share = percentOf(weighing.earned / weighing.possible);
    const counts = countsOf(weighing);
    return counts === null
        ? say('Atlas_DSM_Reason_Evidence', weighing.met, criteria, stage, share)
        : say('Atlas_DSM_Reason_Evidence_Counts', weighing.met, criteria, stage, share, counts);
}

export function qualificationReason(
    weighing: Weighing,
    byQuestion: ReadonlyMap<string, Weighing>
): Message {
    const parts = [...byQuestion].map(([question, part]) => {
        if (part.lines.length === 0) {
            return say('Atlas_DSM_Question_Not_Asked', question);
        }
        if (part.notAssessed === part.lines.length) {
            return say('Atlas_DSM_Question_Not_Assessed', question);
        }
        return say('Atlas_DSM_Question_Share', question, percentOf(part.earned / part.possible));
    });
    const share = percentOf(weighing.earned / weighing.possible);
    const counts = countsOf(weighing);
    const questions = joined(parts, 'semicolon');
    return counts === null
        ? say('Atlas_DSM_Reason_Qualification', share, questions)
        : say('Atlas_DSM_Reason_Qualification_Counts', share, questions, counts);
}

export function earlierRequiredUnmet(line: WeighedLine): Message {
    const { record } = line.criterion;
    return say(
        'Atlas_DSM_Risk_Left_Without_Required',
        record.Stage__c ?? '',
        stateText(line),
        record.Question__c
    );
}

/** Names the criterion's own stage: it may be an earlier one than the deal's. */
export function customerSaidNo(line: WeighedLine): Message {
    const { record } = line.criterion;
    return say(
        record.Required__c === true ? 'Atlas_DSM_Risk_Said_No_Required' : 'Atlas_DSM_Risk_Said_No',
        record.Stage__c ?? '',
        record.Question__c
    );
}

export function qualificationAnsweredNo(line: WeighedLine): Message {
    const { record } = line.criterion;
    return say(
        'Atlas_DSM_Risk_Qualification_No',
        questionWording(groupNameOf(line.criterion), record.Question__c)
    );
}

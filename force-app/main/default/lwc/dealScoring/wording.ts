// Pieces of wording several deal score messages share: a person, a question with its category, a
// criterion's stage. Messages, not strings: panels word them with labels.
import type { MessageParam } from 'c/atlasMessages';
import type { BuyingCenterMemberRecord } from 'c/atlasModel';
import { groupTitle } from 'c/salesFramework';
import { say } from './messageLabels';
import type { WeighedCriterion } from './prepareCriteria';

/** "Marcus Bell (Decision Maker)" when the contact's name is known, else "the Decision Maker". */
export function personWording(
    member: BuyingCenterMemberRecord,
    names: ReadonlyMap<string, string>
): MessageParam {
    const name = names.get(member.Contact__c);
    const role = member.Buying_Role__c;
    if (name) {
        return role ? say('Atlas_DSM_Person_With_Role', name, role) : name;
    }
    return role ? say('Atlas_DSM_Person_The_Role', role) : say('Atlas_DSM_Person_Unnamed');
}

/**
 * The name a qualification question is said under: its framework group ("M · Metrics", or TAS's
 * "Can we win?"), else its Category__c.
 */
export function groupNameOf(criterion: WeighedCriterion): string | null {
    return criterion.group ? groupTitle(criterion.group) : (criterion.record.Category__c ?? null);
}

/** A qualification question with its group or category, said once: sample questions often repeat it. */
export function questionWording(
    category: string | null | undefined,
    question: string
): MessageParam {
    return !category || question.startsWith(category)
        ? question
        : say('Atlas_DSM_Question_With_Category', category, question);
}

/**
 * "(Needs Analysis)", "(Needs Analysis, required to leave it)", or, once a manager waived it on this
 * deal, "(Needs Analysis, waived by a manager)": a waived criterion no longer holds the gate, as the
 * gate itself says ("met or waived by a manager"); the checklist names who waived it.
 */
export function stageWording(stage: string, required: boolean, waived = false): MessageParam {
    if (required && waived) {
        return say('Atlas_DSM_Criterion_Stage_Waived', stage);
    }
    return required
        ? say('Atlas_DSM_Criterion_Stage_Required', stage)
        : say('Atlas_DSM_Criterion_Stage', stage);
}

// The review as it is saved: the questions with the rep's answers as one readable text, and the
// problems that keep a draft from being saved (each named so the form can say what to fix).
import type { IsoDate } from 'c/atlasModel';
import type { ActionDraft, AnsweredQuestion, DraftProblem } from './types';

/** The longest action a record name holds (Text name fields are 80 characters). */
export const ACTION_NAME_MAX = 80;

/**
 * The longest text Deal_Review__c's Questions_And_Answers__c and Notes__c hold: both are Long Text
 * Areas of <length>32768</length> in their field metadata, and a longer value is refused by the
 * org with STRING_TOO_LONG ("data value too large").
 */
export const REVIEW_TEXT_MAX = 32_768;

/**
 * Each question asked on its own line, the answer on the next, a blank line between pairs;
 * questions left unanswered are not kept (they were not asked).
 */
export function questionsAndAnswersText(questions: readonly AnsweredQuestion[]): string {
    return questions
        .filter((question) => question.answer.trim() !== '')
        .map((question) => `${question.question.trim()}\n${question.answer.trim()}`)
        .join('\n\n');
}

/**
 * A row with nothing said and no date is not an action: the form may show spare rows, each already
 * assigned to the rep (a default, not something the manager typed).
 */
export function isBlankAction(action: ActionDraft): boolean {
    return action.name.trim() === '' && !action.dueDate;
}

/** What keeps the draft from being saved; empty when it can be. */
export function draftProblems(draft: {
    reviewedOn: IsoDate | null;
    nextReviewOn: IsoDate | null;
    /** The questions with their answers as saved (questionsAndAnswersText). */
    said: string;
    notes: string;
    actions: readonly ActionDraft[];
}): DraftProblem[] {
    const problems: DraftProblem[] = [];
    if (!draft.reviewedOn) {
        problems.push({ code: 'NO_REVIEW_DATE' });
    } else if (draft.nextReviewOn && draft.nextReviewOn < draft.reviewedOn) {
        problems.push({ code: 'NEXT_REVIEW_BEFORE_REVIEW' });
    }
    const agreed = draft.actions.filter((action) => !isBlankAction(action));
    if (draft.said.trim() === '' && draft.notes.trim() === '' && agreed.length === 0) {
        // A review with nothing in it would count the deal as reviewed and drop it from the queue.
        problems.push({ code: 'EMPTY_REVIEW' });
    }
    if (draft.said.length > REVIEW_TEXT_MAX) {
        problems.push({ code: 'ANSWERS_TOO_LONG' });
    }
    if (draft.notes.length > REVIEW_TEXT_MAX) {
        problems.push({ code: 'NOTES_TOO_LONG' });
    }
    draft.actions.forEach((action, actionIndex) => {
        if (isBlankAction(action)) {
            return;
        }
        if (action.name.trim() === '') {
            problems.push({ code: 'ACTION_NO_NAME', actionIndex });
        } else if (action.name.trim().length > ACTION_NAME_MAX) {
            problems.push({ code: 'ACTION_NAME_TOO_LONG', actionIndex });
        }
        if (!action.assignedTo) {
            problems.push({ code: 'ACTION_NO_OWNER', actionIndex });
        }
        if (!action.dueDate) {
            problems.push({ code: 'ACTION_NO_DUE_DATE', actionIndex });
        } else if (draft.reviewedOn && action.dueDate < draft.reviewedOn) {
            problems.push({ code: 'ACTION_DUE_BEFORE_REVIEW', actionIndex });
        }
    });
    return problems;
}

/** True when the draft holds anything the manager typed or chose (the form asks before losing it). */
export function draftHasContent(draft: {
    said: string;
    notes: string;
    nextReviewOn: IsoDate | null;
    actions: readonly ActionDraft[];
}): boolean {
    return (
        draft.said.trim() !== '' ||
        draft.notes.trim() !== '' ||
        draft.nextReviewOn !== null ||
        draft.actions.some((action) => !isBlankAction(action))
    );
}

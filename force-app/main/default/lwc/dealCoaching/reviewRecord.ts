// The review as it is saved: the questions with the rep's answers as one readable text, and the
// problems that keep a draft from being saved (each named so the form can say what to fix).
import type { IsoDate } from 'c/atlasModel';
import type { ActionDraft, AnsweredQuestion, DraftProblem } from './types';

/** The longest action a record name holds (Text name fields are 80 characters). */
export const ACTION_NAME_MAX = 80;

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
    actions: readonly ActionDraft[];
}): DraftProblem[] {
    const problems: DraftProblem[] = [];
    if (!draft.reviewedOn) {
        problems.push({ code: 'NO_REVIEW_DATE' });
    } else if (draft.nextReviewOn && draft.nextReviewOn < draft.reviewedOn) {
        problems.push({ code: 'NEXT_REVIEW_BEFORE_REVIEW' });
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
        }
    });
    return problems;
}

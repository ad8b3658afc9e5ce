// Deal reviews as coaching: questions from a deal's gaps, the review queue, agreed actions and
// the review record's text. Pure: typed plain data in, results out.
export type * from './types';
export type { QueuePeriod } from './reviewQueue';
export { COACHING_LABELS } from './coachingLabels';
export type { CoachingLabel } from './coachingLabels';
export { coachingQuestions, stageQuestionsFor, MAX_CRITERION_QUESTIONS } from './coachingQuestions';
export type { CoachingInput } from './coachingQuestions';
export { isOpenAction, isOverdueAction, openActionsOf, overdueActionsOf } from './agreedActions';
export {
    DEFAULT_QUEUE_SETTINGS,
    PRESSING_REASONS,
    REASON_WEIGHTS,
    closingPeriodEnd,
    isTalkFirst,
    daysBetween,
    quarterEnd,
    reviewQueue
} from './reviewQueue';
export {
    ACTION_NAME_MAX,
    REVIEW_TEXT_MAX,
    draftHasContent,
    draftProblems,
    isBlankAction,
    questionsAndAnswersText
} from './reviewRecord';
export {
    REVIEW_QUEUE_PATH,
    dealFromState,
    focusFromState,
    focusedQueueReference,
    focusedQueueState,
    focusedQueueUrl,
    ownerFromState,
    reviewOfDealUrl
} from './queueFocus';
export type { FocusKind, QueueFocus, QueueFocusLink } from './queueFocus';

// The review of one deal: the questions its gaps raise with the rep's answers, notes, the review and
// next review dates and the agreed actions (what, who, by when); saved as a Deal Review with its
// Agreed Actions. Nothing typed is lost: a failed save keeps the form as it is, and leaving a form
// that holds anything typed asks first (c/unsavedChanges).
import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { formatLabel, todayIso } from 'c/atlasData';
import { reduceErrors } from 'c/atlasErrors';
import { localeStyle } from 'c/atlasMessages';
import LOCALE from '@salesforce/i18n/locale';
import {
    draftHasContent,
    draftProblems,
    isBlankAction,
    openActionsOf,
    questionsAndAnswersText
} from 'c/dealCoaching';
import type { EarlierAction, EarlierChoice } from 'c/earlierAgreedActions';
import { confirmDiscard, setUnsaved } from 'c/unsavedChanges';
import type { ActionDraft, DraftProblem, QueueDeal } from 'c/dealCoaching';
import { FORM_LABELS as LABELS, PROBLEM_TEXTS } from './formLabels';
import { markActionsDone, saveReview } from './reviewSave';

interface QuestionInput {
    key: string;
    text: string;
    gapText: string;
}

interface ActionRow extends ActionDraft {
    key: string;
}

let nextKey = 0;

/** Record dates in the user's locale, as the queue shows them. */
const DATES = localeStyle({}, LOCALE);

export default class DealReviewForm extends LightningElement {
    @api deal: QueueDeal | undefined;
    @api questions: QuestionInput[] = [];
    @api userOptions: { label: string; value: string }[] = [];
    @api reviewerId: string | undefined;
    @api canRecord = false;

    labels = LABELS;
    answers: Record<string, string> = {};
    notes = '';
    reviewedOn: string = todayIso();
    nextReviewOn: string | null = null;
    actions: ActionRow[] = [];
    problems: DraftProblem[] = [];
    saving = false;
    saveError: string | null = null;
    /** Done or kept open, for each earlier open agreed action of the deal (kept when unset). */
    earlierChoices: Record<string, EarlierChoice> = {};
    /** Set once the review record is saved, so a retry only adds the actions that failed. */
    private savedReviewId: string | null = null;

    override connectedCallback(): void {
        this.actions = [this.newAction()];
    }

    override disconnectedCallback(): void {
        // Gone (saved, or left after the user agreed to discard): nothing of it is unsaved now.
        setUnsaved(this.unsavedKey, false, this.heading);
    }

    get heading(): string {
        return formatLabel(LABELS.formHeading, this.deal?.name ?? '');
    }

    get facts(): string {
        const deal = this.deal;
        return deal
            ? formatLabel(
                  LABELS.formFacts,
                  deal.stage ?? '',
                  deal.score,
                  deal.band,
                  deal.closeDate ? DATES.date(deal.closeDate) : ''
              )
            : '';
    }

    get questionRows() {
        return this.questions.map((question) => ({
            ...question,
            gapLine: formatLabel(LABELS.gap, question.gapText),
            answerLabel: formatLabel(LABELS.answer, question.text),
            answer: this.answers[question.key] ?? ''
        }));
    }

    /** The deal's agreed actions still open from earlier reviews, soonest due first. */
    get earlierActions(): EarlierAction[] {
        const open = openActionsOf(this.deal?.actions ?? []);
        return open
            .filter((action) => Boolean(action.Id))
            .map((action) => ({
                id: action.Id as string,
                name: action.Name,
                dueDate: action.Due_Date__c ?? null
            }));
    }

    get hasEarlierActions(): boolean {
        return this.earlierActions.length > 0;
    }

    handleEarlierChoose(event: CustomEvent<{ id: string; choice: EarlierChoice }>): void {
        this.earlierChoices = { ...this.earlierChoices, [event.detail.id]: event.detail.choice };
        this.trackUnsaved();
    }

    get hasQuestions(): boolean {
        return this.questions.length > 0;
    }

    get actionRows() {
        return this.actions.map((action, index) => {
            const problems = this.problems.filter((problem) => problem.actionIndex === index);
            return {
                ...action,
                title: formatLabel(LABELS.actionNumber, index + 1),
                removeLabel: formatLabel(LABELS.removeAction, index + 1),
                errors: problems.map((problem) => ({
                    key: problem.code,
                    text: PROBLEM_TEXTS[problem.code]
                }))
            };
        });
    }

    get formErrors(): { key: string; text: string }[] {
        return this.problems
            .filter((problem) => problem.actionIndex === undefined)
            .map((problem) => ({ key: problem.code, text: PROBLEM_TEXTS[problem.code] }));
    }

    get hasProblems(): boolean {
        return this.problems.length > 0;
    }

    get saveLabel(): string {
        return this.saving ? LABELS.saving : LABELS.save;
    }

    get readOnly(): boolean {
        return !this.canRecord;
    }

    get saveDisabled(): boolean {
        return this.saving || !this.canRecord;
    }

    handleAnswer(event: Event): void {
        const target = event.target as HTMLTextAreaElement & { dataset: { key: string } };
        this.answers = { ...this.answers, [target.dataset.key]: target.value };
        this.trackUnsaved();
    }

    handleField(event: Event): void {
        const target = event.target as HTMLInputElement & { dataset: { field: string } };
        const value = target.value ?? '';
        if (target.dataset.field === 'notes') {
            this.notes = value;
        } else if (target.dataset.field === 'reviewedOn') {
            this.reviewedOn = value;
        } else if (target.dataset.field === 'nextReviewOn') {
            this.nextReviewOn = value || null;
        }
        this.trackUnsaved();
    }

    handleActionField(event: Event): void {
        const target = event.target as HTMLInputElement & {
            dataset: { key: string; field: string };
        };
        const value =
            (event as CustomEvent<{ value?: string }>).detail?.value ?? target.value ?? '';
        const field = target.dataset.field as 'name' | 'assignedTo' | 'dueDate';
        this.actions = this.actions.map((action) => {
            if (action.key !== target.dataset.key) {
                return action;
            }
            return { ...action, [field]: field === 'name' ? value : value || null };
        });
        this.trackUnsaved();
    }

    handleAddAction(): void {
        this.actions = [...this.actions, this.newAction()];
    }

    handleRemoveAction(event: Event): void {
        const key = (event.currentTarget as HTMLElement).dataset.key;
        this.actions = this.actions.filter((action) => action.key !== key);
        this.trackUnsaved();
    }

    async handleBack(): Promise<void> {
        if (await confirmDiscard()) {
            this.dispatchEvent(new CustomEvent('back'));
        }
    }

    async handleSave(): Promise<void> {
        const deal = this.deal;
        this.problems = draftProblems({
            reviewedOn: this.reviewedOn || null,
            nextReviewOn: this.nextReviewOn,
            said: this.said(),
            notes: this.notes,
            actions: this.actions
        });
        if (!deal || this.problems.length > 0 || !this.canRecord) {
            return;
        }
        this.saving = true;
        this.saveError = null;
        try {
            const toSave = this.actions.filter((action) => !isBlankAction(action));
            const outcome = await saveReview(
                {
                    opportunityId: deal.id,
                    reviewedOn: this.reviewedOn,
                    reviewerId: this.reviewerId ?? '',
                    repId: deal.ownerId,
                    score: deal.score,
                    band: deal.band,
                    stage: deal.stage,
                    closeDate: deal.closeDate,
                    questionsAndAnswers: this.said(),
                    notes: this.notes,
                    nextReviewOn: this.nextReviewOn
                },
                toSave,
                this.savedReviewId
            );
            this.savedReviewId = outcome.reviewId;
            const failed = new Set(outcome.failed.map((entry) => entry.action));
            this.actions = this.actions.filter((action) => failed.has(action));
            if (outcome.failed.length > 0) {
                const names = outcome.failed.map((entry) => entry.action.name).join(', ');
                this.saveError = formatLabel(LABELS.actionsFailed, names);
                return;
            }
            const notMarked = await markActionsDone(
                this.earlierActions
                    .filter((action) => this.earlierChoices[action.id] === 'Done')
                    .map((action) => action.id)
            );
            if (notMarked.length > 0) {
                const names = this.earlierActions
                    .filter((action) => notMarked.includes(action.id))
                    .map((action) => action.name);
                this.saveError = formatLabel(LABELS.earlierFailed, names.join(', '));
                return;
            }
            setUnsaved(this.unsavedKey, false, this.heading);
            this.dispatchEvent(
                new ShowToastEvent({
                    title: formatLabel(LABELS.saved, outcome.saved),
                    message: this.heading,
                    variant: 'success'
                })
            );
            this.dispatchEvent(
                new CustomEvent('saved', { detail: { reviewId: outcome.reviewId } })
            );
            this.dispatchEvent(new CustomEvent('back'));
        } catch (error) {
            this.saveError = formatLabel(LABELS.saveFailed, reduceErrors(error).join(' '));
        } finally {
            this.saving = false;
        }
    }

    /** The questions asked with the rep's answers, as the review saves them. */
    private said(): string {
        return questionsAndAnswersText(
            this.questions.map((question) => ({
                question: question.text,
                answer: this.answers[question.key] ?? ''
            }))
        );
    }

    private get unsavedKey(): string {
        return `deal-review-${this.deal?.id ?? ''}`;
    }

    /** Tells the page whether the review holds anything typed and not saved. */
    private trackUnsaved(): void {
        const dirty =
            Object.values(this.earlierChoices).includes('Done') ||
            draftHasContent({
                said: this.said(),
                notes: this.notes,
                nextReviewOn: this.nextReviewOn,
                actions: this.actions
            });
        setUnsaved(this.unsavedKey, dirty, this.heading, () =>
            this.template?.querySelector<HTMLElement>('lightning-textarea')?.focus()
        );
    }

    private newAction(): ActionRow {
        nextKey += 1;
        return {
            key: `action-${nextKey}`,
            name: '',
            assignedTo: this.deal?.ownerId ?? null,
            dueDate: null
        };
    }
}

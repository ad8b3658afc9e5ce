// The Deal Review Queue page: for a manager, the open deals they can see (the platform's sharing
// decides whose), the ones to talk about first ahead of the rest, each with why; pick a deal to see
// the questions its gaps raise and record the review (c-deal-review-form). Pipeline Health opens it
// on a stage, a size or its data to fix. One GraphQL request; scoring in the browser.
import { LightningElement, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLWireResult } from 'lightning/graphql';
import { CurrentPageReference } from 'lightning/navigation';
import USER_ID from '@salesforce/user/Id';
import {
    QUEUE_PAGE_SIZE,
    REVIEW_QUEUE_QUERY,
    formatLabel,
    reviewQueueFromGraphQL,
    todayIso
} from 'c/atlasData';
import type { ReviewQueueData } from 'c/atlasData';
import { dealFromState, focusFromState, ownerFromState } from 'c/dealCoaching';
import type { QueueFocus } from 'c/dealCoaching';
import { ownerOptions, queueRowsFor, questionViews, rowViews, scoredDeals } from './queueView';
import type { QuestionView, QueueRowView, ScoredQueueDeal } from './queueView';
import { FOCUS_TEXTS, QUEUE_LABELS as LABELS } from './queueLabels';

export default class DealReviewQueue extends LightningElement {
    labels = LABELS;
    queue: ReviewQueueData | undefined;
    deals: ScoredQueueDeal[] = [];
    loadErrors: unknown;
    ownerId = '';
    selectedId: string | null = null;
    focus: QueueFocus | null = null;
    showLater = false;
    private asOf = todayIso();
    private refreshQueue: (() => Promise<unknown>) | undefined;

    @wire(CurrentPageReference)
    wiredPageReference(reference: { state?: Record<string, unknown> } | undefined): void {
        const state = reference?.state;
        this.selectedId = dealFromState(state) ?? this.selectedId;
        this.focus = focusFromState(state);
        this.ownerId = ownerFromState(state) ?? this.ownerId;
    }

    @wire(graphql, { query: REVIEW_QUEUE_QUERY })
    wiredQueue(response: GraphQLWireResult<unknown> & { refresh?: () => Promise<unknown> }): void {
        this.refreshQueue = response.refresh;
        if (response.errors && response.errors.length > 0) {
            this.loadErrors = response.errors;
        } else if (response.data) {
            this.loadErrors = undefined;
            this.queue = reviewQueueFromGraphQL(response.data);
            this.deals = scoredDeals(this.queue, this.asOf);
        }
    }

    get isLoading(): boolean {
        return this.queue === undefined && !this.loadErrors;
    }

    get ownerChoices(): { label: string; value: string }[] {
        return ownerOptions(this.deals);
    }

    /** The open deals in view: the chosen owner's (or everyone's), within the focus if any. */
    private get dealsInView(): ScoredQueueDeal[] {
        return this.deals.filter(
            (scored) =>
                (!this.ownerId || scored.deal.ownerId === this.ownerId) &&
                (this.focus === null || this.focus.dealIds.has(scored.deal.id))
        );
    }

    /** Ranked among the owner's open deals (so "large" means large for them), then focused. */
    get rows(): (QueueRowView & { talkFirst: boolean })[] {
        const stale = this.queue?.settings.values.Stale_Activity_Days__c ?? null;
        const focus = this.focus;
        const ranked = queueRowsFor(
            this.deals,
            this.ownerId || null,
            this.asOf,
            stale,
            this.queue?.targets
        );
        return rowViews(
            focus === null ? ranked : ranked.filter((row) => focus.dealIds.has(row.deal.id))
        );
    }

    get firstRows(): QueueRowView[] {
        return this.rows.filter((row) => row.talkFirst);
    }

    get laterRows(): QueueRowView[] {
        return this.rows.filter((row) => !row.talkFirst);
    }

    get hasRows(): boolean {
        return this.rows.length > 0;
    }

    get hasFirstRows(): boolean {
        return this.firstRows.length > 0;
    }

    get hasLaterRows(): boolean {
        return this.laterRows.length > 0;
    }

    get showLaterRows(): boolean {
        return this.showLater && this.hasLaterRows;
    }

    get isEmpty(): boolean {
        return this.queue !== undefined && !this.hasRows;
    }

    get countText(): string {
        return formatLabel(LABELS.queueCount, this.firstRows.length, this.dealsInView.length);
    }

    get laterText(): string {
        return formatLabel(LABELS.laterCount, this.laterRows.length);
    }

    get laterToggleLabel(): string {
        return this.showLater
            ? LABELS.hideLater
            : formatLabel(LABELS.showLater, this.laterRows.length);
    }

    get focusText(): string {
        const focus = this.focus;
        if (focus === null) {
            return '';
        }
        const part =
            focus.kind === 'stage'
                ? formatLabel(
                      LABELS.focusStage,
                      (focus.stage && this.queue?.stageLabels[focus.stage]) || focus.stage || ''
                  )
                : FOCUS_TEXTS[focus.kind];
        const count = this.dealsInView.length;
        // Labels have no plural rules: one deal has its own sentence.
        return count === 1
            ? formatLabel(LABELS.focusOne, part)
            : formatLabel(LABELS.focus, part, count);
    }

    /** Said when the query's page was full: how many deals are ranked and where the rest are. */
    get truncatedText(): string {
        return this.queue?.truncated ? formatLabel(LABELS.truncated, QUEUE_PAGE_SIZE) : '';
    }

    get selected(): ScoredQueueDeal | undefined {
        return this.deals.find((scored) => scored.deal.id === this.selectedId);
    }

    get showForm(): boolean {
        return this.selected !== undefined;
    }

    get questions(): QuestionView[] {
        const selected = this.selected;
        return selected && this.queue ? questionViews(selected, this.queue, this.asOf) : [];
    }

    get canRecord(): boolean {
        return this.queue?.canRecordReview === true && this.queue.canAgreeActions;
    }

    get userOptions(): { label: string; value: string }[] {
        return (this.queue?.users ?? []).map((user) => ({ label: user.name, value: user.id }));
    }

    get reviewerId(): string {
        return USER_ID;
    }

    handleOwnerChange(event: CustomEvent<{ value: string }>): void {
        this.ownerId = event.detail.value;
    }

    handleShowAll(): void {
        this.focus = null;
    }

    handleToggleLater(): void {
        this.showLater = !this.showLater;
    }

    handleReview(event: CustomEvent<{ id: string }>): void {
        this.selectedId = event.detail.id;
    }

    handleBack(): void {
        this.selectedId = null;
    }

    async handleSaved(): Promise<void> {
        // The queue changes with the review (last review, score at the time, actions): reload it.
        await this.refreshQueue?.();
    }
}

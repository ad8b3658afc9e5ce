// The Deal Review Queue page: for a manager, the open deals they can see (the platform's sharing
// decides whose), ranked by why each needs a conversation; pick a deal to see the questions its gaps
// raise and record the review (c-deal-review-form). One GraphQL request; scoring in the browser.
import { LightningElement, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLWireResult } from 'lightning/graphql';
import { CurrentPageReference } from 'lightning/navigation';
import USER_ID from '@salesforce/user/Id';
import { REVIEW_QUEUE_QUERY, formatLabel, reviewQueueFromGraphQL, todayIso } from 'c/atlasData';
import type { ReviewQueueData } from 'c/atlasData';
import { ownerOptions, queueRowsFor, questionViews, rowViews, scoredDeals } from './queueView';
import type { QuestionView, QueueRowView, ScoredQueueDeal } from './queueView';
import { QUEUE_LABELS as LABELS } from './queueLabels';

/** The page state that opens a deal's review directly (the Deal Score panel links with it). */
export const OPPORTUNITY_STATE = 'c__opportunityId';

export default class DealReviewQueue extends LightningElement {
    labels = LABELS;
    queue: ReviewQueueData | undefined;
    deals: ScoredQueueDeal[] = [];
    loadErrors: unknown;
    ownerId = '';
    selectedId: string | null = null;
    private asOf = todayIso();
    private refreshQueue: (() => Promise<unknown>) | undefined;

    @wire(CurrentPageReference)
    wiredPageReference(reference: { state?: Record<string, unknown> } | undefined): void {
        const chosen = reference?.state?.[OPPORTUNITY_STATE];
        if (typeof chosen === 'string' && chosen !== '') {
            this.selectedId = chosen;
        }
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

    get rows(): QueueRowView[] {
        const stale = this.queue?.settings.values.Stale_Activity_Days__c ?? null;
        return rowViews(queueRowsFor(this.deals, this.ownerId || null, this.asOf, stale));
    }

    get hasRows(): boolean {
        return this.rows.length > 0;
    }

    get isEmpty(): boolean {
        return this.queue !== undefined && !this.hasRows;
    }

    get countText(): string {
        const open = this.deals.filter(
            (scored) => !this.ownerId || scored.deal.ownerId === this.ownerId
        ).length;
        return formatLabel(LABELS.queueCount, this.rows.length, open);
    }

    get truncated(): boolean {
        return this.queue?.truncated === true;
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

    handleReview(event: Event): void {
        this.selectedId = (event.currentTarget as HTMLElement).dataset.id ?? null;
    }

    handleBack(): void {
        this.selectedId = null;
    }

    async handleSaved(): Promise<void> {
        // The queue changes with the review (last review, score at the time, actions): reload it.
        await this.refreshQueue?.();
    }
}

// One table of the Deal Review Queue: the rows it is given (worded by the queue), each with a Review
// button that tells the queue which deal to review.
import { LightningElement, api } from 'lwc';
import COL_DEAL from '@salesforce/label/c.Atlas_DRV_Col_Deal';
import COL_OWNER from '@salesforce/label/c.Atlas_DRV_Col_Owner';
import COL_SCORE from '@salesforce/label/c.Atlas_DRV_Col_Score';
import COL_TREND from '@salesforce/label/c.Atlas_DRV_Col_Trend';
import COL_BAND from '@salesforce/label/c.Atlas_DRV_Col_Band';
import COL_GATE from '@salesforce/label/c.Atlas_DRV_Col_Gate';
import COL_CLOSE from '@salesforce/label/c.Atlas_DRV_Col_Close';
import COL_WHY from '@salesforce/label/c.Atlas_DRV_Col_Why';
import REVIEW from '@salesforce/label/c.Atlas_DRV_Review';

/** One deal of the queue, worded for the user. */
export interface QueueRowView {
    key: string;
    url: string;
    name: string;
    openLabel: string;
    reviewLabel: string;
    ownerName: string;
    score: number;
    trendText: string;
    band: string;
    gateText: string;
    closeText: string;
    slipText: string;
    reasons: { key: string; text: string }[];
}

export default class DealReviewQueueTable extends LightningElement {
    @api rows: QueueRowView[] = [];
    /** What the table holds, for screen readers. */
    @api caption = '';

    labels = {
        colDeal: COL_DEAL,
        colOwner: COL_OWNER,
        colScore: COL_SCORE,
        colTrend: COL_TREND,
        colBand: COL_BAND,
        colGate: COL_GATE,
        colClose: COL_CLOSE,
        colWhy: COL_WHY,
        review: REVIEW
    };

    handleReview(event: Event): void {
        const id = (event.currentTarget as HTMLElement).dataset.id;
        if (id) {
            this.dispatchEvent(new CustomEvent('review', { detail: { id } }));
        }
    }
}

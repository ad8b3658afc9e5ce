// The deal's last review on the Deal Score panel: when and by whom, the score then, the next review
// date, the open agreed actions (overdue ones marked) and a link to start a new review.
import { LightningElement, api } from 'lwc';
import HEADING from '@salesforce/label/c.Atlas_DRS_Heading';
import NEVER from '@salesforce/label/c.Atlas_DRS_Never';
import OPEN_ACTIONS from '@salesforce/label/c.Atlas_DRS_Open_Actions';
import NO_OPEN_ACTIONS from '@salesforce/label/c.Atlas_DRS_No_Open_Actions';
import OVERDUE from '@salesforce/label/c.Atlas_DRS_Overdue';
import START_REVIEW from '@salesforce/label/c.Atlas_DRS_Start_Review';

export interface ReviewActionView {
    key: string;
    text: string;
    overdue: boolean;
}

export interface ReviewSummaryView {
    /** "Last reviewed on …", or null when the deal was never reviewed. */
    lastReviewText: string | null;
    nextReviewText: string | null;
    actions: ReviewActionView[];
    startReviewUrl: string;
}

export default class DealReviewSummary extends LightningElement {
    @api summary: ReviewSummaryView | undefined;

    labels = {
        heading: HEADING,
        never: NEVER,
        openActions: OPEN_ACTIONS,
        noOpenActions: NO_OPEN_ACTIONS,
        overdue: OVERDUE,
        startReview: START_REVIEW
    };

    get hasActions(): boolean {
        return (this.summary?.actions.length ?? 0) > 0;
    }
}

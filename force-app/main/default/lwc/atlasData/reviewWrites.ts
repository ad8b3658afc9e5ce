// The deal review's record writes through Lightning Data Service: the review, then each agreed
// action under it. Not one transaction: the caller learns which actions were saved, so nothing the
// manager typed is lost when one fails.
import type { IsoDate, RecordId, ScoreBand } from 'c/atlasModel';
import { saveRecord } from './planningWrites';
import { AGREED_ACTION_OBJECT, DEAL_REVIEW_OBJECT } from 'c/atlasRecords';

export interface ReviewToSave {
    opportunityId: RecordId;
    reviewedOn: IsoDate;
    reviewerId: RecordId;
    repId: RecordId | null;
    score: number;
    band: ScoreBand;
    stage: string | null;
    closeDate: IsoDate | null;
    questionsAndAnswers: string;
    notes: string;
    nextReviewOn: IsoDate | null;
}

export interface ActionToSave {
    name: string;
    assignedTo: RecordId;
    dueDate: IsoDate;
}

/** Creates the review; resolves to its id. */
export function createDealReview(review: ReviewToSave): Promise<string> {
    return saveRecord(DEAL_REVIEW_OBJECT, null, {
        Opportunity__c: review.opportunityId,
        Reviewed_On__c: review.reviewedOn,
        Reviewer__c: review.reviewerId,
        Rep__c: review.repId,
        Score__c: review.score,
        Band__c: review.band,
        Stage__c: review.stage,
        Close_Date__c: review.closeDate,
        Questions_And_Answers__c: review.questionsAndAnswers || null,
        Notes__c: review.notes.trim() || null,
        Next_Review_On__c: review.nextReviewOn
    });
}

/** Creates one agreed action under a review, Open; resolves to its id. */
export function createAgreedAction(reviewId: RecordId, action: ActionToSave): Promise<string> {
    return saveRecord(AGREED_ACTION_OBJECT, null, {
        Name: action.name.trim(),
        Deal_Review__c: reviewId,
        Assigned_To__c: action.assignedTo,
        Due_Date__c: action.dueDate,
        Status__c: 'Open'
    });
}

/** Marks an agreed action Done (or back to Open). */
export function setAgreedActionStatus(
    actionId: RecordId,
    status: 'Open' | 'Done' | 'Cancelled'
): Promise<string> {
    return saveRecord(AGREED_ACTION_OBJECT, actionId, { Status__c: status });
}

// The deal review part of the Deal Score panel, worded: the last review, its open agreed actions
// (overdue marked) and, for each overdue one, a deal risk.
import { localeStyle } from 'c/atlasMessages';
import LOCALE from '@salesforce/i18n/locale';
import { formatLabel } from 'c/atlasData';
import type { DealScoreData } from 'c/atlasData';
import { isOverdueAction, openActionsOf, reviewOfDealUrl } from 'c/dealCoaching';
import type { RiskView } from 'c/dealRisks';
import type { ReviewSummaryView } from 'c/dealReviewSummary';
import LAST_REVIEW from '@salesforce/label/c.Atlas_DRS_Last_Review';
import LAST_REVIEW_NO_SCORE from '@salesforce/label/c.Atlas_DRS_Last_Review_No_Score';
import SOMEONE from '@salesforce/label/c.Atlas_DRS_Someone';
import NEXT_REVIEW from '@salesforce/label/c.Atlas_DRS_Next_Review';
import ACTION_LINE from '@salesforce/label/c.Atlas_DRS_Action_Line';
import ACTION_NO_DUE from '@salesforce/label/c.Atlas_DRS_Action_No_Due';
import UNASSIGNED from '@salesforce/label/c.Atlas_DRS_Unassigned';
import RISK_OVERDUE from '@salesforce/label/c.Atlas_DRS_Risk_Overdue';

/** Record dates in the user's locale (calendar days: no time zone moves them). */
const DATES = localeStyle({}, LOCALE);
const formatDate = (iso: string): string => DATES.date(iso);

export function reviewSummaryView(deal: DealScoreData, asOf: string): ReviewSummaryView {
    const review = deal.lastReview;
    const reviewer = review?.reviewerName ?? SOMEONE;
    let lastReviewText: string | null = null;
    if (review) {
        lastReviewText =
            typeof review.Score__c === 'number'
                ? formatLabel(
                      LAST_REVIEW,
                      formatDate(review.Reviewed_On__c),
                      reviewer,
                      review.Score__c,
                      review.Band__c ?? ''
                  )
                : formatLabel(LAST_REVIEW_NO_SCORE, formatDate(review.Reviewed_On__c), reviewer);
    }
    return {
        lastReviewText,
        nextReviewText: review?.Next_Review_On__c
            ? formatLabel(NEXT_REVIEW, formatDate(review.Next_Review_On__c))
            : null,
        actions: openActionsOf(deal.agreedActions).map((action, index) => ({
            key: action.Id ?? `action-${index}`,
            text: action.Due_Date__c
                ? formatLabel(
                      ACTION_LINE,
                      action.Name,
                      action.assignedToName ?? UNASSIGNED,
                      formatDate(action.Due_Date__c)
                  )
                : formatLabel(ACTION_NO_DUE, action.Name, action.assignedToName ?? UNASSIGNED),
            overdue: isOverdueAction(action, asOf)
        })),
        startReviewUrl: reviewOfDealUrl(deal.opportunity?.Id ?? '')
    };
}

/** An open agreed action past its due date is a deal risk: what was promised has not happened. */
export function overdueActionRisks(deal: DealScoreData, asOf: string): RiskView[] {
    return openActionsOf(deal.agreedActions)
        .filter((action) => isOverdueAction(action, asOf))
        .map((action, index) => ({
            key: `OVERDUE_ACTION:${action.Id ?? index}`,
            severity: 'high',
            message: formatLabel(RISK_OVERDUE, formatDate(action.Due_Date__c ?? ''), action.Name),
            criterionId: null,
            linkLabel: ''
        }));
}

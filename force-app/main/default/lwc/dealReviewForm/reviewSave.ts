// Saving a review: the review record, then each agreed action under it, then the earlier reviews'
// actions marked done in it. Actions that fail stay in the form (and are named), the ones saved
// leave it, so a retry never saves an action twice.
import { createAgreedAction, createDealReview, setAgreedActionStatus } from 'c/atlasData';
import type { ReviewToSave } from 'c/atlasData';
import type { ActionDraft } from 'c/dealCoaching';

export interface SaveOutcome {
    reviewId: string;
    saved: number;
    /** The actions not saved, with what the server said. */
    failed: { action: ActionDraft; error: unknown }[];
}

export async function saveReview(
    review: ReviewToSave,
    actions: readonly ActionDraft[],
    existingReviewId: string | null
): Promise<SaveOutcome> {
    const reviewId = existingReviewId ?? (await createDealReview(review));
    const results = await Promise.allSettled(
        actions.map((action) =>
            createAgreedAction(reviewId, {
                name: action.name,
                assignedTo: action.assignedTo ?? '',
                dueDate: action.dueDate ?? ''
            })
        )
    );
    const failed: SaveOutcome['failed'] = [];
    results.forEach((result, index) => {
        if (result.status === 'rejected') {
            failed.push({ action: actions[index] as ActionDraft, error: result.reason });
        }
    });
    return { reviewId, saved: actions.length - failed.length, failed };
}

/** Marks earlier agreed actions Done; resolves to the ids that could not be marked. */
export async function markActionsDone(ids: readonly string[]): Promise<string[]> {
    const results = await Promise.allSettled(ids.map((id) => setAgreedActionStatus(id, 'Done')));
    return ids.filter((_, index) => results[index]?.status === 'rejected');
}

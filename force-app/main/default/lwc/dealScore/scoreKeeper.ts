// Stores the panel's score after the user's own save (evidence, stage): a changed score is written
// to the opportunity, with a snapshot, and the same score is never written twice in a page view.
// Armed only by the user's save: a page view writes nothing (dealScore.ts).
import type { DealScore as DealScoreResult } from 'c/dealScoring';
import { scoreHasChanged, storeDealScore } from 'c/atlasData';
import type { DealScoreData } from 'c/atlasData';

export class ScoreKeeper {
    private readonly tried = new Set<string>();
    /** Set by the user's own save: the next score (on the refreshed data) is stored. */
    private armed = false;

    /** The user saved something: store the score the refreshed data gives. */
    storeNextScore(): void {
        this.armed = true;
    }

    /** Stores this score if a save armed the keeper (once); resolves true once stored. */
    storeIfArmed(deal: DealScoreData, result: DealScoreResult, now: Date): Promise<boolean> {
        if (!this.armed) {
            return Promise.resolve(false);
        }
        this.armed = false;
        return this.storeIfChanged(deal, result, now);
    }

    /**
     * Stores the score when it differs from the opportunity's: only for an open deal, only when
     * the user may write the fields. Resolves true once stored; a failure (record sharing, a
     * validation rule) resolves false and leaves the page as it is.
     */
    storeIfChanged(deal: DealScoreData, result: DealScoreResult, now: Date): Promise<boolean> {
        const opportunity = deal.opportunity;
        if (!opportunity || result.closed || !deal.access.canStoreScore) {
            return Promise.resolve(false);
        }
        if (!scoreHasChanged(opportunity, result.score, result.band)) {
            return Promise.resolve(false);
        }
        const key = `${opportunity.Id}:${result.score}:${result.band}`;
        if (this.tried.has(key)) {
            return Promise.resolve(false);
        }
        this.tried.add(key);
        const toStore = {
            score: result.score,
            band: result.band,
            stageName: opportunity.StageName ?? null,
            takenAt: now.toISOString()
        };
        return storeDealScore(opportunity.Id, toStore, deal.access.canSnapshot).then(
            () => true,
            () => false
        );
    }
}

// Rocks, stones and pebbles: the open deals by size relative to the median open deal. A pipeline
// of a few big deals is a bet; smaller deals fill the gaps between them.
import type { PipelineConfig, SizeBucket, SizeMix } from './types';
import type { Deal } from './prepare';
import * as say from './messages';
import { median, sum } from './values';

export type SizeClass = 'rocks' | 'stones' | 'pebbles';

/** Rock: at least rockMultiple × the median; pebble: at most pebbleMultiple × it; else a stone. */
export function sizeClass(amount: number, medianAmount: number, config: PipelineConfig): SizeClass {
    if (amount >= config.rockMultiple * medianAmount) {
        return 'rocks';
    }
    return amount <= config.pebbleMultiple * medianAmount ? 'pebbles' : 'stones';
}

export function assessSizeMix(open: readonly Deal[], config: PipelineConfig): SizeMix {
    const sized = open.filter(
        (deal): deal is Deal & { amount: number } => deal.amount !== null && deal.amount > 0
    );
    const medianAmount = median(sized.map((deal) => deal.amount));
    const buckets: Record<SizeClass, SizeBucket> = {
        rocks: { count: 0, value: 0, share: 0, opportunityIds: [] },
        stones: { count: 0, value: 0, share: 0, opportunityIds: [] },
        pebbles: { count: 0, value: 0, share: 0, opportunityIds: [] }
    };
    if (medianAmount === null) {
        return {
            medianAmount,
            rockThreshold: null,
            pebbleThreshold: null,
            ...buckets,
            code: 'EMPTY',
            message: say.sizeMixEmpty()
        };
    }
    for (const deal of sized) {
        const bucket = buckets[sizeClass(deal.amount, medianAmount, config)];
        bucket.count += 1;
        bucket.value += deal.amount;
        bucket.opportunityIds.push(deal.id);
    }
    const total = sum(sized.map((deal) => deal.amount));
    for (const bucket of Object.values(buckets)) {
        bucket.share = total > 0 ? bucket.value / total : 0;
    }
    const { rocks, stones, pebbles } = buckets;
    const rockHeavy = rocks.share > config.rockHeavyShare;
    return {
        medianAmount,
        rockThreshold: config.rockMultiple * medianAmount,
        pebbleThreshold: config.pebbleMultiple * medianAmount,
        rocks,
        stones,
        pebbles,
        code: rockHeavy ? 'ROCK_HEAVY' : 'MIXED',
        message: rockHeavy
            ? say.rockHeavy(rocks.share, rocks.count, sized.length)
            : say.sizeMix(rocks.count, stones.count, pebbles.count, medianAmount)
    };
}

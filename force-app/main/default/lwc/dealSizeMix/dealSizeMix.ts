// The mix of open deal sizes: rocks (big), stones and pebbles (small), by count and share of value,
// and what the mix means.
import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/atlasData';
import type { QueueFocusLink } from 'c/dealCoaching';
import HEADING from '@salesforce/label/c.Atlas_PH_Mix_Heading';
import ROCKS from '@salesforce/label/c.Atlas_PH_Rocks';
import STONES from '@salesforce/label/c.Atlas_PH_Stones';
import PEBBLES from '@salesforce/label/c.Atlas_PH_Pebbles';
import DEALS_COUNT from '@salesforce/label/c.Atlas_PH_Deals_Count';
import DEAL_COUNT_ONE from '@salesforce/label/c.Atlas_PH_Deal_Count_One';
import SHARE from '@salesforce/label/c.Atlas_PH_Mix_Share';
import SCOPE from '@salesforce/label/c.Atlas_PH_Mix_Scope';
import OPEN_IN_QUEUE from '@salesforce/label/c.Atlas_PH_Mix_Open_In_Queue';

export interface SizeBucketView {
    count: number;
    value: number;
    /** 0–1 share of the open value. */
    share: number;
    /** The bucket's deals in the Deal Review Queue; null when it holds none. */
    queueFocus: QueueFocusLink | null;
}

export interface DealSizeMixView {
    rocks: SizeBucketView;
    stones: SizeBucketView;
    pebbles: SizeBucketView;
    message: string;
}

export default class DealSizeMix extends LightningElement {
    @api mix: DealSizeMixView | null = null;
    @api currencyCode: string | undefined;
    /** The owner the queue links open on (blank: everyone the user can see). */
    @api ownerId: string | null = null;

    // The scope sentence: a reader who adds up the stages' value and the buckets' value gets two
    // totals, because the stages leave out deals closing after the period's horizon.
    labels = { heading: HEADING, share: SHARE, scope: SCOPE };

    get buckets() {
        const mix = this.mix;
        if (!mix) {
            return [];
        }
        return [
            { key: 'rocks', label: ROCKS, ...mix.rocks },
            { key: 'stones', label: STONES, ...mix.stones },
            { key: 'pebbles', label: PEBBLES, ...mix.pebbles }
        ].map((bucket) => ({
            ...bucket,
            // "1 deal", not "1 deals": the same two labels as the stage rows' counts.
            countText: bucket.count === 1 ? DEAL_COUNT_ONE : formatLabel(DEALS_COUNT, bucket.count),
            queueText: formatLabel(OPEN_IN_QUEUE, bucket.count, bucket.label),
            segmentClass: `mix__segment mix__segment_${bucket.key}`,
            segmentStyle: `width: ${(Math.max(0, Math.min(1, bucket.share)) * 100).toFixed(1)}%`
        }));
    }
}

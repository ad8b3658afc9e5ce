// The score stored on the opportunity (what reports and list views see), when it was computed, and
// whether the live score shown above differs: viewing a deal never writes it (see dealScore.ts).
// With no stored score but snapshots in the trend, it names the last snapshot rather than "none".
import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/atlasData';
import STORED from '@salesforce/label/c.Atlas_DS_Stored_Score';
import SNAPSHOT_ONLY from '@salesforce/label/c.Atlas_DS_Stored_Snapshot';
import SAME from '@salesforce/label/c.Atlas_DS_Stored_Same';
import DIFFERS from '@salesforce/label/c.Atlas_DS_Stored_Differs';
import NONE from '@salesforce/label/c.Atlas_DS_Stored_None';

export default class DealStoredScore extends LightningElement {
    /** Deal_Score__c and its band's label; null when no score is stored. */
    @api storedScore: number | null = null;
    @api storedBandLabel = '';
    /** Deal_Scored_At__c: when the stored score was computed. */
    @api scoredAt: string | null = null;
    /** The newest snapshot's score, band label and time, for a deal with none stored. */
    @api snapshotScore: number | null = null;
    @api snapshotBandLabel = '';
    @api snapshotTakenAt: string | null = null;
    @api liveScore: number | null = null;
    @api liveBandLabel = '';

    get hasStored(): boolean {
        return typeof this.storedScore === 'number';
    }

    get hasSnapshotOnly(): boolean {
        return !this.hasStored && typeof this.snapshotScore === 'number';
    }

    get storedText(): string {
        return this.hasStored
            ? formatLabel(STORED, String(this.storedScore), this.storedBandLabel)
            : formatLabel(SNAPSHOT_ONLY, String(this.snapshotScore), this.snapshotBandLabel);
    }

    get shownAt(): string | null {
        return this.hasStored ? this.scoredAt : this.snapshotTakenAt;
    }

    get hasShown(): boolean {
        return this.hasStored || this.hasSnapshotOnly;
    }

    get differs(): boolean {
        return this.hasStored
            ? this.storedScore !== this.liveScore || this.storedBandLabel !== this.liveBandLabel
            : this.snapshotScore !== this.liveScore ||
                  this.snapshotBandLabel !== this.liveBandLabel;
    }

    get comparisonText(): string {
        return this.differs
            ? formatLabel(DIFFERS, String(this.liveScore), this.liveBandLabel)
            : SAME;
    }

    get noneText(): string {
        return NONE;
    }
}

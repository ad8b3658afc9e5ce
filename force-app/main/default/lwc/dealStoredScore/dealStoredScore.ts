// The score stored on the opportunity (what reports and list views see), when it was computed, and
// whether the live score shown above differs: viewing a deal never writes it (see dealScore.ts).
import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/atlasData';
import STORED from '@salesforce/label/c.Atlas_DS_Stored_Score';
import SAME from '@salesforce/label/c.Atlas_DS_Stored_Same';
import DIFFERS from '@salesforce/label/c.Atlas_DS_Stored_Differs';
import NONE from '@salesforce/label/c.Atlas_DS_Stored_None';

export default class DealStoredScore extends LightningElement {
    /** Deal_Score__c and its band's label; null when no score is stored. */
    @api storedScore: number | null = null;
    @api storedBandLabel = '';
    /** Deal_Scored_At__c: when the stored score was computed. */
    @api scoredAt: string | null = null;
    @api liveScore: number | null = null;
    @api liveBandLabel = '';

    get hasStored(): boolean {
        return typeof this.storedScore === 'number';
    }

    get storedText(): string {
        return formatLabel(STORED, String(this.storedScore), this.storedBandLabel);
    }

    get differs(): boolean {
        return this.storedScore !== this.liveScore || this.storedBandLabel !== this.liveBandLabel;
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

// The deal's score out of 100 and its band, with what the score means for a closed deal.
import { LightningElement, api } from 'lwc';
import type { ScoreBand } from 'c/atlasModel';
import { formatLabel } from 'c/atlasData';
import HEADING from '@salesforce/label/c.Atlas_DS_Summary_Heading';
import OUT_OF from '@salesforce/label/c.Atlas_DS_Summary_Out_Of';
import SCORE_TEXT from '@salesforce/label/c.Atlas_DS_Summary_Text';
import BAND_AT_RISK from '@salesforce/label/c.Atlas_DS_Band_At_Risk';
import BAND_WATCH from '@salesforce/label/c.Atlas_DS_Band_Watch';
import BAND_HEALTHY from '@salesforce/label/c.Atlas_DS_Band_Healthy';

const BAND_LABELS: Record<ScoreBand, string> = {
    'At Risk': BAND_AT_RISK,
    Watch: BAND_WATCH,
    Healthy: BAND_HEALTHY
};

const BAND_CLASSES: Record<ScoreBand, string> = {
    'At Risk': 'slds-badge slds-theme_error',
    Watch: 'slds-badge slds-theme_warning',
    Healthy: 'slds-badge slds-theme_success'
};

export default class DealScoreSummary extends LightningElement {
    @api score = 0;
    @api band: ScoreBand = 'Watch';
    /** A sentence for a closed deal, from the scoring core. */
    @api note: string | null = null;

    labels = { heading: HEADING, outOf: OUT_OF };

    get bandLabel(): string {
        return BAND_LABELS[this.band] ?? this.band;
    }

    get bandClass(): string {
        return BAND_CLASSES[this.band] ?? 'slds-badge';
    }

    get scoreText(): string {
        return formatLabel(SCORE_TEXT, this.score, this.bandLabel);
    }
}

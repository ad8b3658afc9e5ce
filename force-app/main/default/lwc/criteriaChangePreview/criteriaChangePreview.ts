// The preview of a criteria change: how many deals of the sample would change band if the draft
// were saved, and which ones, from and to.
import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/atlasData';
import HEADING from '@salesforce/label/c.Atlas_SC_Preview_Heading';
import RUN from '@salesforce/label/c.Atlas_SC_Preview_Run';
import INTRO from '@salesforce/label/c.Atlas_SC_Preview_Intro';
import SUMMARY from '@salesforce/label/c.Atlas_SC_Preview_Summary';
import NO_SAMPLE from '@salesforce/label/c.Atlas_SC_Preview_No_Sample';
import CHANGE from '@salesforce/label/c.Atlas_SC_Preview_Change';

export interface PreviewRow {
    opportunityId: string;
    name: string;
    scoreBefore: number;
    scoreAfter: number;
    bandBeforeLabel: string;
    bandAfterLabel: string;
}

export interface PreviewView {
    sampleSize: number;
    scoreChanges: number;
    rows: PreviewRow[];
}

export default class CriteriaChangePreview extends LightningElement {
    /** The last preview, or null before the first one. */
    @api preview: PreviewView | null = null;
    @api sampleSize = 0;
    /** The heading and intro when the change is not a criterion (the scoring settings form's). */
    @api heading: string | null = null;
    @api intro: string | null = null;

    labels = { run: RUN, noSample: NO_SAMPLE };

    get headingText(): string {
        return this.heading ?? HEADING;
    }

    get introText(): string {
        return this.intro ?? INTRO;
    }

    get hasSample(): boolean {
        return this.sampleSize > 0;
    }

    get summary(): string {
        const preview = this.preview;
        return preview
            ? formatLabel(SUMMARY, preview.rows.length, preview.sampleSize, preview.scoreChanges)
            : '';
    }

    get rows() {
        return (this.preview?.rows ?? []).map((row) => ({
            ...row,
            text: formatLabel(
                CHANGE,
                row.name,
                row.bandBeforeLabel,
                row.bandAfterLabel,
                row.scoreBefore,
                row.scoreAfter
            )
        }));
    }

    handleRun(): void {
        this.dispatchEvent(new CustomEvent('preview'));
    }
}

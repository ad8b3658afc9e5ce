// The preview of a criteria change: how many deals of the sample would change band if the draft
// were saved, and which ones, from and to; and which deals' stage gates would close or open, by
// stage and owner.
import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/atlasData';
import HEADING from '@salesforce/label/c.Atlas_SC_Preview_Heading';
import RUN from '@salesforce/label/c.Atlas_SC_Preview_Run';
import INTRO from '@salesforce/label/c.Atlas_SC_Preview_Intro';
import SUMMARY from '@salesforce/label/c.Atlas_SC_Preview_Summary';
import NO_SAMPLE from '@salesforce/label/c.Atlas_SC_Preview_No_Sample';
import CHANGE from '@salesforce/label/c.Atlas_SC_Preview_Change';
import BANDS_HEADING from '@salesforce/label/c.Atlas_SC_Preview_Bands_Heading';
import GATES_HEADING from '@salesforce/label/c.Atlas_SC_Preview_Gates_Heading';
import GATE_BLOCKED from '@salesforce/label/c.Atlas_SC_Preview_Gate_Blocked';
import GATE_BLOCKED_ONE from '@salesforce/label/c.Atlas_SC_Preview_Gate_Blocked_One';
import GATE_UNBLOCKED from '@salesforce/label/c.Atlas_SC_Preview_Gate_Unblocked';
import GATE_UNBLOCKED_ONE from '@salesforce/label/c.Atlas_SC_Preview_Gate_Unblocked_One';
import GATE_NONE from '@salesforce/label/c.Atlas_SC_Preview_Gate_None';
import GATE_ROW_BLOCKED from '@salesforce/label/c.Atlas_SC_Preview_Gate_Row_Blocked';
import GATE_ROW_UNBLOCKED from '@salesforce/label/c.Atlas_SC_Preview_Gate_Row_Unblocked';
import SCORE_HEADING from '@salesforce/label/c.Atlas_SF_Preview_Score_Heading';
import SCORE_ROW from '@salesforce/label/c.Atlas_SF_Preview_Score_Row';

export interface PreviewRow {
    opportunityId: string;
    name: string;
    scoreBefore: number;
    scoreAfter: number;
    bandBeforeLabel: string;
    bandAfterLabel: string;
}

export interface GateRow {
    opportunityId: string;
    name: string;
    stageLabel: string;
    ownerName: string;
    becomes: 'blocked' | 'unblocked';
}

export interface PreviewView {
    sampleSize: number;
    scoreChanges: number;
    rows: PreviewRow[];
    /** By stage, then owner; absent when the change cannot move a stage gate (scoring settings). */
    gateRows?: GateRow[];
    /**
     * Every deal whose score moves, with its band, biggest move first: a framework switch moves
     * many scores by a point or two without changing a band. When given, it replaces the band list.
     */
    scoreRows?: PreviewRow[];
}

/** "+2" or "−1": how far a score moves. */
const signed = (delta: number): string => (delta > 0 ? `+${delta}` : `−${Math.abs(delta)}`);

/** "1 open deal would …" or "3 open deals would …": a label for each, as languages need. */
function countSentence(count: number, one: string, many: string): string {
    return count === 1 ? one : formatLabel(many, count);
}

export default class CriteriaChangePreview extends LightningElement {
    /** The last preview, or null before the first one. */
    @api preview: PreviewView | null = null;
    @api sampleSize = 0;
    /** The heading and intro when the change is not a criterion (the scoring settings form's). */
    @api heading: string | null = null;
    @api intro: string | null = null;
    /**
     * The run button's accessible name when a page holds two previews (the criterion form's and
     * the framework switch's): it starts with the button's visible words, as WCAG 2.5.3 asks.
     */
    @api runName: string | null = null;

    labels = {
        run: RUN,
        noSample: NO_SAMPLE,
        bandsHeading: BANDS_HEADING,
        gatesHeading: GATES_HEADING,
        scoresHeading: SCORE_HEADING
    };

    get headingText(): string {
        return this.heading ?? HEADING;
    }

    get introText(): string {
        return this.intro ?? INTRO;
    }

    /** Criteria change gates; the scoring settings do not, and their preview has no gate rows. */
    get showsGates(): boolean {
        return this.preview?.gateRows !== undefined;
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

    get gateSummary(): string {
        const gateRows = this.preview?.gateRows ?? [];
        const blocked = gateRows.filter((row) => row.becomes === 'blocked').length;
        const unblocked = gateRows.length - blocked;
        const parts: string[] = [];
        if (blocked > 0) {
            parts.push(countSentence(blocked, GATE_BLOCKED_ONE, GATE_BLOCKED));
        }
        if (unblocked > 0) {
            parts.push(countSentence(unblocked, GATE_UNBLOCKED_ONE, GATE_UNBLOCKED));
        }
        return parts.length > 0 ? parts.join(' ') : GATE_NONE;
    }

    get scoreRows() {
        return (this.preview?.scoreRows ?? []).map((row) => ({
            ...row,
            text: formatLabel(
                SCORE_ROW,
                row.name,
                row.scoreBefore,
                row.scoreAfter,
                signed(row.scoreAfter - row.scoreBefore),
                row.bandBeforeLabel === row.bandAfterLabel
                    ? row.bandAfterLabel
                    : `${row.bandBeforeLabel} → ${row.bandAfterLabel}`
            )
        }));
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

    get gateRows() {
        return (this.preview?.gateRows ?? []).map((row) => ({
            ...row,
            text: formatLabel(
                row.becomes === 'blocked' ? GATE_ROW_BLOCKED : GATE_ROW_UNBLOCKED,
                row.name,
                row.stageLabel,
                row.ownerName
            )
        }));
    }

    /**
     * The lists under the summary, each shown only when it has rows: band changes (a criteria
     * change), or score changes (the scoring settings), then the deals whose gate moves.
     */
    get lists() {
        const bandRows = this.preview?.scoreRows === undefined ? this.rows : [];
        const lists = [
            { key: 'bands', heading: this.labels.bandsHeading, rows: bandRows },
            { key: 'scores', heading: this.labels.scoresHeading, rows: this.scoreRows },
            { key: 'gates', heading: this.labels.gatesHeading, rows: this.gateRows }
        ];
        return lists
            .filter((list) => list.rows.length > 0)
            .map((list) => ({ ...list, headingId: `preview-${list.key}` }));
    }

    handleRun(): void {
        this.dispatchEvent(new CustomEvent('preview'));
    }
}

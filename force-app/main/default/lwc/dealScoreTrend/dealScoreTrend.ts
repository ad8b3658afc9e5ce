// A small line of the deal's score over its snapshots, with the change in words and the snapshots
// as a table for screen readers.
import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/atlasData';
import HEADING from '@salesforce/label/c.Atlas_DS_Trend_Heading';
import EMPTY from '@salesforce/label/c.Atlas_DS_Trend_Empty';
import UP from '@salesforce/label/c.Atlas_DS_Trend_Up';
import DOWN from '@salesforce/label/c.Atlas_DS_Trend_Down';
import FLAT from '@salesforce/label/c.Atlas_DS_Trend_Flat';
import ONE from '@salesforce/label/c.Atlas_DS_Trend_One';
import COLUMN_TAKEN from '@salesforce/label/c.Atlas_DS_Trend_Column_Taken';
import COLUMN_STAGE from '@salesforce/label/c.Atlas_DS_Trend_Column_Stage';
import COLUMN_SCORE from '@salesforce/label/c.Atlas_DS_Trend_Column_Score';
import COLUMN_BAND from '@salesforce/label/c.Atlas_DS_Trend_Column_Band';

export interface TrendPoint {
    key: string;
    takenAt: string;
    score: number;
    stageLabel: string;
    bandLabel: string;
}

const WIDTH = 100;
const HEIGHT = 32;

export default class DealScoreTrend extends LightningElement {
    /** Oldest first. */
    @api points: TrendPoint[] = [];

    labels = {
        heading: HEADING,
        empty: EMPTY,
        taken: COLUMN_TAKEN,
        stage: COLUMN_STAGE,
        score: COLUMN_SCORE,
        band: COLUMN_BAND
    };

    get hasPoints(): boolean {
        return this.points.length > 0;
    }

    get changeText(): string {
        const first = this.points[0];
        const last = this.points[this.points.length - 1];
        if (!first || !last || this.points.length === 1) {
            return formatLabel(ONE, first?.score ?? 0);
        }
        const change = last.score - first.score;
        const label = change > 0 ? UP : change < 0 ? DOWN : FLAT;
        return formatLabel(label, Math.abs(change), this.points.length, last.score);
    }

    /** The polyline's points in a 100 × 32 box: time left to right, score 0 at the bottom. */
    get linePoints(): string {
        const count = this.points.length;
        return this.points
            .map((point, index) => {
                const x = count === 1 ? WIDTH / 2 : (index / (count - 1)) * WIDTH;
                const y = HEIGHT - (Math.max(0, Math.min(100, point.score)) / 100) * HEIGHT;
                return `${x.toFixed(1)},${y.toFixed(1)}`;
            })
            .join(' ');
    }
}

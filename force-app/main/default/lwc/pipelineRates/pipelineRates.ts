// Win rate, "no decision" and competitive-loss rates, cycle length, average won deal and velocity,
// each with how far the history behind it (the deals closed in the window) can be trusted and, when
// it cannot be measured, why.
import { LightningElement, api } from 'lwc';
import HEADING from '@salesforce/label/c.Atlas_PH_Rates_Heading';
import UNKNOWN from '@salesforce/label/c.Atlas_PH_Unknown';
import RATES_WINDOW from '@salesforce/label/c.Atlas_PH_Rates_Window';

export type FigureFormat = 'percent' | 'currency' | 'days';

export interface FigureView {
    key: string;
    label: string;
    value: number | null;
    format: FigureFormat;
    confidenceLabel: string;
    /** The figure in a sentence, or why it is unknown, from the pipelineHealth helper. */
    message: string;
}

export default class PipelineRates extends LightningElement {
    @api figures: FigureView[] = [];
    @api currencyCode: string | undefined;
    /** The closing dates of the deals the rates rest on ('YYYY-MM-DD'), when windowed. */
    @api historyWindow: { from: string; to: string } | null = null;

    labels = { heading: HEADING, unknown: UNKNOWN, window: RATES_WINDOW };

    get figureViews() {
        return this.figures.map((figure) => ({
            ...figure,
            known: figure.value !== null,
            isPercent: figure.format === 'percent',
            isCurrency: figure.format === 'currency',
            isDays: figure.format === 'days',
            days: figure.value === null ? null : Math.round(figure.value)
        }));
    }
}

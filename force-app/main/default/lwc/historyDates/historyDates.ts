// The words and dates of the history a pipeline figure is learnt from: "<lead> Jan 1, 2026 to
// Jun 30, 2026", or one date ("counted through Jun 30, 2026"). Light DOM, so it reads as part of
// the sentence its panel puts it in.
import { LightningElement, api } from 'lwc';
import TO from '@salesforce/label/c.Atlas_PH_History_Window_To';

export default class HistoryDates extends LightningElement {
    static override renderMode = 'light' as const;

    /** The words before the first date. */
    @api lead = '';
    @api from: string | null = null;
    /** The end of a window; absent for a single date. */
    @api to: string | null = null;

    toText = TO;

    get fromClass(): string {
        return this.to ? 'slds-m-horizontal_xx-small' : 'slds-m-left_xx-small';
    }
}

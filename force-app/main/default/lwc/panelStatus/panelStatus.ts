// What a panel says while its data is on the way or when it could not be read: a spinner in a
// region of its own, then the load error in words. Light DOM, so both stay in the panel's tree.
import { LightningElement, api } from 'lwc';

export default class PanelStatus extends LightningElement {
    static override renderMode = 'light' as const;

    @api loading = false;
    @api loadingText = '';
    /** The load's error in any shape c/errorPanel reads; nothing shows without one. */
    @api errors: unknown;
    @api errorText = '';
}

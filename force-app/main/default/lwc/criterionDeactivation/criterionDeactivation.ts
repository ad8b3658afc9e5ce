// Asks before a criterion is deactivated, with the same preview as an edit: which open deals would
// change band and whose stage gates would open. Sends `confirm` or `cancel`; the page writes.
import { LightningElement, api } from 'lwc';
import type { PreviewView } from 'c/criteriaChangePreview';
import HEADING from '@salesforce/label/c.Atlas_SC_Confirm_Deactivate_Heading';
import TEXT from '@salesforce/label/c.Atlas_SC_Confirm_Deactivate_Text';
import CONFIRM from '@salesforce/label/c.Atlas_SC_Confirm_Deactivate';
import CANCEL from '@salesforce/label/c.Atlas_SC_Confirm_Cancel';

export default class CriterionDeactivation extends LightningElement {
    @api question = '';
    @api preview: PreviewView | null = null;
    @api sampleSize = 0;
    @api busy = false;

    labels = { heading: HEADING, text: TEXT, confirm: CONFIRM, cancel: CANCEL };

    /** Puts the user on the question, so a screen reader hears what is being asked about. */
    @api
    focusQuestion(): void {
        this.template?.querySelector<HTMLElement>('[data-focus-target]')?.focus();
    }

    handleConfirm(): void {
        this.dispatchEvent(new CustomEvent('confirm'));
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }

    handlePreview(): void {
        this.dispatchEvent(new CustomEvent('preview'));
    }
}

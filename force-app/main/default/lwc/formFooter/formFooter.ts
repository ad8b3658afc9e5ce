// A form's last row: Cancel and Save (or the form's own words for them), Save held while the form is
// busy, with an optional spinner. Light DOM, so the buttons stay in the form's own tree for its
// tests, focus and styles; it sends cancel and save, the form decides.
import { LightningElement, api } from 'lwc';
import { saveOnRelease } from './savePress';

export default class FormFooter extends LightningElement {
    static override renderMode = 'light' as const;

    @api cancelLabel = '';
    @api saveLabel = '';
    /** The buttons' data-action names, which the forms' tests and browser tests press. */
    @api cancelAction = 'cancel';
    @api saveAction = 'save';
    /** `brand` for a save, `destructive` for a confirmation that removes something. */
    @api saveVariant = 'brand';
    /** Save (and, with lockCancel, Cancel) cannot be pressed while busy. */
    @api busy = false;
    @api lockCancel = false;
    /** When set, a spinner with these words shows while busy. */
    @api busyText = '';
    /** When set, these words follow the buttons while busy (a status, read out). */
    @api busyStatus = '';
    /** `end`: the buttons at the right, the way a dialog ends; otherwise at the left. */
    @api align = 'start';
    /** Also save when a field's message moved the button from under a press (see savePress). */
    @api saveWhenMoved = false;

    /** The room above the row: an SLDS spacing size (`x-small`, `small`). */
    @api space = 'x-small';

    get rowClass(): string {
        const room = `slds-m-top_${this.space}`;
        return this.align === 'end'
            ? `slds-is-relative slds-grid slds-grid_align-end ${room}`
            : room;
    }

    get showSpinner(): boolean {
        return this.busy && this.busyText !== '';
    }

    get showStatus(): boolean {
        return this.busy && this.busyStatus !== '';
    }

    get cancelDisabled(): boolean {
        return this.busy && this.lockCancel;
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }

    handleSave(): void {
        this.dispatchEvent(new CustomEvent('save'));
    }

    handleSavePointerDown(event: MouseEvent): void {
        if (this.saveWhenMoved) {
            saveOnRelease(event.currentTarget as HTMLElement, () => this.handleSave());
        }
    }
}

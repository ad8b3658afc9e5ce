// A link to the Deal Review Queue on the deals it is given (a stage's, a deal size's or those with
// data to fix): the queue's address as its href, so it also opens in a new tab, and Lightning
// navigation to the queue tab on a plain click.
import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import { focusedQueueReference, focusedQueueUrl } from 'c/dealCoaching';
import type { QueueFocusLink } from 'c/dealCoaching';

export default class ReviewQueueLink extends NavigationMixin(LightningElement) {
    @api focus: QueueFocusLink = { kind: 'stage', dealIds: [] };
    /** The owner the queue opens on; blank: everyone the user can see. */
    @api ownerId: string | null = null;
    /** What the link says. */
    @api label = '';
    /** What it does, for screen readers (the label alone can be a bare count). */
    @api assistiveText = '';

    /**
     * The link's accessible name: the words on it first when the assistive text does not already
     * contain them, so a speech-input user can say what they see (WCAG 2.5.3, axe's
     * label-content-name-mismatch).
     */
    get accessibleName(): string {
        const assistive = this.assistiveText;
        if (!assistive || assistive.includes(this.label)) {
            return assistive || this.label;
        }
        return `${this.label}: ${assistive}`;
    }

    get url(): string {
        return focusedQueueUrl(this.focus, this.ownerId);
    }

    handleOpen(event: MouseEvent): void {
        if (event.ctrlKey || event.metaKey || event.shiftKey) {
            return;
        }
        event.preventDefault();
        this[NavigationMixin.Navigate](focusedQueueReference(this.focus, this.ownerId));
    }
}

// Shows what went wrong in a panel's load or save, in words: a headline and every message.
import { LightningElement, api } from 'lwc';
import { isAccessRefusal, reduceErrors } from 'c/atlasErrors';
import defaultFriendlyMessage from '@salesforce/label/c.Atlas_Error_Generic';
import NO_ACCESS from '@salesforce/label/c.Atlas_Error_No_Access';

export default class ErrorPanel extends LightningElement {
    /** A friendly headline; defaults to the generic label. */
    @api friendlyMessage: string = defaultFriendlyMessage;
    /** Any error shape: GraphQL errors, a rejected uiRecordApi promise, an Error, a list. */
    @api errors: unknown;

    get messages(): string[] {
        return reduceErrors(this.errors);
    }

    get hasMessages(): boolean {
        return this.messages.length > 0;
    }

    /** What to do when the user's access refused the read; the server's words follow it. */
    get accessHint(): string {
        return isAccessRefusal(this.messages) ? NO_ACCESS : '';
    }
}

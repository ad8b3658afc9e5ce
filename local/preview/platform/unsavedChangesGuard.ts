// The preview's equivalent of the atlasUnsavedChanges Aura component (lightning:unsavedChanges):
// it hears on the Atlas_Unsaved_Changes__c channel which forms hold unsaved changes and asks before
// the header's links, its record picker or NavigationMixin leave the page. Staying brings the first
// unsaved form into view ("save" on the channel); leaving tells the forms to forget ("discard"),
// so the browser's own unload prompt does not ask a second time.
import LightningConfirm from 'lightning/confirm';
import UNSAVED_CHANGES_CHANNEL from '@salesforce/messageChannel/Atlas_Unsaved_Changes__c';
import DISCARD from '@salesforce/label/c.Atlas_Unsaved_Discard';
import { createMessageContext, publish, subscribe } from './messageService';

interface UnsavedChangesMessage {
    hasUnsavedChanges?: boolean;
    label?: string;
    decision?: 'discard' | 'save';
}

const context = createMessageContext();
let unsavedLabel: string | undefined;

subscribe(context, UNSAVED_CHANGES_CHANNEL, (message) => {
    const state = message as UnsavedChangesMessage | undefined;
    if (state === undefined || state.decision !== undefined) {
        return;
    }
    unsavedLabel = state.hasUnsavedChanges === true ? (state.label ?? '') : undefined;
});

/** Waits until the messages already published have been delivered (they go out as microtasks). */
function delivered(): Promise<void> {
    return new Promise((resolve) => queueMicrotask(resolve));
}

/**
 * As the dialog closes it gives the keyboard back to what opened it (the link): staying should
 * leave it on the unsaved form instead, so the form is revealed once that has happened (or after
 * a second, if it never does).
 */
function focusReturned(): Promise<void> {
    return new Promise((resolve) => {
        const done = () => {
            document.removeEventListener('focusin', done, true);
            clearTimeout(timer);
            setTimeout(resolve, 0);
        };
        const timer = setTimeout(done, 1000);
        document.addEventListener('focusin', done, true);
    });
}

/** True when nothing is unsaved or the user agreed to drop it; false when they stay. */
export async function mayLeave(): Promise<boolean> {
    await delivered();
    if (unsavedLabel === undefined) {
        return true;
    }
    const leave = await LightningConfirm.open({
        message: DISCARD.replace('{0}', unsavedLabel),
        variant: 'headerless',
        theme: 'warning'
    });
    if (!leave) {
        await focusReturned();
    }
    publish(context, UNSAVED_CHANGES_CHANNEL, { decision: leave ? 'discard' : 'save' });
    await delivered();
    if (leave) {
        unsavedLabel = undefined;
    }
    return leave;
}

/** Loads another page of the preview once the user may leave this one. */
export async function leaveTo(url: string, replace = false): Promise<boolean> {
    if (!(await mayLeave())) {
        return false;
    }
    if (replace) {
        window.location.replace(url);
    } else {
        window.location.assign(url);
    }
    return true;
}

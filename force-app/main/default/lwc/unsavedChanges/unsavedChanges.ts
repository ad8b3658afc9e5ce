// Which forms on the page hold changes not yet saved, so nothing typed is lost without a word: the
// page's guard hears of them on the Atlas_Unsaved_Changes__c message channel (in Lightning
// Experience the atlasUnsavedChanges Aura component hands them to lightning:unsavedChanges, which
// asks before navigating away; the preview's shell does the same), a page unload asks the browser's
// own "leave this page?", and a panel about to replace a form asks the user (confirmDiscard).
// LWC has no unsaved-changes module of its own (developer.salesforce.com/docs/component-library/
// bundle/lightning:unsavedChanges is Aura's); a template-less module like this one creates its
// message context with createMessageContext (lightning/messageService docs, "service component").
import LightningConfirm from 'lightning/confirm';
import { createMessageContext, publish, subscribe } from 'lightning/messageService';
import type { MessageContext } from 'lightning/messageService';
import UNSAVED_CHANGES_CHANNEL from '@salesforce/messageChannel/Atlas_Unsaved_Changes__c';
import { formatLabel } from 'c/atlasData';
import DISCARD from '@salesforce/label/c.Atlas_Unsaved_Discard';

/** What the forms say on the channel, and what the guard answers. */
export interface UnsavedChangesMessage {
    hasUnsavedChanges?: boolean;
    /** The headings of the forms holding the changes, joined: the guard's prompt names them. */
    label?: string;
    /** The user's decision, sent by the guard: left without saving, or stayed to save. */
    decision?: 'discard' | 'save';
}

interface UnsavedForm {
    /** What the user would recognise it by (its heading). */
    label: string;
    /** Brings the form into view with the keyboard on it, when the user chose to stay and save. */
    reveal?: () => void;
}

const unsaved = new Map<string, UnsavedForm>();
let listening = false;
let context: MessageContext | undefined;
/** The last state sent, so typing in a form that is already unsaved sends nothing more. */
let lastSent = '';

function onBeforeUnload(event: BeforeUnloadEvent): void {
    if (unsaved.size > 0) {
        // Both are needed for every browser to show its prompt (HTML spec, "beforeunload").
        event.preventDefault();
        event.returnValue = '';
    }
}

function onGuardMessage(message: UnsavedChangesMessage | undefined): void {
    if (message?.decision === 'discard') {
        // The user left without saving: nothing is unsaved any more, so the unload does not ask again.
        unsaved.clear();
        announce();
    } else if (message?.decision === 'save') {
        [...unsaved.values()][0]?.reveal?.();
    }
}

function start(): void {
    if (listening || typeof window === 'undefined') {
        return;
    }
    listening = true;
    window.addEventListener('beforeunload', onBeforeUnload);
    context = createMessageContext();
    subscribe(context, UNSAVED_CHANGES_CHANNEL, onGuardMessage);
}

/** Tells the page's guard what is unsaved now (only when that changed). */
function announce(): void {
    const label = unsavedLabels().join(', ');
    const state = `${unsaved.size > 0}:${label}`;
    if (state === lastSent || context === undefined) {
        return;
    }
    lastSent = state;
    const message: UnsavedChangesMessage = { hasUnsavedChanges: unsaved.size > 0, label };
    publish(context, UNSAVED_CHANGES_CHANNEL, message);
}

/** Marks a form as holding unsaved changes (or clears it when dirty is false). */
export function setUnsaved(key: string, dirty: boolean, label: string, reveal?: () => void): void {
    start();
    if (dirty) {
        unsaved.set(key, { label, reveal });
    } else {
        unsaved.delete(key);
    }
    announce();
}

/** What holds unsaved changes, by label. */
export function unsavedLabels(): string[] {
    return [...unsaved.values()].map((form) => form.label);
}

/**
 * True when nothing is unsaved, or the user agreed to discard it (then it is forgotten); false
 * when the user chose to keep editing.
 */
export async function confirmDiscard(): Promise<boolean> {
    const labels = unsavedLabels();
    if (labels.length === 0) {
        return true;
    }
    const confirmed = await LightningConfirm.open({
        message: formatLabel(DISCARD, labels.join(', ')),
        variant: 'headerless',
        theme: 'warning'
    });
    if (confirmed) {
        unsaved.clear();
        announce();
    }
    return confirmed === true;
}

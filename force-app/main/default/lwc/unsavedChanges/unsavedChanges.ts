// Which forms on the page hold changes not yet saved, so nothing typed is lost without a word: a
// page unload (reload, closing the tab, a link that loads another page) asks the browser's own
// "leave this page?" first, and a panel about to replace a form asks the user (confirmDiscard).
// LWC has no unsaved-changes module. In-app navigation in Lightning Experience is guarded only by
// Aura's lightning:unsavedChanges (developer.salesforce.com/docs/component-library/bundle/
// lightning:unsavedChanges); a thin Aura wrapper reading this registry is not built yet.
import LightningConfirm from 'lightning/confirm';
import { formatLabel } from 'c/atlasData';
import DISCARD from '@salesforce/label/c.Atlas_Unsaved_Discard';

/** Form key → what the user would recognise it by (its heading). */
const unsaved = new Map<string, string>();
let listening = false;

function onBeforeUnload(event: BeforeUnloadEvent): void {
    if (unsaved.size > 0) {
        // Both are needed for every browser to show its prompt (HTML spec, "beforeunload").
        event.preventDefault();
        event.returnValue = '';
    }
}

/** Marks a form as holding unsaved changes (or clears it when dirty is false). */
export function setUnsaved(key: string, dirty: boolean, label: string): void {
    if (dirty) {
        unsaved.set(key, label);
    } else {
        unsaved.delete(key);
    }
    if (!listening && typeof window !== 'undefined') {
        window.addEventListener('beforeunload', onBeforeUnload);
        listening = true;
    }
}

/** What holds unsaved changes, by label. */
export function unsavedLabels(): string[] {
    return [...unsaved.values()];
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
    }
    return confirmed === true;
}

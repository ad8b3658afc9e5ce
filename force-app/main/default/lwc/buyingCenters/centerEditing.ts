// The Buying Centers panel's form and keyboard decisions, kept out of the component: what a form
// opens with, its heading and the names it warns about, and where the keyboard goes once a form or
// record is gone (the buying center concerned, else the New button).
import type { BuyingCenterView } from 'c/atlasData';
import { formatLabel } from 'c/atlasData';

export interface Editor {
    recordId: string | null;
    values: Record<string, unknown>;
}

/** Where the keyboard goes once the form or record it was on is gone. */
export type FocusTarget = { center: string } | 'new';

type Root = { querySelector(selector: string): Element | null } | null | undefined;

/** The form for an existing buying center: its fields, without the members the panel reads. */
export function editorFor(center: BuyingCenterView): Editor {
    const values: Record<string, unknown> = { ...center };
    delete values.members;
    return { recordId: center.Id, values };
}

export function formHeadingOf(
    centers: readonly BuyingCenterView[],
    editor: Editor | null,
    labels: { editHeading: string; newHeading: string }
): string {
    const editing = centers.find((center) => center.Id === editor?.recordId);
    return editing ? formatLabel(labels.editHeading, editing.Name) : labels.newHeading;
}

/** The names of the other buying centers: the form warns before a second one of a name. */
export function otherNamesOf(
    centers: readonly BuyingCenterView[],
    editor: Editor | null
): string[] {
    return centers.filter((center) => center.Id !== editor?.recordId).map((center) => center.Name);
}

export function focusTargetFor(centerId: string | null | undefined): FocusTarget {
    return centerId ? { center: centerId } : 'new';
}

/** After a cancel: the buying center edited, else the parent a child was being added under. */
export function focusAfterCancel(editor: Editor | null): FocusTarget {
    const parent = editor?.values.Parent_Buying_Center__c;
    return focusTargetFor(
        editor?.recordId ?? (typeof parent === 'string' && parent !== '' ? parent : null)
    );
}

/** Moves the keyboard; false while the target is not rendered yet (try again after rendering). */
export function applyFocus(root: Root, target: FocusTarget): boolean {
    if (target === 'new') {
        const button = root?.querySelector('[data-action^="new"]') as HTMLElement | null;
        button?.focus();
        return !!button;
    }
    const tree = root?.querySelector('c-buying-center-tree') as
        (Element & { focusCenter?: (id: string) => boolean }) | null | undefined;
    return tree?.focusCenter?.(target.center) === true;
}

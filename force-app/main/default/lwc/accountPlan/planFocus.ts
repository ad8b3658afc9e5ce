// Where the keyboard goes in the Account Plan panel: onto the field a form was opened for, back to
// the item a form or a deletion was about, or to New Objective when there is no such item.
type Root = { querySelector(selector: string): Element | null } | null | undefined;

/** Brings an open form into view with the keyboard on a field (the first when none is named). */
export function focusFormField(root: Root, formSelector: string, field: string | null): void {
    const form = root?.querySelector(formSelector) as
        (Element & { focusField?: (name?: string | null) => void }) | null | undefined;
    form?.focusField?.(field);
}

/** The keyboard goes to an item's menu in the tree, or to the New Objective button. */
export function focusPlanItem(root: Root, id: string | null | undefined): void {
    const tree = root?.querySelector('c-account-plan-tree') as
        (Element & { focusItem?: (id: string) => void }) | null | undefined;
    if (id && tree?.focusItem) {
        tree.focusItem(id);
        return;
    }
    (root?.querySelector('[data-action^="new-objective"]') as HTMLElement | null)?.focus();
}

/** After a move the keyboard stays on the button pressed, so pressing again moves it further. */
export function focusMovedItem(root: Root, id: string, direction: string): void {
    const tree = root?.querySelector('c-account-plan-tree') as
        (Element & { focusMoved?: (id: string, direction: string) => void }) | null | undefined;
    tree?.focusMoved?.(id, direction);
}

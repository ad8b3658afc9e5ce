// The Buying Centers panel's writes, each the user's own action: saving the form (only the changed
// fields of an existing buying center) and deleting one after a confirmation naming it.
import LightningConfirm from 'lightning/confirm';
import { deleteBuyingCenter, formatLabel, saveBuyingCenter } from 'c/atlasData';
import type { BuyingCenterView, RecordFields } from 'c/atlasData';
import type { Editor } from './centerEditing';

export interface SaveDetail {
    values: RecordFields;
    changed: RecordFields;
}

/** Saves the form; resolves the record's id, or null when an edit changed nothing. */
export async function saveCenterForm(
    accountId: string,
    editor: Editor,
    { values, changed }: SaveDetail
): Promise<string | null> {
    const editingId = editor.recordId;
    if (editingId && Object.keys(changed).length === 0) {
        return null;
    }
    return saveBuyingCenter(accountId, editingId, editingId ? changed : values);
}

/** Asks first, naming the buying center; resolves true once it is deleted. */
export async function confirmAndDelete(
    center: BuyingCenterView,
    confirmLabel: string
): Promise<boolean> {
    const confirmed = await LightningConfirm.open({
        message: formatLabel(confirmLabel, center.Name),
        variant: 'headerless',
        theme: 'warning'
    });
    if (!confirmed) {
        return false;
    }
    await deleteBuyingCenter(center.Id);
    return true;
}

// The members list's writes, each the user's own action: saving a membership (only the changed
// fields of an existing one), explaining a refused save next to its field, and removing a member
// after a confirmation naming them and the buying center.
import LightningConfirm from 'lightning/confirm';
import { explainDuplicateKeys, explainFieldErrors } from 'c/atlasErrors';
import type { ExplainedFieldError } from 'c/atlasErrors';
import { deleteBuyingCenterMember, formatLabel, saveBuyingCenterMember } from 'c/atlasData';
import type { BuyingCenterMemberView, RecordFields } from 'c/atlasData';

export interface MemberEditor {
    member: BuyingCenterMemberView | null;
    values: Record<string, unknown>;
}

/** Saves the form; resolves the membership's id, or null when an edit changed nothing. */
export async function saveMemberForm(
    buyingCenterId: string,
    editor: MemberEditor,
    { values, changed }: { values: RecordFields; changed: RecordFields }
): Promise<string | null> {
    const member = editor.member;
    if (member && Object.keys(changed).length === 0) {
        return null;
    }
    return saveBuyingCenterMember(
        buyingCenterId,
        member ? member.Contact__c : ((values.Contact__c as string | null) ?? null),
        member?.Id,
        member ? changed : values
    );
}

/**
 * A refused save, explained: the membership key is the flow's (buying center + contact), so a
 * duplicate is said on the contact field.
 */
export function memberSaveErrors(
    error: unknown,
    duplicateMessage: string
): { errors: unknown; fieldErrors: Record<string, ExplainedFieldError> } {
    const explained = explainDuplicateKeys(error, [
        { keyField: 'Member_Key__c', message: duplicateMessage, field: 'Contact__c' }
    ]);
    return { errors: explained, fieldErrors: explainFieldErrors(explained) };
}

/** Asks first; resolves true once the membership is removed. */
export async function confirmAndRemove(
    member: BuyingCenterMemberView,
    buyingCenterName: string | undefined,
    confirmLabel: string
): Promise<boolean> {
    const confirmed = await LightningConfirm.open({
        message: formatLabel(confirmLabel, member.contactName, buyingCenterName),
        variant: 'headerless'
    });
    if (!confirmed) {
        return false;
    }
    await deleteBuyingCenterMember(member.Id);
    return true;
}

// The members list's writes, each the user's own action: saving a membership (only the changed
// fields of an existing one), explaining a refused save next to its field, and removing a member
// after a confirmation naming them and the buying center.
import LightningConfirm from 'lightning/confirm';
import { explainDuplicateKeys, explainFieldErrors } from 'c/atlasErrors';
import type { ExplainedFieldError } from 'c/atlasErrors';
import {
    deleteBuyingCenterMember,
    formatLabel,
    saveBuyingCenterMember,
    saveContactProfile
} from 'c/atlasData';
import type { BuyingCenterMemberView, RecordFields } from 'c/atlasData';
import { profileUrlProblem } from 'c/relationshipFreshness';
import type { ProfileUrlProblem } from 'c/relationshipFreshness';

export interface MemberEditor {
    member: BuyingCenterMemberView | null;
    values: Record<string, unknown>;
}

/** The form's field that belongs to the contact, not the membership. */
const PROFILE_FIELD = 'Profile_URL__c';

/**
 * The profile link's error, said on its field, when it is not an http or https address (a
 * javascript: or mailto: link is never saved, so never opened); null when it may be saved.
 */
export function profileUrlErrors(
    values: RecordFields,
    messages: Record<ProfileUrlProblem, string>
): Record<string, ExplainedFieldError> | null {
    const value = values[PROFILE_FIELD];
    const problem = profileUrlProblem(typeof value === 'string' ? value : null);
    return problem ? { [PROFILE_FIELD]: { message: messages[problem] } } : null;
}

/**
 * Saves the form; resolves the membership's id, or null when an edit changed nothing. The membership
 * first, then (when it changed) the profile link on the contact: a refused membership leaves the
 * contact as it was.
 */
export async function saveMemberForm(
    buyingCenterId: string,
    editor: MemberEditor,
    { values, changed }: { values: RecordFields; changed: RecordFields }
): Promise<string | null> {
    const member = editor.member;
    const { [PROFILE_FIELD]: profileChange, ...memberChanges } = changed;
    const profileChanged = PROFILE_FIELD in changed;
    if (member && Object.keys(changed).length === 0) {
        return null;
    }
    const contactId = member ? member.Contact__c : ((values.Contact__c as string | null) ?? null);
    const savedId =
        member && Object.keys(memberChanges).length === 0
            ? member.Id
            : await saveBuyingCenterMember(
                  buyingCenterId,
                  contactId,
                  member?.Id,
                  member ? memberChanges : values
              );
    const profile = member ? profileChange : values[PROFILE_FIELD];
    if (contactId && (member ? profileChanged : (profile ?? null) !== null)) {
        await saveContactProfile(contactId, profile ?? null);
    }
    return savedId;
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

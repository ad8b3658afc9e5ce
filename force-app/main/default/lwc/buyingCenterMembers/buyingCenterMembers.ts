// One buying center's members: lists who is in it (role, influence, support, coverage, owner) and
// adds, edits and removes memberships in place; tells the container when the data changed.
import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import LightningConfirm from 'lightning/confirm';
import { explainDuplicateKeys, fieldErrorsOf } from 'c/atlasErrors';
import { deleteBuyingCenterMember, formatLabel, saveBuyingCenterMember } from 'c/atlasData';
import type { BuyingCenterMemberView, BuyingCenterView, RecordFields } from 'c/atlasData';
import type { ContactRecord } from 'c/atlasModel';
import type { FormFieldDefinition } from 'c/planningRecordForm';
import { contactOptions, influenceOptions, memberFields, memberRows } from './memberFields';
import type { MemberRow } from './memberFields';
import { MEMBER_LABELS as LABELS } from './memberLabels';

interface MemberEditor {
    member: BuyingCenterMemberView | null;
    values: Record<string, unknown>;
}

export default class BuyingCenterMembers extends LightningElement {
    @api buyingCenter: BuyingCenterView | undefined;
    /** Every buying center of the account: influence lines may cross buying centers. */
    @api buyingCenters: BuyingCenterView[] = [];
    @api contacts: ContactRecord[] = [];
    @api canCreate = false;
    @api canEdit = false;
    @api canDelete = false;

    labels = LABELS;
    editor: MemberEditor | null = null;
    saving = false;
    saveErrors: unknown;
    fieldErrors: Record<string, string> = {};
    actionErrors: unknown;

    get heading(): string {
        return formatLabel(LABELS.heading, this.buyingCenter?.Name);
    }

    get rows(): MemberRow[] {
        return memberRows(this.buyingCenters, this.buyingCenter?.members ?? [], LABELS, (name) =>
            formatLabel(LABELS.actionsFor, name)
        );
    }

    get hasMembers(): boolean {
        return (this.buyingCenter?.members.length ?? 0) > 0;
    }

    get availableContacts(): { label: string; value: string }[] {
        return this.buyingCenter ? contactOptions(this.contacts, this.buyingCenter) : [];
    }

    get showAdd(): boolean {
        return this.canCreate && this.editor === null;
    }

    get noContactsLeft(): boolean {
        return this.showAdd && this.availableContacts.length === 0;
    }

    get formHeading(): string {
        const member = this.editor?.member;
        return member
            ? formatLabel(LABELS.editHeading, member.contactName)
            : formatLabel(LABELS.newHeading, this.buyingCenter?.Name);
    }

    get formFields(): FormFieldDefinition[] {
        return memberFields(LABELS, {
            isNew: !this.editor?.member,
            contactOptions: this.availableContacts,
            influenceOptions: influenceOptions(this.buyingCenters, this.editor?.member?.Id ?? null)
        });
    }

    handleBack(): void {
        this.dispatchEvent(new CustomEvent('back'));
    }

    handleAdd(): void {
        this.openEditor(null);
    }

    handleMenuSelect(event: CustomEvent<{ value: 'edit' | 'remove' }>): void {
        const id = (event.currentTarget as HTMLElement).dataset.id;
        const member = this.buyingCenter?.members.find((candidate) => candidate.Id === id);
        if (!member) {
            return;
        }
        if (event.detail.value === 'edit') {
            this.openEditor(member);
        } else {
            this.remove(member).catch(() => undefined);
        }
    }

    handleCancel(): void {
        this.editor = null;
    }

    async handleSave(event: CustomEvent<{ values: RecordFields; changed: RecordFields }>) {
        if (!this.editor || !this.buyingCenter) {
            return;
        }
        const { values, changed } = event.detail;
        const member = this.editor.member;
        if (member && Object.keys(changed).length === 0) {
            this.editor = null;
            return;
        }
        this.saving = true;
        this.saveErrors = undefined;
        this.fieldErrors = {};
        try {
            await saveBuyingCenterMember(
                this.buyingCenter.Id,
                member ? member.Contact__c : ((values.Contact__c as string | null) ?? null),
                member?.Id,
                member ? changed : values
            );
            this.editor = null;
            this.toast(LABELS.saved);
            this.dispatchEvent(new CustomEvent('membershipchange'));
        } catch (error) {
            // The form stays open with what the user typed; the errors say what to fix. The
            // membership key is the flow's (buying center + contact), so a duplicate is the contact.
            const explained = explainDuplicateKeys(error, [
                { keyField: 'Member_Key__c', message: LABELS.duplicate, field: 'Contact__c' }
            ]);
            this.saveErrors = explained;
            this.fieldErrors = fieldErrorsOf(explained);
        } finally {
            this.saving = false;
        }
    }

    private openEditor(member: BuyingCenterMemberView | null): void {
        this.saveErrors = undefined;
        this.fieldErrors = {};
        this.actionErrors = undefined;
        this.editor = { member, values: member ? { ...member } : {} };
    }

    private async remove(member: BuyingCenterMemberView): Promise<void> {
        const confirmed = await LightningConfirm.open({
            message: formatLabel(LABELS.removeConfirm, member.contactName, this.buyingCenter?.Name),
            variant: 'headerless'
        });
        if (!confirmed) {
            return;
        }
        this.actionErrors = undefined;
        try {
            await deleteBuyingCenterMember(member.Id);
            this.toast(formatLabel(LABELS.removed, member.contactName));
            this.dispatchEvent(new CustomEvent('membershipchange'));
        } catch (error) {
            this.actionErrors = error;
        }
    }

    private toast(title: string): void {
        this.dispatchEvent(new ShowToastEvent({ title, variant: 'success' }));
    }
}

// One buying center's members: lists who is in it (role, influence, support, coverage, owner) and
// adds (searching the account's contacts, or creating one beside the search), edits and removes
// memberships in place (a champion with MEDDICC's three tests); tells the container when the data
// changed.
import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import type { ExplainedFieldError } from 'c/atlasErrors';
import { formatLabel, todayIso } from 'c/atlasData';
import { DEFAULT_CONFIG } from 'c/dealScoring';
import { FRESHNESS_LABELS, profileLinkLabel, touchText } from 'c/freshnessText';
import { championMarkOf } from 'c/buyingCenterCoverage';
import { championMarkTexts } from 'c/championText';
import { championDefaults, championTestErrors } from './championFields';
import type { BuyingCenterMemberView, BuyingCenterView, RecordFields } from 'c/atlasData';
import type { ContactRecord } from 'c/atlasModel';
import type { FormFieldDefinition } from 'c/planningRecordForm';
import type { ContactCreatedDetail } from 'c/buyingCenterNewContact';
import { contactOptions, influenceOptions, memberFields, memberRows } from './memberFields';
import type { MemberRow } from './memberFields';
import { MEMBER_LABELS as LABELS } from './memberLabels';
import { localeStyle } from 'c/atlasMessages';
import LOCALE from '@salesforce/i18n/locale';
import {
    confirmAndRemove,
    memberSaveErrors,
    profileUrlErrors,
    saveMemberForm
} from './memberWrites';
import type { MemberEditor } from './memberWrites';

/** Record dates in the user's locale, as the member form shows them. */
const DATES = localeStyle({}, LOCALE);

interface MemberFormApi {
    setFieldValue(name: string, value: unknown): void;
    focusField(name?: string): void;
}

export default class BuyingCenterMembers extends LightningElement {
    @api buyingCenter: BuyingCenterView | undefined;
    /** Every buying center of the account: influence lines may cross buying centers. */
    @api buyingCenters: BuyingCenterView[] = [];
    @api contacts: ContactRecord[] = [];
    /** Days without a touch after which a relationship is stale (the scoring settings'). */
    @api staleRelationshipDays: number = DEFAULT_CONFIG.staleRelationshipDays;
    @api accountId: string | undefined;
    @api canCreate = false;
    @api canEdit = false;
    @api canDelete = false;

    labels = LABELS;
    freshnessLabels = FRESHNESS_LABELS;
    editor: MemberEditor | null = null;
    saving = false;
    saveErrors: unknown;
    fieldErrors: Record<string, ExplainedFieldError> = {};
    actionErrors: unknown;
    creatingContact = false;
    createdMessage: string | null = null;
    /** What the open form holds now (as loaded, plus each change): its role shows the tests. */
    editorDraft: Record<string, unknown> = {};
    /** After a save, cancel or removal: the member whose menu gets the keyboard, or Add. */
    private pendingFocus: string | null = null;

    get heading(): string {
        return formatLabel(LABELS.heading, this.buyingCenter?.Name);
    }

    get rows(): MemberRow[] {
        return memberRows(
            this.buyingCenters,
            this.buyingCenter?.members ?? [],
            LABELS,
            (name) => formatLabel(LABELS.actionsFor, name),
            (iso) => DATES.date(iso),
            {
                asOf: todayIso(),
                staleAfterDays: this.staleRelationshipDays,
                label: LABELS.freshness,
                touchText: (freshness) => touchText(freshness, (iso) => DATES.date(iso)),
                profileLabel: profileLinkLabel
            },
            (member) => championMarkTexts(championMarkOf([member]))
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

    get isNewMember(): boolean {
        return this.editor !== null && this.editor.member === null;
    }

    get showNewContactButton(): boolean {
        return this.isNewMember && !this.creatingContact;
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
            accountId: this.accountId,
            memberContactIds: (this.buyingCenter?.members ?? []).map((member) => member.Contact__c),
            influenceOptions: influenceOptions(this.buyingCenters, this.editor?.member ?? null),
            introducedBy: this.editor?.member?.Introduced_By__c ?? null,
            champion: this.editorDraft.Buying_Role__c === 'Champion'
        });
    }

    /** Follows the form: a Champion role shows the tests; a test's result fills in today. */
    handleDraftChange(event: CustomEvent<{ name: string; value: unknown }>): void {
        const { name, value } = event.detail;
        this.editorDraft = { ...this.editorDraft, [name]: value };
        const defaults = championDefaults(this.editorDraft, name, todayIso());
        for (const [field, fill] of Object.entries(defaults)) {
            this.editorDraft = { ...this.editorDraft, [field]: fill };
            this.memberForm()?.setFieldValue(field, fill);
        }
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
        this.creatingContact = false;
        this.createdMessage = null;
        this.pendingFocus = 'add';
    }

    handleNewContact(): void {
        this.creatingContact = true;
        this.createdMessage = null;
        this.pendingFocus = 'contact';
    }

    handleContactCancel(): void {
        this.creatingContact = false;
        this.focusMemberForm('Contact__c');
    }

    handleContactCreated(event: CustomEvent<ContactCreatedDetail>): void {
        const { id, name } = event.detail;
        this.creatingContact = false;
        this.createdMessage = formatLabel(LABELS.contactCreated, name);
        const form = this.memberForm();
        form?.setFieldValue('Contact__c', id);
        // The account's contacts changed: the container reloads them (names on the map, the list).
        this.dispatchEvent(new CustomEvent('contactschange'));
        this.focusMemberForm('Buying_Role__c');
    }

    override renderedCallback(): void {
        if (this.creatingContact && this.pendingFocus === 'contact') {
            this.pendingFocus = null;
            (
                this.template?.querySelector('c-buying-center-new-contact') as
                    (HTMLElement & { focusField(): void }) | null
            )?.focusField();
            return;
        }
        if (this.pendingFocus === null || this.pendingFocus === 'contact') {
            return;
        }
        const target =
            this.pendingFocus === 'add'
                ? this.template?.querySelector<HTMLElement>('[data-action="add"]')
                : [
                      ...(this.template?.querySelectorAll<HTMLElement>(
                          'lightning-button-menu[data-id]'
                      ) ?? [])
                  ].find((menu) => menu.dataset.id === this.pendingFocus);
        if (target) {
            target.focus();
            this.pendingFocus = null;
        }
    }

    private memberForm(): (HTMLElement & MemberFormApi) | null {
        return this.template?.querySelector('c-planning-record-form[data-form="member"]') ?? null;
    }

    private focusMemberForm(field: string): void {
        this.memberForm()?.focusField(field);
    }

    async handleSave(event: CustomEvent<{ values: RecordFields; changed: RecordFields }>) {
        const editor = this.editor;
        if (!editor || !this.buyingCenter) {
            return;
        }
        this.saveErrors = undefined;
        this.fieldErrors = {};
        // Only a web address is saved: anything else is said on the field, and the form keeps it.
        const refused =
            profileUrlErrors(event.detail.values, LABELS.profileUrlProblems) ??
            championTestErrors(event.detail.values, event.detail.changed, LABELS.championProblems);
        if (refused) {
            this.fieldErrors = refused;
            return;
        }
        this.saving = true;
        try {
            const savedId = await saveMemberForm(this.buyingCenter.Id, editor, event.detail);
            this.editor = null;
            this.pendingFocus = savedId ?? editor.member?.Id ?? 'add';
            if (savedId) {
                this.createdMessage = null;
                this.toast(LABELS.saved);
                this.dispatchEvent(new CustomEvent('membershipchange'));
            }
        } catch (error) {
            // The form stays open with what the user typed; the errors say what to fix.
            const { errors, fieldErrors } = memberSaveErrors(error, LABELS.duplicate);
            this.saveErrors = errors;
            this.fieldErrors = fieldErrors;
        } finally {
            this.saving = false;
        }
    }

    private openEditor(member: BuyingCenterMemberView | null): void {
        this.saveErrors = undefined;
        this.fieldErrors = {};
        this.actionErrors = undefined;
        // The profile link is the contact's; the form edits it beside the membership.
        this.editor = {
            member,
            values: member ? { ...member, Profile_URL__c: member.profileUrl ?? null } : {}
        };
        this.editorDraft = { ...this.editor.values };
    }

    private async remove(member: BuyingCenterMemberView): Promise<void> {
        this.actionErrors = undefined;
        try {
            if (await confirmAndRemove(member, this.buyingCenter?.Name, LABELS.removeConfirm)) {
                this.pendingFocus = 'add';
                this.toast(formatLabel(LABELS.removed, member.contactName));
                this.dispatchEvent(new CustomEvent('membershipchange'));
            }
        } catch (error) {
            this.actionErrors = error;
        }
    }

    private toast(title: string): void {
        this.dispatchEvent(new ShowToastEvent({ title, variant: 'success' }));
    }
}

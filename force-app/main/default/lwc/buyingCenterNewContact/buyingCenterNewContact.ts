// A small form beside the member search for a person who is not in the CRM yet: creates the contact
// on the account (LDS createRecord) and tells the member form which contact it now is.
import { LightningElement, api } from 'lwc';
import { explainFieldErrors } from 'c/atlasErrors';
import type { ExplainedFieldError } from 'c/atlasErrors';
import { createAccountContact } from 'c/atlasData';
import type { RecordFields } from 'c/atlasData';
import type { FormFieldDefinition } from 'c/planningRecordForm';
import HEADING from '@salesforce/label/c.Atlas_BC_Contact_New_Heading';
import FIRST_NAME from '@salesforce/label/c.Atlas_BC_Contact_First_Name';
import LAST_NAME from '@salesforce/label/c.Atlas_BC_Contact_Last_Name';
import TITLE from '@salesforce/label/c.Atlas_BC_Contact_Title';
import EMAIL from '@salesforce/label/c.Atlas_BC_Contact_Email';

export interface ContactCreatedDetail {
    id: string;
    name: string;
}

export default class BuyingCenterNewContact extends LightningElement {
    @api accountId: string | undefined;

    saving = false;
    errors: unknown;
    fieldErrors: Record<string, ExplainedFieldError> = {};
    values: Record<string, unknown> = {};

    heading = HEADING;

    /** Lengths come from Contact's object info (the form reads it). */
    get fields(): FormFieldDefinition[] {
        return [
            { name: 'FirstName', label: FIRST_NAME, type: 'text' },
            { name: 'LastName', label: LAST_NAME, type: 'text', required: true },
            { name: 'Title', label: TITLE, type: 'text' },
            { name: 'Email', label: EMAIL, type: 'email' }
        ];
    }

    async handleSave(event: CustomEvent<{ values: RecordFields }>): Promise<void> {
        if (!this.accountId) {
            return;
        }
        const { values } = event.detail;
        this.saving = true;
        this.errors = undefined;
        this.fieldErrors = {};
        try {
            const id = await createAccountContact(this.accountId, values);
            const name = [values.FirstName, values.LastName].filter(Boolean).join(' ');
            const detail: ContactCreatedDetail = { id, name };
            this.dispatchEvent(new CustomEvent('contactcreated', { detail }));
        } catch (error) {
            this.errors = error;
            this.fieldErrors = explainFieldErrors(error);
        } finally {
            this.saving = false;
        }
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }

    @api
    focusField(): void {
        (
            this.template?.querySelector('c-planning-record-form') as
                (HTMLElement & { focusField(name?: string): void }) | null
        )?.focusField('FirstName');
    }
}

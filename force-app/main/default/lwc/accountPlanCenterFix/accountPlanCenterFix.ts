// The Account Plan's "fix what is missing" form for a buying center: only the fields the finding
// names, saved straight to the buying center, so the gap is closed where it was found.
import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { fieldErrorsOf } from 'c/atlasErrors';
import { formatLabel, saveBuyingCenter } from 'c/atlasData';
import type { RecordFields } from 'c/atlasData';
import { buyingCenterFields } from 'c/buyingCenterForm';
import type { FormFieldDefinition } from 'c/planningRecordForm';
import HEADING from '@salesforce/label/c.Atlas_AP_Fix_Center_Heading';
import SAVED from '@salesforce/label/c.Atlas_AP_Saved';

export default class AccountPlanCenterFix extends LightningElement {
    @api accountId: string | undefined;
    /** The buying center's id, name and current values. */
    @api center: { Id: string; Name: string } & Record<string, unknown> = { Id: '', Name: '' };
    /** The fields the finding names (API names). */
    @api fieldNames: string[] = [];

    saving = false;
    errors: unknown;
    fieldErrors: Record<string, string> = {};

    get heading(): string {
        return formatLabel(HEADING, this.center.Name);
    }

    get fields(): FormFieldDefinition[] {
        const wanted = new Set(this.fieldNames);
        return buyingCenterFields().filter((field) => wanted.has(field.name));
    }

    /** Puts the keyboard on the first field the finding names, so the user types straight away. */
    @api
    focusField(): void {
        const form = this.template?.querySelector('c-planning-record-form') as
            (HTMLElement & { focusField?: (name?: string | null) => void }) | null;
        form?.focusField?.(this.fieldNames[0]);
    }

    async handleSave(event: CustomEvent<{ values: RecordFields; changed: RecordFields }>) {
        const { changed } = event.detail;
        if (Object.keys(changed).length === 0 || !this.accountId) {
            this.dispatchEvent(new CustomEvent('close', { detail: { saved: false } }));
            return;
        }
        this.saving = true;
        this.errors = undefined;
        this.fieldErrors = {};
        try {
            await saveBuyingCenter(this.accountId, this.center.Id, changed);
            this.dispatchEvent(
                new ShowToastEvent({
                    title: formatLabel(SAVED, this.center.Name),
                    variant: 'success'
                })
            );
            this.dispatchEvent(new CustomEvent('close', { detail: { saved: true } }));
        } catch (error) {
            // The form stays open with what the user typed; the errors say what to fix.
            this.errors = error;
            this.fieldErrors = fieldErrorsOf(error);
        } finally {
            this.saving = false;
        }
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('close', { detail: { saved: false } }));
    }
}

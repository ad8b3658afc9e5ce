// The fields of a buying center, edited in place through c-planning-record-form.
import { LightningElement, api } from 'lwc';
import { buyingCenterFields } from './buyingCenterFields';
import type { FormFieldDefinition } from 'c/planningRecordForm';

export default class BuyingCenterForm extends LightningElement {
    @api heading = '';
    /** The buying center's current values (empty for a new one). */
    @api values: Record<string, unknown> = {};
    /** The buying centers it may hang under. */
    @api parentOptions: { label: string; value: string }[] = [];
    @api fieldErrors: Record<string, string> = {};
    @api errors: unknown;
    @api saving = false;

    get fields(): FormFieldDefinition[] {
        return buyingCenterFields(this.parentOptions);
    }

    handleSave(event: CustomEvent<{ values: Record<string, unknown> }>): void {
        this.dispatchEvent(new CustomEvent('save', { detail: event.detail }));
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }
}

export { buyingCenterFields } from './buyingCenterFields';

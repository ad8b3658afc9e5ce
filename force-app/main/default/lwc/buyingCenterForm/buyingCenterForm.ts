// The fields of a buying center, edited in place through c-planning-record-form, with a warning
// before saving a name another buying center of the account already has.
import { LightningElement, api } from 'lwc';
import { buyingCenterFields } from './buyingCenterFields';
import type { FormFieldDefinition } from 'c/planningRecordForm';
import DUPLICATE_NAME from '@salesforce/label/c.Atlas_BC_Warn_Duplicate_Name';

/** Names compare as people read them: case, spacing and accents aside. */
export function sameName(a: string, b: string): boolean {
    const normal = (name: string) =>
        name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
    return normal(a) !== '' && normal(a) === normal(b);
}

export default class BuyingCenterForm extends LightningElement {
    @api heading = '';
    /** The buying centers it may hang under. */
    @api parentOptions: { label: string; value: string }[] = [];
    /** The names of the account's other buying centers. */
    @api otherNames: string[] = [];
    @api fieldErrors: Record<string, string> = {};
    @api errors: unknown;
    @api saving = false;

    name = '';
    private current: Record<string, unknown> = {};

    /** The buying center's current values (empty for a new one). */
    @api
    get values(): Record<string, unknown> {
        return this.current;
    }
    set values(values: Record<string, unknown>) {
        this.current = values ?? {};
        this.name = typeof this.current.Name === 'string' ? this.current.Name : '';
    }

    get fields(): FormFieldDefinition[] {
        return buyingCenterFields(this.parentOptions);
    }

    get fieldWarnings(): Record<string, string> {
        const taken = (this.otherNames ?? []).some((other) => sameName(other, this.name));
        return taken ? { Name: DUPLICATE_NAME } : {};
    }

    handleDraftChange(event: CustomEvent<{ name: string; value: unknown }>): void {
        if (event.detail.name === 'Name') {
            this.name = typeof event.detail.value === 'string' ? event.detail.value : '';
        }
    }

    handleSave(event: CustomEvent<{ values: Record<string, unknown> }>): void {
        this.dispatchEvent(new CustomEvent('save', { detail: event.detail }));
    }

    handleCancel(): void {
        this.dispatchEvent(new CustomEvent('cancel'));
    }

    /** Puts the keyboard on the form's first field (or the named one). */
    @api
    focusField(name?: string): void {
        (
            this.template?.querySelector('c-planning-record-form') as
                (HTMLElement & { focusField(name?: string): void }) | null
        )?.focusField(name);
    }
}

export { buyingCenterFields } from './buyingCenterFields';

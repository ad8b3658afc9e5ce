// Says which fields field-level security hides from the user, by API name (what an admin grants
// read access to), so a panel tells what it cannot show instead of failing or looking complete.
import { LightningElement, api } from 'lwc';
import notice from '@salesforce/label/c.Atlas_Hidden_Fields_Notice';
import type { HiddenField } from 'c/atlasData';

export default class HiddenFieldsNotice extends LightningElement {
    /** The hidden fields a panel's reader found; none shows nothing. */
    @api fields: HiddenField[] | undefined;

    readonly notice = notice;

    get names(): string[] {
        return (this.fields ?? []).map((field) => `${field.objectApiName}.${field.fieldApiName}`);
    }

    get hasFields(): boolean {
        return this.names.length > 0;
    }
}

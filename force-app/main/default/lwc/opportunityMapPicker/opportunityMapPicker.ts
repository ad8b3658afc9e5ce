// Chooses which opportunity map (period) the grid shows, and creates a new map in place.
import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { fieldErrorsOf } from 'c/atlasErrors';
import { MAP_STATUSES, formatLabel, picklistOptions, saveOpportunityMap } from 'c/atlasData';
import type { OpportunityMapView, RecordFields } from 'c/atlasData';
import type { FormFieldDefinition } from 'c/planningRecordForm';
import MAP_PICKER from '@salesforce/label/c.Atlas_OM_Map_Picker';
import NEW_MAP from '@salesforce/label/c.Atlas_OM_New_Map';
import NEW_MAP_HEADING from '@salesforce/label/c.Atlas_OM_New_Map_Heading';
import MAP_SAVED from '@salesforce/label/c.Atlas_OM_Map_Saved';
import MAP_NAME from '@salesforce/label/c.Atlas_OM_Map_Field_Name';
import MAP_START from '@salesforce/label/c.Atlas_OM_Map_Field_Start';
import MAP_END from '@salesforce/label/c.Atlas_OM_Map_Field_End';
import MAP_STATUS from '@salesforce/label/c.Atlas_OM_Map_Field_Status';

export default class OpportunityMapPicker extends LightningElement {
    @api accountId: string | undefined;
    @api maps: OpportunityMapView[] = [];
    /** The map the grid shows. */
    @api selectedMapId: string | undefined;
    @api canCreate = false;

    labels = { mapPicker: MAP_PICKER, newMap: NEW_MAP, newMapHeading: NEW_MAP_HEADING };
    editing = false;
    newMapValues: Record<string, unknown> = { Status__c: 'Draft' };
    saving = false;
    saveErrors: unknown;
    fieldErrors: Record<string, string> = {};

    get hasMaps(): boolean {
        return this.maps.length > 0;
    }

    get options(): { label: string; value: string }[] {
        return this.maps.map((map) => ({ label: map.Name, value: map.Id }));
    }

    get selectedMap(): OpportunityMapView | undefined {
        return this.maps.find((map) => map.Id === this.selectedMapId);
    }

    get showNewButton(): boolean {
        return this.canCreate && !this.editing;
    }

    get fields(): FormFieldDefinition[] {
        return [
            { name: 'Name', label: MAP_NAME, type: 'text', required: true, maxLength: 80 },
            { name: 'Period_Start__c', label: MAP_START, type: 'date', required: true },
            { name: 'Period_End__c', label: MAP_END, type: 'date', required: true },
            {
                name: 'Status__c',
                label: MAP_STATUS,
                type: 'picklist',
                required: true,
                options: picklistOptions(MAP_STATUSES)
            }
        ];
    }

    handleChange(event: CustomEvent<{ value: string }>): void {
        this.dispatchEvent(new CustomEvent('mapchange', { detail: { mapId: event.detail.value } }));
    }

    handleNew(): void {
        this.saveErrors = undefined;
        this.fieldErrors = {};
        this.newMapValues = { Status__c: 'Draft' };
        this.editing = true;
    }

    handleCancel(): void {
        this.editing = false;
    }

    async handleSave(event: CustomEvent<{ values: RecordFields }>): Promise<void> {
        if (!this.accountId) {
            return;
        }
        const { values } = event.detail;
        this.saving = true;
        this.saveErrors = undefined;
        this.fieldErrors = {};
        try {
            const mapId = await saveOpportunityMap(this.accountId, null, values);
            this.editing = false;
            this.dispatchEvent(
                new ShowToastEvent({
                    title: formatLabel(MAP_SAVED, String(values.Name ?? '')),
                    variant: 'success'
                })
            );
            this.dispatchEvent(new CustomEvent('mapcreated', { detail: { mapId } }));
        } catch (error) {
            // The form stays open with what the user typed (a period ending before it starts
            // comes back as a field error from the validation rule).
            this.saveErrors = error;
            this.fieldErrors = fieldErrorsOf(error);
        } finally {
            this.saving = false;
        }
    }
}

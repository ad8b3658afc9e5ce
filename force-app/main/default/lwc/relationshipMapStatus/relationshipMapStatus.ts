// The red / amber / green relationship map status of each buying center and its coaching flags in
// plain words (computed by the buyingCenterCoverage helper, worded by the container).
import { LightningElement, api } from 'lwc';
import HEADING from '@salesforce/label/c.Atlas_RM_Status_Heading';
import NO_FLAGS from '@salesforce/label/c.Atlas_RM_No_Flags';

export interface StatusEntry {
    id: string;
    name: string;
    status: 'Red' | 'Amber' | 'Green';
    statusText: string;
    flags: { key: string; text: string; severity: 'high' | 'medium' | 'low' }[];
}

const STATUS_CLASSES: Record<StatusEntry['status'], string> = {
    Red: 'slds-badge slds-theme_error',
    Amber: 'slds-badge slds-theme_warning',
    Green: 'slds-badge slds-theme_success'
};

const FLAG_ICONS: Record<string, string> = {
    high: 'utility:error',
    medium: 'utility:warning',
    low: 'utility:info'
};

export default class RelationshipMapStatus extends LightningElement {
    @api entries: StatusEntry[] = [];

    labels = { heading: HEADING, noFlags: NO_FLAGS };

    get items() {
        return this.entries.map((entry) => ({
            ...entry,
            statusClass: STATUS_CLASSES[entry.status],
            hasFlags: entry.flags.length > 0,
            flags: entry.flags.map((flag) => ({ ...flag, icon: FLAG_ICONS[flag.severity] }))
        }));
    }
}

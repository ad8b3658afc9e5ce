// How complete the account plan is: the share met in each tier of the account-based-marketing
// checklist (required, recommended, best practice) and what is missing, each a link to fix it.
import { LightningElement, api } from 'lwc';
import HEADING from '@salesforce/label/c.Atlas_AP_Completeness_Heading';
import OVERALL from '@salesforce/label/c.Atlas_AP_Completeness_Overall';
import ALL_DONE from '@salesforce/label/c.Atlas_AP_Completeness_All_Done';
import MISSING from '@salesforce/label/c.Atlas_AP_Missing_Heading';
import type { CompletenessView } from './completenessTypes';

export default class PlanCompletenessSummary extends LightningElement {
    @api completeness: CompletenessView = { overall: 0, overallText: '', tiers: [], groups: [] };

    labels = { heading: HEADING, overall: OVERALL, allDone: ALL_DONE, missing: MISSING };

    get groups() {
        return this.completeness.groups.filter((group) => group.items.length > 0);
    }

    get hasMissing(): boolean {
        return this.groups.length > 0;
    }

    handleFix(event: Event): void {
        const { object, record, code, fields } = (event.currentTarget as HTMLElement).dataset;
        this.dispatchEvent(
            new CustomEvent('fix', {
                detail: {
                    code,
                    objectApiName: object,
                    recordId: record,
                    fields: fields ? fields.split(',') : []
                }
            })
        );
    }
}

export type { CompletenessView } from './completenessTypes';

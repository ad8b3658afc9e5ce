// Data integrity issues of the pipeline, each a link to the opportunity to fix.
import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import HEADING from '@salesforce/label/c.Atlas_PH_Integrity_Heading';
import NONE from '@salesforce/label/c.Atlas_PH_Integrity_None';

export interface IntegrityIssueView {
    key: string;
    opportunityId: string;
    opportunityName: string;
    message: string;
}

export default class PipelineIntegrityList extends NavigationMixin(LightningElement) {
    @api issues: IntegrityIssueView[] = [];

    labels = { heading: HEADING, none: NONE };

    get hasIssues(): boolean {
        return this.issues.length > 0;
    }

    get issueViews() {
        return this.issues.map((issue) => ({
            ...issue,
            // The record page's address, so the link also opens in a new tab.
            url: `/lightning/r/Opportunity/${issue.opportunityId}/view`
        }));
    }

    handleOpen(event: MouseEvent): void {
        const opportunityId = (event.currentTarget as HTMLElement).dataset.id;
        if (!opportunityId || event.ctrlKey || event.metaKey || event.shiftKey) {
            return;
        }
        event.preventDefault();
        this[NavigationMixin.Navigate]({
            type: 'standard__recordPage',
            attributes: {
                recordId: opportunityId,
                objectApiName: 'Opportunity',
                actionName: 'view'
            }
        });
    }
}

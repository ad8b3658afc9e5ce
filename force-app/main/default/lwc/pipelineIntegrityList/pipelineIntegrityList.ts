// Data integrity issues of the pipeline, each a link to the opportunity to fix, and how many open
// deals need attention as a link to them in the Deal Review Queue.
import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import HEADING from '@salesforce/label/c.Atlas_PH_Integrity_Heading';
import NONE from '@salesforce/label/c.Atlas_PH_Integrity_None';
import ATTENTION_COUNT from '@salesforce/label/c.Atlas_PH_Attention_Count';
import ATTENTION_COUNT_ONE from '@salesforce/label/c.Atlas_PH_Attention_Count_One';
import ATTENTION_OPEN_IN_QUEUE from '@salesforce/label/c.Atlas_PH_Attention_Open_In_Queue';
import { formatLabel } from 'c/atlasData';
import type { QueueFocusLink } from 'c/dealCoaching';

export interface IntegrityIssueView {
    key: string;
    opportunityId: string;
    opportunityName: string;
    message: string;
}

export default class PipelineIntegrityList extends NavigationMixin(LightningElement) {
    @api issues: IntegrityIssueView[] = [];
    /** The open deals with data to fix, in the Deal Review Queue; null when there are none. */
    @api attention: QueueFocusLink | null = null;
    /** The owner the queue link opens on (blank: everyone the user can see). */
    @api ownerId: string | null = null;

    labels = { heading: HEADING, none: NONE };

    get hasIssues(): boolean {
        return this.issues.length > 0;
    }

    get attentionText(): string {
        const count = this.attention?.dealIds.length ?? 0;
        return count === 1 ? ATTENTION_COUNT_ONE : formatLabel(ATTENTION_COUNT, count);
    }

    get attentionAssistiveText(): string {
        return formatLabel(ATTENTION_OPEN_IN_QUEUE, this.attention?.dealIds.length ?? 0);
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

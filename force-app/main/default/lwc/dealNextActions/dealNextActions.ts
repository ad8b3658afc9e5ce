// The next best actions, ranked by the points each would add to the score. An action about a
// criterion takes the user to that criterion in the checklist.
import { LightningElement, api } from 'lwc';
import HEADING from '@salesforce/label/c.Atlas_DS_Actions_Heading';
import NONE from '@salesforce/label/c.Atlas_DS_Actions_None';
import GO_TO_CRITERION from '@salesforce/label/c.Atlas_DS_Actions_Go_To_Criterion';

export interface NextActionView {
    key: string;
    message: string;
    gainText: string;
    criterionId: string | null;
    /** The link's accessible name, naming the criterion. */
    linkLabel: string;
}

export default class DealNextActions extends LightningElement {
    @api actions: NextActionView[] = [];

    labels = { heading: HEADING, none: NONE, goToCriterion: GO_TO_CRITERION };

    get hasActions(): boolean {
        return this.actions.length > 0;
    }

    handleGoToCriterion(event: Event): void {
        const criterionId = (event.currentTarget as HTMLElement).dataset.criterionId;
        this.dispatchEvent(new CustomEvent('gotocriterion', { detail: { criterionId } }));
    }
}

// The deal's risks, most severe first, grouped under High, Medium and Low. A risk about a criterion
// links to it in the checklist.
import { LightningElement, api } from 'lwc';
import HEADING from '@salesforce/label/c.Atlas_DS_Risks_Heading';
import NONE from '@salesforce/label/c.Atlas_DS_Risks_None';
import HIGH from '@salesforce/label/c.Atlas_DS_Severity_High';
import MEDIUM from '@salesforce/label/c.Atlas_DS_Severity_Medium';
import LOW from '@salesforce/label/c.Atlas_DS_Severity_Low';
import GO_TO_CRITERION from '@salesforce/label/c.Atlas_DS_Actions_Go_To_Criterion';

export interface RiskView {
    key: string;
    severity: 'high' | 'medium' | 'low';
    message: string;
    /** The criterion the risk is about, when the checklist shows it. */
    criterionId: string | null;
    /** The link's accessible name, naming the criterion. */
    linkLabel: string;
}

const GROUPS = [
    { severity: 'high', label: HIGH, icon: 'utility:error', variant: 'error' },
    { severity: 'medium', label: MEDIUM, icon: 'utility:warning', variant: 'warning' },
    { severity: 'low', label: LOW, icon: 'utility:info', variant: '' }
] as const;

export default class DealRisks extends LightningElement {
    @api risks: RiskView[] = [];

    labels = { heading: HEADING, none: NONE, goToCriterion: GO_TO_CRITERION };

    get hasRisks(): boolean {
        return this.risks.length > 0;
    }

    get groups() {
        return GROUPS.map((group) => ({
            ...group,
            headingId: `risks-${group.severity}`,
            risks: this.risks.filter((risk) => risk.severity === group.severity)
        })).filter((group) => group.risks.length > 0);
    }

    handleGoToCriterion(event: Event): void {
        const criterionId = (event.currentTarget as HTMLElement).dataset.criterionId;
        this.dispatchEvent(new CustomEvent('gotocriterion', { detail: { criterionId } }));
    }
}

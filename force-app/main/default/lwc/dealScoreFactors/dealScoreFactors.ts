// The score's factors: the points each earned of its possible, the reason, and line by line where
// every point came from (shown on request).
import { LightningElement, api } from 'lwc';
import HEADING from '@salesforce/label/c.Atlas_DS_Factors_Heading';
import SHOW_DETAILS from '@salesforce/label/c.Atlas_DS_Factors_Show_Details';
import HIDE_DETAILS from '@salesforce/label/c.Atlas_DS_Factors_Hide_Details';

export interface FactorDetailView {
    key: string;
    text: string;
    statusLabel: string;
    pointsText: string;
}

export interface FactorView {
    key: string;
    label: string;
    pointsText: string;
    /** 0–100: the share of its possible points the factor earned. */
    percent: number;
    reason: string;
    details: FactorDetailView[];
}

export default class DealScoreFactors extends LightningElement {
    @api factors: FactorView[] = [];
    /** The factors' points in all and the score: the line that shows they add up. */
    @api total = '';

    labels = { heading: HEADING };
    expanded: Record<string, boolean> = {};

    get factorViews() {
        return this.factors.map((factor) => {
            const open = this.expanded[factor.key] === true;
            return {
                ...factor,
                open,
                hasDetails: factor.details.length > 0,
                toggleLabel: open ? HIDE_DETAILS : SHOW_DETAILS,
                ariaExpanded: open ? 'true' : 'false',
                detailsId: `factor-details-${factor.key}`,
                barStyle: `width: ${Math.max(0, Math.min(100, factor.percent))}%`
            };
        });
    }

    handleToggle(event: Event): void {
        const key = (event.currentTarget as HTMLElement).dataset.key ?? '';
        this.expanded = { ...this.expanded, [key]: !this.expanded[key] };
    }
}

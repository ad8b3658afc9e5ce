// The target Pipeline Health holds the pipeline against: the period, "Target: $X" and how it adds
// up (one rep's, or the sum of the team's); without one, who sets it, or the form to set it.
import { LightningElement, api } from 'lwc';

/** What pipelineHealthPanel's pipelineScope.targetViewOf gives. */
export interface PipelineTargetView {
    periodText: string;
    figureText: string | null;
    basisText: string;
    noTargetText: string;
    canSet: boolean;
    ownerId: string;
    ownerName: string;
    newPeriod: { start: string; end: string };
}

export default class PipelineTarget extends LightningElement {
    @api target: PipelineTargetView | null = null;

    handleSaved(): void {
        this.dispatchEvent(new CustomEvent('targetsaved'));
    }
}

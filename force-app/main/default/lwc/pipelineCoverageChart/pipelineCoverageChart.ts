// Per stage of the sales process: the Pipeline Value Factor, the value that must sit in the stage
// to hit the target, the value there and the coverage, as a bar against the need.
import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/atlasData';
import type { QueueFocusLink } from 'c/dealCoaching';
import HEADING from '@salesforce/label/c.Atlas_PH_Coverage_Heading';
import VALUE_FACTOR from '@salesforce/label/c.Atlas_PH_Value_Factor';
import VALUE_NEEDED from '@salesforce/label/c.Atlas_PH_Value_Needed';
import VALUE_THERE from '@salesforce/label/c.Atlas_PH_Value_There';
import COVERAGE from '@salesforce/label/c.Atlas_PH_Coverage';
import UNKNOWN from '@salesforce/label/c.Atlas_PH_Unknown';
import LEARNT_FROM from '@salesforce/label/c.Atlas_PH_Learnt_From';
import HISTORY_WINDOW from '@salesforce/label/c.Atlas_PH_History_Window';

export interface StageCoverageView {
    key: string;
    label: string;
    /** e.g. "3.0×", or null when history cannot tell. */
    valueFactorText: string | null;
    valueNeeded: number | null;
    valueThere: number;
    /** 0–1+ (1 = exactly what is needed), or null. */
    coverage: number | null;
    dealsText: string;
    /** What the value factor rests on: "12 closed deals worth", and the value that passed the stage. */
    historyText: string;
    historyValue: number | null;
    /** The stage in a sentence, from the pipelineHealth helper. */
    message: string;
    thin: boolean;
    /** The stage's counted deals in the Deal Review Queue; null when it counts none. */
    queueFocus: QueueFocusLink | null;
    /** What the link does, for screen readers. */
    queueText: string;
}

export default class PipelineCoverageChart extends LightningElement {
    @api stages: StageCoverageView[] = [];
    @api balanceMessage = '';
    @api currencyCode: string | undefined;
    /** The closing dates the value factors were learnt from ('YYYY-MM-DD'), when windowed. */
    @api historyWindow: { from: string; to: string; quarters: number } | null = null;
    /** How many open deals the stages count, of all open deals; the last day counted follows. */
    @api countedText = '';
    /** The last close date an open deal may have to count toward its stage ('YYYY-MM-DD'). */
    @api countsThrough: string | null = null;
    /** The owner the queue links open on (blank: everyone the user can see). */
    @api ownerId: string | null = null;

    labels = {
        heading: HEADING,
        valueFactor: VALUE_FACTOR,
        valueNeeded: VALUE_NEEDED,
        valueThere: VALUE_THERE,
        coverage: COVERAGE,
        unknown: UNKNOWN,
        learntFrom: LEARNT_FROM
    };

    get windowText(): string {
        return this.historyWindow ? formatLabel(HISTORY_WINDOW, this.historyWindow.quarters) : '';
    }

    get stageViews() {
        return this.stages.map((stage) => {
            const covered = stage.coverage === null ? 0 : Math.max(0, Math.min(1, stage.coverage));
            return {
                ...stage,
                hasNeed: stage.valueNeeded !== null,
                hasHistoryValue: stage.historyValue !== null,
                hasCoverage: stage.coverage !== null,
                barStyle: `width: ${(covered * 100).toFixed(1)}%`,
                barClass: stage.thin ? 'coverage__fill coverage__fill_thin' : 'coverage__fill',
                coverageLabel:
                    stage.coverage === null
                        ? `${stage.label}: ${this.labels.unknown}`
                        : `${stage.label}: ${Math.round(stage.coverage * 100)}%`
            };
        });
    }
}

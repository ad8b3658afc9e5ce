// Switching the active framework: the preview of what activating the framework shown does to open
// deals (the criteria preview's component, with every score that moves), then the switch's writes
// in their safe order (c/salesFramework switchSteps); a switch that stops part way says what state
// it left and how to finish. Sends `changed` after any write so the page reloads.
import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { formatLabel, frameworkWriteFailureOf, runSwitch, todayIso } from 'c/atlasData';
import type { StageCriteriaSetupData } from 'c/atlasData';
import { switchOutcome, switchSteps } from 'c/salesFramework';
import type { PreviewView } from 'c/criteriaChangePreview';
import { switchPreview } from './switchPreview';
import { switchFailureText, switchStopOf } from './switchFailure';
import ACTIVATE_HEADING from '@salesforce/label/c.Atlas_SF_Activate_Heading';
import ACTIVATE_INTRO from '@salesforce/label/c.Atlas_SF_Activate_Intro';
import ACTIVATE_BUTTON from '@salesforce/label/c.Atlas_SF_Activate_Button';
import PREVIEW_RUN_NAME from '@salesforce/label/c.Atlas_SF_Preview_Run_Name';
import ACTIVATED from '@salesforce/label/c.Atlas_SF_Activated';
import BUILT_IN from '@salesforce/label/c.Atlas_SF_Built_In';
import FAILED_MOVE from '@salesforce/label/c.Atlas_SF_Switch_Failed_Move';
import FAILED_DEACTIVATE from '@salesforce/label/c.Atlas_SF_Switch_Failed_Deactivate';
import FAILED_MOVE_ONE from '@salesforce/label/c.Atlas_SF_Switch_Failed_Move_One';
import FAILED_MOVE_NONE from '@salesforce/label/c.Atlas_SF_Switch_Failed_Move_None';
import FAILED_ACTIVATE from '@salesforce/label/c.Atlas_SF_Switch_Failed_Activate';
import FAILED_ACTIVATE_FIRST from '@salesforce/label/c.Atlas_SF_Switch_Failed_Activate_First';
import FAILED_UNKNOWN from '@salesforce/label/c.Atlas_SF_Switch_Failed_Unknown';
import LOCALE from '@salesforce/i18n/locale';
import type { SwitchFailureWords } from './switchFailure';

const FAILURE_WORDS: SwitchFailureWords = {
    move: FAILED_MOVE,
    moveOne: FAILED_MOVE_ONE,
    moveNone: FAILED_MOVE_NONE,
    deactivate: FAILED_DEACTIVATE,
    activate: FAILED_ACTIVATE,
    activateFirst: FAILED_ACTIVATE_FIRST,
    unknown: FAILED_UNKNOWN,
    builtIn: BUILT_IN
};

export default class FrameworkSwitch extends LightningElement {
    @api setup: StageCriteriaSetupData | undefined;
    /** The framework to activate. */
    @api frameworkId: string | null = null;

    preview: PreviewView | null = null;
    busy = false;
    failure: string | null = null;
    errors: unknown;

    get name(): string {
        return this.setup?.frameworks.find((f) => f.Id === this.frameworkId)?.Name ?? '';
    }

    get heading(): string {
        return formatLabel(ACTIVATE_HEADING, this.name);
    }

    get intro(): string {
        return formatLabel(ACTIVATE_INTRO, this.name);
    }

    /** The preview button's name, told apart from the criterion form's preview on the same page. */
    get previewRunName(): string {
        return formatLabel(PREVIEW_RUN_NAME, this.name);
    }

    get buttonLabel(): string {
        return formatLabel(ACTIVATE_BUTTON, this.name);
    }

    get sampleSize(): number {
        return this.setup?.sample.length ?? 0;
    }

    /** A preview of another framework, or of data since reloaded (a group edited), would mislead. */
    get shownPreview(): PreviewView | null {
        const current =
            this.previewOf?.setup === this.setup && this.previewOf?.id === this.frameworkId;
        return current ? this.preview : null;
    }

    private previewOf: { setup: StageCriteriaSetupData; id: string } | null = null;

    handlePreview(): void {
        if (this.setup && this.frameworkId) {
            this.preview = switchPreview(this.setup, this.frameworkId, todayIso());
            this.previewOf = { setup: this.setup, id: this.frameworkId };
        }
    }

    async handleActivate(): Promise<void> {
        const setup = this.setup;
        const id = this.frameworkId;
        if (!setup || !id) {
            return;
        }
        const name = this.name;
        const steps = switchSteps(setup.criteria, setup.frameworks, setup.frameworkGroups, id);
        this.busy = true;
        this.failure = null;
        this.errors = undefined;
        try {
            await runSwitch(steps);
            this.preview = null;
            this.dispatchEvent(
                new ShowToastEvent({ title: formatLabel(ACTIVATED, name), variant: 'success' })
            );
        } catch (error) {
            const stop = switchStopOf(error);
            const outcome = switchOutcome(steps, stop, setup.frameworks, setup.frameworkGroups);
            this.failure = switchFailureText(outcome, name, FAILURE_WORDS, LOCALE);
            this.errors = frameworkWriteFailureOf(error)?.cause ?? error;
        } finally {
            this.busy = false;
            // Whatever landed shows once the page reloads; a failure's message stays here.
            this.dispatchEvent(new CustomEvent('changed'));
        }
    }
}

// The stage gate: the deal moves to its next stage only when every required criterion of its
// current and earlier stages is met; otherwise it lists the criteria that block it, each a link
// to that criterion in the checklist.
import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/atlasData';
import { counted, localeStyle, renderMessage } from 'c/atlasMessages';
import LOCALE from '@salesforce/i18n/locale';
import HEADING from '@salesforce/label/c.Atlas_DS_Gate_Heading';
import ADVANCE from '@salesforce/label/c.Atlas_DS_Gate_Advance';
import ADVANCING from '@salesforce/label/c.Atlas_DS_Gate_Advancing';
import READY from '@salesforce/label/c.Atlas_DS_Gate_Ready';
import READY_WAIVED from '@salesforce/label/c.Atlas_DSM_Gate_Open_Waived';
import BLOCKED from '@salesforce/label/c.Atlas_DS_Gate_Blocked';
import BLOCKED_ONE from '@salesforce/label/c.Atlas_DS_Gate_Blocked_One';
import CLOSE_BLOCKED from '@salesforce/label/c.Atlas_DS_Gate_Close_Blocked';
import CLOSE_BLOCKED_ONE from '@salesforce/label/c.Atlas_DS_Gate_Close_Blocked_One';
import LAST_STAGE from '@salesforce/label/c.Atlas_DS_Gate_Last_Stage';
import CLOSED from '@salesforce/label/c.Atlas_DS_Gate_Closed';
import UNKNOWN_STAGE from '@salesforce/label/c.Atlas_DS_Gate_Unknown_Stage';
import CURRENT from '@salesforce/label/c.Atlas_DS_Gate_Current';
import READ_ONLY from '@salesforce/label/c.Atlas_DS_Gate_Read_Only';

/** The blocked sentences, one form for a count the user's language calls one and one for others. */
const COUNTED_STYLE = localeStyle(
    {
        Atlas_DS_Gate_Blocked: BLOCKED,
        Atlas_DS_Gate_Blocked_One: BLOCKED_ONE,
        Atlas_DS_Gate_Close_Blocked: CLOSE_BLOCKED,
        Atlas_DS_Gate_Close_Blocked_One: CLOSE_BLOCKED_ONE
    },
    LOCALE
);

export interface GateBlocker {
    criterionId: string;
    /** Its stage, question and state in words: "Qualification: … (Not yet assessed)". */
    text: string;
}

/** `last`: the last open stage with nothing blocking (leaving it means closing the deal);
 * `close-blocked`: the last open stage with required criteria unmet, so it cannot close as won. */
export type GateStatus = 'ready' | 'blocked' | 'last' | 'close-blocked' | 'closed' | 'unknown';

export default class StageGate extends LightningElement {
    @api status: GateStatus = 'unknown';
    @api currentStageLabel = '';
    @api nextStageLabel = '';
    @api blocking: GateBlocker[] = [];
    /** Required criteria a manager waived: they no longer hold the deal, and say why. */
    @api waived: GateBlocker[] = [];
    /** The user may change the opportunity's stage. */
    @api canEdit = false;
    @api advancing = false;

    labels = { heading: HEADING, advancing: ADVANCING, readOnly: READ_ONLY };

    get hasWaived(): boolean {
        return Array.isArray(this.waived) && this.waived.length > 0;
    }

    get currentText(): string {
        return formatLabel(CURRENT, this.currentStageLabel);
    }

    get message(): string {
        switch (this.status) {
            case 'ready':
                // Open because a manager waived a criterion: "met", alone, would not be true.
                return formatLabel(
                    this.hasWaived ? READY_WAIVED : READY,
                    this.currentStageLabel,
                    this.nextStageLabel
                );
            case 'blocked':
                return this.blockedText('Atlas_DS_Gate_Blocked', this.nextStageLabel);
            case 'close-blocked':
                return this.blockedText('Atlas_DS_Gate_Close_Blocked', this.currentStageLabel);
            case 'last':
                return formatLabel(LAST_STAGE, this.currentStageLabel);
            case 'closed':
                return CLOSED;
            default:
                return formatLabel(UNKNOWN_STAGE, this.currentStageLabel);
        }
    }

    /** "{0} required criteria are not met yet…", in the form the count takes in the user's language. */
    private blockedText(label: string, stage: string): string {
        const count = this.blocking.length;
        return renderMessage(counted(`${label}_One`, label, count, count, stage), COUNTED_STYLE);
    }

    get isBlocked(): boolean {
        return this.status === 'blocked' || this.status === 'close-blocked';
    }

    get showAdvance(): boolean {
        return this.canEdit && (this.status === 'ready' || this.status === 'blocked');
    }

    get showReadOnly(): boolean {
        return !this.canEdit && (this.status === 'ready' || this.status === 'blocked');
    }

    get advanceLabel(): string {
        return formatLabel(ADVANCE, this.nextStageLabel);
    }

    get advanceDisabled(): boolean {
        return this.status !== 'ready' || this.advancing;
    }

    get messageClass(): string {
        return this.isBlocked
            ? 'slds-text-color_error slds-m-bottom_x-small'
            : 'slds-m-bottom_x-small';
    }

    handleGoToCriterion(event: Event): void {
        const criterionId = (event.currentTarget as HTMLElement).dataset.criterionId;
        this.dispatchEvent(new CustomEvent('gotocriterion', { detail: { criterionId } }));
    }

    handleAdvance(): void {
        if (this.status === 'ready' && !this.advancing) {
            this.dispatchEvent(new CustomEvent('advance'));
        }
    }
}

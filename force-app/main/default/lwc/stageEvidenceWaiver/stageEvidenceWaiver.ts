// A required criterion's waiver: "Waived by Morgan Lee on Dec 7, 2026: reason" once a manager waived
// it, and for a user allowed to waive (the Atlas_Waive_Required_Criteria custom permission, decided
// by the panel) the Waive action with the reason it needs. The panel writes the waiver.
import { LightningElement, api } from 'lwc';
import WAIVE from '@salesforce/label/c.Atlas_DS_Waive';
import REASON from '@salesforce/label/c.Atlas_DS_Waive_Reason';
import REASON_HELP from '@salesforce/label/c.Atlas_DS_Waive_Reason_Help';
import SAVE from '@salesforce/label/c.Atlas_DS_Waive_Save';
import CANCEL from '@salesforce/label/c.Atlas_DS_Waive_Cancel';
import REASON_NEEDED from '@salesforce/label/c.Atlas_DS_Waive_Reason_Needed';

export interface WaiveCriterionDetail {
    criterionId: string;
    evidenceId: string | null;
    reason: string;
}

export default class StageEvidenceWaiver extends LightningElement {
    @api criterionId = '';
    @api evidenceId: string | null = null;
    /** The waiver in words, or null when the criterion is not waived. */
    @api waiverText: string | null = null;
    @api canWaive = false;
    @api saving = false;

    labels = { waive: WAIVE, reason: REASON, reasonHelp: REASON_HELP, save: SAVE, cancel: CANCEL };
    open = false;
    reason = '';
    reasonError: string | null = null;

    get showAction(): boolean {
        return this.canWaive && !this.waiverText && !this.open;
    }

    get showForm(): boolean {
        return this.canWaive && !this.waiverText && this.open;
    }

    handleOpen(): void {
        this.open = true;
    }

    handleCancel(): void {
        this.open = false;
        this.reasonError = null;
    }

    handleReasonChange(event: CustomEvent<{ value: string }>): void {
        this.reason = event.detail.value ?? '';
        this.reasonError = null;
    }

    handleWaive(): void {
        const reason = this.reason.trim();
        // The Waiver_Needs_Reason rule would refuse it: say so before the round trip.
        if (!reason) {
            this.reasonError = REASON_NEEDED;
            return;
        }
        const detail: WaiveCriterionDetail = {
            criterionId: this.criterionId,
            evidenceId: this.evidenceId,
            reason
        };
        // Composed: the panel that writes it sits above the checklist and the item.
        this.dispatchEvent(
            new CustomEvent('waivecriterion', { detail, bubbles: true, composed: true })
        );
    }
}

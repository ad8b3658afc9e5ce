// Closing a deal from the Deal Score panel, as the user's own action: won or lost, in one of the
// org's closed stages for the deal's record type (read from the Stage picklist's closed and won
// flags, never by name), with the loss reason and, for a competitive loss, who won, on a plausible
// close date (today by default; never ahead; asked again when over a year back). Sends `closedeal`
// with what to write; the panel writes it. Who won is a choice of the competitors the deal lists
// when it lists any (./competitorChoice.ts).
import { LightningElement, api, wire } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import { getPicklistValues } from 'lightning/uiObjectInfoApi';
import STAGE_FIELD from '@salesforce/schema/Opportunity.StageName';
import LOSS_REASON_FIELD from '@salesforce/schema/Opportunity.Loss_Reason__c';
import { COMPETITIVE_LOSS } from 'c/atlasModel';
import type { LossReason } from 'c/atlasModel';
import {
    MASTER_RECORD_TYPE_ID,
    closedStagesOfPicklist,
    formatLabel,
    picklistOptionsOf,
    todayIso
} from 'c/atlasData';
import type { ClosedStage, DealClosing, PicklistEntry } from 'c/atlasData';
import { CLOSE_LABELS as LABELS } from './closeLabels';
import { closeDateProblem } from './closeDate';
import {
    ANOTHER_COMPETITOR,
    competitorOptions,
    competitorWonOf,
    listedCompetitors,
    typesCompetitor
} from './competitorChoice';
import type { CompetitorOption } from './competitorChoice';

type Outcome = 'won' | 'lost';

export default class DealClose extends LightningElement {
    @api recordId: string | undefined;
    @api saving = false;

    /** The deal's competitors (Deal_Competitor__c as c/atlasRecords reads them): who may have won. */
    @api
    get competitors(): readonly unknown[] {
        return this._competitors;
    }
    set competitors(value: readonly unknown[] | null | undefined) {
        this._competitors = value ?? [];
        this.listed = listedCompetitors(this._competitors);
    }
    private _competitors: readonly unknown[] = [];
    private listed: CompetitorOption[] = [];

    labels = LABELS;
    isOpen = false;
    outcome: Outcome = 'won';
    stageName = '';
    lossReason = '';
    /** The listed competitor chosen (its record Id) or ANOTHER_COMPETITOR; '' before a choice. */
    competitorChoice = '';
    /** The name typed when no listed competitor won (or the deal lists none). */
    competitorWon = '';
    closeDate = todayIso();
    /** The last day a deal may close on: today. */
    today = todayIso();
    /** A date over a year back that the user was asked about; saving it again closes the deal. */
    private confirmedLongAgo: string | null = null;
    errors: Record<string, string> = {};
    recordTypeId: string | undefined;
    closedStages: ClosedStage[] = [];
    lossReasons: PicklistEntry[] = [];

    @wire(getRecord, { recordId: '$recordId', fields: [STAGE_FIELD] })
    wiredRecord({ data }: { data?: { recordTypeId: string | null } }): void {
        if (data) {
            this.recordTypeId = data.recordTypeId || MASTER_RECORD_TYPE_ID;
        }
    }

    @wire(getPicklistValues, { recordTypeId: '$recordTypeId', fieldApiName: STAGE_FIELD })
    wiredStages({ data }: { data?: unknown }): void {
        if (data) {
            this.closedStages = closedStagesOfPicklist(data);
        }
    }

    @wire(getPicklistValues, { recordTypeId: '$recordTypeId', fieldApiName: LOSS_REASON_FIELD })
    wiredLossReasons({ data }: { data?: unknown }): void {
        if (data) {
            this.lossReasons = picklistOptionsOf(data);
        }
    }

    get outcomeOptions(): { label: string; value: Outcome }[] {
        return [
            { label: LABELS.won, value: 'won' },
            { label: LABELS.lost, value: 'lost' }
        ];
    }

    get stagesForOutcome(): ClosedStage[] {
        return this.closedStages.filter((stage) => stage.won === (this.outcome === 'won'));
    }

    get stageOptions(): { label: string; value: string }[] {
        return this.stagesForOutcome.map((stage) => ({ label: stage.label, value: stage.value }));
    }

    /** The org's closed stage for this outcome when it has only one; a choice otherwise. */
    get chooseStage(): boolean {
        return this.stagesForOutcome.length > 1;
    }

    get canClose(): boolean {
        return this.stagesForOutcome.length > 0;
    }

    get isLost(): boolean {
        return this.outcome === 'lost';
    }

    get isCompetitiveLoss(): boolean {
        return this.isLost && this.lossReason === COMPETITIVE_LOSS;
    }

    /** A choice of the listed competitors: shown when the deal lists any. */
    get chooseCompetitor(): boolean {
        return this.listed.length > 0;
    }

    get competitorChoiceOptions(): CompetitorOption[] {
        return competitorOptions(this.listed, LABELS.competitorAnother);
    }

    get typeCompetitor(): boolean {
        return typesCompetitor(this.listed, this.competitorChoice);
    }

    /** The typed name's label: the question itself when there is no list, else "name of ...". */
    get competitorNameLabel(): string {
        return this.chooseCompetitor ? LABELS.competitorName : LABELS.competitor;
    }

    get reasonOptions(): { label: string; value: string }[] {
        return this.lossReasons.map((reason) => ({ label: reason.label, value: reason.value }));
    }

    get dateFutureText(): string {
        return formatLabel(LABELS.dateFuture, this.today);
    }

    get saveLabel(): string {
        return this.isLost ? LABELS.saveLost : LABELS.saveWon;
    }

    get saveDisabled(): boolean {
        return this.saving || !this.canClose;
    }

    handleOpen(): void {
        this.isOpen = true;
        this.errors = {};
        this.today = todayIso();
        this.closeDate = this.today;
        this.confirmedLongAgo = null;
    }

    handleCancel(): void {
        this.isOpen = false;
    }

    handleOutcome(event: CustomEvent<{ value: Outcome }>): void {
        this.outcome = event.detail.value;
        this.stageName = '';
        this.errors = {};
    }

    handleField(event: CustomEvent<{ value: string }>): void {
        const field = (event.currentTarget as HTMLElement).dataset.field as
            'stageName' | 'lossReason' | 'competitorChoice' | 'competitorWon' | 'closeDate';
        this[field] = event.detail.value ?? '';
        // The choice and the typed name share one error: who won.
        const error = field === 'competitorChoice' ? 'competitorWon' : field;
        this.errors = { ...this.errors, [error]: '' };
    }

    handleSave(): void {
        const stage = this.chooseStage
            ? this.stagesForOutcome.find((candidate) => candidate.value === this.stageName)
            : this.stagesForOutcome[0];
        const errors: Record<string, string> = {};
        if (!stage) {
            errors.stageName = LABELS.stageNeeded;
        }
        const dateProblem = closeDateProblem(this.closeDate, this.today);
        if (!this.closeDate) {
            errors.closeDate = LABELS.dateNeeded;
        } else if (dateProblem === 'future') {
            errors.closeDate = formatLabel(LABELS.dateFuture, this.today);
        } else if (dateProblem === 'longAgo' && this.confirmedLongAgo !== this.closeDate) {
            // Asked once; the same date saved again is the user's answer.
            this.confirmedLongAgo = this.closeDate;
            errors.closeDate = formatLabel(LABELS.dateLongAgo, this.closeDate, this.saveLabel);
        }
        if (this.isLost && !this.lossReason) {
            errors.lossReason = LABELS.reasonNeeded;
        }
        const competitorWon = competitorWonOf(
            this.listed,
            this.competitorChoice,
            this.competitorWon
        );
        if (this.isCompetitiveLoss && !competitorWon) {
            // With "another competitor" chosen, what is missing is its name.
            errors.competitorWon =
                this.competitorChoice === ANOTHER_COMPETITOR
                    ? LABELS.competitorNameNeeded
                    : LABELS.competitorNeeded;
        }
        this.errors = errors;
        if (!stage || Object.keys(errors).length > 0) {
            return;
        }
        const detail: DealClosing = {
            stageName: stage.value,
            won: stage.won,
            closeDate: this.closeDate,
            lossReason: this.isLost ? (this.lossReason as LossReason) : null,
            competitorWon: this.isCompetitiveLoss ? competitorWon : null
        };
        this.dispatchEvent(
            new CustomEvent('closedeal', { detail: { ...detail, label: stage.label } })
        );
    }

    /** Folds the form once the deal is closed. */
    @api
    done(): void {
        this.isOpen = false;
    }
}

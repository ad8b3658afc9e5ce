// The Deal Score panel on an Opportunity page: one GraphQL query for the deal, its evidence, the
// stage criteria and the people; dealScoring.scoreDeal() for the score, reasons, risks, stage gate
// and next best actions (arranged for the parts by dealPanelView); evidence, stage changes and
// closing the deal written through dealActions, then a refresh and a re-score. A closed deal shows
// the score it closed with, read-only. Viewing writes nothing: the score is stored on the
// opportunity (with a snapshot) only after the user's own save of evidence or stage.
import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLWireResult } from 'lightning/graphql';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { scoreDeal } from 'c/dealScoring';
import { dealScoringConfigFor } from 'c/scoringSettingsText';
import type { DealScore as DealScoreResult } from 'c/dealScoring';
import {
    DEAL_SCORE_QUERY,
    dealScoreFromGraphQL,
    dealScoringInputOf,
    formatLabel,
    todayIso
} from 'c/atlasData';
import type { DealClosing, DealScoreData, HiddenField } from 'c/atlasData';
import type { EvidenceSaveDetail } from 'c/stageEvidenceItem';
import type { ChecklistSaveError } from 'c/stageEvidenceChecklist';
import { evidenceHiddenNote, stageLabel } from './dealScoreView';
import { dealPanelView } from './dealPanelView';
import type { DealPanelView } from './dealPanelView';
import {
    advanceDeal,
    closeDeal,
    evidenceSaveError,
    recordEvidence,
    recordWaiver,
    stageToAdvanceTo
} from './dealActions';
import { DEAL_SCORE_LABELS as LABELS } from './dealScoreLabels';
import { ScoreKeeper } from './scoreKeeper';
import { PanelTiming } from 'c/panelTiming';
import MAY_WAIVE from '@salesforce/customPermission/Atlas_Waive_Required_Criteria';
import USER_ID from '@salesforce/user/Id';
import type { WaiveCriterionDetail } from 'c/stageEvidenceWaiver';

export default class DealScore extends LightningElement {
    @api recordId: string | undefined;
    /** Hide amount, close date, owner, stage and account at the top, where the page shows them. */
    @api hideDealFacts = false;

    labels = LABELS;
    deal: DealScoreData | undefined;
    result: DealScoreResult | undefined;
    /** What the parts show, worked out once per score. */
    view: DealPanelView | undefined;
    loadErrors: unknown;
    scoreErrors: unknown;
    savingId: string | null = null;
    saveError: ChecklistSaveError | null = null;
    advancing = false;
    advanceErrors: unknown;
    closing = false;
    closeErrors: unknown;
    private refreshData: (() => Promise<void>) | undefined;
    private scoreKeeper = new ScoreKeeper();
    private readonly timing = new PanelTiming('dealScore');

    get variables(): Record<string, unknown> {
        return { opportunityId: this.recordId };
    }

    @wire(graphql, { query: DEAL_SCORE_QUERY, variables: '$variables' })
    wiredDeal(response: GraphQLWireResult<unknown>): void {
        this.refreshData = response.refresh;
        if (response.errors && response.errors.length > 0) {
            this.loadErrors = response.errors;
            return;
        }
        if (response.data) {
            this.timing.answered();
            this.loadErrors = undefined;
            this.deal = dealScoreFromGraphQL(response.data);
            this.rescore();
            this.timing.helpersDone();
        }
    }

    override renderedCallback(): void {
        this.timing.rendered();
    }

    /** Fields the panel's query asked for that field-level security hides from this user. */
    get hiddenFields(): HiddenField[] {
        return this.deal?.hiddenFields ?? [];
    }

    /** Yes answers whose words field-level security hides: counted as recorded, and said so. */
    get evidenceHiddenNote(): string {
        return evidenceHiddenNote(this.deal);
    }

    get isLoading(): boolean {
        return this.deal === undefined && !this.loadErrors;
    }

    get notFound(): boolean {
        return this.deal !== undefined && this.deal.opportunity === null && !this.loadErrors;
    }

    get hasScore(): boolean {
        return this.view !== undefined && this.deal?.opportunity !== null;
    }

    get isReadOnly(): boolean {
        const access = this.deal?.access;
        return !!access && !access.canRecordEvidence && !access.canEditEvidence;
    }

    get showDealFacts(): boolean {
        return !this.hideDealFacts;
    }

    get isOpenDeal(): boolean {
        return this.result !== undefined && !this.result.closed;
    }

    get canAdvance(): boolean {
        return this.deal?.access.canAdvanceStage === true;
    }

    get canClose(): boolean {
        return this.isOpenDeal && this.canAdvance;
    }

    async handleSaveEvidence(event: CustomEvent<EvidenceSaveDetail>): Promise<void> {
        const deal = this.deal;
        if (!deal?.opportunity || this.savingId) {
            return;
        }
        const { criterionId } = event.detail;
        this.savingId = criterionId;
        this.saveError = null;
        try {
            if (await recordEvidence(deal, event.detail)) {
                this.toast(LABELS.evidenceSaved);
                this.scoreKeeper.storeNextScore();
                await this.refresh();
            }
        } catch (error) {
            this.saveError = evidenceSaveError(criterionId, error);
        } finally {
            this.savingId = null;
        }
    }

    /** A manager waives a required criterion with a reason (c/stageEvidenceWaiver asks for it). */
    async handleWaiveCriterion(event: CustomEvent<WaiveCriterionDetail>): Promise<void> {
        const deal = this.deal;
        if (!deal?.opportunity || this.savingId) {
            return;
        }
        const { criterionId } = event.detail;
        this.savingId = criterionId;
        this.saveError = null;
        try {
            await recordWaiver(deal, event.detail, USER_ID);
            this.toast(LABELS.waivedSaved);
            await this.refresh();
        } catch (error) {
            this.saveError = evidenceSaveError(criterionId, error);
        } finally {
            this.savingId = null;
        }
    }

    async handleAdvance(): Promise<void> {
        const deal = this.deal;
        const nextStage = stageToAdvanceTo(deal, this.result);
        if (!deal || !nextStage) {
            return;
        }
        this.advancing = true;
        this.advanceErrors = undefined;
        try {
            await advanceDeal(deal, nextStage);
            this.toast(formatLabel(LABELS.stageAdvanced, stageLabel(deal, nextStage)));
            this.scoreKeeper.storeNextScore();
            await this.refresh();
        } catch (error) {
            this.advanceErrors = error;
        } finally {
            this.advancing = false;
        }
    }

    async handleCloseDeal(event: CustomEvent<DealClosing & { label: string }>): Promise<void> {
        const { deal, result } = this;
        if (!deal?.opportunity || !result || result.closed || this.closing) {
            return;
        }
        const { label, ...closing } = event.detail;
        this.closing = true;
        this.closeErrors = undefined;
        try {
            await closeDeal(deal, result, closing, new Date());
            this.toast(formatLabel(LABELS.closedToast, label));
            await this.refresh();
        } catch (error) {
            this.closeErrors = error;
        } finally {
            this.closing = false;
        }
    }

    handleGoToCriterion(event: CustomEvent<{ criterionId: string }>): void {
        const checklist = this.template?.querySelector<
            HTMLElement & { focusCriterion(id: string): boolean }
        >('c-stage-evidence-checklist');
        checklist?.focusCriterion(event.detail.criterionId);
    }

    private rescore(): void {
        const deal = this.deal;
        const input = deal ? dealScoringInputOf(deal, todayIso()) : null;
        this.result = undefined;
        this.view = undefined;
        if (!deal || !input) {
            return;
        }
        try {
            this.result = scoreDeal(input, dealScoringConfigFor(deal.settings));
            this.view = dealPanelView(this.result, deal, MAY_WAIVE === true);
            this.scoreErrors = undefined;
        } catch (error) {
            this.result = undefined;
            this.scoreErrors = error;
            return;
        }
        // Only after the user's own save (never on view), in the background: the page never waits
        // for the stored copy of the score.
        this.scoreKeeper.storeIfArmed(deal, this.result, new Date()).then((stored) => {
            if (stored) {
                this.refresh();
            }
        });
    }

    private async refresh(): Promise<void> {
        try {
            await this.refreshData?.();
        } catch (error) {
            this.loadErrors = error;
        }
    }

    private toast(title: string): void {
        this.dispatchEvent(new ShowToastEvent({ title, variant: 'success' }));
    }
}

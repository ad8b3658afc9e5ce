// The Deal Score panel on an Opportunity page: one GraphQL query for the deal, its evidence, the
// stage criteria and the people; dealScoring.scoreDeal() for the score, reasons, risks, stage gate
// and next best actions; evidence, stage changes and closing the deal written through LDS, then a
// refresh and a re-score. A closed deal shows the score it closed with, read-only. Viewing writes
// nothing: the score is stored on the opportunity (with a snapshot) only after the user's own save
// of evidence or stage, scored on the data that save produced.
import { LightningElement, api, wire } from 'lwc';
import { graphql } from 'lightning/graphql';
import type { GraphQLWireResult } from 'lightning/graphql';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { scoreDeal } from 'c/dealScoring';
import { dealScoringConfigFor } from 'c/scoringSettingsText';
import type { DealScore as DealScoreResult } from 'c/dealScoring';
import { explainDuplicateKeys, fieldErrorsOf } from 'c/atlasErrors';
import {
    DEAL_SCORE_QUERY,
    dealScoreFromGraphQL,
    dealScoringInputOf,
    closeOpportunity,
    evidenceFieldsToWrite,
    formatLabel,
    moveOpportunityToStage,
    saveDealEvidence,
    todayIso
} from 'c/atlasData';
import type { DealClosing, DealScoreData, HiddenField } from 'c/atlasData';
import type { EvidenceSaveDetail } from 'c/stageEvidenceItem';
import type { ChecklistSaveError } from 'c/stageEvidenceChecklist';
import {
    actionViews,
    bandLabel,
    contactOptions,
    factorViews,
    gateView,
    evidenceHiddenNote,
    headlineOf,
    riskViews,
    stageLabel,
    totalText,
    trendPoints
} from './dealScoreView';
import { checklistSections } from './checklistView';
import { DEAL_SCORE_LABELS as LABELS } from './dealScoreLabels';
import { ScoreKeeper } from './scoreKeeper';

export default class DealScore extends LightningElement {
    @api recordId: string | undefined;
    /** Hide amount, close date, owner, stage and account at the top, where the page shows them. */
    @api hideDealFacts = false;

    labels = LABELS;
    deal: DealScoreData | undefined;
    result: DealScoreResult | undefined;
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
    /** Set by the user's own save: the next score (on the refreshed data) is stored. */
    private storeNextScore = false;

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
            this.loadErrors = undefined;
            this.deal = dealScoreFromGraphQL(response.data);
            this.rescore();
        }
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
        return this.result !== undefined && this.deal?.opportunity !== null;
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

    get canClose(): boolean {
        return this.isOpenDeal && this.canAdvance;
    }

    get headline() {
        return this.result && this.deal ? headlineOf(this.result, this.deal) : null;
    }

    get facts() {
        const deal = this.deal;
        const opportunity = deal?.opportunity;
        return {
            amount: opportunity?.Amount ?? null,
            closeDate: opportunity?.CloseDate ?? null,
            ownerName: deal?.ownerName ?? null,
            stageLabel: deal ? stageLabel(deal, opportunity?.StageName) : '',
            accountId: opportunity?.AccountId ?? null,
            accountName: deal?.accountName ?? null
        };
    }

    get factors() {
        return this.result ? factorViews(this.result) : [];
    }

    get factorsTotal(): string {
        return this.result ? totalText(this.result) : '';
    }

    get stored() {
        const opportunity = this.deal?.opportunity;
        const score = opportunity?.Deal_Score__c;
        return {
            score: typeof score === 'number' ? score : null,
            bandLabel: bandLabel(opportunity?.Deal_Score_Band__c),
            scoredAt: opportunity?.Deal_Scored_At__c ?? null,
            liveBandLabel: bandLabel(this.result?.band)
        };
    }

    get sections() {
        return this.result && this.deal ? checklistSections(this.result, this.deal) : [];
    }

    /** A closed deal with no evidence recorded: says so rather than showing an empty checklist. */
    get closedWithoutEvidence(): boolean {
        return this.result?.closed === true && this.sections.length === 0;
    }

    /** Every criterion the checklist shows: risks and actions link to these. */
    private get shownCriteria(): Set<string> {
        return new Set(
            this.sections.flatMap((section) => section.items.map((item) => item.criterionId))
        );
    }

    get risks() {
        return this.result && this.deal
            ? riskViews(this.result, this.deal, this.shownCriteria)
            : [];
    }

    get actions() {
        return this.result && this.deal
            ? actionViews(this.result, this.deal, this.shownCriteria)
            : [];
    }

    get gate() {
        return this.result && this.deal ? gateView(this.result, this.deal) : null;
    }

    get trend() {
        return this.deal ? trendPoints(this.deal) : [];
    }

    get contacts() {
        return this.deal ? contactOptions(this.deal) : [];
    }

    get canAdvance(): boolean {
        return this.deal?.access.canAdvanceStage === true;
    }

    async handleSaveEvidence(event: CustomEvent<EvidenceSaveDetail>): Promise<void> {
        const opportunity = this.deal?.opportunity;
        if (!opportunity || this.savingId) {
            return;
        }
        const { criterionId, evidenceId } = event.detail;
        const fields = evidenceFieldsToWrite(event.detail, todayIso());
        if (evidenceId && Object.keys(fields).length === 0) {
            return;
        }
        this.savingId = criterionId;
        this.saveError = null;
        try {
            await saveDealEvidence(opportunity.Id, criterionId, evidenceId, fields);
            this.toast(LABELS.evidenceSaved);
            this.storeNextScore = true;
            await this.refresh();
        } catch (error) {
            // The item keeps what the user typed; the errors show on that criterion. The evidence
            // key is the flow's (deal + criterion), so a duplicate means someone else recorded
            // evidence for this criterion since the page loaded.
            const explained = explainDuplicateKeys(error, [
                { keyField: 'Evidence_Key__c', message: LABELS.evidenceDuplicate }
            ]);
            this.saveError = {
                criterionId,
                errors: explained,
                fieldErrors: fieldErrorsOf(explained)
            };
        } finally {
            this.savingId = null;
        }
    }

    async handleAdvance(): Promise<void> {
        const deal = this.deal;
        const opportunity = deal?.opportunity;
        const gate = this.result?.stageGate;
        // The gate decides, not the button: a blocked deal is never moved.
        if (!deal || !opportunity || !gate?.canAdvance || !gate.nextStage || !this.canAdvance) {
            return;
        }
        this.advancing = true;
        this.advanceErrors = undefined;
        try {
            await moveOpportunityToStage(opportunity.Id, gate.nextStage);
            this.toast(formatLabel(LABELS.stageAdvanced, stageLabel(deal, gate.nextStage)));
            this.storeNextScore = true;
            await this.refresh();
        } catch (error) {
            this.advanceErrors = error;
        } finally {
            this.advancing = false;
        }
    }

    async handleCloseDeal(event: CustomEvent<DealClosing & { label: string }>): Promise<void> {
        const deal = this.deal;
        const opportunity = deal?.opportunity;
        const result = this.result;
        if (!deal || !opportunity || !result || result.closed || this.closing) {
            return;
        }
        const { label, ...closing } = event.detail;
        this.closing = true;
        this.closeErrors = undefined;
        try {
            // The score it closes with is kept as its final judgement.
            const finalScore = deal.access.canStoreScore
                ? {
                      score: result.score,
                      band: result.band,
                      stageName: closing.stageName,
                      takenAt: new Date().toISOString()
                  }
                : null;
            await closeOpportunity(opportunity.Id, closing, finalScore, deal.access.canSnapshot);
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
        if (!deal || !input) {
            this.result = undefined;
            return;
        }
        try {
            this.result = scoreDeal(input, dealScoringConfigFor(deal.settings));
            this.scoreErrors = undefined;
        } catch (error) {
            this.result = undefined;
            this.scoreErrors = error;
            return;
        }
        // Only after the user's own save (never on view), in the background: the page never waits
        // for the stored copy of the score.
        if (!this.storeNextScore) {
            return;
        }
        this.storeNextScore = false;
        this.scoreKeeper.storeIfChanged(deal, this.result, new Date()).then((stored) => {
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

// The Deal Score panel's writes, each one the user's own action: recording evidence, moving the
// deal to its next stage, closing it. Pure decisions (what to write, what a failure means) plus
// the LDS calls in c/atlasData; the component keeps only its busy flags and the refresh.
import type { DealScore as DealScoreResult } from 'c/dealScoring';
import { explainDuplicateKeys, fieldErrorsOf } from 'c/atlasErrors';
import {
    closeOpportunity,
    evidenceFieldsToWrite,
    moveOpportunityToStage,
    saveDealEvidence,
    todayIso,
    waiveCriterion
} from 'c/atlasData';
import type { WaiveCriterionDetail } from 'c/stageEvidenceWaiver';
import type { DealClosing, DealScoreData } from 'c/atlasData';
import type { EvidenceSaveDetail } from 'c/stageEvidenceItem';
import type { ChecklistSaveError } from 'c/stageEvidenceChecklist';
import { DEAL_SCORE_LABELS as LABELS } from './dealScoreLabels';

/** Writes the evidence; resolves false when an existing answer had nothing changed to write. */
export async function recordEvidence(
    deal: DealScoreData,
    detail: EvidenceSaveDetail
): Promise<boolean> {
    const opportunity = deal.opportunity;
    const fields = evidenceFieldsToWrite(detail, todayIso());
    if (!opportunity || (detail.evidenceId && Object.keys(fields).length === 0)) {
        return false;
    }
    await saveDealEvidence(opportunity.Id, detail.criterionId, detail.evidenceId, fields);
    return true;
}

/** Writes a manager's waiver of a required criterion, as the running user, today. */
export async function recordWaiver(
    deal: DealScoreData,
    detail: WaiveCriterionDetail,
    userId: string
): Promise<void> {
    if (!deal.opportunity) {
        return;
    }
    await waiveCriterion(deal.opportunity.Id, detail.criterionId, detail.evidenceId, {
        reason: detail.reason,
        userId,
        today: todayIso()
    });
}

/**
 * A failed evidence save, shown on its criterion (the item keeps what the user typed). The
 * evidence key is the flow's (deal + criterion), so a duplicate means someone else recorded
 * evidence for this criterion since the page loaded.
 */
export function evidenceSaveError(criterionId: string, error: unknown): ChecklistSaveError {
    const explained = explainDuplicateKeys(error, [
        { keyField: 'Evidence_Key__c', message: LABELS.evidenceDuplicate }
    ]);
    return { criterionId, errors: explained, fieldErrors: fieldErrorsOf(explained) };
}

/** The stage the gate lets the deal move to, or null: the gate decides, not the button. */
export function stageToAdvanceTo(
    deal: DealScoreData | undefined,
    result: DealScoreResult | undefined
): string | null {
    const gate = result?.stageGate;
    if (!deal?.opportunity || !deal.access.canAdvanceStage || !gate?.canAdvance) {
        return null;
    }
    return gate.nextStage ?? null;
}

export async function advanceDeal(deal: DealScoreData, stageName: string): Promise<void> {
    if (deal.opportunity) {
        await moveOpportunityToStage(deal.opportunity.Id, stageName);
    }
}

/** Closes the deal; the score it closes with is kept as its final judgement. */
export function closeDeal(
    deal: DealScoreData,
    result: DealScoreResult,
    closing: DealClosing,
    now: Date
): Promise<void> {
    const opportunity = deal.opportunity;
    if (!opportunity) {
        return Promise.resolve();
    }
    const finalScore = deal.access.canStoreScore
        ? {
              score: result.score,
              band: result.band,
              stageName: closing.stageName,
              takenAt: now.toISOString()
          }
        : null;
    return closeOpportunity(opportunity.Id, closing, finalScore, deal.access.canSnapshot);
}

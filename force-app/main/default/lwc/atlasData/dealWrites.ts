// The Deal Score panel's record writes through Lightning Data Service: evidence for a criterion,
// moving the deal to its next stage, storing a changed score with a snapshot, and closing the deal
// with its final score.
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import type {
    EvidenceState,
    LossReason,
    OpportunityRecord,
    RecordId,
    ScoreBand
} from 'c/atlasModel';
import { saveRecord } from './planningWrites';
import { DEAL_EVIDENCE_OBJECT, DEAL_SCORE_SNAPSHOT_OBJECT } from 'c/atlasRecords';

/** What a user records for one criterion. */
export interface EvidenceValues {
    State__c: EvidenceState;
    Evidence__c: string | null;
    Verified_By__c: RecordId | null;
    Verified_On__c: string | null;
}

/**
 * Creates the deal's evidence for a criterion (evidenceId blank) or updates it with the changed
 * fields; resolves to the evidence id. Evidence_Key__c is the key flow's to set.
 */
export function saveDealEvidence(
    opportunityId: RecordId,
    criterionId: RecordId,
    evidenceId: RecordId | null | undefined,
    values: Partial<EvidenceValues>
): Promise<string> {
    const fields = { ...values };
    return saveRecord(
        DEAL_EVIDENCE_OBJECT,
        evidenceId,
        evidenceId
            ? fields
            : { ...fields, Opportunity__c: opportunityId, Stage_Criterion__c: criterionId }
    );
}

/**
 * A manager waives a required criterion with a reason, as themselves, today: on the criterion's
 * evidence record, created without a state when nobody recorded any (the score reads only the
 * state, so nothing counts as met). Field-level security lets only Atlas_Sales_Manager write it.
 */
export function waiveCriterion(
    opportunityId: RecordId,
    criterionId: RecordId,
    evidenceId: RecordId | null | undefined,
    waiver: { reason: string; userId: RecordId; today: string }
): Promise<string> {
    const fields = {
        Waived__c: true,
        Waiver_Reason__c: waiver.reason,
        Waived_By__c: waiver.userId,
        Waived_On__c: waiver.today
    };
    return saveRecord(
        DEAL_EVIDENCE_OBJECT,
        evidenceId,
        evidenceId
            ? fields
            : { ...fields, Opportunity__c: opportunityId, Stage_Criterion__c: criterionId }
    );
}

/** Moves the opportunity to a stage (the stage gate decides whether it may). */
export async function moveOpportunityToStage(
    opportunityId: RecordId,
    stageName: string
): Promise<void> {
    await updateRecord({ fields: { Id: opportunityId, StageName: stageName } });
}

export interface ScoreToStore {
    score: number;
    band: ScoreBand;
    stageName: string | null;
    /** ISO date-time the score was taken. */
    takenAt: string;
}

/** Whether the score or band differ from what the opportunity holds. */
export function scoreHasChanged(
    opportunity: OpportunityRecord,
    score: number,
    band: ScoreBand
): boolean {
    return opportunity.Deal_Score__c !== score || opportunity.Deal_Score_Band__c !== band;
}

/**
 * Stores the score on the opportunity, then (when allowed) adds a snapshot. The snapshot key is
 * OpportunityId + ':' + Taken_At, as DATA_MODEL.md defines it, so a re-run upserts.
 */
export async function storeDealScore(
    opportunityId: RecordId,
    toStore: ScoreToStore,
    withSnapshot: boolean
): Promise<void> {
    await updateRecord({
        fields: {
            Id: opportunityId,
            Deal_Score__c: toStore.score,
            Deal_Score_Band__c: toStore.band,
            Deal_Scored_At__c: toStore.takenAt
        }
    });
    if (withSnapshot) {
        await createRecord({
            apiName: DEAL_SCORE_SNAPSHOT_OBJECT,
            fields: {
                Opportunity__c: opportunityId,
                Score__c: toStore.score,
                Band__c: toStore.band,
                Stage__c: toStore.stageName,
                Taken_At__c: toStore.takenAt,
                Snapshot_Key__c: `${opportunityId}:${toStore.takenAt}`
            }
        });
    }
}

/**
 * The evidence fields to write for a save from the checklist: every value for new evidence, only
 * the changed ones otherwise; the verification date goes with the person who verified it.
 */
export function evidenceFieldsToWrite(
    save: {
        evidenceId: RecordId | null;
        values: EvidenceValues;
        changed: Partial<EvidenceValues>;
    },
    today: string
): Partial<EvidenceValues> {
    const fields: Partial<EvidenceValues> = save.evidenceId
        ? { ...save.changed }
        : { ...save.values };
    if ('Verified_By__c' in fields) {
        fields.Verified_On__c = fields.Verified_By__c ? today : null;
    }
    return fields;
}

/** How the user closes a deal: a closed stage of the org, and for a loss, why and to whom. */
export interface DealClosing {
    stageName: string;
    won: boolean;
    /** 'YYYY-MM-DD' */
    closeDate: string;
    lossReason: LossReason | null;
    competitorWon: string | null;
}

/** The opportunity fields a closing writes: a won deal clears any loss reason and competitor. */
export function closingFields(closing: DealClosing): Record<string, unknown> {
    return {
        StageName: closing.stageName,
        CloseDate: closing.closeDate,
        Loss_Reason__c: closing.won ? null : closing.lossReason,
        Competitor_Won__c: closing.won ? null : closing.competitorWon || null
    };
}

/**
 * Closes the deal, storing the score it had as it closed as its final score (and a snapshot when
 * allowed): later criteria changes never re-judge it, because the panel shows what was stored.
 */
export async function closeOpportunity(
    opportunityId: RecordId,
    closing: DealClosing,
    finalScore: ScoreToStore | null,
    withSnapshot: boolean
): Promise<void> {
    const scoreFields = finalScore
        ? {
              Deal_Score__c: finalScore.score,
              Deal_Score_Band__c: finalScore.band,
              Deal_Scored_At__c: finalScore.takenAt
          }
        : {};
    await updateRecord({
        fields: { Id: opportunityId, ...closingFields(closing), ...scoreFields }
    });
    if (finalScore && withSnapshot) {
        await createRecord({
            apiName: DEAL_SCORE_SNAPSHOT_OBJECT,
            fields: {
                Opportunity__c: opportunityId,
                Score__c: finalScore.score,
                Band__c: finalScore.band,
                Stage__c: closing.stageName,
                Taken_At__c: finalScore.takenAt,
                Snapshot_Key__c: `${opportunityId}:${finalScore.takenAt}`
            }
        });
    }
}

// One criterion's evidence as data: what the item shows (EvidenceItemView), the user's draft, and
// the record values a save sends (only the fields that changed count as changed). No LWC here.
import type { EvidenceState } from 'c/atlasModel';
import type { EvidenceValues } from 'c/atlasData';

export interface EvidenceItemView {
    criterionId: string;
    evidenceId: string | null;
    question: string;
    guidance: string | null;
    importanceLabel: string;
    required: boolean;
    state: EvidenceState | null;
    /** Why the state counts as less than it says (a Yes without a verifier), or null. */
    countedNote: string | null;
    evidence: string | null;
    verifiedById: string | null;
    verifiedByName: string | null;
    verifiedOn: string | null;
    /** The user may not write this criterion's evidence (no create or no edit access). */
    locked: boolean;
    /** "Waived by Morgan Lee on Dec 7, 2026: reason", or null when not waived. */
    waiverText?: string | null;
    /** The user may waive it: required, not met, not waived, and they hold the permission. */
    canWaive?: boolean;
}

export interface EvidenceSaveDetail {
    criterionId: string;
    evidenceId: string | null;
    values: EvidenceValues;
    changed: Partial<EvidenceValues>;
}

export interface Draft {
    state: EvidenceState | null;
    evidence: string;
    verifiedById: string;
}

export const STATES: readonly EvidenceState[] = ['No', 'In Progress', 'Yes'];

export function draftOf(item: EvidenceItemView | null): Draft {
    return {
        state: item?.state ?? null,
        evidence: item?.evidence ?? '',
        verifiedById: item?.verifiedById ?? ''
    };
}

export const sameDraft = (a: Draft, b: Draft): boolean =>
    a.state === b.state && a.evidence === b.evidence && a.verifiedById === b.verifiedById;

/**
 * What saving `draft` over `item` sends, or 'evidence-needed' when a Yes has no evidence: the
 * Met_Criterion_Needs_Evidence rule would reject it, so the form says so before the round trip.
 */
export function saveDetailOf(
    item: EvidenceItemView,
    draft: Draft
): EvidenceSaveDetail | 'evidence-needed' {
    const evidence = draft.evidence.trim() ? draft.evidence : null;
    const state = draft.state ?? 'No';
    if (state === 'Yes' && !evidence) {
        return 'evidence-needed';
    }
    const values: EvidenceValues = {
        State__c: state,
        Evidence__c: evidence,
        Verified_By__c: draft.verifiedById || null,
        Verified_On__c: item.verifiedOn
    };
    const changed: Partial<EvidenceValues> = {};
    if (!item.evidenceId || state !== item.state) {
        changed.State__c = state;
    }
    if (evidence !== (item.evidence || null)) {
        changed.Evidence__c = evidence;
    }
    if (values.Verified_By__c !== (item.verifiedById || null)) {
        changed.Verified_By__c = values.Verified_By__c;
    }
    return { criterionId: item.criterionId, evidenceId: item.evidenceId, values, changed };
}

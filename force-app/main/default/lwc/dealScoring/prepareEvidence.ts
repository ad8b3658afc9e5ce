// The deal's evidence, one answer per criterion. A record with no state is "not yet assessed" (unknown,
// not No). When two records answer the same criterion, the one verified last wins, then the higher id.
import type { DealEvidenceRecord, EvidenceState } from 'c/atlasModel';
import type { DealWarning } from './types';
import { canonical, identifiedRecords } from './canonical';
import { dayNumber } from './dates';
import { compareText, text } from './values';
import {
    duplicateEvidence,
    evidenceOtherDeal,
    evidenceUnknownCriterion,
    evidenceUnknownState,
    verifiedAfterAsOf,
    yesWithoutEvidence,
    yesWithoutVerifier
} from './warningMessages';

const STATES: readonly string[] = ['No', 'In Progress', 'Yes'];

/** A deal's answers, by the index of the criterion they answer (WeighedCriterion.index). */
export type Answers = (Answer | undefined)[];

export interface Answer {
    record: DealEvidenceRecord;
    /** The state the score uses; null = not yet assessed. */
    state: EvidenceState | null;
    /**
     * The competitor whose position against us set the state, weaker than the deal's own answer to a
     * competition question (competitorPositions.ts); absent when the deal's own answer stands.
     */
    against?: string;
}

const UNDATED = Number.MIN_SAFE_INTEGER;

/** Positive when `a` should be used rather than `b` (ids differ: canonical() kept one per id). */
function laterAnswer(a: DealEvidenceRecord, b: DealEvidenceRecord): number {
    return (
        (dayNumber(a.Verified_On__c) ?? UNDATED) - (dayNumber(b.Verified_On__c) ?? UNDATED) ||
        compareText(a.Id, b.Id)
    );
}

/**
 * What a Yes lacks to count as met: a criterion is a customer-verifiable outcome, so a Yes needs
 * what the customer did or said and the customer contact who verified it. Without either it counts
 * as In Progress (the panel, the gate and the score alike). Null when it lacks nothing, or is not
 * a Yes. Blank is blank: null, '' or not queried.
 */
export function yesFallsShortOf(
    record: {
        State__c?: unknown;
        Evidence__c?: unknown;
        Verified_By__c?: unknown;
    },
    textHidden = false
): 'evidence' | 'verifier' | null {
    if (record.State__c !== 'Yes') {
        return null;
    }
    // Words hidden from the reader by field-level security are not blank: the org requires them on
    // every Yes, so the Yes stands as recorded (see DealScoringInput.evidenceTextHidden).
    const words: unknown = record.Evidence__c;
    if (!textHidden && !(typeof words === 'string' && words.trim())) {
        return 'evidence';
    }
    const verifier: unknown = record.Verified_By__c;
    return typeof verifier === 'string' && verifier.trim() ? null : 'verifier';
}

function stateOf(
    record: DealEvidenceRecord,
    warnings: DealWarning[],
    textHidden: boolean
): EvidenceState | null {
    const state: unknown = record.State__c;
    if (state === null || state === undefined) {
        return null;
    }
    if (typeof state !== 'string' || !STATES.includes(state)) {
        warnings.push({
            code: 'EVIDENCE_UNKNOWN_STATE',
            message: evidenceUnknownState(record.Id, state),
            recordId: record.Id
        });
        return null;
    }
    // The org rejects Yes without the customer's words, but a record can slip through (an import);
    // a Yes nobody on the customer's side verified is the rep's opinion. Both count as In Progress.
    const shortOf = yesFallsShortOf(record, textHidden);
    if (shortOf) {
        warnings.push({
            code: 'EVIDENCE_UNKNOWN_STATE',
            message:
                shortOf === 'evidence'
                    ? yesWithoutEvidence(record.Id)
                    : yesWithoutVerifier(record.Id),
            recordId: record.Id
        });
        return 'In Progress';
    }
    return state as EvidenceState;
}

export function prepareEvidence(
    value: unknown,
    indexById: ReadonlyMap<string, number>,
    opportunityId: string,
    asOfDay: number | null,
    warnings: DealWarning[],
    textHidden = false
): Answers {
    const records = canonical(
        identifiedRecords(
            value,
            'evidence',
            'Evidence',
            warnings
        ) as unknown as DealEvidenceRecord[],
        'Evidence',
        warnings
    );
    // Most criteria have one answer: it is used as it is, and a list is made only for duplicates.
    // The state is read once the answer is chosen, so only the record used can warn about it.
    const answers: Answers = [];
    let duplicates: Map<string, DealEvidenceRecord[]> | null = null;
    for (const record of records) {
        const criterionId = text(record.Stage_Criterion__c);
        const index = criterionId ? indexById.get(criterionId) : undefined;
        if (!criterionId || index === undefined) {
            warnings.push({
                code: 'EVIDENCE_UNKNOWN_CRITERION',
                message: evidenceUnknownCriterion(record.Id),
                recordId: record.Id
            });
            continue;
        }
        const dealId = text(record.Opportunity__c);
        if (dealId && opportunityId && dealId !== opportunityId) {
            warnings.push({
                code: 'EVIDENCE_OTHER_DEAL',
                message: evidenceOtherDeal(record.Id, dealId),
                recordId: record.Id
            });
            continue;
        }
        const verifiedOn = dayNumber(record.Verified_On__c);
        if (verifiedOn !== null && asOfDay !== null && verifiedOn > asOfDay) {
            warnings.push({
                code: 'DATES_OUT_OF_ORDER',
                message: verifiedAfterAsOf(record.Id, String(record.Verified_On__c)),
                recordId: record.Id
            });
        }
        const first = answers[index];
        if (!first) {
            answers[index] = { record, state: null };
            continue;
        }
        duplicates ??= new Map();
        const group = duplicates.get(criterionId);
        if (group) {
            group.push(record);
        } else {
            duplicates.set(criterionId, [first.record, record]);
        }
    }
    if (duplicates) {
        for (const [criterionId, group] of duplicates) {
            let used = group[0] as DealEvidenceRecord;
            for (const record of group) {
                used = laterAnswer(record, used) > 0 ? record : used;
            }
            warnings.push({
                code: 'DUPLICATE_EVIDENCE',
                message: duplicateEvidence(criterionId, group.length, used.Id),
                recordId: used.Id
            });
            (answers[indexById.get(criterionId) as number] as Answer).record = used;
        }
    }
    for (const answer of answers) {
        if (answer) {
            answer.state = stateOf(answer.record, warnings, textHidden);
        }
    }
    return answers;
}

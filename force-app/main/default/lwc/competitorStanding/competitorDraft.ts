// What a rep types for one competitor of a deal, checked before it is saved, and the record fields
// a save writes. A Yes is refused unless the score would count it: the rule is the score's own
// (c/dealScoring yesFallsShortOf), so the form never saves a Yes the Deal Score reads as In Progress.
import type { DealCompetitorRecord, EvidenceState, RecordId } from 'c/atlasModel';
import { yesFallsShortOf } from 'c/dealScoring';

/**
 * Competitor_Name__c is a Text(255) field (Deal_Competitor__c/fields/Competitor_Name__c); Salesforce
 * refuses a longer value (https://help.salesforce.com/s/articleView?id=sf.custom_field_types.htm).
 */
export const COMPETITOR_NAME_MAX = 255;

/** The fields of Deal_Competitor__c a rep may edit in the panel: every save writes exactly these. */
export const COMPETITOR_EDITABLE_FIELDS = [
    'Competitor_Account__c',
    'Competitor_Name__c',
    'Incumbent__c',
    'Can_We_Compete__c',
    'Compete_Evidence__c',
    'Can_We_Win__c',
    'Win_Evidence__c',
    'Verified_By__c',
    'Strengths__c',
    'Weaknesses__c'
] as const satisfies readonly (keyof DealCompetitorRecord)[];

export type CompetitorEditableField = (typeof COMPETITOR_EDITABLE_FIELDS)[number];

/** A competitor's editable fields as a save sends them: blank is null, never ''. */
export type CompetitorValues = {
    [Field in CompetitorEditableField]-?: Exclude<DealCompetitorRecord[Field], undefined>;
};

/** The form's draft: text as typed, '' for "none" in a choice. */
export interface CompetitorDraft {
    accountId: RecordId | null;
    name: string;
    incumbent: boolean;
    compete: EvidenceState | '';
    competeEvidence: string;
    win: EvidenceState | '';
    winEvidence: string;
    verifiedById: RecordId | null;
    strengths: string;
    weaknesses: string;
}

export type CompetitorProblemCode =
    | 'NO_COMPETITOR'
    | 'NAME_TOO_LONG'
    | 'COMPETE_YES_NO_EVIDENCE'
    | 'WIN_YES_NO_EVIDENCE'
    | 'YES_NO_VERIFIER';

/** The draft field a problem is shown next to. */
export type CompetitorProblemField = 'name' | 'competeEvidence' | 'winEvidence' | 'verifiedById';

export interface CompetitorProblem {
    code: CompetitorProblemCode;
    field: CompetitorProblemField;
}

export const EMPTY_DRAFT: Readonly<CompetitorDraft> = {
    accountId: null,
    name: '',
    incumbent: false,
    compete: '',
    competeEvidence: '',
    win: '',
    winEvidence: '',
    verifiedById: null,
    strengths: '',
    weaknesses: ''
};

/** The draft of a saved competitor (or an empty one for a new competitor). */
export function draftOf(record: DealCompetitorRecord | null): CompetitorDraft {
    if (!record) {
        return { ...EMPTY_DRAFT };
    }
    return {
        accountId: record.Competitor_Account__c ?? null,
        name: record.Competitor_Name__c ?? '',
        incumbent: record.Incumbent__c === true,
        compete: record.Can_We_Compete__c ?? '',
        competeEvidence: record.Compete_Evidence__c ?? '',
        win: record.Can_We_Win__c ?? '',
        winEvidence: record.Win_Evidence__c ?? '',
        verifiedById: record.Verified_By__c ?? null,
        strengths: record.Strengths__c ?? '',
        weaknesses: record.Weaknesses__c ?? ''
    };
}

const blankToNull = (value: string): string | null => value.trim() || null;

/** The fields a save writes for a draft: every editable field, trimmed, blank as null. */
export function competitorValuesOf(draft: CompetitorDraft): CompetitorValues {
    return {
        Competitor_Account__c: draft.accountId || null,
        Competitor_Name__c: blankToNull(draft.name),
        Incumbent__c: draft.incumbent,
        Can_We_Compete__c: draft.compete || null,
        Compete_Evidence__c: blankToNull(draft.competeEvidence),
        Can_We_Win__c: draft.win || null,
        Win_Evidence__c: blankToNull(draft.winEvidence),
        Verified_By__c: draft.verifiedById || null,
        Strengths__c: blankToNull(draft.strengths),
        Weaknesses__c: blankToNull(draft.weaknesses)
    };
}

/** Every problem of a draft, in the form's field order; none means it can be saved. */
export function competitorProblems(draft: CompetitorDraft): CompetitorProblem[] {
    const problems: CompetitorProblem[] = [];
    const name = draft.name.trim();
    // The org's rule Competitor_Account_Or_Name: an account or a name.
    if (!draft.accountId && name === '') {
        problems.push({ code: 'NO_COMPETITOR', field: 'name' });
    } else if (name.length > COMPETITOR_NAME_MAX) {
        problems.push({ code: 'NAME_TOO_LONG', field: 'name' });
    }
    const questions = [
        { state: draft.compete, evidence: draft.competeEvidence, field: 'competeEvidence' },
        { state: draft.win, evidence: draft.winEvidence, field: 'winEvidence' }
    ] as const;
    let lacksVerifier = false;
    for (const question of questions) {
        const answer = {
            State__c: question.state,
            Evidence__c: question.evidence,
            Verified_By__c: draft.verifiedById
        };
        if (yesFallsShortOf(answer) === 'evidence') {
            problems.push({
                code:
                    question.field === 'competeEvidence'
                        ? 'COMPETE_YES_NO_EVIDENCE'
                        : 'WIN_YES_NO_EVIDENCE',
                field: question.field
            });
        }
        // The same rule with the words set aside (as when they are hidden): what else a Yes lacks,
        // so a Yes missing both is told both at once.
        lacksVerifier ||= yesFallsShortOf(answer, true) === 'verifier';
    }
    if (lacksVerifier) {
        problems.push({ code: 'YES_NO_VERIFIER', field: 'verifiedById' });
    }
    return problems;
}

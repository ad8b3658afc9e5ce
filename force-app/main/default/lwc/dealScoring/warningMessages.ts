// What the deal score says about its input (records read as blank, skipped or guessed), as messages
// the CLI words in English, and the error for a configuration that cannot score.
import type { Message, MessageParam } from 'c/atlasMessages';
import { dateOf, joined } from 'c/atlasMessages';
import type { DealWarningLabel } from './messageLabels';
import { warn } from './messageLabels';

export { unknownStage } from './messages';

/** The error for a configuration that cannot score: which setting, and what it must be. */
export function configError(setting: string, expected: string): Error {
    // Thrown to the caller (settings are validated where they are typed, c/scoringSettings): a
    // developer's message, not a sentence the panels show.
    const error = new Error(`Deal scoring configuration: ${setting} must be ${expected}.`);
    error.name = 'DealScoringConfigError';
    return error;
}

/** A short, safe description of any value; never calls the value's own methods. */
export function describeValue(value: unknown): MessageParam {
    if (typeof value === 'string') {
        return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
    }
    if (typeof value === 'number' || typeof value === 'boolean') {
        return String(value);
    }
    if (value === null || value === undefined) {
        return warn('Atlas_DSW_Value_Blank');
    }
    return Array.isArray(value)
        ? warn('Atlas_DSW_Value_List')
        : warn('Atlas_DSW_Value_Of_Type', typeof value);
}

/** The lists of the input, and the kinds of record in them, as the warnings name them. */
export type InputList = 'criteria' | 'evidence' | 'members' | 'contacts' | 'stage history';
export type RecordKind = 'Criterion' | 'Evidence' | 'Member' | 'Contact';

const LIST_NAMES: Record<InputList, DealWarningLabel> = {
    criteria: 'Atlas_DSW_List_Criteria',
    evidence: 'Atlas_DSW_List_Evidence',
    members: 'Atlas_DSW_List_Members',
    contacts: 'Atlas_DSW_List_Contacts',
    'stage history': 'Atlas_DSW_List_Stage_History'
};

const RECORD_NAMES: Record<RecordKind, DealWarningLabel> = {
    Criterion: 'Atlas_DSW_Record_Criterion',
    Evidence: 'Atlas_DSW_Record_Evidence',
    Member: 'Atlas_DSW_Record_Member',
    Contact: 'Atlas_DSW_Record_Contact'
};

export const noOpportunity = (): Message => warn('Atlas_DSW_No_Opportunity');
export const badAsOf = (): Message => warn('Atlas_DSW_Bad_As_Of');
export const noStageOrder = (): Message => warn('Atlas_DSW_No_Stage_Order');
/** How a criterion without a question is read (the record's Question__c) and said in a warning. */
export const NO_QUESTION = '(no question written)';
export const noQuestion = (): Message => warn('Atlas_DSW_No_Question');
export const readAsBlank = (): Message => warn('Atlas_DSW_Value_Blank');

export function notAList(list: InputList, value: unknown): Message {
    return warn('Atlas_DSW_Not_A_List', warn(LIST_NAMES[list]), describeValue(value));
}
export function notARecord(list: InputList, value: unknown): Message {
    return warn('Atlas_DSW_Not_A_Record', warn(LIST_NAMES[list]), describeValue(value));
}
export function missingId(what: RecordKind, id: unknown): Message {
    return warn('Atlas_DSW_Missing_Id', warn(RECORD_NAMES[what]), describeValue(id));
}
export function duplicateRecord(what: RecordKind, id: string): Message {
    return warn('Atlas_DSW_Duplicate_Record', warn(RECORD_NAMES[what]), id);
}
export function badField(
    object: 'Criterion' | 'Opportunity',
    id: string,
    field: string,
    value: unknown,
    readAs: MessageParam
): Message {
    if (!id) {
        return warn('Atlas_DSW_Bad_Field_Of_Opportunity', field, describeValue(value), readAs);
    }
    return warn(
        object === 'Criterion'
            ? 'Atlas_DSW_Bad_Criterion_Field'
            : 'Atlas_DSW_Bad_Opportunity_Field',
        id,
        field,
        describeValue(value),
        readAs
    );
}
export function badStageName(value: unknown): Message {
    return warn('Atlas_DSW_Bad_Stage_Name', describeValue(value));
}
export function duplicateStage(stage: string): Message {
    return warn('Atlas_DSW_Duplicate_Stage', stage);
}
export function badAmount(value: unknown): Message {
    return warn('Atlas_DSW_Bad_Amount', describeValue(value));
}
export function closeBeforeCreated(close: string, created: string): Message {
    return warn('Atlas_DSW_Close_Before_Created', dateOf(close), dateOf(created));
}
export function dateAfterAsOf(field: string, date: string): Message {
    return warn('Atlas_DSW_Date_After_As_Of', field, dateOf(date));
}
export function unknownCategory(question: string, category: string): Message {
    return warn('Atlas_DSW_Unknown_Category', question, category);
}
export function unknownImportance(question: string, importance: string): Message {
    return warn('Atlas_DSW_Unknown_Importance', question, importance);
}
export function criterionStageUnknown(question: string, stage: string): Message {
    return warn('Atlas_DSW_Criterion_Stage_Unknown', question, stage);
}
export function evidenceUnknownCriterion(id: string): Message {
    return warn('Atlas_DSW_Evidence_Unknown_Criterion', id);
}
export function evidenceOtherDeal(id: string, dealId: string): Message {
    return warn('Atlas_DSW_Evidence_Other_Deal', id, dealId);
}
export function evidenceUnknownState(id: string, state: unknown): Message {
    return warn('Atlas_DSW_Evidence_Unknown_State', id, describeValue(state));
}
export function yesWithoutEvidence(id: string): Message {
    return warn('Atlas_DSW_Yes_Without_Evidence', id);
}
export function yesWithoutVerifier(id: string): Message {
    return warn('Atlas_DSW_Yes_Without_Verifier', id);
}
export function verifiedAfterAsOf(id: string, date: string): Message {
    return warn('Atlas_DSW_Verified_After_As_Of', id, dateOf(date));
}
export function duplicateEvidence(criterionId: string, count: number, usedId: string): Message {
    return warn('Atlas_DSW_Duplicate_Evidence', count, criterionId, usedId);
}
export function memberUnknownValues(id: string, fields: readonly string[]): Message {
    return warn('Atlas_DSW_Member_Unknown_Values', id, joined(fields, 'comma'));
}
export function historyBadEntry(stage: string | null): Message {
    return stage
        ? warn('Atlas_DSW_History_Bad_Entry_Stage', stage)
        : warn('Atlas_DSW_History_Bad_Entry');
}
export function historyAfterAsOf(stage: string, date: string): Message {
    return warn('Atlas_DSW_History_After_As_Of', stage, dateOf(date));
}
export function historyUnknownStage(stage: string): Message {
    return warn('Atlas_DSW_History_Unknown_Stage', stage);
}
export function historyDisagrees(last: string, current: string): Message {
    return warn('Atlas_DSW_History_Disagrees', last, current);
}

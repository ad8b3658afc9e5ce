// What sales ops may type into a framework group: a label, a whole-number order, a weight of 0 or
// more that does not drown the other groups, a question. Problems come back as codes with their
// numbers; the form words them (custom labels) and keeps what was typed.

/** The most one group may weigh: above it one group outweighs a whole framework of weight-1 groups. */
export const MAX_GROUP_WEIGHT = 10;
/** Framework_Group__c.Name is Text(80); Question__c is Text(255); Order__c is Number(3, 0). */
export const MAX_LABEL_LENGTH = 80;
export const MAX_QUESTION_LENGTH = 255;
export const MAX_ORDER = 999;

export type GroupField = 'Name' | 'Order__c' | 'Weight__c' | 'Question__c';
export type GroupProblemCode =
    | 'LABEL_EMPTY'
    | 'LABEL_LONG'
    | 'ORDER_NOT_WHOLE'
    | 'WEIGHT_NOT_NUMBER'
    | 'WEIGHT_NEGATIVE'
    | 'WEIGHT_TOO_HIGH'
    | 'QUESTION_LONG';

export interface GroupProblem {
    field: GroupField;
    code: GroupProblemCode;
    params: number[];
}

/** The values as typed (strings from the inputs). */
export type GroupDraft = Readonly<Record<GroupField, string>>;

/** The draft's values as the record takes them; null where a problem stops it. */
export function groupFieldsOf(draft: GroupDraft): {
    fields: Record<GroupField, string | number | null>;
    problems: GroupProblem[];
} {
    const problems: GroupProblem[] = [];
    const label = draft.Name.trim();
    if (label === '') {
        problems.push({ field: 'Name', code: 'LABEL_EMPTY', params: [] });
    } else if (label.length > MAX_LABEL_LENGTH) {
        problems.push({ field: 'Name', code: 'LABEL_LONG', params: [MAX_LABEL_LENGTH] });
    }
    const orderText = draft.Order__c.trim();
    const order = orderText === '' ? null : Number(orderText);
    if (order !== null && !(Number.isInteger(order) && order >= 0 && order <= MAX_ORDER)) {
        problems.push({ field: 'Order__c', code: 'ORDER_NOT_WHOLE', params: [MAX_ORDER] });
    }
    const weightText = draft.Weight__c.trim();
    const weight = Number(weightText);
    if (weightText === '' || !Number.isFinite(weight)) {
        problems.push({ field: 'Weight__c', code: 'WEIGHT_NOT_NUMBER', params: [] });
    } else if (weight < 0) {
        problems.push({ field: 'Weight__c', code: 'WEIGHT_NEGATIVE', params: [] });
    } else if (weight > MAX_GROUP_WEIGHT) {
        problems.push({ field: 'Weight__c', code: 'WEIGHT_TOO_HIGH', params: [MAX_GROUP_WEIGHT] });
    }
    const question = draft.Question__c.trim();
    if (question.length > MAX_QUESTION_LENGTH) {
        problems.push({
            field: 'Question__c',
            code: 'QUESTION_LONG',
            params: [MAX_QUESTION_LENGTH]
        });
    }
    return {
        fields: {
            Name: label,
            Order__c: order,
            // Weight__c has one decimal place (Number(4, 1)): what is saved is what scoring reads.
            Weight__c: Number.isFinite(weight) ? Math.round(weight * 10) / 10 : null,
            Question__c: question === '' ? null : question
        },
        problems
    };
}

// What sales ops may type into a framework group: a label, a whole-number order, a weight of 0 or
// more that does not drown the other groups, a question. Problems come back as codes with their
// numbers; the form words them (custom labels) and keeps what was typed. The sizes come from
// GROUP_FIELD_SIZES (checked against the field metadata) and the weight rule from the score's reader.
import { isCountedWeight } from './frameworkGroups';

/** The most one group may weigh: above it one group outweighs a whole framework of weight-1 groups. */
export const MAX_GROUP_WEIGHT = 10;

/**
 * The sizes of Framework_Group__c's editable fields, as their metadata declares them (a test reads the
 * field XML through the schema library and fails when they part): Name Text(80), Question__c
 * Text(255), Order__c Number(3, 0), Weight__c Number(4, 1).
 */
export const GROUP_FIELD_SIZES = {
    Name: { length: 80 },
    Question__c: { length: 255 },
    Order__c: { precision: 3, scale: 0 },
    Weight__c: { precision: 4, scale: 1 }
} as const;

const MAX_LABEL_LENGTH = GROUP_FIELD_SIZES.Name.length;
const MAX_QUESTION_LENGTH = GROUP_FIELD_SIZES.Question__c.length;
/** The largest whole number Order__c holds: 999 for Number(3, 0). */
const MAX_ORDER =
    10 ** (GROUP_FIELD_SIZES.Order__c.precision - GROUP_FIELD_SIZES.Order__c.scale) - 1;
const WEIGHT_STEPS = 10 ** GROUP_FIELD_SIZES.Weight__c.scale;

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
    } else if (!isCountedWeight(weight)) {
        // The score reads such a weight as 1 (groupWeight), so saving it would score otherwise than typed.
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
            // Rounded to Weight__c's decimal places: what is saved is what scoring reads.
            Weight__c: Number.isFinite(weight)
                ? Math.round(weight * WEIGHT_STEPS) / WEIGHT_STEPS
                : null,
            Question__c: question === '' ? null : question
        },
        problems
    };
}

// Every sentence the plan checklist says, in one place. Panels map the codes to custom labels
// (Atlas_AP_Missing_<code>); these are the English defaults they fall back to.

// What is missing.
export const INDUSTRY = 'Set the account\u2019s industry.';
export const BUYING_CENTERS =
    'Add the buying centers: the divisions, units or functions that buy on their own.';
export const WALLET_SHARE = 'record the wallet size and our share of it.';
export function walletShareInvalid(share: number): string {
    return `our wallet share is ${share}%, which is not between 0 and 100: correct it.`;
}
export const WALLET_SIZE_INVALID = 'the wallet size is negative: correct it.';
export const SALES_GOAL = 'set our sales goal.';
export const SALES_GOAL_INVALID = 'the sales goal is negative: correct it.';
export const OPPORTUNITY_STATUS =
    'map where we sell and could sell (opportunity map cells or opportunities).';
export const CONTACTS = 'add the people in it.';
export const KEY_INITIATIVES = 'note its key initiatives.';
export const RELATIONSHIP_STATUS = 'say how they see us today (relationship status).';
export const RELATIONSHIP_MAP =
    'give its people buying roles and support to draw the relationship map.';
export const GROWTH_TREND = 'record its growth trend.';
export const COMPETITIVE_ENVIRONMENT = 'describe the competitive environment.';
export const ENGAGEMENT_HISTORY = 'record when we last engaged it.';

export function atCenter(name: string, message: string): string {
    return `${name}: ${message}`;
}
export function atItem(name: string, message: string): string {
    return `${name}: ${message}`;
}

// The plan's own items: what to do.
export const PLAN_TODO = {
    OBJECTIVE: 'no objective aims at it yet: add one.',
    MEASURABLE_TARGET: 'say how success is measured and the target to reach.',
    OWNER: 'give it an owner.',
    DUE_DATE: 'give it a due date.',
    NOT_OVERDUE: 'it is past its due date: finish it, move the date or close it.'
} as const;

// What was found (checks that are met).
export const MET = {
    INDUSTRY: 'The account\u2019s industry is set.',
    BUYING_CENTERS: 'The account\u2019s buying centers are listed.',
    WALLET_SHARE: 'the wallet size and our share of it are recorded.',
    SALES_GOAL: 'our sales goal is set.',
    OPPORTUNITY_STATUS: 'where we sell and could sell is mapped.',
    CONTACTS: 'its people are listed.',
    KEY_INITIATIVES: 'its key initiatives are noted.',
    RELATIONSHIP_STATUS: 'how they see us today is recorded.',
    RELATIONSHIP_MAP: 'its people have buying roles and support.',
    GROWTH_TREND: 'its growth trend is recorded.',
    COMPETITIVE_ENVIRONMENT: 'the competitive environment is described.',
    ENGAGEMENT_HISTORY: 'when we last engaged it is recorded.',
    OBJECTIVE: 'an objective aims at it.',
    MEASURABLE_TARGET: 'its measure and target are set.',
    OWNER: 'it has an owner.',
    DUE_DATE: 'it has a due date.',
    NOT_OVERDUE: 'it is not overdue.'
};
export function someUnmapped(count: number, total: number): string {
    return `give its people buying roles and support to draw the relationship map (${count} of ${total} lack one or both).`;
}

// Warnings.
export const INVALID_ACCOUNT =
    'The account is not a record with an Id; its items cannot link to it.';
export function invalidRecords(count: number, kind: string): string {
    return count === 1
        ? `One ${kind} is not a record with an Id; left out.`
        : `${count} ${kind}s are not records with an Id; left out.`;
}
export function duplicateRecord(kind: string, id: string): string {
    return `The ${kind} ${id} appears more than once; it is counted once.`;
}
export function otherAccount(name: string): string {
    return `${name} belongs to another account; it is left out of this plan.`;
}
export function invalidValue(name: string, field: string, value: string): string {
    return `${name} has ${field} ${value}, which is out of range; the item counts as not done.`;
}
export function unknownValue(name: string, field: string, value: string): string {
    return `${name} has ${field} "${value}", which this version does not know; the item counts as not done.`;
}
export function memberBuyingCenterNotFound(memberId: string): string {
    return `Member ${memberId} belongs to a buying center that is not in this plan; it is not counted.`;
}
export function memberContactNotFound(memberId: string): string {
    return `Member ${memberId} names a contact that is not among the account's contacts; it is not counted.`;
}
export function cellBuyingCenterNotFound(cellId: string): string {
    return `Map cell ${cellId} names a buying center that is not in this plan; it is not counted.`;
}
export function opportunityBuyingCenterNotFound(opportunityId: string): string {
    return `Opportunity ${opportunityId} names a buying center that is not in this plan; it is not counted.`;
}
export function objectiveBuyingCenterNotFound(objectiveId: string): string {
    return `Marketing objective ${objectiveId} names a buying center that is not in this plan.`;
}

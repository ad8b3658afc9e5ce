// Small, total helpers: a locale-free order, safe reads of records that may be anything, and the
// picklist orders the map ranks people by.
import type { Advocacy, BuyingRole, Influence, Support } from 'c/atlasModel';

export { compareText, describe, isRecord, nonEmptyText as text } from 'c/atlasValues';

/** Most decisive first: the badge is the first role a person holds in this order. */
export const ROLE_ORDER: readonly BuyingRole[] = [
    'Decision Maker',
    'Economic Buyer',
    'Approver',
    'Evaluator',
    'Champion',
    'Coach',
    'Influencer',
    'Gatekeeper',
    'User'
];
/** Most supportive first. */
export const SUPPORT_ORDER: readonly Support[] = [
    'Mentor',
    'Supporter',
    'Neutral',
    'Non-Supporter',
    'Enemy'
];
/**
 * What the box shows first: a detractor in one buying center is a risk in all of them; a reference
 * (agreed to take calls) says more than an advocate.
 */
export const ADVOCACY_ORDER: readonly Advocacy[] = [
    'Detractor',
    'Reference',
    'Advocate',
    'Neutral'
];
/** Highest first. */
export const INFLUENCE_ORDER: readonly Influence[] = ['High', 'Medium', 'Low'];

/** The value if it is one of the allowed ones, else null. */
export function known<T extends string>(value: unknown, allowed: readonly T[]): T | null {
    return allowed.includes(value as T) ? (value as T) : null;
}

/** The values in the order given, each once. */
export function ranked<T extends string>(values: readonly (T | null)[], order: readonly T[]): T[] {
    return order.filter((candidate) => values.includes(candidate));
}

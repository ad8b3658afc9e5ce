// Small, total helpers: a locale-free order, safe reads of records that may be anything, and the
// picklist orders the map ranks people by.
import type { BuyingRole, Influence, Support } from 'c/atlasModel';

/** Most decisive first: the badge is the first role a person holds in this order. */
export const ROLE_ORDER: readonly BuyingRole[] = [
    'Decision Maker',
    'Approver',
    'Evaluator',
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
/** Highest first. */
export const INFLUENCE_ORDER: readonly Influence[] = ['High', 'Medium', 'Low'];

/** Orders strings by code point: the same on every machine, unlike localeCompare. */
export function compareText(a: string, b: string): number {
    if (a === b) {
        return 0;
    }
    return a < b ? -1 : 1;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function text(value: unknown): string | null {
    return typeof value === 'string' && value !== '' ? value : null;
}

/** A value as a short text for a message, whatever it is. */
export function describe(value: unknown): string {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : typeof value;
}

/** The value if it is one of the allowed ones, else null. */
export function known<T extends string>(value: unknown, allowed: readonly T[]): T | null {
    return allowed.includes(value as T) ? (value as T) : null;
}

/** The values in the order given, each once. */
export function ranked<T extends string>(values: readonly (T | null)[], order: readonly T[]): T[] {
    return order.filter((candidate) => values.includes(candidate));
}

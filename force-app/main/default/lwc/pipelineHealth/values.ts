// Small, total helpers on the platform's values: dates without a clock, amounts that may be
// missing or wrong, a locale-free order and median, and the confidence scale.
import type { Confidence, PipelineConfig } from './types';

export { compareText, isFiniteNumber, text } from 'c/atlasValues';

const DAY_MS = 86_400_000;

/** Days since 1970 of a 'YYYY-MM-DD' or ISO date-time, or null when it is not a date. */
export function dayNumber(value: unknown): number | null {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) {
        return null;
    }
    const time = Date.parse(`${value.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(time) ? null : Math.floor(time / DAY_MS);
}

/** The 'YYYY-MM-DD' of a day number. */
export function isoDay(day: number): string {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Sums in the order given: callers pass values in a fixed order so totals do not drift. */
export function sum(values: readonly number[]): number {
    let total = 0;
    for (const value of values) {
        total += value;
    }
    return total;
}

export function median(values: readonly number[]): number | null {
    if (values.length === 0) {
        return null;
    }
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    if (sorted.length % 2 === 1) {
        return sorted[middle] ?? null;
    }
    return ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const CONFIDENCE_ORDER: readonly Confidence[] = ['none', 'low', 'medium', 'high'];

/** Confidence of a figure learnt from `deals` closed deals. */
export function confidenceFor(deals: number, config: PipelineConfig): Confidence {
    if (deals <= 0) {
        return 'none';
    }
    if (deals < config.mediumConfidenceDeals) {
        return 'low';
    }
    return deals < config.highConfidenceDeals ? 'medium' : 'high';
}

/** A figure built from others is only as trustworthy as the weakest of them. */
export function weakest(...levels: Confidence[]): Confidence {
    let index = CONFIDENCE_ORDER.length - 1;
    for (const level of levels) {
        index = Math.min(index, CONFIDENCE_ORDER.indexOf(level));
    }
    return CONFIDENCE_ORDER[index] ?? 'none';
}

/**
 * part ÷ whole in hundredths, rounded half up as a reader rounds by hand (57 ÷ 200 = 28.5 → 29):
 * exact for whole numbers, where part × 100 ÷ whole in floating point may land just below the half.
 * Used for a share shown as a whole percent or a factor shown to two decimals.
 */
export function hundredths(part: number, whole: number): number {
    return Math.floor((200 * part + whole) / (2 * whole));
}

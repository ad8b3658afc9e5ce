// Calendar arithmetic on the platform's ISO dates, without a clock.

const DAY_MS = 86_400_000;

/** Days since 1970 of a 'YYYY-MM-DD' or ISO date-time, or null when it is not a date. */
export function dayNumber(value: unknown): number | null {
    if (typeof value !== 'string' || value.length < 10) {
        return null;
    }
    const time = Date.parse(`${value.slice(0, 10)}T00:00:00Z`);
    return Number.isNaN(time) ? null : Math.floor(time / DAY_MS);
}

/** Whole days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: number, to: number): number {
    return to - from;
}

/**
 * Orders strings by code point: the same everywhere (no locale), and much faster than
 * localeCompare, which matters when a whole org is rescored.
 */
export function compareText(a: string, b: string): number {
    if (a === b) {
        return 0;
    }
    return a < b ? -1 : 1;
}

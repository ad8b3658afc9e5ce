// Reading untrusted values: records come from an org, a file or a test, and bad data happens.

export function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value when it is text, else null. */
export function text(value: unknown): string | null {
    return typeof value === 'string' ? value : null;
}

export function isFiniteNumber(value: unknown): value is number {
    return typeof value === 'number' && Number.isFinite(value);
}

/** A short, safe description of any value for a warning; never calls the value's own methods. */
export function describeValue(value: unknown): string {
    if (typeof value === 'string') {
        return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
    }
    if (typeof value === 'number' || typeof value === 'boolean') {
        return String(value);
    }
    if (value === null || value === undefined) {
        return 'blank';
    }
    return Array.isArray(value) ? 'a list' : `a value of type ${typeof value}`;
}

/** Orders by code point: the same on every machine (no locale) and fast in bulk. */
export function compareText(a: string, b: string): number {
    if (a === b) {
        return 0;
    }
    return a < b ? -1 : 1;
}

/** Points to one decimal, for display; the score itself is computed from the exact values. */
export function tenths(value: number): number {
    return Math.round(value * 10) / 10;
}

// Whether a close date typed when closing a deal is plausible: a deal closes on or before today
// (a date ahead would count a future close as history and skew cycle length and velocity), and a
// date more than a year back is more likely a typo than a deal closed long ago, so it is asked again.

/** How far back a close date is taken without asking again. */
export const LONG_AGO_DAYS = 365;

export type CloseDateProblem = 'future' | 'longAgo' | null;

const dayOf = (iso: string): number | null => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    return match
        ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86400000
        : null;
};

/** 'YYYY-MM-DD' dates; null when the date is plausible (or not a date: "needed" says that). */
export function closeDateProblem(closeDate: string, today: string): CloseDateProblem {
    const close = dayOf(closeDate);
    const now = dayOf(today);
    if (close === null || now === null) {
        return null;
    }
    if (close > now) {
        return 'future';
    }
    return now - close > LONG_AGO_DAYS ? 'longAgo' : null;
}

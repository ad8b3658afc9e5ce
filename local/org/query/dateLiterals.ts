// SOQL date literals (TODAY, LAST_N_DAYS:7, THIS_QUARTER…) as half-open UTC ranges [start, end).
// The local org's time zone is GMT and its fiscal year is the calendar year (a new org's default),
// so fiscal literals equal their calendar counterparts.
import { malformedQuery } from '../errors';

export interface DayRange {
    /** First day in the range, 'YYYY-MM-DD'. */
    readonly start: string;
    /** First day after the range, 'YYYY-MM-DD'. */
    readonly end: string;
}

function day(date: Date): string {
    return date.toISOString().slice(0, 10);
}

function utc(year: number, month: number, dayOfMonth: number): Date {
    return new Date(Date.UTC(year, month, dayOfMonth));
}

function addDays(date: Date, days: number): Date {
    return utc(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days);
}

function range(start: Date, end: Date): DayRange {
    return { start: day(start), end: day(end) };
}

/** The range of a date literal, with n for the _N_ forms. */
export function dateLiteralRange(literal: string, n: number | undefined, now: Date): DayRange {
    const today = utc(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    const y = today.getUTCFullYear();
    const m = today.getUTCMonth();
    // Weeks start on Sunday in the en_US locale.
    const weekStart = addDays(today, -today.getUTCDay());
    const quarterStart = utc(y, m - (m % 3), 1);
    const count = n ?? 0;
    const name = literal.replace(/_FISCAL/, '');
    switch (name) {
        case 'TODAY':
            return range(today, addDays(today, 1));
        case 'YESTERDAY':
            return range(addDays(today, -1), today);
        case 'TOMORROW':
            return range(addDays(today, 1), addDays(today, 2));
        case 'LAST_WEEK':
            return range(addDays(weekStart, -7), weekStart);
        case 'THIS_WEEK':
            return range(weekStart, addDays(weekStart, 7));
        case 'NEXT_WEEK':
            return range(addDays(weekStart, 7), addDays(weekStart, 14));
        case 'LAST_MONTH':
            return range(utc(y, m - 1, 1), utc(y, m, 1));
        case 'THIS_MONTH':
            return range(utc(y, m, 1), utc(y, m + 1, 1));
        case 'NEXT_MONTH':
            return range(utc(y, m + 1, 1), utc(y, m + 2, 1));
        case 'LAST_90_DAYS':
            return range(addDays(today, -90), addDays(today, 1));
        case 'NEXT_90_DAYS':
            return range(addDays(today, 1), addDays(today, 91));
        case 'LAST_QUARTER':
            return range(utc(y, quarterStart.getUTCMonth() - 3, 1), quarterStart);
        case 'THIS_QUARTER':
            return range(quarterStart, utc(y, quarterStart.getUTCMonth() + 3, 1));
        case 'NEXT_QUARTER':
            return range(
                utc(y, quarterStart.getUTCMonth() + 3, 1),
                utc(y, quarterStart.getUTCMonth() + 6, 1)
            );
        case 'LAST_YEAR':
            return range(utc(y - 1, 0, 1), utc(y, 0, 1));
        case 'THIS_YEAR':
            return range(utc(y, 0, 1), utc(y + 1, 0, 1));
        case 'NEXT_YEAR':
            return range(utc(y + 1, 0, 1), utc(y + 2, 0, 1));
        // The _N_ forms: LAST_N_DAYS:n covers today and the n days before it; NEXT_N_DAYS:n the n
        // days after today; N_DAYS_AGO:n the single day n days ago (as the SOQL reference states).
        case 'LAST_N_DAYS':
            return range(addDays(today, -count), addDays(today, 1));
        case 'NEXT_N_DAYS':
            return range(addDays(today, 1), addDays(today, count + 1));
        case 'N_DAYS_AGO':
            return range(addDays(today, -count), addDays(today, -count + 1));
        case 'LAST_N_WEEKS':
            return range(addDays(weekStart, -7 * count), weekStart);
        case 'NEXT_N_WEEKS':
            return range(addDays(weekStart, 7), addDays(weekStart, 7 * (count + 1)));
        case 'N_WEEKS_AGO':
            return range(addDays(weekStart, -7 * count), addDays(weekStart, -7 * count + 7));
        case 'LAST_N_MONTHS':
            return range(utc(y, m - count, 1), utc(y, m, 1));
        case 'NEXT_N_MONTHS':
            return range(utc(y, m + 1, 1), utc(y, m + 1 + count, 1));
        case 'N_MONTHS_AGO':
            return range(utc(y, m - count, 1), utc(y, m - count + 1, 1));
        case 'LAST_N_QUARTERS':
            return range(utc(y, quarterStart.getUTCMonth() - 3 * count, 1), quarterStart);
        case 'NEXT_N_QUARTERS':
            return range(
                utc(y, quarterStart.getUTCMonth() + 3, 1),
                utc(y, quarterStart.getUTCMonth() + 3 * (count + 1), 1)
            );
        case 'N_QUARTERS_AGO':
            return range(
                utc(y, quarterStart.getUTCMonth() - 3 * count, 1),
                utc(y, quarterStart.getUTCMonth() - 3 * count + 3, 1)
            );
        case 'LAST_N_YEARS':
            return range(utc(y - count, 0, 1), utc(y, 0, 1));
        case 'NEXT_N_YEARS':
            return range(utc(y + 1, 0, 1), utc(y + 1 + count, 0, 1));
        case 'N_YEARS_AGO':
            return range(utc(y - count, 0, 1), utc(y - count + 1, 0, 1));
        default:
            throw malformedQuery(`unexpected date literal: ${literal}`);
    }
}

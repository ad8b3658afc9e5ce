// Calendar arithmetic on the platform's ISO dates, without a clock: the caller says what day it is.

const DIGIT_0 = 48;

/** The number written by `length` digits at `start`, or -1 when one of them is not a digit. */
function digits(value: string, start: number, length: number): number {
    let number = 0;
    for (let i = start; i < start + length; i++) {
        const digit = value.charCodeAt(i) - DIGIT_0;
        if (digit < 0 || digit > 9) {
            return -1;
        }
        number = number * 10 + digit;
    }
    return number;
}

function daysInMonth(year: number, month: number): number {
    if (month === 2) {
        const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
        return leap ? 29 : 28;
    }
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days since 1970-01-01 of a 'YYYY-MM-DD' date or an ISO date-time (its date part), or null when it
 * is not one: 2026-02-30 is not a date. Arithmetic only (days from civil), so bulk scoring parses
 * dates without allocating.
 */
export function dayNumber(value: unknown): number | null {
    if (typeof value !== 'string' || value.length < 10) {
        return null;
    }
    const year = digits(value, 0, 4);
    const month = digits(value, 5, 2);
    const day = digits(value, 8, 2);
    if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45 || year < 0 || month < 1) {
        return null;
    }
    if (month > 12 || day < 1 || day > daysInMonth(year, month)) {
        return null;
    }
    if (value.length > 10 && value.charCodeAt(10) !== 84 && value.charCodeAt(10) !== 32) {
        return null; // After the date only a time may follow ('T' or a space).
    }
    // Howard Hinnant's days_from_civil.
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const dayOfEra =
        yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

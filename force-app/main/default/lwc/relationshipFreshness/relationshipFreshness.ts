// How fresh a relationship is: a person's last touch (the later of the contact's LastActivityDate and
// a touch entered by hand on the membership), the days since, stale past a limit; and which profile
// links may be opened. Pure: the caller says what day it is.
//
// Why Contact.LastActivityDate and not Task/Event: GraphQL reads Task and Event only as a beta from
// API 59 (developer.salesforce.com/docs/platform/graphql/guide/query-limits.html), several developers
// report them unsupported by the UI API, and activity Einstein Activity Capture records is not stored
// as Task or Event at all. LastActivityDate is a standard Contact field the UI API reads; where the
// activity lives elsewhere, the rep enters the touch by hand (Buying_Center_Member__c.Last_Touch__c).
import type { IsoDate } from 'c/atlasModel';

/** Where a last touch comes from: the platform's logged activity, or a date a rep entered. */
export type TouchSource = 'activity' | 'entered';

export interface LastTouch {
    date: IsoDate;
    source: TouchSource;
}

export interface Freshness {
    /** The later of the two dates; null when neither is a date. */
    touch: LastTouch | null;
    /** Whole days from the touch to asOf (0 on the day); null with no touch. */
    days: number | null;
    /** Touched longer ago than the limit. Never stale without a known touch: unknown is not stale. */
    stale: boolean;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const DAY_MS = 86400000;

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date (or an ISO date-time's date), null when not one. */
export function dayNumberOf(value: unknown): number | null {
    const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
    if (!match) {
        return null;
    }
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const time = Date.UTC(year, month - 1, day);
    const back = new Date(time);
    // 2026-02-30 is not a date: Date.UTC would roll it over to March.
    if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
        return null;
    }
    return Math.round(time / DAY_MS);
}

/**
 * The person's last touch: the later of the logged activity and the entered date. On the same day
 * the activity is named, as the record the platform keeps.
 */
export function lastTouchOf(
    activityDate: IsoDate | null | undefined,
    enteredDate: IsoDate | null | undefined
): LastTouch | null {
    const activity = dayNumberOf(activityDate);
    const entered = dayNumberOf(enteredDate);
    if (activity === null && entered === null) {
        return null;
    }
    if (entered === null || (activity !== null && activity >= entered)) {
        return { date: String(activityDate).slice(0, 10), source: 'activity' };
    }
    return { date: String(enteredDate).slice(0, 10), source: 'entered' };
}

/**
 * How fresh the relationship is on `asOf`: stale when the days since the last touch are more than
 * `staleAfterDays` (exactly that many days is still fresh). A touch after asOf counts as today.
 */
export function freshnessOf(
    activityDate: IsoDate | null | undefined,
    enteredDate: IsoDate | null | undefined,
    asOf: IsoDate,
    staleAfterDays: number
): Freshness {
    const touch = lastTouchOf(activityDate, enteredDate);
    const today = dayNumberOf(asOf);
    const touched = touch ? dayNumberOf(touch.date) : null;
    if (touch === null || touched === null || today === null) {
        return { touch, days: null, stale: false };
    }
    const days = Math.max(0, today - touched);
    return { touch, days, stale: days > staleAfterDays };
}

/** Why a profile link cannot be saved: not a web address (mailto:, javascript:…), or not an address. */
export type ProfileUrlProblem = 'not-web' | 'malformed';

/** A URL the browser parses, or null. */
function parsedUrl(value: string): URL | null {
    try {
        return new URL(value);
    } catch {
        return null;
    }
}

/**
 * What is wrong with a profile link as typed, or null when it may be saved: blank (no link), or an
 * http or https address with a host. Anything else could run script or leave the browser's web
 * handling when opened (javascript:, data:, file:), so it is refused with a message saying what to type.
 */
export function profileUrlProblem(value: string | null | undefined): ProfileUrlProblem | null {
    const typed = (value ?? '').trim();
    if (typed === '') {
        return null;
    }
    const url = parsedUrl(typed);
    if (url === null) {
        // "linkedin.com/in/x" is an address without its scheme; "not a link" is not one at all.
        return /^[a-z][a-z0-9+.-]*:/i.test(typed) ? 'not-web' : 'malformed';
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        return 'not-web';
    }
    return url.hostname ? null : 'malformed';
}

/** The link to open, or null when there is none or it is not a safe web address (never rendered). */
export function openableProfileUrl(value: string | null | undefined): string | null {
    const typed = (value ?? '').trim();
    return typed !== '' && profileUrlProblem(typed) === null ? typed : null;
}

/**
 * Contact id → the latest touch entered on any of the person's memberships: a touch is with the
 * person, whichever buying center it was entered in, so every card of theirs shows the same one.
 */
export function enteredTouchesByContact(
    members: readonly { Contact__c: string; Last_Touch__c?: IsoDate | null }[]
): Map<string, IsoDate> {
    const latest = new Map<string, IsoDate>();
    for (const member of members) {
        const day = dayNumberOf(member.Last_Touch__c);
        const known = latest.get(member.Contact__c);
        if (day !== null && (known === undefined || day > (dayNumberOf(known) ?? -Infinity))) {
            latest.set(member.Contact__c, String(member.Last_Touch__c).slice(0, 10));
        }
    }
    return latest;
}

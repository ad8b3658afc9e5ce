/** @jest-environment node */
// Laws of relationship freshness: the last touch is the later of the two dates whichever way they
// arrive, a relationship is stale exactly when the days since its last touch exceed the limit, an
// unknown touch is never stale, and only http and https profile links are ever opened.
import fc from 'fast-check';
import {
    dayNumberOf,
    freshnessOf,
    lastTouchOf,
    openableProfileUrl,
    profileUrlProblem
} from 'c/relationshipFreshness';

const DAY_MS = 86400000;
/** A link that would run script if opened. */
const SCRIPT_LINK = ['javascript', 'alert(1)'].join(':');
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** Days from 2020 to 2030, as ISO dates. */
const dayArb = fc.integer({ min: 18262, max: 21915 });
const maybeDate = fc.option(dayArb.map(isoOf), { nil: null });

describe('last touch', () => {
    it('is the later of the activity date and the entered date, and says which', () => {
        fc.assert(
            fc.property(maybeDate, maybeDate, (activity, entered) => {
                const later = [activity, entered]
                    .filter((date): date is string => date !== null)
                    .sort()
                    .at(-1);
                const expected =
                    later === undefined
                        ? null
                        : { date: later, source: later === activity ? 'activity' : 'entered' };
                expect(lastTouchOf(activity, entered)).toEqual(expected);
            })
        );
    });

    it('names the activity when both dates are the same day', () => {
        expect(lastTouchOf('2026-08-05', '2026-08-05')).toEqual({
            date: '2026-08-05',
            source: 'activity'
        });
    });

    it('reads a date that is not a date as no date', () => {
        expect(lastTouchOf('2026-02-30', 'yesterday')).toBeNull();
        expect(lastTouchOf('2026-02-30', '2026-03-01')).toEqual({
            date: '2026-03-01',
            source: 'entered'
        });
        expect(dayNumberOf('2026-02-28')).toBe((Date.UTC(2026, 1, 28) / DAY_MS) | 0);
    });
});

describe('stale', () => {
    it('is true exactly when the days since the last touch exceed the limit', () => {
        fc.assert(
            fc.property(
                maybeDate,
                maybeDate,
                dayArb,
                fc.integer({ min: 1, max: 400 }),
                (activity, entered, today, limit) => {
                    const freshness = freshnessOf(activity, entered, isoOf(today), limit);
                    const touched = [activity, entered]
                        .filter((date): date is string => date !== null)
                        .map((date) => dayNumberOf(date) ?? 0);
                    const days =
                        touched.length === 0 ? null : Math.max(0, today - Math.max(...touched));
                    expect({ days: freshness.days, stale: freshness.stale }).toEqual({
                        days,
                        stale: days !== null && days > limit
                    });
                }
            )
        );
    });

    it('does not depend on which field holds which date when the days are the same', () => {
        fc.assert(
            fc.property(maybeDate, maybeDate, dayArb, (a, b, today) => {
                const one = freshnessOf(a, b, isoOf(today), 90);
                const other = freshnessOf(b, a, isoOf(today), 90);
                expect(one.days).toBe(other.days);
                expect(one.stale).toBe(other.stale);
            })
        );
    });

    it('marks 124 days stale at a 90-day limit and 90 days still fresh', () => {
        expect(freshnessOf(null, '2026-08-05', '2026-12-07', 90)).toEqual({
            touch: { date: '2026-08-05', source: 'entered' },
            days: 124,
            stale: true
        });
        expect(freshnessOf('2026-09-08', null, '2026-12-07', 90).stale).toBe(false);
        expect(freshnessOf('2026-09-08', null, '2026-12-07', 90).days).toBe(90);
    });
});

describe('profile links', () => {
    it('accepts http and https addresses and blank', () => {
        expect(profileUrlProblem('https://www.linkedin.com/in/hannah-cho')).toBeNull();
        expect(profileUrlProblem(' http://example.com/p ')).toBeNull();
        expect(profileUrlProblem('')).toBeNull();
        expect(profileUrlProblem(null)).toBeNull();
    });

    it('refuses other schemes and text that is not an address, saying which', () => {
        expect(profileUrlProblem(SCRIPT_LINK)).toBe('not-web');
        expect(profileUrlProblem('mailto:hannah@example.com')).toBe('not-web');
        expect(profileUrlProblem('ftp://example.com/x')).toBe('not-web');
        expect(profileUrlProblem('www.linkedin.com/in/hannah')).toBe('malformed');
        expect(profileUrlProblem('Hannah on LinkedIn')).toBe('malformed');
    });

    it('never opens a link whose scheme is not http or https', () => {
        fc.assert(
            fc.property(fc.oneof(fc.webUrl(), fc.string()), (value) => {
                const opened = openableProfileUrl(value);
                const protocol = opened === null ? 'https:' : new URL(opened).protocol;
                expect(['http:', 'https:']).toContain(protocol);
            }),
            { numRuns: 50 }
        );
        expect(openableProfileUrl('https://www.linkedin.com/in/x')).toBe(
            'https://www.linkedin.com/in/x'
        );
        expect(openableProfileUrl(SCRIPT_LINK)).toBeNull();
    });
});

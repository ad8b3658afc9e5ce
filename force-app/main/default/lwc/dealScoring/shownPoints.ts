// The points a user sees, in tenths, chosen so that they add up exactly as shown: the factors' points
// sum to the total, each factor's lines sum to the factor, and the score is the total, rounded.
import type { Factor } from './types';

/** Whole tenths of a point. Float noise is removed first, so 74.45 computed as 74.4499… is 744.5. */
function tenthsOf(value: number): number {
    return Math.round(Math.round(value * 1e6) / 1e5);
}

/** Exact values in tenths, without float noise (to the millionth of a point). */
function inTenths(value: number): number {
    return Math.round(value * 1e6) / 1e5;
}

/**
 * Splits `total` whole tenths among `exact` shares (in tenths) by the largest-remainder rule: each
 * gets its share rounded down, and the tenths left go to the largest fractions, one each, ties to
 * the earlier share. `caps` (optional) bound what each may get. The result always sums to `total`:
 * should the rule run out of fractions (possible points that are not whole tenths), the rest go
 * in the same order to shares below their cap, then to any.
 */
export function largestRemainder(
    total: number,
    exact: readonly number[],
    caps?: readonly number[]
): number[] {
    const cap = (i: number): number => caps?.[i] ?? Infinity;
    const shares = exact.map((value) => Math.max(0, value));
    const given = shares.map((share, i) => Math.min(Math.floor(share), cap(i)));
    const at = (i: number): number => given[i] ?? 0;
    let left = total - given.reduce((sum, units) => sum + units, 0);
    const order = shares
        .map((share, i) => ({ i, fraction: share - Math.floor(share) }))
        .sort((a, b) => b.fraction - a.fraction || a.i - b.i)
        .map(({ i }) => i);
    const passes: ((i: number) => boolean)[] = [
        (i) => at(i) < (shares[i] ?? 0) && at(i) < cap(i),
        (i) => at(i) < cap(i),
        () => true
    ];
    for (const takes of passes) {
        for (const i of order) {
            if (left > 0 && takes(i)) {
                given[i] = at(i) + 1;
                left -= 1;
            }
        }
    }
    for (const i of [...order].reverse()) {
        const taken = Math.min(-left, at(i));
        if (taken > 0) {
            given[i] = at(i) - taken;
            left += taken;
        }
    }
    return given;
}

export interface ShownPoints {
    /** The factors with their points, and their lines' points, in shown tenths. */
    factors: Factor[];
    /** The sum of the factors' shown points, and of their possible points. */
    earned: number;
    possible: number;
    score: number;
}

/** round(100 × earned ÷ possible), half up, on whole tenths: integer arithmetic, no float doubt. */
export function scoreOfTenths(earnedTenths: number, possibleTenths: number): number {
    if (possibleTenths <= 0) {
        return 0;
    }
    const score = Math.floor((200 * earnedTenths + possibleTenths) / (2 * possibleTenths));
    return Math.max(0, Math.min(100, score));
}

/** The score of exact factor points (re-scoring next actions needs no lines): as shownPoints. */
export function scoreOfExact(factors: readonly Pick<Factor, 'earned' | 'possible'>[]): number {
    let earned = 0;
    let possible = 0;
    for (const factor of factors) {
        earned += factor.earned;
        possible += factor.possible;
    }
    return scoreOfTenths(tenthsOf(earned), tenthsOf(possible));
}

/**
 * A factor's lines in shown tenths: the factor's shown points are split over the lines' exact
 * points, and its shown points missed over the lines' exact points missed, so that every line
 * earns no more than it could and the lines add up to the factor on both counts.
 */
function shownLines(factor: Factor, earned: number, possible: number): Factor['details'] {
    const lines = factor.details;
    const earnedUnits = largestRemainder(
        earned,
        lines.map((line) => inTenths(line.earned))
    );
    const missedUnits = largestRemainder(
        possible - earned,
        lines.map((line) => inTenths(Math.max(0, line.possible - line.earned)))
    );
    return lines.map((line, i) => {
        const lineEarned = earnedUnits[i] ?? 0;
        return {
            ...line,
            earned: lineEarned / 10,
            possible: (lineEarned + (missedUnits[i] ?? 0)) / 10
        };
    });
}

/**
 * The points to show for factors whose points (and their lines') are exact: the total is the exact
 * sum to a tenth, split over the factors by the largest-remainder rule, each within its possible.
 */
export function shownPoints(factors: readonly Factor[]): ShownPoints {
    const exactEarned = factors.reduce((sum, factor) => sum + factor.earned, 0);
    const exactPossible = factors.reduce((sum, factor) => sum + factor.possible, 0);
    const possibleTenths = tenthsOf(exactPossible);
    const earnedTenths = tenthsOf(exactEarned);
    const possibleUnits = largestRemainder(
        possibleTenths,
        factors.map((factor) => inTenths(factor.possible))
    );
    const earnedUnits = largestRemainder(
        earnedTenths,
        factors.map((factor) => inTenths(factor.earned)),
        possibleUnits
    );
    return {
        factors: factors.map((factor, i) => {
            const earned = earnedUnits[i] ?? 0;
            const possible = possibleUnits[i] ?? 0;
            return {
                ...factor,
                earned: earned / 10,
                possible: possible / 10,
                details: shownLines(factor, earned, possible)
            };
        }),
        earned: earnedTenths / 10,
        possible: possibleTenths / 10,
        score: scoreOfTenths(earnedTenths, possibleTenths)
    };
}

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
    // Plain loops: bulk scoring splits every deal's factors and lines this way (see #18).
    const count = exact.length;
    const shares: number[] = new Array<number>(count);
    const given: number[] = new Array<number>(count);
    const limits: number[] = new Array<number>(count);
    let left = total;
    for (let i = 0; i < count; i++) {
        const share = Math.max(0, exact[i] as number);
        const limit = caps?.[i] ?? Infinity;
        shares[i] = share;
        limits[i] = limit;
        given[i] = Math.min(Math.floor(share), limit);
        left -= given[i] as number;
    }
    if (left === 0) {
        return given; // the usual case for whole shares: nothing to hand out or take back
    }
    const order: number[] = new Array<number>(count);
    for (let i = 0; i < count; i++) {
        order[i] = i;
    }
    const fraction = (i: number): number => (shares[i] as number) - Math.floor(shares[i] as number);
    order.sort((a, b) => fraction(b) - fraction(a) || a - b);
    const passes: ((i: number) => boolean)[] = [
        (i) =>
            (given[i] as number) < (shares[i] as number) &&
            (given[i] as number) < (limits[i] as number),
        (i) => (given[i] as number) < (limits[i] as number),
        () => true
    ];
    for (const takes of passes) {
        for (const i of order) {
            if (left > 0 && takes(i)) {
                given[i] = (given[i] as number) + 1;
                left -= 1;
            }
        }
    }
    for (let k = count - 1; k >= 0; k--) {
        const i = order[k] as number;
        const taken = Math.min(-left, given[i] as number);
        if (taken > 0) {
            given[i] = (given[i] as number) - taken;
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

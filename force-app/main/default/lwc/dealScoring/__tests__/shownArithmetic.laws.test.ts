/** @jest-environment node */
/* eslint jest/expect-expect: ["warn", { "assertFunctionNames": ["expect", "addsUpAsShown"] }] */
// The law of the numbers on screen: what the Deal Score panel and the admin guide's breakdown show
// adds up exactly as shown — factor points to the total, each factor's lines to the factor, and the
// total rounds (half up) to the score. Checked on the displayed strings, parsed back, over 10,000
// generated deals and configurations.
import fc from 'fast-check';
import { FACTORS, resolveConfig, scoreDeal } from 'c/dealScoring';
import type { DealScore, DealScoringInput, DealScoringOverrides } from 'c/dealScoring';
import { factorViews, totalText } from '../../dealScore/dealScoreView';
import { formatBreakdown } from '../../../../../../scripts/docs/breakdown';
import { dealArb } from './arbitraries';

// The panel's wording is its custom labels: the real texts, as the org serves them.
function mockLabel(name: string): { default: string } {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { readLabels } = require('../../../../../../local/preview/labels');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { resolve } = require('node:path');
    const text = (readLabels(resolve(__dirname, '../../../../../..')) as Map<string, string>).get(
        name
    );
    return { default: text ?? `missing label ${name}` };
}
jest.mock('@salesforce/label/c.Atlas_DS_Factor_Points', () => mockLabel('Atlas_DS_Factor_Points'), {
    virtual: true
});
jest.mock('@salesforce/label/c.Atlas_DS_Detail_Points', () => mockLabel('Atlas_DS_Detail_Points'), {
    virtual: true
});
jest.mock('@salesforce/label/c.Atlas_DS_Factors_Total', () => mockLabel('Atlas_DS_Factors_Total'), {
    virtual: true
});

const RUNS = 10_000;

/** A plain check (expect() on every line of 10,000 deals costs more than the scoring). */
function same(actual: unknown, expected: unknown, what: string): void {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        throw new Error(
            `${what}: shown ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`
        );
    }
}
function atMost(value: number, limit: number, what: string): void {
    if (!(value <= limit)) {
        throw new Error(`${what}: ${value} is above ${limit}`);
    }
}

/** Points as shown ("27", "18.3") in whole tenths, read digit by digit: no float arithmetic. */
function tenths(shown: string): number {
    const match = /^(\d+)(?:\.(\d))?$/.exec(shown);
    if (!match) {
        throw new Error(`not a number of points as shown: "${shown}"`);
    }
    return Number(match[1]) * 10 + Number(match[2] ?? '0');
}

/** round(100 × earned ÷ possible), half up, on whole tenths. */
const roundedScore = (earned: number, possible: number): number =>
    Math.floor((200 * earned + possible) / (2 * possible));

interface ShownFactor {
    earned: number;
    possible: number;
    lines: { earned: number; possible: number }[];
}
interface Shown {
    factors: ShownFactor[];
    total: { earned: number; possible: number };
    /** Each place the score itself is shown. */
    scores: number[];
}

function pair(text: string, pattern: RegExp): { earned: number; possible: number } {
    const match = pattern.exec(text);
    if (!match) {
        throw new Error(`"${text}" does not read as ${String(pattern)}`);
    }
    return { earned: tenths(match[1]!), possible: tenths(match[2]!) };
}

/** What the panel shows: the factors' and lines' points texts, and the total line. */
function panelShows(result: DealScore): Shown {
    const total = totalText(result);
    const match = /^In all: (\S+) of (\S+) points, a score of (\d+)$/.exec(total);
    if (!match) {
        throw new Error(`total line "${total}"`);
    }
    return {
        factors: factorViews(result).map((factor) => ({
            ...pair(factor.pointsText, /^(\S+) of (\S+) points$/),
            lines: factor.details.map((line) => pair(line.pointsText, /^(\S+) of (\S+)$/))
        })),
        total: { earned: tenths(match[1]!), possible: tenths(match[2]!) },
        scores: [Number(match[3]), result.score]
    };
}

/** What the admin guide's breakdown shows: factor lines, their detail lines, total and score. */
function breakdownShows(input: DealScoringInput, result: DealScore, config: never): Shown {
    const text = formatBreakdown(input, result, resolveConfig(config));
    const factors: ShownFactor[] = [];
    let total = { earned: -1, possible: -1 };
    const scores: number[] = [];
    for (const line of text.split('\n')) {
        const factor = /^[A-Z][\w ]+: (\S+) of (\S+) — /.exec(line);
        const detail = /^ {4}\[[^\]]+\] (\S+)\/(\S+) {2}/.exec(line);
        const sum = /^Total: ([\d. +]+) = (\S+) of (\S+)$/.exec(line);
        const score = /^Score: round\(100 × (\S+) \/ (\S+)\) = (\d+)$/.exec(line);
        if (factor && !line.startsWith('Deal:') && !line.startsWith('Buying center:')) {
            factors.push({
                earned: tenths(factor[1]!),
                possible: tenths(factor[2]!),
                lines: []
            });
        } else if (detail && factors.length > 0 && !sum && !score) {
            factors[factors.length - 1]!.lines.push({
                earned: tenths(detail[1]!),
                possible: tenths(detail[2]!)
            });
        } else if (sum) {
            const terms = sum[1]!.split(' + ').map(tenths);
            same(
                terms,
                factors.map((f) => f.earned),
                'the terms of the total'
            );
            total = { earned: tenths(sum[2]!), possible: tenths(sum[3]!) };
        } else if (score) {
            same(
                { earned: tenths(score[1]!), possible: tenths(score[2]!) },
                total,
                'the score line'
            );
            scores.push(Number(score[3]));
        }
    }
    return { factors, total, scores: [...scores, result.score] };
}

function addsUpAsShown(shown: Shown): void {
    // Every registered factor is shown.
    same(shown.factors.length, FACTORS.length, 'factors shown');
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    same(sum(shown.factors.map((f) => f.earned)), shown.total.earned, 'factor points in all');
    same(sum(shown.factors.map((f) => f.possible)), shown.total.possible, 'possible in all');
    for (const factor of shown.factors) {
        atMost(factor.earned, factor.possible, 'a factor');
        same(sum(factor.lines.map((line) => line.earned)), factor.earned, 'lines of a factor');
        same(sum(factor.lines.map((line) => line.possible)), factor.possible, 'lines possible');
        for (const line of factor.lines) {
            atMost(line.earned, line.possible, 'a line');
        }
    }
    for (const score of shown.scores) {
        same(score, roundedScore(shown.total.earned, shown.total.possible), 'the score');
    }
}

/** Settings sales ops may choose: any whole weights, importance weights and state values. */
const overridesArb: fc.Arbitrary<DealScoringOverrides | null> = fc.option(
    fc.record({
        weights: fc.record({
            evidence: fc.integer({ min: 0, max: 60 }),
            qualification: fc.integer({ min: 0, max: 60 }),
            relationships: fc.integer({ min: 0, max: 60 }),
            hygiene: fc.integer({ min: 1, max: 60 })
        }),
        importanceWeights: fc.record({
            'Nice to Have': fc.integer({ min: 1, max: 3 }),
            Important: fc.integer({ min: 1, max: 5 }),
            'Very Important': fc.integer({ min: 1, max: 7 }),
            Essential: fc.integer({ min: 1, max: 11 })
        })
    }),
    { freq: 2 }
);

describe('the points on screen add up exactly as shown', () => {
    it(`in the panel and the admin guide's breakdown, over ${RUNS} generated deals`, () => {
        fc.assert(
            fc.property(dealArb, overridesArb, (deal, overrides) => {
                const result = scoreDeal(deal, overrides, { nextActions: false });
                addsUpAsShown(panelShows(result));
                addsUpAsShown(breakdownShows(deal, result, overrides as never));
            }),
            { numRuns: RUNS }
        );
    });
});

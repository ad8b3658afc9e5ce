/** @jest-environment node */
// The factor registry's contract, for every factor it lists (a new one is checked without a line
// here): its fast points are its full judgement's points, the result lists the factors in the
// registry's order, and its settings exist on Scoring_Settings__c and keep the defaults usable.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { DEFAULT_CONFIG, FACTORS, resolveConfig, scoreDeal } from 'c/dealScoring';
import type { DealScoringOverrides } from 'c/dealScoring';
import { defaultSettingValues, settingProblems, WEIGHTS_TOTAL } from 'c/scoringSettings';
import { prepareDeal } from '../prepare';
import { dealArb } from './arbitraries';

const SETTINGS_FIELDS = join(__dirname, '../../../objects/Scoring_Settings__c/fields');

/** Settings sales ops could save, for whatever factors are registered. */
const settingsArb: fc.Arbitrary<DealScoringOverrides> = fc
    .record({
        weights: fc
            .tuple(...FACTORS.map(() => fc.integer({ min: 0, max: 100 })))
            .filter((weights) => weights.some((weight) => weight > 0))
            .map((weights) =>
                Object.fromEntries(FACTORS.map((factor, i) => [factor.key, weights[i] ?? 0]))
            ),
        unknownCredits: fc
            .tuple(
                ...FACTORS.map((factor) =>
                    fc.double({ min: 0, max: factor.unknownCredit?.most ?? 0, noNaN: true })
                )
            )
            .map((credits) =>
                Object.fromEntries(
                    FACTORS.flatMap((factor, i) =>
                        factor.unknownCredit ? [[factor.key, credits[i] ?? 0]] : []
                    )
                )
            )
    })
    .map((settings) => Object.freeze(settings));

describe('the scoring factors, as registered', () => {
    it('have one key each and one settings field each', () => {
        const keys = FACTORS.map((factor) => factor.key);
        const fields = FACTORS.flatMap((factor) => [
            factor.weight.field,
            ...(factor.unknownCredit ? [factor.unknownCredit.field] : [])
        ]);
        expect(new Set(keys).size).toBe(keys.length);
        expect(new Set(fields).size).toBe(fields.length);
    });

    it('score each deal with the fast points that their full judgement gives, under any settings', () => {
        fc.assert(
            fc.property(dealArb, settingsArb, (deal, settings) => {
                const config = resolveConfig(settings);
                const prepared = prepareDeal(deal, config);
                for (const factor of FACTORS) {
                    const outcome = factor.assess(prepared, config);
                    expect(outcome.factor.key).toBe(factor.key);
                    expect(outcome.factor.possible).toBe(config.weights[factor.key]);
                    expect(factor.points(prepared, config)).toBe(outcome.factor.earned);
                }
            }),
            { numRuns: 300 }
        );
    });

    it("are the score's factors, in the registry's order, each worth its weight", () => {
        fc.assert(
            fc.property(dealArb, (deal) => {
                const result = scoreDeal(deal, null, { nextActions: false });
                expect(result.factors.map((factor) => [factor.key, factor.possible])).toEqual(
                    FACTORS.map((factor) => [factor.key, DEFAULT_CONFIG.weights[factor.key]])
                );
            }),
            { numRuns: 50 }
        );
    });

    it('keep their weights and unknown credits in number fields of Scoring_Settings__c', () => {
        for (const factor of FACTORS) {
            for (const field of [factor.weight.field, factor.unknownCredit?.field]) {
                if (field === undefined) {
                    continue;
                }
                const file = join(SETTINGS_FIELDS, `${field}.field-meta.xml`);
                expect({ field, exists: existsSync(file) }).toEqual({ field, exists: true });
                expect(readFileSync(file, 'utf8')).toContain('<type>Number</type>');
            }
        }
    });

    it(`keep the built-in settings usable: the default weights add up to ${WEIGHTS_TOTAL}`, () => {
        const total = FACTORS.reduce((sum, factor) => sum + factor.weight.defaultValue, 0);
        expect(total).toBe(WEIGHTS_TOTAL);
        expect(settingProblems(defaultSettingValues())).toEqual([]);
    });
});

/** @jest-environment node */
import { DEFAULT_CONFIG, resolveConfig, scoreDeal } from 'c/dealScoring';
import type { DealScoringOverrides } from 'c/dealScoring';
import { baseDeal } from './fixtures';

describe('resolveConfig', () => {
    it('gives the documented defaults', () => {
        expect(resolveConfig()).toEqual({
            weights: { evidence: 40, qualification: 20, relationships: 25, hygiene: 15 },
            importanceWeights: {
                'Nice to Have': 1,
                Important: 2,
                'Very Important': 3,
                Essential: 4
            },
            stateValues: { No: 0, 'In Progress': 1, Yes: 2 },
            bandLimits: { atRisk: 40, watch: 70 },
            staleActivityDays: 30,
            staleRelationshipDays: 90,
            daysInStage: {},
            defaultDaysInStage: 45,
            unknownCredits: { evidence: 0.5, qualification: 0.5, relationships: 0.2 }
        });
        expect(resolveConfig()).toEqual(DEFAULT_CONFIG);
    });

    it('lays a partial override over the defaults, one setting at a time', () => {
        const config = resolveConfig({
            weights: { hygiene: 5 },
            daysInStage: { 'Negotiation/Review': 20 }
        });
        expect(config.weights).toEqual({
            evidence: 40,
            qualification: 20,
            relationships: 25,
            hygiene: 5
        });
        expect(config.daysInStage).toEqual({ 'Negotiation/Review': 20 });
        expect(config.defaultDaysInStage).toBe(45);
    });

    it('cannot be changed through what it returns', () => {
        expect(() => {
            (DEFAULT_CONFIG.weights as { evidence: number }).evidence = 99;
        }).toThrow();
        expect(resolveConfig().weights.evidence).toBe(40);
    });

    it.each<[string, unknown, string]>([
        [
            'a negative weight',
            { weights: { evidence: -1 } },
            'Deal scoring configuration: weights.evidence must be a number of zero or more.'
        ],
        [
            'all weights zero',
            { weights: { evidence: 0, qualification: 0, relationships: 0, hygiene: 0 } },
            'Deal scoring configuration: weights must be at least one weight above zero.'
        ],
        [
            'a misspelt weight',
            { weights: { evidense: 10 } },
            'Deal scoring configuration: weights.evidense must be one of evidence, qualification, relationships, hygiene (unknown setting).'
        ],
        [
            'a misspelt setting',
            { staleDays: 10 },
            'Deal scoring configuration: staleDays must be one of weights, importanceWeights, stateValues, bandLimits, unknownCredits, staleActivityDays, staleRelationshipDays, daysInStage, defaultDaysInStage (unknown setting).'
        ],
        [
            'an importance weight that is not a number',
            { importanceWeights: { Essential: 'four' } },
            'Deal scoring configuration: importanceWeights.Essential must be a number of zero or more.'
        ],
        [
            'In Progress worth more than Yes',
            { stateValues: { 'In Progress': 3 } },
            'Deal scoring configuration: stateValues must be ordered No ≤ In Progress ≤ Yes, with Yes above zero.'
        ],
        [
            'band limits the wrong way round',
            { bandLimits: { atRisk: 80, watch: 40 } },
            'Deal scoring configuration: bandLimits must be atRisk ≤ watch ≤ 100.'
        ],
        [
            'zero days before a deal goes quiet',
            { staleActivityDays: 0 },
            'Deal scoring configuration: staleActivityDays must be a number of days above zero.'
        ],
        [
            'a stage norm that is not a number',
            { daysInStage: { Prospecting: Number.NaN } },
            'Deal scoring configuration: daysInStage["Prospecting"] must be a number of days above zero.'
        ],
        [
            'a configuration that is not an object',
            'strict',
            'Deal scoring configuration: the configuration must be an object of settings.'
        ]
    ])('refuses %s, naming the setting and what it must be', (_, overrides, message) => {
        expect(() => resolveConfig(overrides as DealScoringOverrides)).toThrow(message);
        expect(() => scoreDeal(baseDeal(), overrides as DealScoringOverrides)).toThrow(message);
    });
});

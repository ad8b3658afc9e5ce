// The scoring configuration: defaults, resolved and validated in one place.
import type { DealScoringConfig, DealScoringOverrides } from './types';
import { configError } from './warningMessages';
import { FACTORS } from './factors';
import type { FactorKey } from './factors';
import { isFiniteNumber, isRecord } from './values';

/** A number per factor, by key: the factors' weights, or their unknown credits. */
type PerFactor<Key extends string> = Readonly<Record<Key, number>>;

function perFactor<Key extends string>(
    entries: readonly (readonly [Key, number] | null)[]
): PerFactor<Key> {
    const numbers = {} as Record<Key, number>;
    for (const entry of entries) {
        if (entry) {
            numbers[entry[0]] = entry[1];
        }
    }
    return Object.freeze(numbers);
}

// The weights (out of 100) and the unknown credits are each factor's own, with the reasons for
// them: see its module (factors.ts lists them).
const DEFAULT_WEIGHTS = perFactor(FACTORS.map((f) => [f.key, f.weight.defaultValue] as const));
const DEFAULT_CREDITS: Readonly<Record<string, number>> = perFactor(
    FACTORS.map((f) => (f.unknownCredit ? ([f.key, f.unknownCredit.defaultValue] as const) : null))
);

/** The built-in configuration: a weight for every registered factor, by its key. */
export const DEFAULT_CONFIG: Readonly<DealScoringConfig & { weights: PerFactor<FactorKey> }> =
    Object.freeze({
        weights: DEFAULT_WEIGHTS,
        // Stage_Criterion__c.Importance__c: the picklist's documented weights.
        importanceWeights: Object.freeze({
            'Nice to Have': 1,
            Important: 2,
            'Very Important': 3,
            Essential: 4
        }),
        // In Progress earns half: the customer has started, not finished.
        stateValues: Object.freeze({ No: 0, 'In Progress': 1, Yes: 2 }),
        bandLimits: Object.freeze({ atRisk: 40, watch: 70 }),
        // A month without a logged touch is the usual "gone quiet" line in pipeline reviews.
        staleActivityDays: 30,
        // A quarter without a meeting or call: account teams review relationships quarterly.
        staleRelationshipDays: 90,
        // Stage norms are the org's own (from its history); none are assumed per stage.
        daysInStage: Object.freeze({}),
        defaultDaysInStage: 45,
        // Unknown is not bad: each factor that can have nothing to judge yet says what share it gives.
        unknownCredits: DEFAULT_CREDITS
    });

const GROUPS: Readonly<Record<string, readonly string[]>> = {
    weights: Object.keys(DEFAULT_WEIGHTS),
    importanceWeights: ['Nice to Have', 'Important', 'Very Important', 'Essential'],
    stateValues: ['No', 'In Progress', 'Yes'],
    bandLimits: ['atRisk', 'watch'],
    unknownCredits: Object.keys(DEFAULT_CREDITS)
};
const SETTINGS = [
    ...Object.keys(GROUPS),
    'staleActivityDays',
    'staleRelationshipDays',
    'daysInStage',
    'defaultDaysInStage'
];

function group(
    name: string,
    given: unknown,
    defaults: Readonly<Record<string, number>>
): Record<string, number> {
    if (given === undefined) {
        return { ...defaults };
    }
    if (!isRecord(given)) {
        throw configError(name, 'an object of numbers');
    }
    const allowed = GROUPS[name] ?? [];
    const merged: Record<string, number> = { ...defaults };
    for (const [key, value] of Object.entries(given)) {
        if (!allowed.includes(key)) {
            throw configError(`${name}.${key}`, `one of ${allowed.join(', ')} (unknown setting)`);
        }
        if (value === undefined) {
            continue;
        }
        if (!isFiniteNumber(value) || value < 0) {
            throw configError(`${name}.${key}`, 'a number of zero or more');
        }
        merged[key] = value;
    }
    return merged;
}

function positiveDays(name: string, value: unknown, fallback: number): number {
    if (value === undefined) {
        return fallback;
    }
    if (!isFiniteNumber(value) || value <= 0) {
        throw configError(name, 'a number of days above zero');
    }
    return value;
}

function validated(overrides: unknown): DealScoringConfig {
    if (!isRecord(overrides)) {
        throw configError('the configuration', 'an object of settings');
    }
    for (const key of Object.keys(overrides)) {
        if (!SETTINGS.includes(key)) {
            throw configError(key, `one of ${SETTINGS.join(', ')} (unknown setting)`);
        }
    }
    const weights = group('weights', overrides.weights, DEFAULT_CONFIG.weights);
    if (Object.values(weights).every((weight) => weight === 0)) {
        throw configError('weights', 'at least one weight above zero');
    }
    const importanceWeights = group(
        'importanceWeights',
        overrides.importanceWeights,
        DEFAULT_CONFIG.importanceWeights
    );
    const stateValues = group('stateValues', overrides.stateValues, DEFAULT_CONFIG.stateValues);
    const { No: no = 0, 'In Progress': progress = 0, Yes: yes = 0 } = stateValues;
    if (yes <= 0 || no > progress || progress > yes) {
        // Otherwise raising a state could lower the score.
        throw configError('stateValues', 'ordered No ≤ In Progress ≤ Yes, with Yes above zero');
    }
    const bands = group('bandLimits', overrides.bandLimits, DEFAULT_CONFIG.bandLimits);
    const { atRisk = 0, watch = 0 } = bands;
    if (atRisk > watch || watch > 100) {
        throw configError('bandLimits', 'atRisk ≤ watch ≤ 100');
    }
    const credits = group(
        'unknownCredits',
        overrides.unknownCredits,
        DEFAULT_CONFIG.unknownCredits
    );
    for (const factor of FACTORS) {
        const credit = credits[factor.key];
        if (credit === undefined || !factor.unknownCredit) {
            continue;
        }
        if (credit > 1) {
            throw configError(`unknownCredits.${factor.key}`, 'a share from 0 to 1');
        }
        if (credit > factor.unknownCredit.most) {
            // The factor's own limit: more and the work that lets it judge would lower the score.
            throw configError(
                `unknownCredits.${factor.key}`,
                `at most ${factor.unknownCredit.most} (more would make the work that lets ${factor.key} be judged lower the score)`
            );
        }
    }
    const daysInStage: Record<string, number> = { ...DEFAULT_CONFIG.daysInStage };
    if (overrides.daysInStage !== undefined) {
        if (!isRecord(overrides.daysInStage)) {
            throw configError('daysInStage', 'an object of stage name → days');
        }
        for (const [stage, days] of Object.entries(overrides.daysInStage)) {
            daysInStage[stage] = positiveDays(`daysInStage["${stage}"]`, days, 0);
        }
    }
    return {
        weights,
        importanceWeights: importanceWeights as DealScoringConfig['importanceWeights'],
        stateValues: stateValues as DealScoringConfig['stateValues'],
        bandLimits: { atRisk, watch },
        staleActivityDays: positiveDays(
            'staleActivityDays',
            overrides.staleActivityDays,
            DEFAULT_CONFIG.staleActivityDays
        ),
        staleRelationshipDays: positiveDays(
            'staleRelationshipDays',
            overrides.staleRelationshipDays,
            DEFAULT_CONFIG.staleRelationshipDays
        ),
        daysInStage,
        defaultDaysInStage: positiveDays(
            'defaultDaysInStage',
            overrides.defaultDaysInStage,
            DEFAULT_CONFIG.defaultDaysInStage
        ),
        unknownCredits: credits
    };
}

function frozen(config: DealScoringConfig): DealScoringConfig {
    for (const value of Object.values(config)) {
        if (typeof value === 'object') {
            Object.freeze(value);
        }
    }
    return Object.freeze(config);
}

// Bulk rescoring resolves the defaults for every deal: validate them once. Both the defaults and the
// cached copy are frozen, so neither can drift.
let resolvedDefaults: DealScoringConfig | null = null;
const resolvedFrozen = new WeakMap<object, DealScoringConfig>();

/**
 * The configuration to score with: the defaults with the overrides on top. Throws an Error whose
 * message names the setting and what it must be, for a configuration that cannot score.
 */
export function resolveConfig(overrides?: DealScoringOverrides | null): DealScoringConfig {
    if (overrides === undefined || overrides === null) {
        resolvedDefaults ??= frozen(validated({}));
        return resolvedDefaults;
    }
    // Frozen overrides (the org's saved scoring settings, frozen all the way down) cannot change:
    // bulk rescoring validates them once, not once per deal.
    if (Object.isFrozen(overrides)) {
        let resolved = resolvedFrozen.get(overrides);
        if (resolved === undefined) {
            resolved = frozen(validated(overrides));
            resolvedFrozen.set(overrides, resolved);
        }
        return resolved;
    }
    return validated(overrides);
}

// The scoring configuration: defaults, resolved and validated in one place.
import type { DealScoringConfig, DealScoringOverrides } from './types';
import { configError } from './messages';
import { isFiniteNumber, isRecord } from './values';

// Shares of the relationship points. The economic buyer's support weighs most (MEDDICC's E, Miller
// Heiman's economic buying influence); a coach next (MEDDICC's Champion); then no unaddressed
// influential enemy, and more than one thread (a deal that hangs on one person dies with their
// departure). Knowing who decides, even unconvinced, earns a little of the decider's share.
export const RELATIONSHIP_SHARES = Object.freeze({
    supportiveDecider: 0.4,
    knownDecider: 0.16,
    coach: 0.24,
    noUnaddressedOpposition: 0.2,
    multiThreaded: 0.16
});

// Why these weights (out of 100):
// - evidence 40: customer-verifiable outcomes per stage are the most objective signal there is —
//   what the customer did or said, not what the rep believes (the "customer-evidenced deliverables"
//   of Dealmaker; MEDDICC's Metrics, Decision criteria, Decision process and Paper process are all
//   verified this way). It is also the factor the rep can move fastest.
// - relationships 25: people decide, not companies. Miller Heiman's buying influences (economic,
//   technical and user buyers, the coach) and MEDDICC's Economic buyer and Champion are two of the
//   strongest predictors of a win; an unaddressed influential enemy is how deals are "outsold".
// - qualification 20: the four questions (is there an opportunity, can we compete, can we win, is it
//   worth winning) catch the other reason deals are lost — "we should not have been there". Few
//   questions, so each weighs a lot.
// - hygiene 15: a past close date or a quiet deal predicts slippage and says how far the rest can be
//   trusted, but clean data alone wins nothing.
export const DEFAULT_CONFIG: Readonly<DealScoringConfig> = Object.freeze({
    weights: Object.freeze({ evidence: 40, qualification: 20, relationships: 25, hygiene: 15 }),
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
    // Stage norms are the org's own (from its history); none are assumed per stage.
    daysInStage: Object.freeze({}),
    defaultDaysInStage: 45,
    // Unknown is not bad: half the evidence or qualification points until sales ops set criteria up.
    // With nobody mapped, the share one mapped person who does not oppose us earns at least (no
    // unaddressed opposition), so mapping never lowers the score; well below what one supportive,
    // engaged decision maker earns (0.4 + 0.2), so mapping the people who decide always pays.
    unknownCredits: Object.freeze({
        evidence: 0.5,
        qualification: 0.5,
        relationships: RELATIONSHIP_SHARES.noUnaddressedOpposition
    })
});

const GROUPS = {
    weights: ['evidence', 'qualification', 'relationships', 'hygiene'],
    importanceWeights: ['Nice to Have', 'Important', 'Very Important', 'Essential'],
    stateValues: ['No', 'In Progress', 'Yes'],
    bandLimits: ['atRisk', 'watch'],
    unknownCredits: ['evidence', 'qualification', 'relationships']
} as const;
const SETTINGS = [...Object.keys(GROUPS), 'staleActivityDays', 'daysInStage', 'defaultDaysInStage'];

function group(
    name: keyof typeof GROUPS,
    given: unknown,
    defaults: Readonly<Record<string, number>>
): Record<string, number> {
    if (given === undefined) {
        return { ...defaults };
    }
    if (!isRecord(given)) {
        throw configError(name, 'an object of numbers');
    }
    const allowed: readonly string[] = GROUPS[name];
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
    for (const [key, credit] of Object.entries(credits)) {
        if (credit > 1) {
            throw configError(`unknownCredits.${key}`, 'a share from 0 to 1');
        }
    }
    if ((credits.relationships ?? 0) > RELATIONSHIP_SHARES.noUnaddressedOpposition) {
        // Mapping one person who does not oppose us earns noUnaddressedOpposition at least.
        throw configError(
            'unknownCredits.relationships',
            `at most ${RELATIONSHIP_SHARES.noUnaddressedOpposition}, the share a mapped person who does not oppose us earns (more would make mapping them lower the score)`
        );
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
        weights: weights as DealScoringConfig['weights'],
        importanceWeights: importanceWeights as DealScoringConfig['importanceWeights'],
        stateValues: stateValues as DealScoringConfig['stateValues'],
        bandLimits: { atRisk, watch },
        staleActivityDays: positiveDays(
            'staleActivityDays',
            overrides.staleActivityDays,
            DEFAULT_CONFIG.staleActivityDays
        ),
        daysInStage,
        defaultDaysInStage: positiveDays(
            'defaultDaysInStage',
            overrides.defaultDaysInStage,
            DEFAULT_CONFIG.defaultDaysInStage
        ),
        unknownCredits: credits as DealScoringConfig['unknownCredits']
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

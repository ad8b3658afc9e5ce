// Default weights and limits, resolved and validated in one place.
import type { DealScoringConfig } from './types';
import { invalidConfig } from './messages';

// Evidence of customer-verifiable outcomes weighs most: it is what the customer did, not what the
// rep believes. Relationships next (people decide, not companies), then the four qualification
// questions, then data hygiene, which says how far the rest can be trusted.
export const DEFAULT_CONFIG: DealScoringConfig = {
    weights: { evidence: 40, qualification: 20, relationships: 25, hygiene: 15 },
    importanceWeights: { 'Nice to Have': 1, Important: 2, 'Very Important': 3, Essential: 4 },
    stateValues: { No: 0, 'In Progress': 1, Yes: 2 },
    bandLimits: { atRisk: 40, watch: 70 },
    staleActivityDays: 30,
    daysInStage: {},
    defaultDaysInStage: 45
};

function isNonNegative(value: unknown): boolean {
    return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

let resolvedDefaults: DealScoringConfig | null = null;

/** Fills in the defaults and throws a clear error for a configuration that cannot score. */
export function resolveConfig(overrides?: Partial<DealScoringConfig>): DealScoringConfig {
    if (!overrides) {
        // Bulk rescoring calls this per deal: resolve and validate the defaults once.
        resolvedDefaults ??= validated({});
        return resolvedDefaults;
    }
    return validated(overrides);
}

function validated(overrides: Partial<DealScoringConfig>): DealScoringConfig {
    const config: DealScoringConfig = {
        ...DEFAULT_CONFIG,
        ...overrides,
        weights: { ...DEFAULT_CONFIG.weights, ...overrides.weights },
        importanceWeights: { ...DEFAULT_CONFIG.importanceWeights, ...overrides.importanceWeights },
        stateValues: { ...DEFAULT_CONFIG.stateValues, ...overrides.stateValues },
        bandLimits: { ...DEFAULT_CONFIG.bandLimits, ...overrides.bandLimits },
        daysInStage: { ...DEFAULT_CONFIG.daysInStage, ...overrides.daysInStage }
    };
    for (const [key, value] of Object.entries(config.weights)) {
        if (!isNonNegative(value)) {
            throw new Error(invalidConfig(`weights.${key}`, 'a number of zero or more'));
        }
    }
    if (Object.values(config.weights).reduce((sum, value) => sum + value, 0) <= 0) {
        throw new Error(invalidConfig('weights', 'at least one weight above zero'));
    }
    for (const [key, value] of Object.entries(config.importanceWeights)) {
        if (!isNonNegative(value)) {
            throw new Error(invalidConfig(`importanceWeights.${key}`, 'a number of zero or more'));
        }
    }
    const yes = config.stateValues.Yes;
    if (!isNonNegative(yes) || yes === 0) {
        throw new Error(invalidConfig('stateValues.Yes', 'a number above zero'));
    }
    for (const [key, value] of Object.entries(config.stateValues)) {
        if (!isNonNegative(value) || (value as number) > (yes as number)) {
            throw new Error(
                invalidConfig(`stateValues.${key}`, 'a number from 0 to the value of Yes')
            );
        }
    }
    const { atRisk, watch } = config.bandLimits;
    if (!isNonNegative(atRisk) || !isNonNegative(watch) || atRisk > watch || watch > 100) {
        throw new Error(invalidConfig('bandLimits', 'atRisk ≤ watch ≤ 100'));
    }
    for (const key of ['staleActivityDays', 'defaultDaysInStage'] as const) {
        if (!isNonNegative(config[key]) || config[key] === 0) {
            throw new Error(invalidConfig(key, 'a number of days above zero'));
        }
    }
    return config;
}

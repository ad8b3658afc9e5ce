// Defaults for the pipeline assessment, resolved in one place. A bad setting falls back to its
// default with a warning: a panel should still show the pipeline.
import type { PipelineConfig, PipelineWarning } from './types';
import { invalidConfig } from './messages';
import type { SettingRule } from './messages';
import { isFiniteNumber } from './values';

export const DEFAULT_PIPELINE_CONFIG: Readonly<PipelineConfig> = Object.freeze({
    rockMultiple: 2,
    pebbleMultiple: 0.5,
    rockHeavyShare: 0.6,
    staleActivityDays: 30,
    lookAheadPeriods: 1,
    mediumConfidenceDeals: 10,
    highConfidenceDeals: 30,
    maxStages: 6,
    thinCoverage: 1,
    historyQuarters: 4
});

type Rule = [keyof PipelineConfig, SettingRule, (value: number) => boolean];

const RULES: readonly Rule[] = [
    ['rockMultiple', 'aboveOne', (v) => v > 1],
    ['pebbleMultiple', 'betweenZeroAndOne', (v) => v > 0 && v < 1],
    ['rockHeavyShare', 'shareOfOne', (v) => v > 0 && v <= 1],
    ['staleActivityDays', 'wholeDays', (v) => Number.isInteger(v) && v > 0],
    ['lookAheadPeriods', 'wholeZeroOrMore', (v) => Number.isInteger(v) && v >= 0],
    ['mediumConfidenceDeals', 'wholeOneOrMore', (v) => Number.isInteger(v) && v > 0],
    ['highConfidenceDeals', 'wholeOneOrMore', (v) => Number.isInteger(v) && v > 0],
    ['maxStages', 'wholeOneOrMore', (v) => Number.isInteger(v) && v > 0],
    ['thinCoverage', 'aboveZero', (v) => v > 0],
    ['historyQuarters', 'wholeQuarters', (v) => Number.isInteger(v) && v > 0]
];

export function resolvePipelineConfig(overrides: unknown): {
    config: PipelineConfig;
    warnings: PipelineWarning[];
} {
    const config: PipelineConfig = { ...DEFAULT_PIPELINE_CONFIG };
    const warnings: PipelineWarning[] = [];
    const given =
        overrides !== null && typeof overrides === 'object'
            ? (overrides as Record<string, unknown>)
            : {};
    for (const [key, expected, valid] of RULES) {
        const value = given[key];
        if (value === undefined) {
            continue;
        }
        if (isFiniteNumber(value) && valid(value)) {
            config[key] = value;
        } else {
            warnings.push({
                code: 'INVALID_CONFIG',
                message: invalidConfig(key, expected, DEFAULT_PIPELINE_CONFIG[key])
            });
        }
    }
    if (config.highConfidenceDeals < config.mediumConfidenceDeals) {
        warnings.push({
            code: 'INVALID_CONFIG',
            message: invalidConfig(
                'highConfidenceDeals',
                'atLeastMedium',
                config.mediumConfidenceDeals
            )
        });
        config.highConfidenceDeals = config.mediumConfidenceDeals;
    }
    return { config, warnings };
}

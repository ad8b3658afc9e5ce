// From a Scoring_Settings__c record to what the scoring cores take: blank fields take the built-in
// defaults; no record at all means the defaults exactly (the cores' own, cached configuration).
import type { DealScoringOverrides } from 'c/dealScoring';
import { FACTORS } from 'c/dealScoring';
import type { PipelineConfig } from 'c/pipelineHealth';
import { SETTING_DEFINITIONS, defaultSettingValues } from './settingFields';
import type { SettingField, SettingValues } from './settingFields';
import { settingProblems } from './settingsValidation';
import type { SettingDraft, SettingProblem } from './settingsValidation';
import { isRecord } from 'c/atlasValues';

/** The settings in force, read from the saved record (or its absence). */
export interface ScoringSettings {
    /** The saved record's id; null when none is saved and the defaults apply. */
    recordId: string | null;
    /** Every setting as it applies: the saved value, or the default where the field is blank. */
    values: SettingValues;
    /** Why the saved record cannot be used; empty when it can (always empty with no record). */
    problems: SettingProblem[];
}

/**
 * The settings a flat Scoring_Settings__c record holds ({ Id, Evidence_Weight__c: 40, … }, as the
 * GraphQL reader and the REST API give it); null or undefined: none saved. A blank field takes its
 * default; a value that is not a number is kept as blank-but-wrong so validation names it.
 */
export function scoringSettingsOf(record: unknown): ScoringSettings {
    if (!isRecord(record)) {
        return { recordId: null, values: defaultSettingValues(), problems: [] };
    }
    const draft: SettingDraft = {};
    const values = defaultSettingValues();
    for (const { field } of SETTING_DEFINITIONS) {
        const saved = record[field];
        if (saved === null || saved === undefined || saved === '') {
            draft[field] = values[field];
        } else {
            // The REST and Bulk APIs may give numbers as text; anything else is not a number.
            const number = typeof saved === 'string' ? Number(saved) : saved;
            draft[field] = typeof number === 'number' && Number.isFinite(number) ? number : null;
            values[field] = draft[field] ?? values[field];
        }
    }
    return {
        recordId: typeof record.Id === 'string' ? record.Id : null,
        values,
        problems: settingProblems(draft)
    };
}

/**
 * The deal score configuration these values make (every setting given). Frozen, so the scoring
 * core resolves it once however many deals it scores.
 */
export function dealScoringOverridesFrom(values: SettingValues): DealScoringOverrides {
    const weights: Record<string, number> = {};
    const unknownCredits: Record<string, number> = {};
    for (const factor of FACTORS) {
        weights[factor.key] = values[factor.weight.field];
        if (factor.unknownCredit) {
            unknownCredits[factor.key] = values[factor.unknownCredit.field] / 100;
        }
    }
    return Object.freeze({
        weights: Object.freeze(weights),
        bandLimits: Object.freeze({
            atRisk: values.At_Risk_Below__c,
            watch: values.Watch_Below__c
        }),
        staleActivityDays: values.Stale_Activity_Days__c,
        staleRelationshipDays: values.Stale_Relationship_Days__c,
        defaultDaysInStage: values.Days_In_Stage__c,
        unknownCredits: Object.freeze(unknownCredits)
    });
}

/** The deal score configuration of usable settings; null (the defaults) when none are saved. */
export function dealScoringOverridesOf(settings: ScoringSettings): DealScoringOverrides | null {
    return settings.recordId === null ? null : dealScoringOverridesFrom(settings.values);
}

/** The pipeline configuration of usable settings; null (the defaults) when none are saved. */
export function pipelineOverridesOf(settings: ScoringSettings): Partial<PipelineConfig> | null {
    if (settings.recordId === null) {
        return null;
    }
    return {
        staleActivityDays: settings.values.Stale_Activity_Days__c,
        historyQuarters: settings.values.History_Quarters__c
    };
}

/** The fields a save writes: every setting, so the record never depends on defaults changing. */
export function settingsFieldsToSave(values: SettingValues): Record<SettingField, number> {
    const fields = {} as Record<SettingField, number>;
    for (const { field } of SETTING_DEFINITIONS) {
        fields[field] = values[field];
    }
    return fields;
}

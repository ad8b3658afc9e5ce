// The scoring settings sales ops change in the app: one field of Scoring_Settings__c each, with its
// range and its default. The defaults are not restated here: they are read from the scoring cores'
// own configuration, so a saved setting and the built-in default can never disagree on meaning.
//
// Why one record of fields rather than key/value rows: a record is saved in one write, so the four
// weights never sit half-changed (summing to 90) between two row updates; field history then reads
// as "Watch Below changed from 70 to 65 by …"; and the UI API and GraphQL type every value. It
// stays well under the platform's 20 tracked fields per object.
import { DEFAULT_CONFIG, FACTORS, RELATIONSHIP_SHARES } from 'c/dealScoring';
import type { FactorCreditField, FactorWeightField } from 'c/dealScoring';
import { DEFAULT_PIPELINE_CONFIG } from 'c/pipelineHealth';

export const SCORING_SETTINGS_OBJECT = 'Scoring_Settings__c';
/** The Settings_Key__c of the record every panel and the atlas command use (unique). */
export const ACTIVE_SETTINGS_KEY = 'Active';

/** The scoring factors' own settings (each factor names its fields: c/dealScoring FACTORS), and the rest. */
export type SettingField =
    | FactorWeightField
    | 'At_Risk_Below__c'
    | 'Watch_Below__c'
    | 'Stale_Activity_Days__c'
    | 'Stale_Relationship_Days__c'
    | 'Days_In_Stage__c'
    | 'History_Quarters__c'
    | FactorCreditField;

export type SettingGroup = 'weights' | 'bands' | 'limits' | 'history' | 'unknown';

export interface SettingDefinition {
    readonly field: SettingField;
    readonly group: SettingGroup;
    /** Whole numbers from min to max (the field's precision allows no more). */
    readonly min: number;
    readonly max: number;
    readonly defaultValue: number;
}

const weight = (field: SettingField, defaultValue: number): SettingDefinition => ({
    field,
    group: 'weights',
    min: 0,
    max: 100,
    defaultValue
});
const days = (field: SettingField, defaultValue: number): SettingDefinition => ({
    field,
    group: 'limits',
    min: 1,
    max: 9999,
    defaultValue
});

const credit = (field: SettingField, share: number): SettingDefinition => ({
    field,
    group: 'unknown',
    min: 0,
    max: 100,
    defaultValue: Math.round(share * 100)
});

/** Every setting, in the order the form shows them: the factors' weights first, in their order. */
export const SETTING_DEFINITIONS: readonly SettingDefinition[] = Object.freeze([
    ...FACTORS.map((factor) => weight(factor.weight.field, factor.weight.defaultValue)),
    {
        field: 'At_Risk_Below__c',
        group: 'bands',
        min: 0,
        max: 100,
        defaultValue: DEFAULT_CONFIG.bandLimits.atRisk
    },
    {
        field: 'Watch_Below__c',
        group: 'bands',
        min: 0,
        max: 100,
        defaultValue: DEFAULT_CONFIG.bandLimits.watch
    },
    // One activity limit for the deal score and the pipeline: a deal that has "gone quiet" on its
    // panel is stale in the pipeline too.
    days('Stale_Activity_Days__c', DEFAULT_CONFIG.staleActivityDays),
    // How long a person may go without a touch before the relationship map marks them stale.
    days('Stale_Relationship_Days__c', DEFAULT_CONFIG.staleRelationshipDays),
    days('Days_In_Stage__c', DEFAULT_CONFIG.defaultDaysInStage),
    // Five years of quarters at most: older deals say little about today's pipeline.
    {
        field: 'History_Quarters__c',
        group: 'history',
        min: 1,
        max: 20,
        defaultValue: DEFAULT_PIPELINE_CONFIG.historyQuarters
    },
    // Whole percents of a factor's points while it cannot be judged (DealScoringConfig.unknownCredits).
    ...FACTORS.flatMap((factor) => {
        const unknown = factor.unknownCredit;
        return unknown ? [credit(unknown.field, unknown.defaultValue)] : [];
    })
]);

/**
 * The most the relationships credit may be, in percent: what one mapped person who does not oppose
 * us earns. More, and mapping that person would lower the score (settingsValidation says so).
 */
export const MAX_UNKNOWN_RELATIONSHIPS_CREDIT = Math.round(
    RELATIONSHIP_SHARES.noUnaddressedOpposition * 100
);

/** The fields every reader selects — GraphQL in the panels, SOQL in the atlas command. */
export const SCORING_SETTINGS_FIELDS: readonly SettingField[] = SETTING_DEFINITIONS.map(
    (definition) => definition.field
);

export const WEIGHT_FIELDS: readonly SettingField[] = SETTING_DEFINITIONS.filter(
    (definition) => definition.group === 'weights'
).map((definition) => definition.field);

/** The weights must add up to this: a weight then reads as "points out of 100". */
export const WEIGHTS_TOTAL = 100;

export type SettingValues = Record<SettingField, number>;

/** The built-in settings, used when no settings record is saved. */
export function defaultSettingValues(): SettingValues {
    const values = {} as SettingValues;
    for (const definition of SETTING_DEFINITIONS) {
        values[definition.field] = definition.defaultValue;
    }
    return values;
}

// Scoring settings: the Scoring_Settings__c record sales ops edit, read and validated in one place
// and mapped to the deal score and pipeline configuration. Pure: no platform imports, no I/O, so
// the panels, the Stage Criteria Setup page and the atlas command all run it.
export {
    ACTIVE_SETTINGS_KEY,
    SCORING_SETTINGS_FIELDS,
    SCORING_SETTINGS_OBJECT,
    SETTING_DEFINITIONS,
    WEIGHT_FIELDS,
    WEIGHTS_TOTAL,
    defaultSettingValues
} from './settingFields';
export type { SettingDefinition, SettingField, SettingGroup, SettingValues } from './settingFields';
export { parseSettingInput, settingProblems } from './settingsValidation';
export type { SettingDraft, SettingProblem, SettingProblemCode } from './settingsValidation';
export {
    dealScoringOverridesFrom,
    dealScoringOverridesOf,
    pipelineOverridesOf,
    scoringSettingsOf,
    settingsFieldsToSave
} from './settingsConfig';
export type { ScoringSettings } from './settingsConfig';
export { PROBLEM_TEXTS, describeProblem } from './settingsMessages';
export { bandChangesOf, previewBandChanges, scorePairs } from './bandChanges';
export type { BandChange, PreviewResult, ScoredPair, ScoringVersion } from './bandChanges';

// The write of the Stage Criteria Setup page's scoring settings form, through Lightning Data Service
// (the panels read the settings with c/atlasRecords scoringSettingsFromGraphQL).
import {
    ACTIVE_SETTINGS_KEY,
    SCORING_SETTINGS_FIELDS,
    SCORING_SETTINGS_OBJECT,
    settingsFieldsToSave
} from 'c/scoringSettings';
import type { SettingValues } from 'c/scoringSettings';
import { saveRecord } from './planningWrites';
import type { RecordFields } from './planningWrites';

export { SCORING_SETTINGS_FIELDS, SCORING_SETTINGS_OBJECT };

/**
 * Saves every setting on the Active record: updates it, or creates it when none is saved yet.
 * Resolves to its id. Settings_Key__c is unique, so if someone else created it meanwhile the create
 * fails with DUPLICATE_VALUE on that field instead of adding a second set.
 */
export function saveScoringSettings(
    recordId: string | null,
    values: SettingValues
): Promise<string> {
    const fields: RecordFields = { ...settingsFieldsToSave(values) };
    if (!recordId) {
        fields.Name = ACTIVE_SETTINGS_KEY;
        fields.Settings_Key__c = ACTIVE_SETTINGS_KEY;
    }
    return saveRecord(SCORING_SETTINGS_OBJECT, recordId, fields);
}

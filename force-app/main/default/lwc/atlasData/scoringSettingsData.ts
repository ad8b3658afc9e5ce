// The scoring settings as the deal and pipeline panels read them — a Scoring_Settings__c block in
// each panel's one GraphQL request, so settings cost no extra round trip — and the write of the
// Stage Criteria Setup page's settings form, through Lightning Data Service.
import {
    ACTIVE_SETTINGS_KEY,
    SCORING_SETTINGS_FIELDS,
    SCORING_SETTINGS_OBJECT,
    scoringSettingsOf,
    settingsFieldsToSave
} from 'c/scoringSettings';
import type { ScoringSettings, SettingValues } from 'c/scoringSettings';
import { hiddenFieldsOf, nodesOf, recordsOf } from 'c/atlasRecords';
import type { HiddenField } from 'c/atlasRecords';
import { queryConnection } from 'c/atlasRecords';
import { saveRecord } from './planningWrites';
import type { RecordFields } from './planningWrites';

export { SCORING_SETTINGS_FIELDS, SCORING_SETTINGS_OBJECT };

/**
 * The settings in a panel's response: its Scoring_Settings__c block, which every panel query writes
 * as `Scoring_Settings__c(where: { Settings_Key__c: { eq: "Active" } }, first: 1)` selecting
 * SCORING_SETTINGS_FIELDS (a test holds each query to that list). No record: the defaults.
 */
export function scoringSettingsFromGraphQL(data: unknown): ScoringSettings {
    const [record] = recordsOf<Record<string, unknown>>(
        queryConnection(data, SCORING_SETTINGS_OBJECT)
    );
    return scoringSettingsOf(record ?? null);
}

/**
 * The settings fields field-level security hides from the user (they are selected @optional). A
 * hidden setting reads as blank, so the panel scores with its default and names it among the fields
 * it cannot show.
 */
export function hiddenSettingsFieldsOf(data: unknown): HiddenField[] {
    return hiddenFieldsOf(
        nodesOf(queryConnection(data, SCORING_SETTINGS_OBJECT)),
        SCORING_SETTINGS_OBJECT,
        SCORING_SETTINGS_FIELDS
    );
}

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

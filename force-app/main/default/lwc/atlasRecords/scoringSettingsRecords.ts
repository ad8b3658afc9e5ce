// The scoring settings as the deal and pipeline panels read them: a Scoring_Settings__c block in each
// panel's one GraphQL request (SCORING_SETTINGS in dealQueries.ts), so settings cost no extra round trip.
import {
    SCORING_SETTINGS_FIELDS,
    SCORING_SETTINGS_OBJECT,
    scoringSettingsOf
} from 'c/scoringSettings';
import type { ScoringSettings } from 'c/scoringSettings';
import { hiddenFieldsOf, nodesOf, queryConnection, recordsOf } from './graphqlRecords';
import type { HiddenField } from './graphqlRecords';

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

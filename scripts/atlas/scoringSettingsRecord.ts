// The org's scoring settings for `atlas score` and `atlas pipeline`: the Active Scoring_Settings__c
// record, read through the command's own connection with the fields the panels' queries select, and
// checked by the same helper; settings the panels would refuse stop the command with the reason.
import {
    ACTIVE_SETTINGS_KEY,
    SCORING_SETTINGS_FIELDS,
    SCORING_SETTINGS_OBJECT,
    describeProblem,
    scoringSettingsOf,
    type ScoringSettings
} from '../../force-app/main/default/lwc/scoringSettings/scoringSettings';
import { CommandError } from './command';

export const SCORING_SETTINGS_SOQL = `SELECT Id, ${SCORING_SETTINGS_FIELDS.join(', ')} FROM ${SCORING_SETTINGS_OBJECT} WHERE Settings_Key__c = '${ACTIVE_SETTINGS_KEY}' LIMIT 1`;

export interface OrgScoringSettings {
    readonly settings: ScoringSettings;
    /** Where the settings came from, for the command's output. */
    readonly note: string;
}

function errorCodeOf(error: unknown): string | undefined {
    return typeof error === 'object' && error !== null && 'errorCode' in error
        ? String((error as { errorCode: unknown }).errorCode)
        : undefined;
}

/** Runs a SOQL query through the command's connection (jsforce, or atlas score's Bulk client). */
export type RunQuery = (soql: string) => Promise<Record<string, unknown>[]>;

/**
 * The settings in force in the org. An org deployed before scoring settings existed has no such
 * object: it scores with the built-in defaults, as its panels do, and the note says so. Other
 * errors (an expired session, say) are the caller's to report.
 */
export async function readScoringSettings(query: RunQuery): Promise<OrgScoringSettings> {
    let record: Record<string, unknown> | undefined;
    try {
        record = (await query(SCORING_SETTINGS_SOQL))[0];
    } catch (error) {
        if (errorCodeOf(error) !== 'INVALID_TYPE') {
            throw error;
        }
        return {
            settings: scoringSettingsOf(null),
            note: `Scoring settings: this org has no ${SCORING_SETTINGS_OBJECT} object (deploy Account Atlas again to get it), so the built-in defaults apply.`
        };
    }
    const settings = scoringSettingsOf(record ?? null);
    if (settings.problems.length > 0) {
        throw new CommandError(
            `the saved scoring settings (${SCORING_SETTINGS_OBJECT} ${settings.recordId ?? ''}, key ${ACTIVE_SETTINGS_KEY}) cannot be used — ${settings.problems.map(describeProblem).join(' ')} Sales ops can fix them on the Stage Criteria Setup page; nothing was scored.`
        );
    }
    return {
        settings,
        note:
            settings.recordId === null
                ? 'Scoring settings: none saved, so the built-in defaults apply.'
                : `Scoring settings: the saved ${ACTIVE_SETTINGS_KEY} record (${settings.recordId}).`
    };
}

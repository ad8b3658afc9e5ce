// The status list of the Relationship Map: each buying center's red / amber / green map status and
// coaching flags as relationshipGraph reports them (from buyingCenterCoverage), worded with custom
// labels so they translate.
import type { BuyingCenterStatus } from 'c/relationshipGraph';
import type { CoachingFlagCode } from 'c/buyingCenterCoverage';
import type { StatusEntry } from 'c/relationshipMapStatus';
import RED from '@salesforce/label/c.Atlas_RM_Status_Red';
import AMBER from '@salesforce/label/c.Atlas_RM_Status_Amber';
import GREEN from '@salesforce/label/c.Atlas_RM_Status_Green';
import NO_DECISION_MAKER from '@salesforce/label/c.Atlas_RM_Flag_NO_DECISION_MAKER';
import NO_SUPPORTIVE_DECISION_MAKER from '@salesforce/label/c.Atlas_RM_Flag_NO_SUPPORTIVE_DECISION_MAKER';
import NO_COACH from '@salesforce/label/c.Atlas_RM_Flag_NO_COACH';
import NO_OPPOSITION_IDENTIFIED from '@salesforce/label/c.Atlas_RM_Flag_NO_OPPOSITION_IDENTIFIED';
import ENEMY_WITH_HIGH_INFLUENCE from '@salesforce/label/c.Atlas_RM_Flag_ENEMY_WITH_HIGH_INFLUENCE';
import SINGLE_THREADED from '@salesforce/label/c.Atlas_RM_Flag_SINGLE_THREADED';
import ROLE_NOT_COVERED from '@salesforce/label/c.Atlas_RM_Flag_ROLE_NOT_COVERED';
import UNKNOWN_VALUES from '@salesforce/label/c.Atlas_RM_Flag_UNKNOWN_VALUES';

const STATUS_TEXT = { Red: RED, Amber: AMBER, Green: GREEN };

const FLAG_TEXT: Readonly<Record<CoachingFlagCode, string>> = {
    NO_DECISION_MAKER,
    NO_SUPPORTIVE_DECISION_MAKER,
    NO_COACH,
    NO_OPPOSITION_IDENTIFIED,
    ENEMY_WITH_HIGH_INFLUENCE,
    SINGLE_THREADED,
    ROLE_NOT_COVERED,
    UNKNOWN_VALUES
};

export function coverageStatusEntries(statuses: readonly BuyingCenterStatus[]): StatusEntry[] {
    return [...statuses]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((status) => ({
            id: status.buyingCenterId,
            name: status.name,
            status: status.mapStatus,
            statusText: STATUS_TEXT[status.mapStatus],
            flags: status.flags.map((flag) => ({
                key: flag.code,
                text: FLAG_TEXT[flag.code],
                severity: flag.severity
            }))
        }));
}

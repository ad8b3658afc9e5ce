// The waivers of required criteria as the deal shows them: on the criterion ("Waived by Morgan Lee
// on Dec 7, 2026: reason"), in the stage gate, and whether this user may waive a criterion (required,
// not met, not waived yet, an open deal, and the Atlas_Waive_Required_Criteria permission).
import LOCALE from '@salesforce/i18n/locale';
import { formatLabel } from 'c/atlasData';
import type { DealEvidenceView } from 'c/atlasData';
import type { DealScore } from 'c/dealScoring';
import type { GateBlocker } from 'c/stageGate';
import WAIVED_BY_ON from '@salesforce/label/c.Atlas_DS_Waived_By_On';
import WAIVED_ON from '@salesforce/label/c.Atlas_DS_Waived_On';
import GATE_WAIVED from '@salesforce/label/c.Atlas_DS_Gate_Waived';

const DATES = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeZone: 'UTC' });

function dayText(isoDate: string | null | undefined): string {
    const time = isoDate ? Date.parse(`${isoDate}T00:00:00Z`) : Number.NaN;
    return Number.isNaN(time) ? (isoDate ?? '') : DATES.format(new Date(time));
}

/** The waiver in words, or null: only a waiver with its reason counts (as the gate reads it). */
export function waiverText(evidence: DealEvidenceView | undefined): string | null {
    const reason = evidence?.Waived__c === true ? evidence.Waiver_Reason__c?.trim() : '';
    if (!evidence || !reason) {
        return null;
    }
    return evidence.waivedByName
        ? formatLabel(WAIVED_BY_ON, evidence.waivedByName, dayText(evidence.Waived_On__c), reason)
        : formatLabel(WAIVED_ON, dayText(evidence.Waived_On__c), reason);
}

/** Whether the Waive action shows on a criterion: the gate still waits for it and the user may waive. */
export function canWaive(result: DealScore, criterionId: string, mayWaive: boolean): boolean {
    return (
        mayWaive &&
        !result.closed &&
        result.stageGate.blocking.some((blocker) => blocker.criterionId === criterionId)
    );
}

/** The gate's waived criteria, each a link to it: "Waived: Qualification: … — Waived by …". */
export function waivedBlockers(
    result: DealScore,
    evidence: readonly DealEvidenceView[],
    describe: (criterionId: string, stage: string, question: string, state: string) => string
): GateBlocker[] {
    return (result.stageGate.waived ?? []).map((waived) => {
        const record = evidence.find(
            (candidate) => candidate.Stage_Criterion__c === waived.criterionId
        );
        const what = describe(waived.criterionId, waived.stage, waived.question, waived.state);
        const how = waiverText(record);
        return {
            criterionId: waived.criterionId,
            text: formatLabel(GATE_WAIVED, how ? `${what} — ${how}` : what)
        };
    });
}

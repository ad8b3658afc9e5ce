// A manager's waiver of a required criterion on one deal: instead of a rep typing "TBD" to get past
// the stage gate, someone allowed to (the Atlas_Waive_Required_Criteria custom permission) says why
// the deal may go on without it. The law: a waiver changes the gate, never the points — the score
// reads only the evidence state, so a waived criterion is never counted as met.
import type { IsoDate, RecordId } from 'c/atlasModel';
import type { WeighedLine } from './weigh';
import { text } from './values';

export interface Waiver {
    reason: string;
    waivedBy: RecordId | null;
    waivedOn: IsoDate | null;
}

/** The line's waiver: Waived__c with a reason (the org requires one; without it, none counts). */
export function waiverOf(line: WeighedLine): Waiver | null {
    const record = line.answer?.record;
    const reason = text(record?.Waived__c === true ? record.Waiver_Reason__c : null)?.trim();
    if (!record || !reason) {
        return null;
    }
    return {
        reason,
        waivedBy: text(record.Waived_By__c) ?? null,
        waivedOn: text(record.Waived_On__c) ?? null
    };
}

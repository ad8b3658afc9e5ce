// Sales ops set a sales target from Pipeline Health: one Sales_Target__c record through Lightning
// Data Service, owned by the person whose target it is.
import type { IsoDate, RecordId } from 'c/atlasModel';
import { saveRecord } from './planningWrites';

export interface TargetToSave {
    name: string;
    ownerId: RecordId;
    amount: number;
    periodStart: IsoDate;
    periodEnd: IsoDate;
}

/** Creates the target; resolves to its id. A rejection is the UI API error as is. */
export function createSalesTarget(target: TargetToSave): Promise<string> {
    return saveRecord('Sales_Target__c', null, {
        Name: target.name.trim(),
        OwnerId: target.ownerId,
        Target_Amount__c: target.amount,
        Period_Start__c: target.periodStart,
        Period_End__c: target.periodEnd
    });
}

// Agreed actions over time: which are open, which are overdue (an open action past its due date).
import type { AgreedActionRecord, IsoDate } from 'c/atlasModel';

/** Open: not done and not cancelled (a blank status is Open, the field's default). */
export function isOpenAction(action: AgreedActionRecord): boolean {
    return action.Status__c !== 'Done' && action.Status__c !== 'Cancelled';
}

/** Open and due before today; an action due today is not overdue yet. */
export function isOverdueAction(action: AgreedActionRecord, asOf: IsoDate): boolean {
    return isOpenAction(action) && !!action.Due_Date__c && action.Due_Date__c < asOf;
}

/** The overdue actions, longest overdue first. */
export function overdueActionsOf<T extends AgreedActionRecord>(
    actions: readonly T[],
    asOf: IsoDate
): T[] {
    return actions
        .filter((action) => isOverdueAction(action, asOf))
        .sort((a, b) => String(a.Due_Date__c).localeCompare(String(b.Due_Date__c)));
}

/** The open actions, soonest due first (no due date last). */
export function openActionsOf<T extends AgreedActionRecord>(actions: readonly T[]): T[] {
    return actions
        .filter(isOpenAction)
        .sort((a, b) =>
            (a.Due_Date__c ?? '9999-12-31').localeCompare(b.Due_Date__c ?? '9999-12-31')
        );
}

// What the rep's list shows: each open agreed action worded for the user (due date in their locale,
// overdue marked, a note when nobody was assigned), in c/dealCoaching's order: soonest due first,
// so the overdue ones lead; no due date last.
import { localeStyle } from 'c/atlasMessages';
import { formatLabel } from 'c/atlasData';
import type { MyAgreedAction } from 'c/atlasData';
import { isOverdueAction, openActionsOf } from 'c/dealCoaching';
import LOCALE from '@salesforce/i18n/locale';
import DUE from '@salesforce/label/c.Atlas_MAA_Due';
import NO_DUE from '@salesforce/label/c.Atlas_MAA_No_Due';
import DONE_LABEL from '@salesforce/label/c.Atlas_MAA_Done_Label';
import OPEN_DEAL from '@salesforce/label/c.Atlas_MAA_Open_Deal';

const DATES = localeStyle({}, LOCALE);

export interface ActionView {
    key: string;
    name: string;
    dealName: string;
    dealUrl: string;
    openDealLabel: string;
    dueText: string;
    overdue: boolean;
    unassigned: boolean;
    doneLabel: string;
}

export function actionViews(actions: readonly MyAgreedAction[], asOf: string): ActionView[] {
    return openActionsOf(actions).map((action, index) => ({
        key: action.Id ?? `action-${index}`,
        name: action.Name,
        dealName: action.opportunityName ?? '',
        dealUrl: action.opportunityId
            ? `/lightning/r/Opportunity/${action.opportunityId}/view`
            : '',
        openDealLabel: formatLabel(OPEN_DEAL, action.opportunityName ?? ''),
        dueText: action.Due_Date__c ? formatLabel(DUE, DATES.date(action.Due_Date__c)) : NO_DUE,
        overdue: isOverdueAction(action, asOf),
        unassigned: !action.Assigned_To__c,
        doneLabel: formatLabel(DONE_LABEL, action.Name)
    }));
}

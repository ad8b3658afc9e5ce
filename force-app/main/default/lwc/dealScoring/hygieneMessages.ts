// The data hygiene factor's words for its next best actions (close date, activity, amount, buying
// center), as messages: a custom label and its parameters.
import type { Message } from 'c/atlasMessages';
import { dateOf } from 'c/atlasMessages';
import { say } from './messageLabels';

export function updateCloseDate(date: string | null): Message {
    return date
        ? say('Atlas_DSM_Action_Update_Close_Date', dateOf(date))
        : say('Atlas_DSM_Action_Set_Close_Date');
}

export const logActivity = (): Message => say('Atlas_DSM_Action_Log_Activity');

export const setAmount = (): Message => say('Atlas_DSM_Action_Set_Amount');

export function setBuyingCenter(buyingCenter: string | null): Message {
    return buyingCenter
        ? say('Atlas_DSM_Action_Link_Buying_Center', buyingCenter)
        : say('Atlas_DSM_Action_Link_A_Buying_Center');
}

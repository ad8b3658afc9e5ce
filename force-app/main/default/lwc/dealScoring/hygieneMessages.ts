// The data hygiene factor's words, as messages (a custom label and its parameters): its reason, its
// line per check and its next best actions (close date, activity, amount, buying center).
import type { Message } from 'c/atlasMessages';
import { amountOf, dateOf, joined } from 'c/atlasMessages';
import type { DealScoringConfig } from './types';
import { say, sayCounted } from './messageLabels';

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

const days = (count: number): Message =>
    sayCounted('Atlas_DSM_Days_One', 'Atlas_DSM_Days_Other', count, count);

// ---- Hygiene ------------------------------------------------------------------------------------

export function closeDateLine(
    kind: 'missing' | 'closed' | 'unknown' | 'past' | 'future',
    date: string | null
): Message {
    const day = dateOf(date ?? '');
    switch (kind) {
        case 'missing':
            return say('Atlas_DSM_Line_No_Close_Date');
        case 'past':
            return say('Atlas_DSM_Line_Close_Date_Past', day);
        case 'unknown':
            return say('Atlas_DSM_Line_Close_Date_Unknown', day);
        case 'closed':
            return say('Atlas_DSM_Line_Close_Date_Closed', day);
        default:
            return say('Atlas_DSM_Line_Close_Date_Ahead', day);
    }
}

export function activityLine(
    kind: 'closed' | 'unknown' | 'stale' | 'recent',
    idle: number | null,
    config: DealScoringConfig
): Message {
    switch (kind) {
        case 'closed':
            return say('Atlas_DSM_Line_Activity_Closed');
        case 'unknown':
            return say('Atlas_DSM_Line_Activity_Unknown');
        case 'stale':
            return say(
                'Atlas_DSM_Line_Activity_Stale',
                days(idle ?? 0),
                days(config.staleActivityDays)
            );
        default:
            return idle === 0
                ? say('Atlas_DSM_Line_Activity_Today')
                : say('Atlas_DSM_Line_Activity_Ago', days(idle ?? 0));
    }
}

export function stageTimeLine(
    kind: 'closed' | 'unknown' | 'long' | 'normal',
    stage: string,
    spent: number | null,
    norm: number
): Message {
    switch (kind) {
        case 'closed':
            return say('Atlas_DSM_Line_Stage_Time_Closed');
        case 'unknown':
            return say('Atlas_DSM_Line_Stage_Time_Unknown');
        case 'long':
            return say('Atlas_DSM_Line_Stage_Time_Long', days(spent ?? 0), stage, days(norm));
        default:
            return say('Atlas_DSM_Line_Stage_Time_Normal', days(spent ?? 0), stage, days(norm));
    }
}

export function amountLine(value: number | null): Message {
    if (value === null) {
        return say('Atlas_DSM_Line_No_Amount');
    }
    return value === 0
        ? say('Atlas_DSM_Line_Zero_Amount')
        : say('Atlas_DSM_Line_Amount', amountOf(value));
}

export function buyingCenterLine(linked: boolean, name: string | null): Message {
    if (!linked) {
        return say('Atlas_DSM_Line_No_Buying_Center');
    }
    return name ? say('Atlas_DSM_Line_Buying_Center', name) : say('Atlas_DSM_Line_A_Buying_Center');
}

export function directionLine(
    kind: 'backwards' | 'forward' | 'unknown',
    moves: readonly string[]
): Message {
    if (kind === 'backwards') {
        return say('Atlas_DSM_Line_Went_Back', joined(moves, 'comma'));
    }
    return kind === 'forward'
        ? say('Atlas_DSM_Line_Only_Forward')
        : say('Atlas_DSM_Line_Moves_Unknown');
}

export function hygieneReason(problems: readonly Message[]): Message {
    return problems.length === 0
        ? say('Atlas_DSM_Reason_Hygiene_In_Order')
        : sayCounted(
              'Atlas_DSM_Reason_Hygiene_Problem',
              'Atlas_DSM_Reason_Hygiene_Problems',
              problems.length,
              problems.length,
              joined(problems, 'sentences')
          );
}

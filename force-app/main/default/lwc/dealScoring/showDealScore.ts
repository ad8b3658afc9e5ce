// A deal score with its messages worded: what a host shows (the panel in the user's labels and
// locale, the CLI and docs in plain English). The scoring core itself only says label names.
import type { MessageStyle } from 'c/atlasMessages';
import { renderMessage } from 'c/atlasMessages';
import type { DealScore, NextAction } from './types';

export type ShownNextAction = Omit<NextAction, 'message'> & { message: string };

export type ShownDealScore = Omit<DealScore, 'nextActions'> & { nextActions: ShownNextAction[] };

export function showDealScore(result: DealScore, style: MessageStyle): ShownDealScore {
    return {
        ...result,
        nextActions: result.nextActions.map((action) => ({
            ...action,
            message: renderMessage(action.message, style)
        }))
    };
}

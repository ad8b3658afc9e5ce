// The deal score's shared sentences as messages (a custom label and its parameters): evidence and
// qualification reasons, the stage gate and the closed-deal note. Each other factor words its own
// reasons, lines and actions in its messages module (relationshipMessages.ts, hygieneMessages.ts);
// next best actions: actionMessages.ts; criterion lines and their risks: criterionMessages.ts;
// warnings about the input: warningMessages.ts.
import type { Message } from 'c/atlasMessages';
import { percentOf } from 'c/atlasMessages';
import { say, sayCounted } from './messageLabels';

// ---- Small pieces -------------------------------------------------------------------------------

/** The stage the deal is in is not a known one (or it has none): a gate reason and a warning. */
export function unknownStage(stage: string | null): Message {
    return stage ? say('Atlas_DSM_Stage_Unknown', stage) : say('Atlas_DSM_Stage_Missing');
}

// ---- Closed deals -------------------------------------------------------------------------------

export function closedNote(won: boolean, stage: string | null): Message {
    const outcome = won ? say('Atlas_DSM_Outcome_Won') : say('Atlas_DSM_Outcome_Lost');
    return say(won ? 'Atlas_DSM_Closed_Note_Won' : 'Atlas_DSM_Closed_Note_Lost', stage ?? outcome);
}

// ---- Evidence and qualification -----------------------------------------------------------------

/** "half" at the default credit, else the share: "30% of". */
function creditShare(credit: number): Message {
    return credit === 0.5
        ? say('Atlas_DSM_Share_Half')
        : say('Atlas_DSM_Share_Of', percentOf(credit));
}

export function noCriteriaReason(
    stageUnknown: boolean,
    stage: string | null,
    credit: number
): Message {
    return stageUnknown
        ? say('Atlas_DSM_Reason_No_Stage', creditShare(credit))
        : say(
              'Atlas_DSM_Reason_No_Criteria',
              stage ?? say('Atlas_DSM_This_Stage'),
              creditShare(credit)
          );
}

export function noQualificationReason(credit: number): Message {
    return say('Atlas_DSM_Reason_No_Questions', creditShare(credit));
}

export function questionNotConfigured(question: string): Message {
    return say('Atlas_DSM_Line_Question_Not_Set_Up', question);
}

// ---- Stage gate ---------------------------------------------------------------------------------

export function gateReason(
    kind: 'closed' | 'unknown' | 'open' | 'ready to close' | 'blocked',
    current: string | null,
    next: string | null,
    blocking: number
): Message {
    switch (kind) {
        case 'closed':
            return say('Atlas_DSM_Gate_Closed');
        case 'unknown':
            return unknownStage(current);
        case 'open':
            return say('Atlas_DSM_Gate_Open', current ?? '', next ?? '');
        case 'ready to close':
            return say('Atlas_DSM_Gate_Ready_To_Close', current ?? '');
        default:
            return sayCounted(
                'Atlas_DSM_Gate_Blocked_One',
                'Atlas_DSM_Gate_Blocked_Other',
                blocking,
                blocking,
                current ?? ''
            );
    }
}

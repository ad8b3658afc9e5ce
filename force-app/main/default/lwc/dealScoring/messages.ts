// The deal score's sentences as messages (a custom label and its parameters): factor reasons and
// lines, the stage gate and the closed-deal note. Next best actions: actionMessages.ts; criterion
// lines and their risks: criterionMessages.ts; warnings about the input: warningMessages.ts.
import type { Message, MessageParam } from 'c/atlasMessages';
import { amountOf, dateOf, joined, listOf, percentOf } from 'c/atlasMessages';
import type { BuyingCenterCoverage, RelationshipMapStatus } from 'c/buyingCenterCoverage';
import type { DealScoringConfig } from './types';
import type { DealMessageLabel } from './messageLabels';
import { say, sayCounted } from './messageLabels';

// ---- Small pieces -------------------------------------------------------------------------------

const days = (count: number): Message =>
    sayCounted('Atlas_DSM_Days_One', 'Atlas_DSM_Days_Other', count, count);

const FACTOR_LABELS: Readonly<
    Record<'evidence' | 'qualification' | 'relationships' | 'hygiene', DealMessageLabel>
> = {
    evidence: 'Atlas_DSM_Factor_Evidence',
    qualification: 'Atlas_DSM_Factor_Qualification',
    relationships: 'Atlas_DSM_Factor_Relationships',
    hygiene: 'Atlas_DSM_Factor_Hygiene'
};

/** The factor's name: "Customer evidence", "Qualification", "Relationships", "Data hygiene". */
export const factorLabel = (key: keyof typeof FACTOR_LABELS): Message => say(FACTOR_LABELS[key]);

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

// ---- Relationships ------------------------------------------------------------------------------

export const relationshipsUnknown = (): Message => say('Atlas_DSM_Reason_Relationships_Unknown');
export const relationshipsUnknownRisk = (): Message => say('Atlas_DSM_Risk_Relationships_Unknown');

/** Who the relationship lines are about, by name where known. */
export interface RelationshipPeople {
    supportiveDeciders: MessageParam[];
    deciders: MessageParam[];
    coaches: MessageParam[];
}

export function deciderLine(coverage: BuyingCenterCoverage, people: RelationshipPeople): Message {
    if (coverage.supportiveDecisionMakerEngaged) {
        const deciders = people.supportiveDeciders;
        return sayCounted(
            'Atlas_DSM_Line_Decider_Supports',
            'Atlas_DSM_Line_Deciders_Support',
            deciders.length,
            listOf(deciders)
        );
    }
    return coverage.hasDecisionMaker
        ? say('Atlas_DSM_Line_Decider_Known', listOf(people.deciders))
        : say('Atlas_DSM_Line_No_Decider');
}

export function coachLine(people: RelationshipPeople): Message {
    const { coaches } = people;
    return coaches.length > 0
        ? sayCounted(
              'Atlas_DSM_Line_Coach',
              'Atlas_DSM_Line_Coaches',
              coaches.length,
              listOf(coaches)
          )
        : say('Atlas_DSM_Line_No_Coach');
}

export function oppositionLine(unaddressed: number, opposed: number): Message {
    if (unaddressed > 0) {
        return sayCounted(
            'Atlas_DSM_Line_Opponent',
            'Atlas_DSM_Line_Opponents',
            unaddressed,
            unaddressed
        );
    }
    return opposed > 0
        ? say('Atlas_DSM_Line_Opponents_Engaged')
        : say('Atlas_DSM_Line_No_Opposition');
}

export function threadsLine(engaged: number): Message {
    if (engaged >= 2) {
        return say('Atlas_DSM_Line_Threads', engaged);
    }
    return engaged === 0 ? say('Atlas_DSM_Line_No_Thread') : say('Atlas_DSM_Line_One_Thread');
}

const MAP_STATUS: Record<RelationshipMapStatus, DealMessageLabel> = {
    Red: 'Atlas_DSM_Map_Red',
    Amber: 'Atlas_DSM_Map_Amber',
    Green: 'Atlas_DSM_Map_Green'
};

export function relationshipsReason(
    coverage: BuyingCenterCoverage,
    people: RelationshipPeople
): Message {
    return sayCounted(
        'Atlas_DSM_Reason_Relationships_One',
        'Atlas_DSM_Reason_Relationships_Other',
        coverage.memberCount,
        say(MAP_STATUS[coverage.mapStatus]),
        coverage.memberCount,
        deciderLine(coverage, people),
        coachLine(people),
        oppositionLine(coverage.unaddressedOpposition.length, coverage.oppositionIds.length),
        threadsLine(coverage.engagedMemberCount)
    );
}

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

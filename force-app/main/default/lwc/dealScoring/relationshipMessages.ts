// The relationships factor's words, as messages (a custom label and its parameters): its reason and
// lines, and its next best actions (map, engage, coach, opposition, a second thread), naming the
// person where it can.
import type { Message, MessageParam } from 'c/atlasMessages';
import { listOf } from 'c/atlasMessages';
import type { BuyingCenterCoverage, RelationshipMapStatus } from 'c/buyingCenterCoverage';
import type { DealMessageLabel } from './messageLabels';
import { say, sayCounted } from './messageLabels';

/** `inCenter` names the buying center when the deal knows it. */
function inCenter(
    buyingCenter: string | null,
    plain: DealMessageLabel,
    named: DealMessageLabel
): Message {
    return buyingCenter ? say(named, buyingCenter) : say(plain);
}

export function mapDecisionMaker(nobodyMapped: boolean, buyingCenter: string | null): Message {
    return nobodyMapped
        ? inCenter(buyingCenter, 'Atlas_DSM_Action_Map_People', 'Atlas_DSM_Action_Map_People_In')
        : inCenter(
              buyingCenter,
              'Atlas_DSM_Action_Find_Decider',
              'Atlas_DSM_Action_Find_Decider_In'
          );
}

export function engageDecider(
    person: MessageParam,
    supportive: boolean,
    engaged: boolean
): Message {
    if (supportive) {
        return say('Atlas_DSM_Action_Meet_Supporter_Again', person);
    }
    return engaged
        ? say('Atlas_DSM_Action_Win_Over', person)
        : say('Atlas_DSM_Action_Meet_Decider', person);
}

export const askForCoach = (person: MessageParam): Message =>
    say('Atlas_DSM_Action_Ask_Coach', person);

export const findCoach = (buyingCenter: string | null): Message =>
    inCenter(buyingCenter, 'Atlas_DSM_Action_Find_Coach', 'Atlas_DSM_Action_Find_Coach_In');

export const addressOpposition = (person: MessageParam): Message =>
    say('Atlas_DSM_Action_Address_Opposition', person);

export const secondThread = (person: MessageParam): Message =>
    say('Atlas_DSM_Action_Second_Thread', person);

export const findSecondThread = (): Message => say('Atlas_DSM_Action_Find_Second_Thread');

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

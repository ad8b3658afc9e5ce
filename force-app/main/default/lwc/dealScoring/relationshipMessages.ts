// The relationships factor's words for its next best actions (map, engage, coach, opposition, a
// second thread), as messages: a custom label and its parameters, naming the person where it can.
import type { Message, MessageParam } from 'c/atlasMessages';
import type { DealMessageLabel } from './messageLabels';
import { say } from './messageLabels';

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

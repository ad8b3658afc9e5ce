// The words of the next best actions, as messages (a custom label and its parameters).
import type { Message, MessageParam } from 'c/atlasMessages';
import { dateOf } from 'c/atlasMessages';
import type { EvidenceState, StageCriterionRecord } from 'c/atlasModel';
import type { DealMessageLabel } from './messageLabels';
import { say } from './messageLabels';
import { questionWording, stageWording } from './wording';

const MEET: Record<'In Progress' | 'No' | 'other', [DealMessageLabel, DealMessageLabel]> = {
    'In Progress': ['Atlas_DSM_Action_Finish_Evidence', 'Atlas_DSM_Action_Finish_Evidence_At'],
    No: ['Atlas_DSM_Action_Change_No', 'Atlas_DSM_Action_Change_No_At'],
    other: ['Atlas_DSM_Action_Ask_Evidence', 'Atlas_DSM_Action_Ask_Evidence_At']
};

/** Record the customer's evidence for a criterion, worded by its state and naming its stage. */
export function meetCriterion(record: StageCriterionRecord, state: EvidenceState | null): Message {
    const [plain, atStage] = MEET[state === 'In Progress' || state === 'No' ? state : 'other'];
    if (!record.Stage__c) {
        return say(plain, questionWording(record.Category__c, record.Question__c));
    }
    return say(
        atStage,
        stageWording(record.Stage__c, record.Required__c === true),
        record.Question__c
    );
}

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

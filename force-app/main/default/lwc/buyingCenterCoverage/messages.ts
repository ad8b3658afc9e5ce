// Every sentence the coverage assessment says, as messages (a custom label and its parameters),
// written for the account manager; panels and the CLI word them (c/atlasMessages).
import type { Message, MessageParam } from 'c/atlasMessages';
import { JOIN_LABELS, counted, joined, listOf, msg } from 'c/atlasMessages';

export const COVERAGE_MESSAGE_LABELS = [
    ...JOIN_LABELS,
    'Atlas_BCC_Person_With_Role',
    'Atlas_BCC_Person_The_Role',
    'Atlas_BCC_Person_The_Role_Start',
    'Atlas_BCC_Person_Unnamed',
    'Atlas_BCC_Person_Unnamed_Start',
    'Atlas_BCC_No_Decision_Maker',
    'Atlas_BCC_No_Decision_Maker_In',
    'Atlas_BCC_No_Supportive_Decider',
    'Atlas_BCC_No_Supportive_Decider_In',
    'Atlas_BCC_Supports_Distant_One',
    'Atlas_BCC_Supports_Distant_Other',
    'Atlas_BCC_Decides_Unconvinced_One',
    'Atlas_BCC_Decides_Unconvinced_Other',
    'Atlas_BCC_No_Coach',
    'Atlas_BCC_No_Coach_In',
    'Atlas_BCC_Enemy_One',
    'Atlas_BCC_Enemy_One_In',
    'Atlas_BCC_Enemy_Other',
    'Atlas_BCC_Enemy_Other_In',
    'Atlas_BCC_No_Opposition',
    'Atlas_BCC_No_Opposition_In',
    'Atlas_BCC_Single_Threaded_None',
    'Atlas_BCC_Single_Threaded_None_In',
    'Atlas_BCC_Single_Threaded_One',
    'Atlas_BCC_Single_Threaded_One_In',
    'Atlas_BCC_Single_Threaded_Other',
    'Atlas_BCC_Single_Threaded_Other_In',
    'Atlas_BCC_Role_Not_Covered',
    'Atlas_BCC_Role_Not_Covered_In',
    'Atlas_BCC_Role_Evaluator',
    'Atlas_BCC_Role_User',
    'Atlas_BCC_Role_Other',
    'Atlas_BCC_Ask_Evaluator',
    'Atlas_BCC_Ask_User',
    'Atlas_BCC_Ask_Other',
    'Atlas_BCC_Unknown_Values_One',
    'Atlas_BCC_Unknown_Values_Other'
] as const;

export type CoverageMessageLabel = (typeof COVERAGE_MESSAGE_LABELS)[number];

const say = (label: CoverageMessageLabel, ...params: MessageParam[]): Message =>
    msg(label, ...params);

/** A person as a sentence names them: mid-sentence, and at its start ("the Approver" / "The …"). */
export interface PersonWording {
    plain: MessageParam;
    start: MessageParam;
}

/** "Margaret Lindqvist (Decision Maker)", else "the Approver" or "an unnamed member". */
export function memberWording(name: string | null, role: string | null): PersonWording {
    if (name) {
        const plain = role ? say('Atlas_BCC_Person_With_Role', name, role) : name;
        // A name starts a sentence as it is, but with a capital (as it always has).
        const capital = name.charAt(0).toUpperCase() + name.slice(1);
        return {
            plain,
            start: role ? say('Atlas_BCC_Person_With_Role', capital, role) : capital
        };
    }
    return role
        ? {
              plain: say('Atlas_BCC_Person_The_Role', role),
              start: say('Atlas_BCC_Person_The_Role_Start', role)
          }
        : { plain: say('Atlas_BCC_Person_Unnamed'), start: say('Atlas_BCC_Person_Unnamed_Start') };
}

/** The people listed, the first as a sentence starts or mid-sentence. */
function people(persons: readonly PersonWording[], atStart: boolean): MessageParam {
    return listOf(persons.map((person, i) => (atStart && i === 0 ? person.start : person.plain)));
}

/** The sentence without a buying center, or the one naming it first. */
function inCenter(
    buyingCenter: string | null,
    plain: CoverageMessageLabel,
    named: CoverageMessageLabel,
    ...params: MessageParam[]
): Message {
    return buyingCenter ? say(named, buyingCenter, ...params) : say(plain, ...params);
}

export function noDecisionMaker(buyingCenter: string | null): Message {
    return inCenter(buyingCenter, 'Atlas_BCC_No_Decision_Maker', 'Atlas_BCC_No_Decision_Maker_In');
}

export function noSupportiveDecisionMaker(
    buyingCenter: string | null,
    unconvinced: readonly PersonWording[],
    supportiveButDistant: readonly PersonWording[]
): Message {
    const parts: Message[] = [];
    if (supportiveButDistant.length > 0) {
        parts.push(
            counted(
                'Atlas_BCC_Supports_Distant_One',
                'Atlas_BCC_Supports_Distant_Other',
                supportiveButDistant.length,
                people(supportiveButDistant, true)
            )
        );
    }
    if (unconvinced.length > 0) {
        parts.push(
            counted(
                'Atlas_BCC_Decides_Unconvinced_One',
                'Atlas_BCC_Decides_Unconvinced_Other',
                unconvinced.length,
                people(unconvinced, parts.length === 0)
            )
        );
    }
    return inCenter(
        buyingCenter,
        'Atlas_BCC_No_Supportive_Decider',
        'Atlas_BCC_No_Supportive_Decider_In',
        joined(parts, 'semicolon')
    );
}

export function noCoach(buyingCenter: string | null): Message {
    return inCenter(buyingCenter, 'Atlas_BCC_No_Coach', 'Atlas_BCC_No_Coach_In');
}

export function unaddressedEnemies(
    buyingCenter: string | null,
    names: readonly PersonWording[]
): Message {
    const who = people(names, true);
    return buyingCenter
        ? counted(
              'Atlas_BCC_Enemy_One_In',
              'Atlas_BCC_Enemy_Other_In',
              names.length,
              who,
              buyingCenter
          )
        : counted('Atlas_BCC_Enemy_One', 'Atlas_BCC_Enemy_Other', names.length, who);
}

export function noOppositionIdentified(buyingCenter: string | null): Message {
    return inCenter(buyingCenter, 'Atlas_BCC_No_Opposition', 'Atlas_BCC_No_Opposition_In');
}

export function singleThreaded(
    buyingCenter: string | null,
    engaged: readonly PersonWording[]
): Message {
    if (engaged.length === 0) {
        return inCenter(
            buyingCenter,
            'Atlas_BCC_Single_Threaded_None',
            'Atlas_BCC_Single_Threaded_None_In'
        );
    }
    const who = people(engaged, true);
    return buyingCenter
        ? counted(
              'Atlas_BCC_Single_Threaded_One_In',
              'Atlas_BCC_Single_Threaded_Other_In',
              engaged.length,
              who,
              buyingCenter
          )
        : counted(
              'Atlas_BCC_Single_Threaded_One',
              'Atlas_BCC_Single_Threaded_Other',
              engaged.length,
              who
          );
}

const ROLE_WORDS: Readonly<Record<string, [CoverageMessageLabel, CoverageMessageLabel]>> = {
    Evaluator: ['Atlas_BCC_Role_Evaluator', 'Atlas_BCC_Ask_Evaluator'],
    User: ['Atlas_BCC_Role_User', 'Atlas_BCC_Ask_User']
};

export function roleNotCovered(buyingCenter: string | null, roles: readonly string[]): Message {
    const words = (role: string, which: 0 | 1): Message => {
        const known = ROLE_WORDS[role];
        if (known) {
            return say(known[which]);
        }
        return say(which === 0 ? 'Atlas_BCC_Role_Other' : 'Atlas_BCC_Ask_Other', role);
    };
    return inCenter(
        buyingCenter,
        'Atlas_BCC_Role_Not_Covered',
        'Atlas_BCC_Role_Not_Covered_In',
        listOf(roles.map((role) => words(role, 0))),
        listOf(roles.map((role) => words(role, 1)))
    );
}

export function unknownValues(count: number): Message {
    return counted('Atlas_BCC_Unknown_Values_One', 'Atlas_BCC_Unknown_Values_Other', count, count);
}

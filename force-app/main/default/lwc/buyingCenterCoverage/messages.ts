// Every sentence the coverage assessment says, in one place. Panels may map the flag codes to
// custom labels; these are the English defaults, written for the account manager.

/** "Ana", "Ana and Ben", "Ana, Ben and Cy". */
export function listOf(items: readonly string[]): string {
    if (items.length <= 1) {
        return items[0] ?? '';
    }
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Names may start a sentence: "the Approver" → "The Approver". */
const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function where(buyingCenter: string | null): string {
    return buyingCenter ? ` in ${buyingCenter}` : '';
}

export function noDecisionMaker(buyingCenter: string | null): string {
    return `No decision maker identified${where(buyingCenter)} — find out who signs off and who holds the budget.`;
}

export function noSupportiveDecisionMaker(
    buyingCenter: string | null,
    unconvinced: readonly string[],
    supportiveButDistant: readonly string[]
): string {
    const parts: string[] = [];
    if (supportiveButDistant.length > 0) {
        parts.push(
            `${sentence(listOf(supportiveButDistant))} ${supportiveButDistant.length === 1 ? 'supports' : 'support'} us but we have barely met — meet them more than once`
        );
    }
    if (unconvinced.length > 0) {
        parts.push(
            `${parts.length > 0 ? listOf(unconvinced) : sentence(listOf(unconvinced))} ${unconvinced.length === 1 ? 'decides' : 'decide'} but ${unconvinced.length === 1 ? 'is' : 'are'} not on our side yet — learn what it would take to earn their support`
        );
    }
    return `No decision maker${where(buyingCenter)} both supports us and is engaged: ${parts.join('; ')}.`;
}

export function noCoach(buyingCenter: string | null): string {
    return `Nobody${where(buyingCenter)} is coaching us — find someone inside who wants us to win and will guide us through their buying process.`;
}

export function unaddressedEnemies(buyingCenter: string | null, names: readonly string[]): string {
    const one = names.length === 1;
    return `${sentence(listOf(names))} ${one ? 'has' : 'have'} high influence${where(buyingCenter)}, ${one ? 'is' : 'are'} against us, and we have barely met ${one ? 'them' : 'any of them'} — meet them, learn the objection and address it.`;
}

export function noOppositionIdentified(buyingCenter: string | null): string {
    return `Nobody${where(buyingCenter)} is marked as against us — ask who prefers another option; opposition you cannot see is still there.`;
}

export function singleThreaded(buyingCenter: string | null, engaged: readonly string[]): string {
    const known =
        engaged.length === 0
            ? 'We know nobody'
            : `${sentence(listOf(engaged))} ${engaged.length === 1 ? 'is the only person' : 'are the only people'}`;
    return `${known}${where(buyingCenter)} we meet regularly — build a second strong relationship so one departure cannot end our access.`;
}

const ROLE_QUESTION: Readonly<Record<string, string>> = {
    Evaluator: 'who evaluates the solution',
    User: 'who will use it'
};

export function roleNotCovered(buyingCenter: string | null, roles: readonly string[]): string {
    const questions = roles.map((role) => ROLE_QUESTION[role] ?? `who acts as ${role}`);
    return `Nobody${where(buyingCenter)} is identified as ${listOf(roles.map((r) => `${r === 'Evaluator' ? 'an' : 'a'} ${r}`))} — find out ${listOf(questions)}.`;
}

export function unknownValues(count: number): string {
    return count === 1
        ? '1 member record has no id, or a buying role, influence, support or coverage this version does not know; those values were read as unknown.'
        : `${count} member records have no id, or a buying role, influence, support or coverage this version does not know; those values were read as unknown.`;
}

/** A person by name with their buying role: "Margaret Lindqvist (Decision Maker)". */
export function namedMember(name: string, role: string | null): string {
    return role ? `${name} (${role})` : name;
}

/** How to name a person when their contact's name is not known. */
export function unnamedMember(role: string | null): string {
    return role ? `the ${role}` : 'an unnamed member';
}

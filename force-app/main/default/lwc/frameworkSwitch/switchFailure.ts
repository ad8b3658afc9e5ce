// The sentence a switch that stopped part way shows: what was saved, what was not, which framework
// deals score with now, and that pressing Activate again finishes it (a fresh plan from the saved
// records picks up where the writes stopped). The words are the custom labels the component passes.
import { formatLabel } from 'c/atlasData';
import type { SwitchOutcome } from 'c/salesFramework';

/** The labels of the three failures and the name of "no framework active". */
export interface SwitchFailureWords {
    readonly move: string;
    readonly deactivate: string;
    readonly activate: string;
    readonly builtIn: string;
}

/** The failure in words, for the framework named `name` that was being switched on. */
export function switchFailureText(
    outcome: SwitchOutcome,
    name: string,
    words: SwitchFailureWords
): string {
    const inForce = outcome.inForce?.Name ?? words.builtIn;
    if (outcome.step === 'move') {
        const total = outcome.moved + outcome.notMoved;
        return formatLabel(words.move, name, outcome.moved, total, outcome.notMoved, inForce);
    }
    if (outcome.step === 'deactivate') {
        return formatLabel(words.deactivate, name, outcome.stillActive?.Name ?? inForce, inForce);
    }
    return formatLabel(words.activate, name);
}

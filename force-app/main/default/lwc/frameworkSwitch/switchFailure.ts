// The sentence a switch that stopped part way shows: what was saved, what was not, which framework
// deals score with now, and that pressing Activate again finishes it (a fresh plan from the saved
// records picks up where the writes stopped). The words are the custom labels the component passes;
// a count's sentence has a label for each form the reader's language gives it (one, other), picked
// by Intl.PluralRules as the rest of the app does.
import { formatLabel, frameworkWriteFailureOf } from 'c/atlasData';
import type { SwitchOutcome, SwitchStop } from 'c/salesFramework';

/**
 * Where the switch that rejected with `error` stopped: the switch's writes say (runSwitch); any
 * other error does not, and the stop says so rather than guess a step.
 */
export function switchStopOf(error: unknown): SwitchStop {
    const failure = frameworkWriteFailureOf(error);
    return failure?.stepIndex === undefined
        ? {}
        : { stepIndex: failure.stepIndex, moved: failure.moved, notMoved: failure.notMoved };
}

/** The labels of the failures and the name of "no framework active". */
export interface SwitchFailureWords {
    /** Some questions moved, others not: the count of those moved in its two forms. */
    readonly move: string;
    readonly moveOne: string;
    /** No question moved, so nothing was saved (the move is a switch's first step). */
    readonly moveNone: string;
    readonly deactivate: string;
    /** The new framework not switched on, after the switch turned the old one off. */
    readonly activate: string;
    /** The new framework not switched on, and none was active before. */
    readonly activateFirst: string;
    /** An error that does not say where the switch stopped. */
    readonly unknown: string;
    readonly builtIn: string;
}

/** The failure in words, for the framework named `name` that was being switched on. */
export function switchFailureText(
    outcome: SwitchOutcome,
    name: string,
    words: SwitchFailureWords,
    locale: string
): string {
    const inForce = outcome.inForce?.Name ?? words.builtIn;
    if (outcome.step === 'unknown') {
        return formatLabel(words.unknown, name);
    }
    if (outcome.step === 'move') {
        if (outcome.moved === 0) {
            return formatLabel(words.moveNone, name, inForce);
        }
        const total = outcome.moved + outcome.notMoved;
        const one = new Intl.PluralRules(locale).select(outcome.moved) === 'one';
        const label = one ? words.moveOne : words.move;
        return formatLabel(label, name, outcome.moved, total, outcome.notMoved, inForce);
    }
    if (outcome.step === 'deactivate') {
        return formatLabel(words.deactivate, name, outcome.stillActive?.Name ?? inForce, inForce);
    }
    return formatLabel(outcome.switchedOff.length > 0 ? words.activate : words.activateFirst, name);
}

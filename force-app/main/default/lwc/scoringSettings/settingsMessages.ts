// The English wording of the settings problems, for the atlas command and the docs. The panels say
// the same through custom labels (Atlas_SS_Problem_*); a test keeps the two in step.
import type { SettingProblem, SettingProblemCode } from './settingsValidation';

/** The label text of each problem, with {0}, {1} for its params. */
export const PROBLEM_TEXTS: Readonly<Record<SettingProblemCode, string>> = Object.freeze({
    RANGE: 'Enter a whole number from {0} to {1}.',
    WEIGHTS_TOTAL: 'The weights add up to {0}; make them add up to {1}.',
    BANDS_ORDER: 'At Risk below ({0}) must be lower than Watch below ({1}).',
    UNKNOWN_RELATIONSHIPS_CREDIT:
        'Enter at most {0}: one mapped person who does not oppose us earns {0}%, and nobody mapped must not earn more, or mapping them would lower the score.'
});

function filled(text: string, params: readonly number[]): string {
    return text.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
        const value = params[Number(index)];
        return value === undefined ? placeholder : String(value);
    });
}

/** One problem in English, naming the field: "Watch_Below__c: Enter a whole number from 0 to 100." */
export function describeProblem(problem: SettingProblem): string {
    const text = filled(PROBLEM_TEXTS[problem.code], problem.params);
    return problem.field === null ? text : `${problem.field}: ${text}`;
}

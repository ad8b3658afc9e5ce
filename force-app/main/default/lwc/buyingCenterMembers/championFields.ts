// The member form's champion part: MEDDICC's three tests (Passed / Failed / not yet), each with the
// colleague who verified it and the day, and the counter-champion; the day a result is chosen
// defaults to today; a result without who verified it (or the reverse) is said on its field.
import { CHAMPION_TEST_RESULTS } from 'c/atlasModel';
import type { ChampionTestResult } from 'c/atlasModel';
import { CHAMPION_TESTS } from 'c/buyingCenterCoverage';
import type { ChampionTestKey } from 'c/buyingCenterCoverage';
import type { ExplainedFieldError } from 'c/atlasErrors';
import type { RecordFields } from 'c/atlasData';
import type { FormFieldDefinition } from 'c/planningRecordForm';

export interface ChampionFieldLabels {
    tests: Readonly<
        Record<ChampionTestKey, { test: string; help: string; by: string; on: string }>
    >;
    /**
     * Each result's words (custom labels): in an org the field's own picklist labels would serve too,
     * but the form's other picklists show their values as well; one reader of picklist labels for the
     * whole form (lightning/uiObjectInfoApi, which the preview serves) is the better next step.
     */
    results: Readonly<Record<ChampionTestResult, string>>;
    notYet: string;
    counter: string;
    counterHelp: string;
}

export interface ChampionProblemLabels {
    needsVerifier: string;
    needsDate: string;
    needsResult: string;
}

/** The tests in MEDDICC's order, each result / verified by / verified on, then the counter-champion. */
export function championFields(
    labels: ChampionFieldLabels,
    counterOptions: { label: string; value: string }[]
): FormFieldDefinition[] {
    return [
        ...CHAMPION_TESTS.flatMap((test): FormFieldDefinition[] => {
            const words = labels.tests[test.key];
            return [
                {
                    name: test.result,
                    label: words.test,
                    type: 'picklist',
                    options: CHAMPION_TEST_RESULTS.map((value) => ({
                        label: labels.results[value],
                        value
                    })),
                    noneLabel: labels.notYet,
                    helpText: words.help
                },
                // The fields' own types: Verified By looks up a User (a colleague), On is a date.
                { name: test.verifiedBy, label: words.by, type: 'user' },
                { name: test.verifiedOn, label: words.on, type: 'date', expectedDate: 'past' }
            ];
        }),
        {
            name: 'Counter_Champion__c',
            label: labels.counter,
            type: 'picklist',
            options: counterOptions,
            helpText: labels.counterHelp
        }
    ];
}

const blank = (value: unknown): boolean => value === undefined || value === null || value === '';

/**
 * What the form fills in when a field changes: a test given a result with no day yet is verified
 * today (the day the user records it, by the code's clock). Field name → value.
 */
export function championDefaults(
    draft: Readonly<Record<string, unknown>>,
    changedField: string,
    today: string
): Record<string, string> {
    const test = CHAMPION_TESTS.find((candidate) => candidate.result === changedField);
    return test && !blank(draft[test.result]) && blank(draft[test.verifiedOn])
        ? { [test.verifiedOn]: today }
        : {};
}

/**
 * A test this save records by halves, said on the field to fill: a result needs who verified it
 * and when; who or when without a result needs the result. null when the tests may be saved (or
 * the form does not show them).
 */
export function championTestErrors(
    values: RecordFields,
    changed: RecordFields,
    messages: ChampionProblemLabels
): Record<string, ExplainedFieldError> | null {
    const errors: Record<string, ExplainedFieldError> = {};
    for (const test of CHAMPION_TESTS) {
        // Only the tests this save records: one recorded elsewhere by halves (a test on the record
        // page with no one named) never holds back an edit of the person's support.
        const fields = [test.result, test.verifiedBy, test.verifiedOn];
        if (!(test.result in values) || !fields.some((field) => field in changed)) {
            continue;
        }
        const hasResult = !blank(values[test.result]);
        if (hasResult && blank(values[test.verifiedBy])) {
            errors[test.verifiedBy] = { message: messages.needsVerifier };
        }
        if (hasResult && blank(values[test.verifiedOn])) {
            errors[test.verifiedOn] = { message: messages.needsDate };
        }
        if (!hasResult && (!blank(values[test.verifiedBy]) || !blank(values[test.verifiedOn]))) {
            errors[test.result] = { message: messages.needsResult };
        }
    }
    return Object.keys(errors).length > 0 ? errors : null;
}

/** @jest-environment node */
// The member form's champion part: a result is dated today unless a day is there, and a test
// recorded by halves is refused on the field to fill.
import { championDefaults, championFields, championTestErrors } from '../championFields';

const MESSAGES = { needsVerifier: 'who?', needsDate: 'when?', needsResult: 'result?' };
const TODAY = '2026-12-07';

test('a result chosen with no day yet is verified today; a day already there is kept', () => {
    expect(
        championDefaults({ Champion_Sells_Test__c: 'Failed' }, 'Champion_Sells_Test__c', TODAY)
    ).toEqual({ Champion_Sells_Verified_On__c: TODAY });
    expect(
        championDefaults(
            { Champion_Sells_Test__c: 'Passed', Champion_Sells_Verified_On__c: '2026-11-30' },
            'Champion_Sells_Test__c',
            TODAY
        )
    ).toEqual({});
    // Set back to not tested yet, or another field changed: nothing is filled in.
    expect(
        championDefaults({ Champion_Sells_Test__c: '' }, 'Champion_Sells_Test__c', TODAY)
    ).toEqual({});
    expect(championDefaults({ Buying_Role__c: 'Champion' }, 'Buying_Role__c', TODAY)).toEqual({});
});

test('a result needs who verified it and when; who or when needs a result', () => {
    expect(
        championTestErrors(
            {
                Champion_Access_Test__c: 'Passed',
                Champion_Access_Verified_By__c: null,
                Champion_Access_Verified_On__c: null,
                Champion_Gains_Test__c: null,
                Champion_Gains_Verified_By__c: '005A',
                Champion_Gains_Verified_On__c: null
            },
            { Champion_Access_Test__c: 'Passed', Champion_Gains_Verified_By__c: '005A' },
            MESSAGES
        )
    ).toEqual({
        Champion_Access_Verified_By__c: { message: 'who?' },
        Champion_Access_Verified_On__c: { message: 'when?' },
        Champion_Gains_Test__c: { message: 'result?' }
    });
});

test('complete tests, tests not yet done, and a form without the tests are saved', () => {
    expect(
        championTestErrors(
            {
                Champion_Access_Test__c: 'Failed',
                Champion_Access_Verified_By__c: '005A',
                Champion_Access_Verified_On__c: TODAY,
                Champion_Sells_Test__c: null,
                Champion_Sells_Verified_By__c: null,
                Champion_Sells_Verified_On__c: null
            },
            { Champion_Access_Test__c: 'Failed' },
            MESSAGES
        )
    ).toBeNull();
    expect(
        championTestErrors({ Buying_Role__c: 'Coach' }, { Buying_Role__c: 'Coach' }, MESSAGES)
    ).toBeNull();
});

test('a test recorded by halves before (no one named) does not hold back another change', () => {
    expect(
        championTestErrors(
            {
                Champion_Access_Test__c: 'Passed',
                Champion_Access_Verified_By__c: null,
                Champion_Access_Verified_On__c: '2026-11-02',
                Support__c: 'Supporter'
            },
            { Support__c: 'Supporter' },
            MESSAGES
        )
    ).toBeNull();
});

test('the tests’ options are worded by their labels, not the picklist’s stored values', () => {
    const words = { test: 'Test', help: 'Help', by: 'By', on: 'On' };
    const fields = championFields(
        {
            tests: { access: words, sells: words, gains: words },
            results: { Passed: 'Bestanden', Failed: 'Nicht bestanden' },
            notYet: 'Noch nicht getestet',
            counter: 'Gegenspieler',
            counterHelp: 'Hilfe'
        },
        []
    );
    expect(fields.find((field) => field.name === 'Champion_Access_Test__c')?.options).toEqual([
        { label: 'Bestanden', value: 'Passed' },
        { label: 'Nicht bestanden', value: 'Failed' }
    ]);
});

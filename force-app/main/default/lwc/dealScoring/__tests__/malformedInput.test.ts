/** @jest-environment node */
import { inEnglish } from '../../../../../../scripts/messages/englishMessages';
import { scoreDeal } from 'c/dealScoring';
import type { DealScoringInput, WarningCode } from 'c/dealScoring';
import { baseDeal, criterion, dealWith, evidence, member, opportunityWith } from './fixtures';

const junk = <T>(value: unknown): T => value as T;

describe('scoreDeal on malformed records', () => {
    // Each row: what is wrong, the input, the warning the user sees, and the score it still gets.
    it.each<[string, DealScoringInput, WarningCode, string, number]>([
        [
            'a negative amount',
            opportunityWith({ Amount: -5 }),
            'BAD_AMOUNT',
            'The amount -5 is not a valid amount (a number of zero or more); read as missing.',
            // No amount: hygiene loses 2/15 of 15; 74.57.
            75
        ],
        [
            'an amount that is not a number',
            opportunityWith({ Amount: Number.NaN }),
            'BAD_AMOUNT',
            'The amount NaN is not a valid amount (a number of zero or more); read as missing.',
            75
        ],
        [
            'a close date that is not a date',
            opportunityWith({ CloseDate: '2026-02-30' }),
            'BAD_FIELD',
            'Opportunity opp1: CloseDate is "2026-02-30", which is not a valid value; read as blank.',
            // No close date: hygiene loses 1/3 of 15; 71.57.
            72
        ],
        [
            'a close date before the deal was created',
            opportunityWith({ CreatedDate: '2027-01-05T09:00:00.000Z' }),
            'DATES_OUT_OF_ORDER',
            'The close date 2026-12-31 is before the deal was created (2027-01-05).',
            77
        ],
        [
            'a last activity in the future',
            opportunityWith({ LastActivityDate: '2026-12-01' }),
            'DATES_OUT_OF_ORDER',
            'LastActivityDate 2026-12-01 is after the "as of" date: a date in the future.',
            77
        ],
        [
            'no "as of" date',
            dealWith({ asOf: 'today' }),
            'BAD_AS_OF',
            'No valid "as of" date (YYYY-MM-DD) was given, so the close date, activity and time in stage could not be judged.',
            77
        ],
        [
            'evidence for a criterion that does not exist',
            dealWith({ evidence: [...baseDeal().evidence, evidence('e8', 'c404', 'Yes')] }),
            'EVIDENCE_UNKNOWN_CRITERION',
            'Evidence e8 answers no known criterion; it was ignored.',
            77
        ],
        [
            'evidence of another deal',
            dealWith({
                evidence: [
                    ...baseDeal().evidence,
                    { ...evidence('e8', 'c3', 'Yes'), Opportunity__c: 'opp2' }
                ]
            }),
            'EVIDENCE_OTHER_DEAL',
            'Evidence e8 belongs to another deal (opp2); it was ignored.',
            77
        ],
        [
            'an evidence state this version does not know',
            dealWith({ evidence: [...baseDeal().evidence, evidence('e8', 'c3', junk('Maybe'))] }),
            'EVIDENCE_UNKNOWN_STATE',
            'Evidence e8 has the state "Maybe", which is not No, In Progress or Yes; read as not yet assessed.',
            77
        ],
        [
            'a Yes that does not say what the customer did',
            dealWith({
                evidence: [
                    ...baseDeal().evidence,
                    evidence('e8', 'c3', 'Yes', { Evidence__c: ' ' })
                ]
            }),
            'EVIDENCE_UNKNOWN_STATE',
            'Evidence e8 is marked Yes but does not say what the customer did or said; counted as In Progress until it does.',
            // c3 In Progress: evidence 11/14 of 40 = 31.43; 79.43.
            79
        ],
        [
            'two members with the same id',
            dealWith({
                members: [...baseDeal().members, { ...baseDeal().members[0]!, Influence__c: 'Low' }]
            }),
            'DUPLICATE_RECORD',
            'Two member records share the id m1; one was used.',
            77
        ],
        [
            'a member with picklist values this version does not know',
            dealWith({
                members: [
                    ...baseDeal().members,
                    member('m5', { Buying_Role__c: junk('Sponsor'), Support__c: junk('Fan') })
                ]
            }),
            'MEMBER_UNKNOWN_VALUES',
            'Member m5 has a value this version does not know in Buying_Role__c, Support__c; read as blank.',
            77
        ],
        [
            'a member with no id',
            dealWith({ members: [...baseDeal().members, junk({ Buying_Role__c: 'Approver' })] }),
            'MISSING_ID',
            'A member record has no usable id (blank); it was skipped.',
            77
        ],
        [
            'a criterion with an unknown importance',
            dealWith({
                criteria: [
                    ...baseDeal().criteria.filter((c) => c.Id !== 'c3'),
                    criterion('c3', 'Qualification', junk('Critical'))
                ]
            }),
            'UNKNOWN_IMPORTANCE',
            'Criterion "Question c3." has an unknown importance "Critical"; weighed as Important.',
            // c3 weighs 2, not 1: evidence 10/16 of 40 = 25; 73.
            73
        ],
        [
            'a criterion whose question is not text',
            dealWith({
                criteria: [
                    ...baseDeal().criteria.filter((c) => c.Id !== 'c3'),
                    { ...criterion('c3', 'Qualification', 'Nice to Have'), Question__c: junk(42) }
                ]
            }),
            'BAD_FIELD',
            'Criterion c3: Question__c is 42, which is not a valid value; read as (no question written).',
            77
        ],
        [
            'a stage history entry with no date',
            dealWith({ stageHistory: [junk({ StageName: 'Qualification', EnteredAt: null })] }),
            'HISTORY_BAD_ENTRY',
            'A stage history entry for "Qualification" has no valid date; it was skipped.',
            77
        ],
        [
            'a stage history that ends in another stage',
            dealWith({ stageHistory: [{ StageName: 'Prospecting', EnteredAt: '2026-06-01' }] }),
            'HISTORY_DISAGREES',
            'The stage history ends in "Prospecting" but the deal is in "Qualification", so its time in stage is unknown.',
            77
        ],
        [
            'a stage history entry after the "as of" date',
            dealWith({ stageHistory: [{ StageName: 'Qualification', EnteredAt: '2027-01-01' }] }),
            'HISTORY_AFTER_AS_OF',
            'The stage history says the deal entered "Qualification" on 2027-01-01, after the "as of" date; that entry was skipped.',
            77
        ],
        [
            'evidence that is not a list',
            dealWith({ evidence: junk('e1,e2') }),
            'NOT_A_LIST',
            'The evidence should be a list but "e1,e2" was given; read as none.',
            // No evidence: evidence and qualification 0; 0 + 0 + 25 + 15.
            40
        ],
        [
            'a stage order listing a stage twice',
            dealWith({
                stageOrder: ['Prospecting', 'Qualification', 'Prospecting', 'Needs Analysis']
            }),
            'NO_STAGE_ORDER',
            'The stage "Prospecting" is listed twice in the sales stages; it counts once, in its first place.',
            77
        ],
        [
            'no opportunity at all',
            dealWith({ opportunity: junk(null) }),
            'NO_OPPORTUNITY',
            'No opportunity was given; it was scored as an empty deal.',
            // No stage: evidence half (20); qualification 8; relationships 25; hygiene loses the
            // close date, amount and buying center (5 + 2 + 1): 7. 60.
            60
        ]
    ])('scores a deal with %s, and warns', (_, input, code, message, score) => {
        const result = scoreDeal(input);
        const warnings = result.warnings.map((w) => ({
            code: w.code,
            message: inEnglish(w.message)
        }));
        expect(warnings).toContainEqual({ code, message });
        expect(result.score).toBe(score);
    });

    it('scores input that is not an object at all as an empty deal, with warnings', () => {
        const result = scoreDeal(junk(undefined));
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.warnings.map((w) => w.code)).toEqual([
            'NO_OPPORTUNITY',
            'BAD_AS_OF',
            'NO_STAGE_ORDER',
            'NOT_A_LIST',
            'NOT_A_LIST',
            'NOT_A_LIST'
        ]);
    });
});

describe('scoreDeal: evidence text hidden from the reader', () => {
    const hiddenWords = (hidden: boolean) =>
        scoreDeal({
            ...dealWith({
                evidence: [
                    ...baseDeal().evidence,
                    evidence('e8', 'c3', 'Yes', { Evidence__c: null })
                ]
            }),
            evidenceTextHidden: hidden
        });

    it('counts a Yes whose words field-level security hides as a Yes, with no warning', () => {
        const visible = scoreDeal(
            dealWith({
                evidence: [
                    ...baseDeal().evidence,
                    evidence('e8', 'c3', 'Yes', { Evidence__c: 'The customer signed the scope.' })
                ]
            })
        );
        const hidden = hiddenWords(true);
        expect(hidden.score).toBe(visible.score);
        expect(hidden.warnings).toEqual([]);
    });

    it('still counts a blank Yes as In Progress when the words are not hidden', () => {
        const blank = hiddenWords(false);
        expect(blank.score).toBeLessThan(hiddenWords(true).score);
        expect(blank.warnings.map((warning) => warning.code)).toEqual(['EVIDENCE_UNKNOWN_STATE']);
    });
});

// The review as saved: the questions with answers as text, and what keeps a draft from saving.
import {
    REVIEW_TEXT_MAX,
    draftHasContent,
    draftProblems,
    questionsAndAnswersText
} from 'c/dealCoaching';

describe('the review record', () => {
    it('keeps each answered question with its answer, and drops the unanswered ones', () => {
        expect(
            questionsAndAnswersText([
                { question: 'Who signs off? ', answer: ' The CFO.' },
                { question: 'Who else is looking?', answer: '   ' },
                { question: 'What would make them do nothing?', answer: 'A budget freeze.' }
            ])
        ).toBe('Who signs off?\nThe CFO.\n\nWhat would make them do nothing?\nA budget freeze.');
    });

    it('names what each half-filled action lacks, and ignores a blank row', () => {
        expect(
            draftProblems({
                reviewedOn: '2026-12-07',
                nextReviewOn: null,
                said: '',
                notes: '',
                actions: [
                    { name: 'Meet the CFO', assignedTo: 'u1', dueDate: '2026-12-14' },
                    { name: '', assignedTo: null, dueDate: null },
                    { name: 'Send the plan', assignedTo: null, dueDate: null },
                    { name: '', assignedTo: 'u1', dueDate: '2026-12-20' }
                ]
            })
        ).toEqual([
            { code: 'ACTION_NO_OWNER', actionIndex: 2 },
            { code: 'ACTION_NO_DUE_DATE', actionIndex: 2 },
            { code: 'ACTION_NO_NAME', actionIndex: 3 }
        ]);
    });

    it('saves a review whose spare action row was left as it came, assigned to the rep', () => {
        expect(
            draftProblems({
                reviewedOn: '2026-12-07',
                nextReviewOn: null,
                said: '',
                notes: 'Talked it through; nothing to add.',
                actions: [{ name: '  ', assignedTo: 'rep', dueDate: null }]
            })
        ).toEqual([]);
    });

    it('refuses a review with nothing in it: no answer, no note, no agreed action', () => {
        const empty = {
            reviewedOn: '2026-12-07',
            nextReviewOn: null,
            said: '',
            notes: '  ',
            actions: [{ name: '', assignedTo: 'rep', dueDate: null }]
        };
        expect(draftProblems(empty)).toEqual([{ code: 'EMPTY_REVIEW' }]);
        expect(draftHasContent(empty)).toBe(false);
        const answered = { ...empty, said: 'Who signs off?\nThe CFO.' };
        expect(draftProblems(answered)).toEqual([]);
        expect(draftHasContent(answered)).toBe(true);
        expect(draftHasContent({ ...empty, nextReviewOn: '2026-12-21' })).toBe(true);
    });

    it('refuses answers or notes longer than the review record holds, before the org does', () => {
        const draft = { reviewedOn: '2026-12-07', nextReviewOn: null, actions: [] };
        expect(draftProblems({ ...draft, said: 'x'.repeat(REVIEW_TEXT_MAX), notes: '' })).toEqual(
            []
        );
        expect(
            draftProblems({ ...draft, said: 'x'.repeat(REVIEW_TEXT_MAX + 1), notes: 'ok' })
        ).toEqual([{ code: 'ANSWERS_TOO_LONG' }]);
        expect(
            draftProblems({ ...draft, said: 'ok', notes: 'x'.repeat(REVIEW_TEXT_MAX + 1) })
        ).toEqual([{ code: 'NOTES_TOO_LONG' }]);
    });

    it('refuses an agreed action due before the review it was agreed in', () => {
        expect(
            draftProblems({
                reviewedOn: '2026-12-07',
                nextReviewOn: null,
                said: '',
                notes: '',
                actions: [{ name: 'Meet the CFO', assignedTo: 'u1', dueDate: '2026-11-01' }]
            })
        ).toEqual([{ code: 'ACTION_DUE_BEFORE_REVIEW', actionIndex: 0 }]);
    });

    it('refuses a next review before the review, and a review without a date', () => {
        expect(
            draftProblems({
                reviewedOn: '2026-12-07',
                nextReviewOn: '2026-12-01',
                said: '',
                notes: 'Noted.',
                actions: []
            })
        ).toEqual([{ code: 'NEXT_REVIEW_BEFORE_REVIEW' }]);
        expect(
            draftProblems({
                reviewedOn: null,
                nextReviewOn: null,
                said: '',
                notes: 'Noted.',
                actions: []
            })
        ).toEqual([{ code: 'NO_REVIEW_DATE' }]);
    });

    it('refuses an action longer than a record name holds', () => {
        expect(
            draftProblems({
                reviewedOn: '2026-12-07',
                nextReviewOn: null,
                said: '',
                notes: '',
                actions: [{ name: 'x'.repeat(81), assignedTo: 'u1', dueDate: '2026-12-14' }]
            })
        ).toEqual([{ code: 'ACTION_NAME_TOO_LONG', actionIndex: 0 }]);
    });
});

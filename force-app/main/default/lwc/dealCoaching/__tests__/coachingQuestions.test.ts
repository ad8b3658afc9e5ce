// Coaching questions from a deal's real scoring result: each tied to its gap, worded by its custom
// label as a question (never a verdict), and sales ops' own questions for the stage after them.
import { join } from 'node:path';
import { plainStyle, renderMessage } from 'c/atlasMessages';
import { scoreDeal } from 'c/dealScoring';
import type { DealScoringInput } from 'c/dealScoring';
import { COACHING_LABELS, coachingQuestions, MAX_CRITERION_QUESTIONS } from 'c/dealCoaching';
import type { CoachingInput, CoachingQuestion } from 'c/dealCoaching';
import { readLabels } from '../../../../../../local/preview/labels';
import { baseDeal, dealWith, member, opportunityWith } from '../../dealScoring/__tests__/fixtures';

const LABELS = readLabels(join(__dirname, '../../../../../..'));
const STYLE = plainStyle(Object.fromEntries(LABELS));

function inputFor(deal: DealScoringInput, extra: Partial<CoachingInput> = {}): CoachingInput {
    return {
        score: scoreDeal(deal, undefined, { nextActions: false }),
        criteria: deal.criteria,
        stage: deal.opportunity.StageName ?? null,
        closeDate: deal.opportunity.CloseDate ?? null,
        people: new Map([
            ['m1', 'Lukas Brandt'],
            ['m2', 'Elena Petrova'],
            ['m3', 'Ravi Shah']
        ]),
        stageQuestions: [],
        actions: [],
        asOf: deal.asOf,
        ...extra
    };
}

const worded = (question: CoachingQuestion): string =>
    question.gap === 'STAGE_QUESTION' ? question.text : renderMessage(question.message, STYLE);

describe('coaching questions', () => {
    it('asks first about what blocks the stage gate, then the stage’s other open criteria, then the people', () => {
        const questions = coachingQuestions(inputFor(baseDeal()));
        expect(questions.map((question) => [question.gap, worded(question)])).toEqual([
            ['GATE_CRITERION', 'What has the customer said or done to show this? Question c2.'],
            ['UNMET_CRITERION', 'What has the customer said or done to show this? Question c3.'],
            [
                'NO_OPPOSITION_IDENTIFIED',
                'Who would rather choose another vendor, or change nothing at all?'
            ],
            [
                'ROLE_NOT_COVERED',
                'Which people in the buying decision have we not met yet, and who could introduce us?'
            ]
        ]);
    });

    it('asks who signs off when no decision maker is mapped, and names an opponent', () => {
        const deal = dealWith({
            members: [
                member('m2', {
                    Buying_Role__c: 'Coach',
                    Support__c: 'Mentor',
                    Coverage__c: 'Brief'
                }),
                member('m3', {
                    Buying_Role__c: 'Evaluator',
                    Support__c: 'Enemy',
                    Influence__c: 'High',
                    Coverage__c: 'Brief'
                })
            ]
        });
        const texts = coachingQuestions(inputFor(deal)).map(worded);
        expect(texts).toContain('Who signs off, and when did we last meet them?');
        expect(texts).toContain(
            'What does Ravi Shah gain if we lose, and who could change their mind?'
        );
    });

    it('asks what would make them do nothing, and when they will decide, once the close date has passed', () => {
        const deal = opportunityWith({ CloseDate: '2026-11-01' });
        const questions = coachingQuestions(inputFor(deal));
        const compelling = questions.filter((question) => question.gap === 'NO_COMPELLING_EVENT');
        expect(compelling.map(worded)).toEqual([
            'What would make them choose to do nothing?',
            'The close date of 2026-11-01 has passed. What has the customer said about when they will decide?'
        ]);
    });

    it('asks about an overdue agreed action first, and not about one done or due later', () => {
        const questions = coachingQuestions(
            inputFor(baseDeal(), {
                actions: [
                    {
                        Id: 'a1',
                        Name: 'Meet the CFO',
                        Deal_Review__c: 'r1',
                        Due_Date__c: '2026-11-20',
                        Status__c: 'Open'
                    },
                    {
                        Id: 'a2',
                        Name: 'Send the plan',
                        Deal_Review__c: 'r1',
                        Due_Date__c: '2026-11-10',
                        Status__c: 'Done'
                    },
                    {
                        Id: 'a3',
                        Name: 'Call legal',
                        Deal_Review__c: 'r1',
                        Due_Date__c: '2026-11-22',
                        Status__c: 'Open'
                    }
                ]
            })
        );
        expect(questions[0]?.gap).toBe('OVERDUE_ACTION');
        expect(worded(questions[0] as CoachingQuestion)).toBe(
            'We agreed "Meet the CFO" by 2026-11-20. What stood in the way, and is it still the right step?'
        );
        expect(questions.filter((question) => question.gap === 'OVERDUE_ACTION')).toHaveLength(1);
    });

    it('adds sales ops’ active questions for this stage and for every stage, in their order, last', () => {
        const questions = coachingQuestions(
            inputFor(baseDeal(), {
                stageQuestions: [
                    {
                        Id: 'q3',
                        Stage__c: 'Qualification',
                        Question__c: 'Who else is looking?',
                        Sort_Order__c: 20
                    },
                    {
                        Id: 'q1',
                        Stage__c: null,
                        Question__c: 'What is the next step?',
                        Sort_Order__c: 10
                    },
                    {
                        Id: 'q2',
                        Stage__c: 'Prospecting',
                        Question__c: 'Not this stage?',
                        Sort_Order__c: 5
                    },
                    {
                        Id: 'q4',
                        Stage__c: 'Qualification',
                        Question__c: 'Retired?',
                        Active__c: false
                    }
                ]
            })
        );
        expect(questions.slice(-2).map(worded)).toEqual([
            'What is the next step?',
            'Who else is looking?'
        ]);
    });

    it('asks about at most a few criteria, however many are open', () => {
        const deal = baseDeal();
        const many = Array.from({ length: 8 }, (_, index) => ({
            Id: `x${index}`,
            Stage__c: 'Qualification',
            Importance__c: 'Important' as const,
            Question__c: `Extra ${index}.`,
            Active__c: true
        }));
        const questions = coachingQuestions(
            inputFor({ ...deal, criteria: [...deal.criteria, ...many] })
        );
        const aboutCriteria = questions.filter(
            (question) => question.gap === 'GATE_CRITERION' || question.gap === 'UNMET_CRITERION'
        );
        expect(aboutCriteria).toHaveLength(MAX_CRITERION_QUESTIONS);
    });

    it('has a label file for every label, and words every question label as a question', () => {
        expect(COACHING_LABELS.filter((label) => LABELS.get(label) === undefined)).toEqual([]);
        const notQuestions = COACHING_LABELS.filter(
            (label) =>
                label.startsWith('Atlas_DRQ_') &&
                label !== 'Atlas_DRQ_Criterion' &&
                !(LABELS.get(label) ?? '').trim().endsWith('?')
        );
        expect(notQuestions).toEqual([]);
    });
});

/** @jest-environment node */
// The mutual plan's risks: which open steps are due after the close date or past their due date, by
// how many days, in the words the Deal Score panel shows (the label files' English); and laws over
// generated plans (settled steps never slip, every slip names its step, every message is a listed
// label with each placeholder filled).
import fc from 'fast-check';
import { join } from 'node:path';
import { DEAL_MESSAGE_LABELS, planStepRisks, planStepSlips } from 'c/dealScoring';
import type { PlanStepInput } from 'c/dealScoring';
import { PLAN_STEP_STATUSES } from 'c/atlasModel';
import { readLabels } from '../../../../../../local/preview/labels';
import { inEnglish } from '../../../../../../scripts/messages/englishMessages';
import { messageProblems } from '../../../../../../scripts/messages/messageProblems';

const LABELS = readLabels(join(__dirname, '..', '..', '..', '..', '..', '..'));
const SHOWN: ReadonlySet<string> = new Set(DEAL_MESSAGE_LABELS);
const CLOSE = '2027-01-29';
const AS_OF = '2026-12-07';

const step = (Name: string, Due_Date__c: string, Status__c: PlanStepInput['Status__c']) => ({
    Name,
    Due_Date__c,
    Status__c
});

describe('a mutual plan against the close date', () => {
    it('names a step due after the close date and by how many days', () => {
        const risks = planStepRisks(
            [step('IT security review', '2027-02-12', 'Not Started')],
            CLOSE,
            AS_OF
        );
        expect(risks.map((risk) => [risk.code, risk.severity, inEnglish(risk.message)])).toEqual([
            [
                'PLAN_STEP_AFTER_CLOSE',
                'high',
                'Mutual plan step "IT security review" is due 2027-02-12, 14 days after the close date (2027-01-29): agree an earlier date with the customer or move the close date.'
            ]
        ]);
    });

    it('names an open step past its due date, one day in the singular', () => {
        const risks = planStepRisks(
            [step('Vendor onboarding', '2026-12-06', 'In Progress')],
            CLOSE,
            AS_OF
        );
        expect(risks.map((risk) => inEnglish(risk.message))).toEqual([
            'Mutual plan step "Vendor onboarding" was due 2026-12-06 and is 1 day overdue: ask its owners what stands in the way.'
        ]);
    });

    it('finds nothing wrong with a step due on the close date or today, or one that is settled', () => {
        const plan = [
            step('Signature', CLOSE, 'Not Started'),
            step('Legal review', AS_OF, 'In Progress'),
            step('Workshop', '2026-11-01', 'Done'),
            step('Old pilot', '2027-03-01', 'Cancelled')
        ];
        expect(planStepRisks(plan, CLOSE, AS_OF)).toEqual([]);
    });

    it('lists a late step due after the close date twice, in the order of the plan', () => {
        // The close date itself has passed (30 Nov): the step due 1 Dec is after it and overdue;
        // signature, due in February, is only after it.
        const risks = planStepRisks(
            [
                step('Signature', '2027-02-20', 'Not Started'),
                step('Late and after close', '2026-12-01', 'Not Started')
            ],
            '2026-11-30',
            AS_OF
        );
        expect(risks.map((risk) => risk.code)).toEqual([
            'PLAN_STEP_AFTER_CLOSE',
            'PLAN_STEP_OVERDUE',
            'PLAN_STEP_AFTER_CLOSE'
        ]);
        expect(inEnglish(risks[0]!.message)).toContain(
            '"Late and after close" is due 2026-12-01, 1 day after'
        );
    });

    it('has no risks on a closed deal, and no close-date risk on a deal without a close date', () => {
        const plan = [step('Signature', '2027-02-20', 'Not Started')];
        expect(planStepRisks(plan, CLOSE, AS_OF, true)).toEqual([]);
        expect(planStepRisks(plan, null, AS_OF)).toEqual([]);
    });
});

const dayArb = fc
    .date({
        min: new Date('2026-01-01T00:00:00Z'),
        max: new Date('2027-12-31T00:00:00Z'),
        noInvalidDate: true
    })
    .map((date) => date.toISOString().slice(0, 10));
const stepArb = fc.record({
    Name: fc.string({ minLength: 1, maxLength: 20 }),
    Due_Date__c: dayArb,
    Status__c: fc.constantFrom(null, ...PLAN_STEP_STATUSES)
});

describe('mutual plan risk laws', () => {
    it('a settled step never slips, and every slip is at least one day', () => {
        fc.assert(
            fc.property(stepArb, dayArb, dayArb, (planStep, close, asOf) => {
                const slips = planStepSlips(planStep, close, asOf);
                const settled = planStep.Status__c === 'Done' || planStep.Status__c === 'Cancelled';
                expect(settled ? slips : []).toEqual([]);
                for (const slip of slips) {
                    expect(slip.days).toBeGreaterThanOrEqual(1);
                }
            })
        );
    });

    it('every risk names its step, is a listed label and leaves no placeholder unfilled', () => {
        fc.assert(
            fc.property(
                fc.array(stepArb, { maxLength: 8 }),
                dayArb,
                dayArb,
                (plan, close, asOf) => {
                    for (const risk of planStepRisks(plan, close, asOf)) {
                        expect(messageProblems(risk.message, SHOWN, LABELS)).toEqual([]);
                        expect(risk.message.params[0]).toEqual(expect.any(String));
                        expect(inEnglish(risk.message)).not.toMatch(/\{\d+\}/);
                    }
                }
            )
        );
    });
});

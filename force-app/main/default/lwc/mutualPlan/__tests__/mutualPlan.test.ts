/** @jest-environment node */
// The mutual plan helper: the CSV the customer receives (read back by a CSV parser it must round-trip
// through, with internal notes never in it, whatever they hold), the plan's order, and the checks on
// what a rep types.
import fc from 'fast-check';
import { PLAN_STEP_STATUSES } from 'c/atlasModel';
import { completedOnFor, orderedSteps, planCsv, stepProblems } from 'c/mutualPlan';
import type { PlanStep, StepDraft } from 'c/mutualPlan';

const HEADINGS = {
    number: 'No.',
    step: 'Step',
    dueDate: 'Due date',
    status: 'Status',
    ourOwner: 'Our owner',
    customerOwner: 'Customer owner',
    evidence: 'Evidence',
    completedOn: 'Completed on'
};
const WORDS = { statusLabel: (status: string | null | undefined) => status ?? 'Not Started' };

/** RFC 4180 read back: quoted fields, doubled quotes, CRLF between records. */
function parseCsv(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const char = text[i]!;
        if (quoted) {
            if (char === '"' && text[i + 1] === '"') {
                cell += '"';
                i++;
            } else if (char === '"') {
                quoted = false;
            } else {
                cell += char;
            }
        } else if (char === '"') {
            quoted = true;
        } else if (char === ',') {
            row.push(cell);
            cell = '';
        } else if (char === '\r' && text[i + 1] === '\n') {
            row.push(cell);
            rows.push(row);
            row = [];
            cell = '';
            i++;
        } else {
            cell += char;
        }
    }
    return rows;
}

function planStep(overrides: Partial<PlanStep>): PlanStep {
    return {
        Id: 'a0P000000000001AAA',
        Opportunity__c: '006000000000001AAA',
        Name: 'Security review',
        Due_Date__c: '2027-01-15',
        Status__c: 'Not Started',
        Our_Owner__c: null,
        ourOwnerName: null,
        Customer_Owner__c: null,
        customerOwnerName: null,
        Evidence__c: null,
        Internal_Notes__c: null,
        Completed_On__c: null,
        ...overrides
    };
}

const textArb = fc.string({ maxLength: 30 });
const stepArb = fc.record({
    Id: fc.uuid(),
    Opportunity__c: fc.constant('006000000000001AAA'),
    Name: fc.string({ minLength: 1, maxLength: 30 }),
    Due_Date__c: fc.constantFrom('2026-12-01', '2027-01-15', '2027-02-12'),
    Status__c: fc.constantFrom(null, ...PLAN_STEP_STATUSES),
    Our_Owner__c: fc.constant(null),
    ourOwnerName: fc.option(textArb),
    Customer_Owner__c: fc.constant(null),
    customerOwnerName: fc.option(textArb),
    Evidence__c: fc.option(textArb),
    Internal_Notes__c: fc.option(textArb),
    Completed_On__c: fc.constant(null)
});

describe('the customer CSV', () => {
    it('reads back as the plan in order: one row per step under the headings', () => {
        const csv = planCsv(
            [
                planStep({ Id: '2', Name: 'Signature', Due_Date__c: '2027-01-29' }),
                planStep({
                    Id: '1',
                    Name: 'Legal, redlines',
                    Due_Date__c: '2027-01-10',
                    Status__c: 'In Progress',
                    customerOwnerName: 'Chris "CN" Novak',
                    Evidence__c: 'Agreed contract\nv3',
                    Internal_Notes__c: 'Their counsel is slow'
                })
            ],
            HEADINGS,
            WORDS
        );
        expect(parseCsv(csv)).toEqual([
            [
                'No.',
                'Step',
                'Due date',
                'Status',
                'Our owner',
                'Customer owner',
                'Evidence',
                'Completed on'
            ],
            [
                '1',
                'Legal, redlines',
                '2027-01-10',
                'In Progress',
                '',
                'Chris "CN" Novak',
                'Agreed contract\nv3',
                ''
            ],
            ['2', 'Signature', '2027-01-29', 'Not Started', '', '', '', '']
        ]);
        expect(csv).not.toContain('Their counsel is slow');
    });

    it('never lets a spreadsheet run a cell as a formula', () => {
        const csv = planCsv(
            [planStep({ Name: '=HYPERLINK("x")', Evidence__c: '+1' })],
            HEADINGS,
            WORDS
        );
        expect(parseCsv(csv)[1]!.slice(1, 2)).toEqual([`'=HYPERLINK("x")`]);
        expect(parseCsv(csv)[1]![6]).toBe("'+1");
    });

    it('law: every step is one row, in order, and no internal note ever appears', () => {
        fc.assert(
            fc.property(fc.array(stepArb, { maxLength: 6 }), (steps) => {
                const notes = steps.map((step) => `NOTE-${step.Id}`);
                const withNotes = steps.map((step, i) => ({
                    ...step,
                    Internal_Notes__c: notes[i]!
                }));
                const csv = planCsv(withNotes, HEADINGS, WORDS);
                const rows = parseCsv(csv);
                expect(rows).toHaveLength(steps.length + 1);
                for (const row of rows) {
                    expect(row).toHaveLength(8);
                }
                expect(rows.slice(1).map((row) => row[0])).toEqual(
                    steps.map((_, i) => String(i + 1))
                );
                for (const note of notes) {
                    expect(csv).not.toContain(note);
                }
            })
        );
    });
});

describe('the plan order', () => {
    it('goes by due date, undated steps last, then by name', () => {
        const ordered = orderedSteps([
            { Name: 'B', Due_Date__c: null },
            { Name: 'Z', Due_Date__c: '2027-01-01' },
            { Name: 'A', Due_Date__c: '2027-01-01' },
            { Name: 'C', Due_Date__c: '2026-12-01' }
        ]);
        expect(ordered.map((step) => step.Name)).toEqual(['C', 'A', 'Z', 'B']);
    });
});

describe('what a rep types', () => {
    const draft = (overrides: Partial<StepDraft>): StepDraft => ({
        name: 'Security review',
        dueDate: '2027-01-15',
        status: 'Not Started',
        ourOwnerId: null,
        customerOwnerId: null,
        evidence: '',
        internalNotes: '',
        ...overrides
    });

    it('accepts a named, dated step', () => {
        expect(stepProblems(draft({}))).toEqual([]);
    });

    it('names each problem on its field', () => {
        expect(stepProblems(draft({ name: '  ', dueDate: '' }))).toEqual([
            { code: 'NO_NAME', field: 'name' },
            { code: 'NO_DUE_DATE', field: 'dueDate' }
        ]);
        expect(
            stepProblems(
                draft({ name: 'x'.repeat(81), dueDate: '2027-02-30', evidence: 'e'.repeat(256) })
            )
        ).toEqual([
            { code: 'NAME_TOO_LONG', field: 'name' },
            { code: 'BAD_DUE_DATE', field: 'dueDate' },
            { code: 'EVIDENCE_TOO_LONG', field: 'evidence' }
        ]);
    });

    it('dates a step done today, keeps an earlier completion, and clears it when reopened', () => {
        expect(completedOnFor('Done', null, '2026-12-07')).toBe('2026-12-07');
        expect(completedOnFor('Done', '2026-12-01', '2026-12-07')).toBe('2026-12-01');
        expect(completedOnFor('In Progress', '2026-12-01', '2026-12-07')).toBeNull();
    });
});

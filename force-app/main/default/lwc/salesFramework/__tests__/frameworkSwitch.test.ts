/** @jest-environment node */
// One active framework: a switch's writes come in the order that never leaves two active, the
// questions move to the new framework's groups by its template's mapping (and back), and a reader
// that finds two active frameworks picks the same one everywhere.
import {
    MEDDICC,
    activeFrameworkOf,
    chosenFrameworkId,
    criteriaMoves,
    frameworkGroupsOf,
    importRecords,
    switchSteps,
    tasFrameworkOf,
    TAS
} from 'c/salesFramework';
import type {
    FrameworkGroupRecord,
    SalesFrameworkRecord,
    StageCriterionRecord
} from 'c/atlasModel';

const groupsOf = (frameworkId: string, template: typeof TAS): FrameworkGroupRecord[] =>
    importRecords(template, []).groups.map((fields, index) => ({
        ...(fields as unknown as FrameworkGroupRecord),
        Id: `${frameworkId}-g${index}`,
        Sales_Framework__c: frameworkId
    }));

const frameworks: SalesFrameworkRecord[] = [
    { Id: 'a01', Name: 'TAS', Active__c: true, Template__c: 'TAS' },
    { Id: 'a02', Name: 'MEDDICC', Active__c: false, Template__c: 'MEDDICC' }
];
const groups = [...groupsOf('a01', TAS), ...groupsOf('a02', MEDDICC)];
const criteria: StageCriterionRecord[] = [
    {
        Id: 'q1',
        Question__c: 'Need?',
        Category__c: 'Is there an opportunity?',
        Framework_Group__c: 'a01-g0'
    },
    { Id: 'q2', Question__c: 'Coach?', Category__c: 'Can we win?', Framework_Group__c: 'a01-g2' },
    { Id: 'q3', Question__c: 'Outcome?', Category__c: 'Verifiable Outcome' },
    { Id: 's1', Question__c: 'Staged', Stage__c: 'Prospecting', Category__c: 'Can we win?' }
];
const labelOf = (id: string | null) => groups.find((g) => g.Id === id)?.Name ?? null;

describe('switching the active framework', () => {
    it('moves the questions to MEDDICC’s letters by its mapping, never a stage criterion', () => {
        const moves = criteriaMoves(criteria, frameworks, groups, 'a02');
        expect(moves.map((move) => [move.Id, labelOf(move.Framework_Group__c)])).toEqual([
            ['q1', 'Identify Pain'],
            ['q2', 'Champion']
        ]);
    });

    it('finds a renamed group by its key and order', () => {
        const renamed = groups.map((g) =>
            g.Name === 'Champion' ? { ...g, Name: 'Our champion' } : g
        );
        const moves = criteriaMoves(criteria, frameworks, renamed, 'a02');
        expect(moves.find((m) => m.Id === 'q2')?.Framework_Group__c).toBe(
            renamed.find((g) => g.Name === 'Our champion')?.Id
        );
    });

    it('deactivates the old framework before it activates the new one, after moving the questions', () => {
        expect(switchSteps(criteria, frameworks, groups, 'a02').map((step) => step.kind)).toEqual([
            'move',
            'deactivate',
            'activate'
        ]);
    });

    it('moves the questions back to TAS’s groups on the way back', () => {
        const moved = criteria.map((c) => {
            const move = criteriaMoves(criteria, frameworks, groups, 'a02').find(
                (m) => m.Id === c.Id
            );
            return move ? { ...c, Framework_Group__c: move.Framework_Group__c } : c;
        });
        const after = frameworks.map((f) => ({ ...f, Active__c: f.Id === 'a02' }));
        const back = criteriaMoves(moved, after, groups, 'a01');
        expect(back).toEqual([
            { Id: 'q1', Framework_Group__c: 'a01-g0' },
            { Id: 'q2', Framework_Group__c: 'a01-g2' }
        ]);
        expect(switchSteps(moved, after, groups, 'a01').map((s) => s.kind)).toEqual([
            'move',
            'deactivate',
            'activate'
        ]);
        expect(tasFrameworkOf(after)?.Id).toBe('a01');
    });

    it('activating the framework already active writes nothing', () => {
        expect(switchSteps(criteria, frameworks, groups, 'a01')).toEqual([]);
    });
});

describe('two active frameworks', () => {
    const both = frameworks.map((f) => ({ ...f, Active__c: true }));

    it('scores with the framework whose Id sorts first, whatever order the groups come in', () => {
        const reversed = [...groups].reverse();
        expect(chosenFrameworkId(reversed)).toBe('a01');
        expect(frameworkGroupsOf(reversed).map((g) => g.label)).toEqual(
            TAS.groups.map((g) => g.label)
        );
        expect(activeFrameworkOf(both, groups)).toEqual({ active: both, inForce: both[0] });
    });

    it('a switch from two active deactivates both others', () => {
        const three = [...both, { Id: 'a03', Name: 'BANT', Active__c: false, Template__c: 'BANT' }];
        expect(
            switchSteps([], three, groups, 'a03').map((step) =>
                step.kind === 'move' ? step.kind : `${step.kind} ${step.frameworkId}`
            )
        ).toEqual(['deactivate a01', 'deactivate a02', 'activate a03']);
    });
});

describe('importing a template', () => {
    it('creates the framework inactive, with a name of its own on a second import', () => {
        expect(importRecords(MEDDICC, ['TAS']).framework).toMatchObject({
            Name: 'MEDDICC',
            Active__c: false,
            Template__c: 'MEDDICC'
        });
        expect(importRecords(MEDDICC, ['MEDDICC', 'MEDDICC (2)']).framework.Name).toBe(
            'MEDDICC (3)'
        );
        expect(
            importRecords(MEDDICC, [])
                .groups.map((g) => g.Key__c)
                .join('')
        ).toBe('MEDDICC');
    });
});

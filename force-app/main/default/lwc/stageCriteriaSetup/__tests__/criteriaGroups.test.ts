/** @jest-environment node */
import type { StageCriterionView } from 'c/atlasData';
import { criteriaGroups, nextSortOrder, reorderChanges, withDraft } from '../criteriaGroups';

function criterion(
    Id: string,
    Stage__c: string | null,
    Sort_Order__c: number | null
): StageCriterionView {
    return { Id, Stage__c, Sort_Order__c, Question__c: `Question ${Id}`, Active__c: true };
}

const criteria = [
    criterion('c3', 'Qualification', 3),
    criterion('c1', 'Qualification', 1),
    criterion('c2', 'Qualification', 2),
    criterion('q1', null, 1),
    criterion('p1', 'Prospecting', 1),
    criterion('x1', 'Discovery (retired)', 1)
];

describe('criteriaGroups', () => {
    it('puts qualification questions first, then stages in process order, then unknown stages', () => {
        const groups = criteriaGroups(criteria, ['Prospecting', 'Qualification', 'Needs Analysis']);
        expect(
            groups.map((group) => [group.stage, group.known, group.criteria.map((c) => c.Id)])
        ).toEqual([
            ['', true, ['q1']],
            ['Prospecting', true, ['p1']],
            ['Qualification', true, ['c1', 'c2', 'c3']],
            ['Needs Analysis', true, []],
            ['Discovery (retired)', false, ['x1']]
        ]);
    });

    it('renumbers a stage after a move and returns only the criteria whose place changed', () => {
        expect(reorderChanges(criteria, 'c3', 'up')).toEqual([
            { Id: 'c3', Sort_Order__c: 2 },
            { Id: 'c2', Sort_Order__c: 3 }
        ]);
        expect(reorderChanges(criteria, 'c1', 'up')).toEqual([]);
        expect(reorderChanges(criteria, 'c3', 'down')).toEqual([]);
        // Gaps and blanks in the old numbering are closed up too.
        const gappy = [criterion('a', 'Qualification', 5), criterion('b', 'Qualification', null)];
        expect(reorderChanges(gappy, 'b', 'up')).toEqual([
            { Id: 'b', Sort_Order__c: 1 },
            { Id: 'a', Sort_Order__c: 2 }
        ]);
    });

    it('gives a new criterion the next place in its stage', () => {
        expect(nextSortOrder(criteria, 'Qualification')).toBe(4);
        expect(nextSortOrder(criteria, 'Needs Analysis')).toBe(1);
        expect(nextSortOrder(criteria, '')).toBe(2);
    });

    it('plays a draft into the criteria: an edit replaces, a new one is added', () => {
        expect(
            withDraft(criteria, 'c2', { Importance__c: 'Essential' }).find((c) => c.Id === 'c2')
        ).toMatchObject({
            Importance__c: 'Essential',
            Stage__c: 'Qualification'
        });
        const added = withDraft(criteria, null, { Stage__c: 'Prospecting', Question__c: 'New' });
        expect(added).toHaveLength(criteria.length + 1);
        expect(added[added.length - 1]).toMatchObject({ Stage__c: 'Prospecting', Active__c: true });
    });
});

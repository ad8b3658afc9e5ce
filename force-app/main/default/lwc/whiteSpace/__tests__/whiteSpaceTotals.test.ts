/** @jest-environment node */
import type { MapCellStatus, OpportunityMapCellRecord } from 'c/atlasModel';
import { cellValue, whiteSpaceTotals } from 'c/whiteSpace';
import type { WhiteSpace } from 'c/whiteSpace';
import { CELLS, CENTERS, OPPORTUNITIES, SOLUTIONS, cell } from './fixtures';

const counts = (totals: WhiteSpace['map']) =>
    Object.fromEntries(
        Object.entries(totals.byStatus).map(([status, t]) => [status, [t.count, t.value]])
    );

describe('whiteSpaceTotals: the worked example', () => {
    let result: WhiteSpace;
    beforeAll(() => {
        result = whiteSpaceTotals(CELLS, CENTERS, SOLUTIONS, OPPORTUNITIES);
    });

    it('lays out active solutions by sort order and buying centers with children under their parent', () => {
        expect(result.columns.map((s) => s.Name)).toEqual(['Analytics', 'Cloud']);
        expect(result.rows.map((row) => [row.buyingCenter.Name, row.depth, row.parentId])).toEqual([
            ['Finance', 0, null],
            ['Treasury', 1, 'bc1'],
            ['Retail Banking', 0, null]
        ]);
        expect(result.rows.map((row) => row.cells.map((c) => c?.Id ?? null))).toEqual([
            ['x1', 'x2'],
            ['x5', 'x6'],
            ['x3', 'x4']
        ]);
    });

    it('totals the map by status, values and counts', () => {
        expect(counts(result.map)).toEqual({
            Current: [2, 340],
            Pursuing: [1, 200],
            Potential: [2, 1300],
            Competitor: [1, 100],
            Blocked: [1, 50],
            'Not a Fit': [0, 0]
        });
        expect(result.map.cellCount).toBe(7);
    });

    it('measures penetration as current value over current, potential, pursuing and competitor value', () => {
        // 340 ÷ (340 + 1300 + 200 + 100); the blocked 50 is not reachable.
        expect(result.map.reachableValue).toBe(1940);
        expect(result.map.penetration).toBeCloseTo(340 / 1940, 12);
        // Finance alone: 340 ÷ (340 + 500). With Treasury under it: 340 ÷ (340 + 1300).
        expect(result.rows[0]!.totals.penetration).toBeCloseTo(340 / 840, 12);
        expect(result.rows[0]!.rollup.penetration).toBeCloseTo(340 / 1640, 12);
        expect(result.rows[2]!.totals.penetration).toBe(0);
    });

    it('totals each solution, the retired one too', () => {
        expect(result.bySolution.s1!.penetration).toBeCloseTo(300 / 500, 12);
        expect(counts(result.bySolution.s2!)).toMatchObject({
            Potential: [2, 1300],
            Competitor: [1, 100]
        });
        expect(counts(result.bySolution.s3!)).toMatchObject({ Current: [1, 40] });
        expect(result.warnings).toEqual([
            {
                code: 'INACTIVE_SOLUTION',
                message:
                    'Cell x7 is on Legacy, which is no longer an active solution; it counts in the totals but has no column on the grid.',
                recordId: 'x7'
            }
        ]);
    });

    it('totals what the grid shows apart from the retired solution it leaves out', () => {
        // Finance shows Analytics 300 (Current) and Cloud 500 (Potential); Legacy's 40 is not shown.
        expect(counts(result.rows[0]!.onGrid)).toMatchObject({
            Current: [1, 300],
            Potential: [1, 500]
        });
        expect(result.rows[0]!.onGrid.penetration).toBeCloseTo(300 / 800, 12);
        expect(counts(result.onGrid)).toMatchObject({ Current: [1, 300], Potential: [2, 1300] });
        expect(result.offGrid).toEqual([
            {
                reason: 'INACTIVE_SOLUTION',
                name: 'Legacy',
                totals: expect.objectContaining({ cellCount: 1 })
            }
        ]);
        expect(counts(result.offGrid[0]!.totals)).toMatchObject({ Current: [1, 40] });
        expect(Object.keys(result.onGridBySolution).sort()).toEqual(['s1', 's2']);
    });

    it('ranks the biggest open white space by value, with the names to show', () => {
        expect(
            result.biggestOpenings.map((o) => [
                o.cellId,
                o.value,
                o.buyingCenterName,
                o.solutionName
            ])
        ).toEqual([
            ['x6', 800, 'Treasury', 'Cloud'],
            ['x2', 500, 'Finance', 'Cloud']
        ]);
        expect(result.biggestOpenings[0]!.message).toBe('Cloud for Treasury: 800 of white space.');
    });

    it('finds cells whose linked opportunity disagrees with them, in grid order', () => {
        expect(result.conflicts).toEqual([
            {
                cellId: 'x6',
                code: 'POTENTIAL_WITH_OPEN_OPPORTUNITY',
                message: 'Marked Potential but Treasury cloud is open: mark the cell Pursuing.',
                opportunityId: 'o2',
                outcome: null,
                buyingCenterId: 'bc3',
                solutionId: 's2'
            },
            {
                cellId: 'x3',
                code: 'PURSUING_BUT_CLOSED',
                message:
                    'Marked Pursuing, but Retail analytics was lost: mark the cell Potential, or Competitor if a competitor won it.',
                opportunityId: 'o1',
                outcome: 'lost',
                buyingCenterId: 'bc2',
                solutionId: 's1'
            }
        ]);
    });
});

describe('whiteSpaceTotals: conflicts', () => {
    it.each<[MapCellStatus, string, string | null, string | null, Record<string, unknown> | null]>([
        ['Pursuing', 'won', 'PURSUING_BUT_CLOSED', 'won', { IsClosed: true, IsWon: true }],
        ['Pursuing', 'lost', 'PURSUING_BUT_CLOSED', 'lost', { StageName: 'Closed Lost' }],
        ['Pursuing', 'open', null, null, { IsClosed: false }],
        ['Current', 'open', 'CURRENT_WITH_OPEN_OPPORTUNITY', null, { IsClosed: false }],
        ['Current', 'won', null, null, { IsClosed: true, IsWon: true }],
        [
            'Potential',
            'open',
            'POTENTIAL_WITH_OPEN_OPPORTUNITY',
            null,
            { StageName: 'Prospecting' }
        ],
        ['Potential', 'lost', null, null, { IsClosed: true, IsWon: false }],
        ['Competitor', 'lost', null, null, { IsClosed: true, IsWon: false }],
        ['Pursuing', 'missing', 'OPPORTUNITY_NOT_FOUND', null, null]
    ])(
        'a %s cell whose linked opportunity is %s reports %p (outcome %p)',
        (status, _state, code, outcome, opportunity) => {
            const result = whiteSpaceTotals(
                [cell('c1', 'bc1', 's1', status, { Opportunity__c: 'o9' })],
                CENTERS,
                SOLUTIONS,
                opportunity ? [{ Id: 'o9', Name: 'Deal', ...opportunity }] : []
            );
            expect(result.conflicts.map((c) => [c.code, c.outcome])).toEqual(
                code ? [[code, outcome]] : []
            );
        }
    );

    it('checks no links when it is given no opportunities at all', () => {
        const result = whiteSpaceTotals(CELLS, CENTERS, SOLUTIONS);
        expect(result.conflicts).toEqual([]);
    });
});

describe('whiteSpaceTotals: empty and bad input', () => {
    it('gives an empty grid and no penetration for an empty map rather than dividing by zero', () => {
        const empty = whiteSpaceTotals([], CENTERS, SOLUTIONS);
        expect(empty.map.penetration).toBeNull();
        expect(empty.rows).toHaveLength(3);
        expect(empty.rows.every((row) => row.cells.every((c) => c === null))).toBe(true);
        expect(empty.biggestOpenings).toEqual([]);
        expect(empty.warnings).toEqual([]);
    });

    it.each<[string, OpportunityMapCellRecord[], string[]]>([
        [
            'an unknown status',
            [cell('y1', 'bc1', 's1', 'Maybe' as MapCellStatus)],
            ['UNKNOWN_STATUS']
        ],
        [
            'a negative value',
            [cell('y1', 'bc1', 's1', 'Potential', { Potential_Value__c: -5 })],
            ['INVALID_VALUE']
        ],
        [
            'a value that is not a number',
            [cell('y1', 'bc1', 's1', 'Current', { Current_Value__c: Number.NaN })],
            ['INVALID_VALUE']
        ],
        [
            'a buying center not on the list',
            [cell('y1', 'bc9', 's1', 'Potential')],
            ['UNKNOWN_BUYING_CENTER']
        ],
        [
            'a solution not on the list',
            [cell('y1', 'bc1', 's9', 'Potential')],
            ['UNKNOWN_SOLUTION']
        ],
        [
            'two cells for the same spot',
            [cell('y1', 'bc1', 's1', 'Potential'), cell('y2', 'bc1', 's1', 'Current')],
            ['DUPLICATE_CELL']
        ],
        [
            'the same cell twice',
            [cell('y1', 'bc1', 's1', 'Potential'), cell('y1', 'bc1', 's1', 'Potential')],
            ['DUPLICATE_RECORD']
        ],
        [
            'records that are not cells',
            [null, 7, { Status__c: 'Current' }] as never,
            ['INVALID_RECORD']
        ],
        [
            'cells of two maps',
            [
                cell('y1', 'bc1', 's1', 'Potential'),
                cell('y2', 'bc2', 's1', 'Potential', { Opportunity_Map__c: 'map2' })
            ],
            ['CELLS_FROM_SEVERAL_MAPS']
        ]
    ])('warns about %s', (_case, cells, codes) => {
        const result = whiteSpaceTotals(cells, CENTERS, SOLUTIONS);
        expect(result.warnings.map((w) => w.code)).toEqual(codes);
    });

    it('leaves a cell of unknown status out of the totals and counts a bad value as 0', () => {
        const result = whiteSpaceTotals(
            [
                cell('y1', 'bc1', 's1', 'Maybe' as MapCellStatus, { Potential_Value__c: 10 }),
                cell('y2', 'bc1', 's2', 'Potential', { Potential_Value__c: -5 })
            ],
            CENTERS,
            SOLUTIONS
        );
        expect(result.map.cellCount).toBe(1);
        expect(result.map.byStatus.Potential).toEqual({ count: 1, value: 0 });
        expect(result.warnings[0]!.message).toBe(
            'Cell y1 has the status "Maybe", which is not one of Current, Pursuing, Potential, Competitor, Blocked, Not a Fit; it is left out of the totals.'
        );
    });

    it('counts a cell of an unknown buying center in the map and its own bucket, in no row', () => {
        const result = whiteSpaceTotals(
            [cell('y1', 'bc9', 's1', 'Potential', { Potential_Value__c: 70 })],
            CENTERS,
            SOLUTIONS
        );
        expect(result.map.byStatus.Potential.value).toBe(70);
        expect(result.unknownBuyingCenter.byStatus.Potential.value).toBe(70);
        expect(result.rows.every((row) => row.totals.cellCount === 0)).toBe(true);
        expect(result.biggestOpenings).toEqual([]);
    });

    it('shows a buying center whose parent is missing at the top level', () => {
        const result = whiteSpaceTotals(
            [],
            [{ Id: 'bc1', Name: 'Finance', Account__c: 'a1', Parent_Buying_Center__c: 'gone' }],
            SOLUTIONS
        );
        expect(result.rows.map((row) => [row.buyingCenter.Id, row.depth])).toEqual([['bc1', 0]]);
        expect(result.warnings.map((w) => w.code)).toEqual(['PARENT_NOT_FOUND']);
    });

    it('breaks a loop of parents at its first member by name and keeps every row', () => {
        const result = whiteSpaceTotals(
            [],
            [
                { Id: 'b1', Name: 'Beta', Account__c: 'a1', Parent_Buying_Center__c: 'b2' },
                { Id: 'b2', Name: 'Alpha', Account__c: 'a1', Parent_Buying_Center__c: 'b1' },
                { Id: 'b3', Name: 'Gamma', Account__c: 'a1', Parent_Buying_Center__c: 'b1' }
            ],
            SOLUTIONS
        );
        expect(result.rows.map((row) => [row.buyingCenter.Name, row.depth])).toEqual([
            ['Alpha', 0],
            ['Beta', 1],
            ['Gamma', 2]
        ]);
        expect(result.warnings).toEqual([
            {
                code: 'PARENT_CYCLE',
                message:
                    "The buying centers Alpha, Beta are each other's parents; Alpha is shown at the top level.",
                recordId: 'b2'
            }
        ]);
    });

    it('values a cell by what we sell today when Current, else by its potential', () => {
        expect(
            cellValue(
                cell('v1', 'b', 's', 'Current', { Current_Value__c: 5, Potential_Value__c: 9 })
            )
        ).toBe(5);
        expect(
            cellValue(
                cell('v2', 'b', 's', 'Pursuing', { Current_Value__c: 5, Potential_Value__c: 9 })
            )
        ).toBe(9);
        expect(cellValue(null as never)).toBe(0);
    });
});

/** @jest-environment node */
import fc from 'fast-check';
import { shuffled } from '../../../../../../jest/laws';
import type {
    BuyingCenterRecord,
    OpportunityMapCellRecord,
    OpportunityRecord,
    SolutionRecord
} from 'c/atlasModel';
import { CELL_STATUSES, cellValue, whiteSpaceTotals } from 'c/whiteSpace';
import type { WhiteSpaceTotals } from 'c/whiteSpace';
import { CENTERS, SOLUTIONS, cell } from './fixtures';

const valueArb = fc.oneof(
    fc.integer({ min: 0, max: 1_000_000 }),
    fc.constantFrom(null, undefined, -10, Number.NaN)
);
const cellsArb: fc.Arbitrary<OpportunityMapCellRecord[]> = fc
    .array(
        fc.record({
            n: fc.integer({ min: 0, max: 60 }),
            bc: fc.constantFrom('bc1', 'bc2', 'bc3', 'bc9'),
            s: fc.constantFrom('s1', 's2', 's3', 's9'),
            status: fc.constantFrom(...CELL_STATUSES),
            potential: valueArb,
            current: valueArb,
            opportunity: fc.constantFrom(null, 'o1', 'o2', 'o3')
        }),
        { maxLength: 40 }
    )
    .map((list) =>
        list.map((c) =>
            cell(`c${c.n}`, c.bc, c.s, c.status, {
                Potential_Value__c: c.potential,
                Current_Value__c: c.current,
                Opportunity__c: c.opportunity
            })
        )
    );
const opportunitiesArb: fc.Arbitrary<OpportunityRecord[]> = fc.subarray([
    { Id: 'o1', Name: 'One', IsClosed: true, IsWon: true },
    { Id: 'o2', Name: 'Two', IsClosed: false },
    { Id: 'o3', Name: 'Three', StageName: 'Closed Lost' }
]);

function plus(a: WhiteSpaceTotals, b: WhiteSpaceTotals): number[] {
    return CELL_STATUSES.flatMap((status) => [
        a.byStatus[status].count + b.byStatus[status].count,
        a.byStatus[status].value + b.byStatus[status].value
    ]);
}

function sumOf(list: WhiteSpaceTotals[]): WhiteSpaceTotals {
    const total = whiteSpaceTotals([], [], []).map;
    for (const totals of list) {
        for (const status of CELL_STATUSES) {
            total.byStatus[status].count += totals.byStatus[status].count;
            total.byStatus[status].value += totals.byStatus[status].value;
        }
    }
    return total;
}

function flat(totals: WhiteSpaceTotals): number[] {
    return CELL_STATUSES.flatMap((status) => [
        totals.byStatus[status].count,
        totals.byStatus[status].value
    ]);
}

describe('whiteSpaceTotals: laws', () => {
    it('makes the map total the sum of the rows (plus unknown buying centers) and of the solutions (plus unknown solutions)', () => {
        fc.assert(
            fc.property(cellsArb, (cells) => {
                const result = whiteSpaceTotals(cells, CENTERS, SOLUTIONS);
                const rows = sumOf(result.rows.map((row) => row.totals));
                const solutions = sumOf(Object.values(result.bySolution));
                // Values are whole numbers here, so the sums are exact.
                expect(plus(rows, result.unknownBuyingCenter)).toEqual(flat(result.map));
                expect(plus(solutions, result.unknownSolution)).toEqual(flat(result.map));
                const topLevel = sumOf(
                    result.rows.filter((row) => row.parentId === null).map((row) => row.rollup)
                );
                expect(flat(topLevel)).toEqual(flat(rows));
            })
        );
    });

    it('makes the grid totals exactly the cells the grid shows, and the map total the grid plus what it leaves out', () => {
        fc.assert(
            fc.property(cellsArb, (cells) => {
                const result = whiteSpaceTotals(cells, CENTERS, SOLUTIONS);
                const valueShown = (row: (typeof result.rows)[number]) =>
                    row.cells.reduce((sum, shown) => sum + (shown ? cellValue(shown) : 0), 0);
                for (const row of result.rows) {
                    const totals = row.onGrid;
                    const counted = CELL_STATUSES.reduce(
                        (sum, status) => sum + totals.byStatus[status].value,
                        0
                    );
                    expect(counted).toBe(valueShown(row));
                    expect(totals.cellCount).toBe(row.cells.filter(Boolean).length);
                }
                const rows = sumOf(result.rows.map((row) => row.onGrid));
                expect(flat(rows)).toEqual(flat(result.onGrid));
                expect(flat(sumOf(Object.values(result.onGridBySolution)))).toEqual(
                    flat(result.onGrid)
                );
                const left = sumOf(result.offGrid.map((group) => group.totals));
                expect(plus(result.onGrid, left)).toEqual(flat(result.map));
            })
        );
    });

    it('keeps every penetration between 0 and 1', () => {
        fc.assert(
            fc.property(cellsArb, (cells) => {
                const result = whiteSpaceTotals(cells, CENTERS, SOLUTIONS);
                const all = [
                    result.map,
                    ...Object.values(result.bySolution),
                    ...result.rows.flatMap((row) => [row.totals, row.rollup])
                ];
                for (const totals of all) {
                    const p = totals.penetration;
                    expect(p === null || (p >= 0 && p <= 1)).toBe(true);
                    expect(p === null).toBe(totals.reachableValue === 0);
                }
            })
        );
    });

    it('ranks openings by value and puts every grid cell in exactly one spot', () => {
        fc.assert(
            fc.property(cellsArb, (cells) => {
                const result = whiteSpaceTotals(cells, CENTERS, SOLUTIONS);
                const values = result.biggestOpenings.map((o) => o.value);
                expect(values).toEqual([...values].sort((a, b) => b - a));
                for (const row of result.rows) {
                    expect(row.cells).toHaveLength(result.columns.length);
                }
                const shown = result.rows.flatMap((row) => row.cells.filter(Boolean));
                expect(new Set(shown.map((c) => c!.Id)).size).toBe(shown.length);
            })
        );
    });

    it('gives the same result whatever the order of cells, centers, solutions and opportunities', () => {
        fc.assert(
            fc.property(cellsArb, opportunitiesArb, fc.integer(), (cells, opportunities, seed) => {
                const forward = whiteSpaceTotals(cells, CENTERS, SOLUTIONS, opportunities);
                const other = whiteSpaceTotals(
                    shuffled(cells, seed),
                    shuffled(CENTERS, seed + 1),
                    shuffled(SOLUTIONS, seed + 2),
                    shuffled(opportunities, seed + 3)
                );
                expect(other).toEqual(forward);
            })
        );
    });

    it('never throws on malformed cells, buying centers, solutions or opportunities', () => {
        fc.assert(
            fc.property(
                fc.array(fc.anything()),
                fc.array(fc.anything()),
                fc.array(fc.anything()),
                fc.anything(),
                (cells, centers, solutions, opportunities) => {
                    expect(() =>
                        whiteSpaceTotals(
                            cells as OpportunityMapCellRecord[],
                            centers as BuyingCenterRecord[],
                            solutions as SolutionRecord[],
                            opportunities as OpportunityRecord[]
                        )
                    ).not.toThrow();
                    expect(() =>
                        whiteSpaceTotals(
                            cells as OpportunityMapCellRecord[],
                            CENTERS,
                            SOLUTIONS,
                            opportunities as OpportunityRecord[]
                        )
                    ).not.toThrow();
                }
            )
        );
    });
});

/** @jest-environment node */
import fc from 'fast-check';
import type {
    BuyingCenterRecord,
    MapCellStatus,
    OpportunityMapCellRecord,
    OpportunityRecord,
    SolutionRecord
} from 'c/atlasModel';
import { CELL_STATUSES, whiteSpaceTotals } from 'c/whiteSpace';
import { loadSamplePlan } from '../../dealScoring/__tests__/sampleDeals';

const centers: BuyingCenterRecord[] = [
    { Id: 'bc2', Name: 'Retail Banking', Account__c: 'a1' },
    { Id: 'bc1', Name: 'Finance', Account__c: 'a1' },
    { Id: 'bc3', Name: 'Treasury', Account__c: 'a1', Parent_Buying_Center__c: 'bc1' }
];
const solutions: SolutionRecord[] = [
    { Id: 's2', Name: 'Cloud', Sort_Order__c: 2, Active__c: true },
    { Id: 's1', Name: 'Analytics', Sort_Order__c: 1, Active__c: true },
    { Id: 's3', Name: 'Legacy', Sort_Order__c: 3, Active__c: false }
];

function cell(
    Id: string,
    Buying_Center__c: string,
    Solution__c: string,
    Status__c: MapCellStatus,
    values: Partial<OpportunityMapCellRecord> = {}
): OpportunityMapCellRecord {
    return { Id, Opportunity_Map__c: 'map1', Buying_Center__c, Solution__c, Status__c, ...values };
}

const cells = [
    cell('x1', 'bc1', 's1', 'Current', { Current_Value__c: 300 }),
    cell('x2', 'bc1', 's2', 'Potential', { Potential_Value__c: 500 }),
    cell('x3', 'bc2', 's1', 'Pursuing', { Potential_Value__c: 200, Opportunity__c: 'o1' }),
    cell('x4', 'bc2', 's2', 'Competitor', { Potential_Value__c: 100, Competitor__c: 'Rival' }),
    cell('x5', 'bc3', 's1', 'Blocked', {
        Potential_Value__c: 50,
        Blocked_Reason__c: 'Frozen budget'
    }),
    cell('x6', 'bc3', 's2', 'Potential', { Potential_Value__c: 800, Opportunity__c: 'o2' })
];
const opportunities: OpportunityRecord[] = [
    { Id: 'o1', Name: 'Retail analytics', IsClosed: true },
    { Id: 'o2', Name: 'Treasury cloud', IsClosed: false }
];

describe('whiteSpaceTotals: worked example', () => {
    const result = whiteSpaceTotals(cells, centers, solutions, opportunities);

    it('lays out active solutions by sort order and buying centers with children under their parent', () => {
        expect(result.columns.map((s) => s.Name)).toEqual(['Analytics', 'Cloud']);
        expect(result.rows.map((row) => [row.buyingCenter.Name, row.depth])).toEqual([
            ['Finance', 0],
            ['Treasury', 1],
            ['Retail Banking', 0]
        ]);
        expect(result.rows[1]!.cells.map((c) => c?.Id ?? null)).toEqual(['x5', 'x6']);
    });

    it('totals the map by status and measures penetration as current over reachable value', () => {
        expect(result.map.byStatus.Current).toEqual({ count: 1, value: 300 });
        expect(result.map.byStatus.Potential).toEqual({ count: 2, value: 1300 });
        expect(result.map.byStatus.Blocked).toEqual({ count: 1, value: 50 });
        // 300 / (300 + 1300 + 200 + 100)
        expect(result.map.penetration).toBeCloseTo(300 / 1900, 10);
        expect(result.bySolution.s1!.byStatus.Pursuing).toEqual({ count: 1, value: 200 });
        expect(result.rows[0]!.totals.penetration).toBeCloseTo(300 / 800, 10);
    });

    it('ranks the biggest openings by value', () => {
        expect(result.biggestOpenings.map((c) => c.Id)).toEqual(['x6', 'x2']);
    });

    it('finds cells whose linked opportunity disagrees with them', () => {
        expect(result.conflicts.map((c) => [c.cellId, c.code])).toEqual([
            ['x3', 'PURSUING_BUT_CLOSED'],
            ['x6', 'POTENTIAL_WITH_OPEN_OPPORTUNITY']
        ]);
    });

    it('gives no penetration for an empty map rather than dividing by zero', () => {
        const empty = whiteSpaceTotals([], centers, solutions);
        expect(empty.map.penetration).toBeNull();
        expect(empty.rows).toHaveLength(3);
        expect(empty.rows.every((row) => row.cells.every((c) => c === null))).toBe(true);
    });

    it('leaves a cell of unknown status out of the totals with a warning', () => {
        const odd = whiteSpaceTotals(
            [cell('y1', 'bc1', 's1', 'Maybe' as MapCellStatus)],
            centers,
            solutions
        );
        expect(odd.map.cellCount).toBe(0);
        expect(odd.warnings).toEqual([
            'Cell y1 has an unknown status "Maybe"; it is left out of the totals.'
        ]);
    });
});

describe('whiteSpaceTotals: laws', () => {
    const cellArb = fc.record({
        n: fc.integer({ min: 0, max: 999 }),
        bc: fc.constantFrom('bc1', 'bc2', 'bc3'),
        s: fc.constantFrom('s1', 's2'),
        status: fc.constantFrom(...CELL_STATUSES),
        potential: fc.option(fc.integer({ min: -10, max: 1000 })),
        current: fc.option(fc.integer({ min: 0, max: 1000 }))
    });
    const cellsArb = fc.uniqueArray(cellArb, { selector: (c) => c.n, maxLength: 30 }).map((list) =>
        list.map((c) =>
            cell(`c${c.n}`, c.bc, c.s, c.status, {
                Potential_Value__c: c.potential,
                Current_Value__c: c.current
            })
        )
    );

    it('makes the map total the sum of the solution totals and of the row totals', () => {
        fc.assert(
            fc.property(cellsArb, (list) => {
                const result = whiteSpaceTotals(list, centers, solutions);
                for (const status of CELL_STATUSES) {
                    const bySolution = Object.values(result.bySolution).reduce(
                        (sum, t) => sum + t.byStatus[status].value,
                        0
                    );
                    const byRow = result.rows.reduce(
                        (sum, row) => sum + row.totals.byStatus[status].value,
                        0
                    );
                    expect(bySolution).toBe(result.map.byStatus[status].value);
                    expect(byRow).toBe(result.map.byStatus[status].value);
                }
                const penetration = result.map.penetration;
                expect(penetration === null || (penetration >= 0 && penetration <= 1)).toBe(true);
            })
        );
    });

    it('gives the same result whatever the order of cells, centers and solutions', () => {
        fc.assert(
            fc.property(cellsArb, (list) => {
                const forward = whiteSpaceTotals(list, centers, solutions);
                const backward = whiteSpaceTotals(
                    [...list].reverse(),
                    [...centers].reverse(),
                    [...solutions].reverse()
                );
                expect(backward).toEqual(forward);
            })
        );
    });

    it('never throws on malformed cells', () => {
        fc.assert(
            fc.property(fc.array(fc.anything()), (junk) => {
                expect(() =>
                    whiteSpaceTotals(junk as OpportunityMapCellRecord[], centers, solutions)
                ).not.toThrow();
            })
        );
    });
});

describe('whiteSpaceTotals on the sample data', () => {
    it('totals every sample account map as frozen in the golden output', () => {
        const plan = loadSamplePlan();
        const rows = <T>(sobject: string): T[] => (plan.get(sobject) ?? []) as T[];
        const maps = rows<{ Id: string; Name: string; Account__c: string }>('Opportunity_Map__c');
        const summary = maps.map((map) => {
            const result = whiteSpaceTotals(
                rows<OpportunityMapCellRecord>('Opportunity_Map_Cell__c').filter(
                    (c) => c.Opportunity_Map__c === map.Id
                ),
                rows<BuyingCenterRecord>('Buying_Center__c').filter(
                    (b) => b.Account__c === map.Account__c
                ),
                rows<SolutionRecord>('Solution__c'),
                rows<OpportunityRecord>('Opportunity').map((o) => ({
                    ...o,
                    IsClosed: String(o.StageName).startsWith('Closed')
                }))
            );
            return {
                map: map.Name,
                byStatus: result.map.byStatus,
                penetration:
                    result.map.penetration === null
                        ? null
                        : Math.round(result.map.penetration * 1000) / 1000,
                biggestOpening: result.biggestOpenings[0]?.Id ?? null,
                conflicts: result.conflicts.map((c) => c.code),
                warnings: result.warnings
            };
        });
        expect(summary).toHaveLength(3);
        expect(summary).toMatchSnapshot();
    });
});

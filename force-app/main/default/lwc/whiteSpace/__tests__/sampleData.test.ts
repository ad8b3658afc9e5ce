/** @jest-environment node */
import { whiteSpaceTotals } from 'c/whiteSpace';
import type { WhiteSpaceTotals } from 'c/whiteSpace';
import { loadSamplePlan } from '../../pipelineHealth/__tests__/samplePlan';

const share = (totals: WhiteSpaceTotals): string =>
    totals.penetration === null ? 'n/a' : `${(totals.penetration * 100).toFixed(1)}%`;

describe('whiteSpaceTotals on the sample data', () => {
    const plan = loadSamplePlan();
    const results = plan.maps.map((map) => ({
        map,
        result: whiteSpaceTotals(
            plan.cells.filter((c) => c.Opportunity_Map__c === map.Id),
            plan.buyingCenters.filter((b) => b.Account__c === map.Account__c),
            plan.solutions,
            plan.opportunities
        )
    }));

    it('finds a map for each of the three sample accounts, with every cell placed or explained', () => {
        expect(results).toHaveLength(3);
        for (const { result } of results) {
            expect(result.unknownBuyingCenter.cellCount).toBe(0);
            expect(result.unknownSolution.cellCount).toBe(0);
            expect(result.warnings.every((w) => w.code === 'INACTIVE_SOLUTION')).toBe(true);
        }
    });

    it('totals every sample map as frozen in the golden output', () => {
        const summary = results.map(({ map, result }) => ({
            map: map.Name,
            columns: result.columns.map((s) => s.Name),
            map_totals: `${share(result.map)} of ${result.map.reachableValue} reachable`,
            byStatus: result.map.byStatus,
            rows: result.rows.map(
                (row) =>
                    `${'  '.repeat(row.depth)}${row.buyingCenter.Name}: ${row.cells
                        .map((c) => (c ? String(c.Status__c) : '-'))
                        .join(
                            ' | '
                        )} — own ${share(row.totals)}, with children ${share(row.rollup)}`
            ),
            biggestOpenings: result.biggestOpenings.slice(0, 3).map((o) => o.message),
            conflicts: result.conflicts.map((c) => `${c.code} ${c.cellId}: ${c.message}`),
            warnings: result.warnings.map((w) => w.message)
        }));
        expect(summary).toMatchSnapshot();
    });
});

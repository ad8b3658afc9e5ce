// Builds what the Opportunity Map shows from the whiteSpace helper: the grid rows and columns in
// its order, each cell's value (whiteSpace.cellValue), the totals of what the grid shows, what the
// map holds but the grid does not show (retired solutions), and the cells whose linked
// opportunity disagrees with them; and which map to show when the user has not chosen one.
// What the cell editor shows about the open spot is in cellSelection.
import { cellValue, chooseMap, whiteSpaceTotals } from 'c/whiteSpace';
import type { WhiteSpaceTotals } from 'c/whiteSpace';
import { formatLabel } from 'c/atlasData';
import type { OpportunityMapsData, OpportunityMapView } from 'c/atlasData';
import type { OpportunityRecord } from 'c/atlasModel';
import { MAP_CELL_STATUSES } from 'c/atlasModel';
import type { GridModel, GridTotals } from 'c/opportunityMapGrid';

/** Which map shows first: one rule for this panel and the Account Summary (c/whiteSpace). */
export { chooseMap };

function gridTotals(totals: WhiteSpaceTotals): GridTotals {
    const { Current, Potential, Pursuing, Competitor } = totals.byStatus;
    return {
        current: Current.value,
        open: Potential.value + Pursuing.value + Competitor.value,
        penetration: totals.penetration
    };
}

export function gridModel(
    data: OpportunityMapsData,
    map: OpportunityMapView,
    statusText: Record<string, string>,
    conflictText: Record<string, string>,
    leftOutText: Record<string, string> = {}
): GridModel {
    // The opportunities the user can see behind the cells: a hidden one reads as "not found".
    const opportunities: OpportunityRecord[] = [];
    for (const cell of map.cells) {
        if (cell.linkedOpportunity) {
            opportunities.push(cell.linkedOpportunity);
        }
    }
    const space = whiteSpaceTotals(map.cells, data.buyingCenters, data.solutions, opportunities);
    const conflicts = new Map(space.conflicts.map((conflict) => [conflict.cellId, conflict]));
    const views = new Map(map.cells.map((cell) => [cell.Id, cell]));
    return {
        columns: space.columns.map((solution) => ({
            id: solution.Id,
            name: solution.Name,
            totals: gridTotals(space.onGridBySolution[solution.Id] ?? space.onGrid)
        })),
        rows: space.rows.map((row) => ({
            id: row.buyingCenter.Id,
            name: row.buyingCenter.Name,
            level: row.depth + 1,
            totals: gridTotals(row.onGrid),
            cells: row.cells.map((cell, index) => {
                const solutionId = space.columns[index]?.Id ?? '';
                const view = cell ? views.get(cell.Id) : undefined;
                const conflict = cell ? conflicts.get(cell.Id) : undefined;
                const value = cell ? cellValue(cell) : 0;
                return {
                    key: `${row.buyingCenter.Id}:${solutionId}`,
                    buyingCenterId: row.buyingCenter.Id,
                    solutionId,
                    cellId: cell?.Id ?? null,
                    status: cell?.Status__c ?? null,
                    statusText: statusText[cell?.Status__c ?? ''] ?? String(cell?.Status__c),
                    value: value > 0 ? value : null,
                    hasValue: value > 0,
                    opportunityName: view?.opportunityName ?? null,
                    conflict: conflict
                        ? formatLabel(
                              conflictText[conflict.code] ?? conflict.message,
                              view?.opportunityName ?? ''
                          )
                        : null
                };
            })
        })),
        totals: gridTotals(space.onGrid),
        legend: MAP_CELL_STATUSES.map((status) => ({ status, text: statusText[status] ?? status })),
        leftOut: space.offGrid.map((group) => {
            const totals = gridTotals(group.totals);
            return {
                key: `${group.reason}:${group.name}`,
                text: formatLabel(leftOutText[group.reason] ?? group.reason, group.name),
                current: totals.current,
                open: totals.open
            };
        })
    };
}

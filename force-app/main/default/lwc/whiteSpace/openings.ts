// The biggest open white space: Potential cells on the grid, most valuable first.
import type { OpportunityMapCellRecord } from 'c/atlasModel';
import type { WhiteSpaceOpening } from './types';
import * as say from './messages';
import { cellValue, compareText, text } from './values';

export interface PlacedCell {
    cell: OpportunityMapCellRecord;
    row: number;
    column: number;
}

/** Ranked by value, then grid order (row, column), then cell id, so ties read like the grid. */
export function biggestOpenings(
    placed: readonly PlacedCell[],
    rowNames: readonly string[],
    columnNames: readonly string[]
): WhiteSpaceOpening[] {
    return placed
        .filter(({ cell }) => cell.Status__c === 'Potential')
        .map((place) => ({ ...place, value: cellValue(place.cell) }))
        .sort(
            (a, b) =>
                b.value - a.value ||
                a.row - b.row ||
                a.column - b.column ||
                compareText(a.cell.Id, b.cell.Id)
        )
        .map(({ cell, row, column, value }) => {
            const buyingCenterName = rowNames[row] ?? '';
            const solutionName = columnNames[column] ?? '';
            return {
                cell,
                cellId: cell.Id,
                buyingCenterId: text(cell.Buying_Center__c) ?? '',
                buyingCenterName,
                solutionId: text(cell.Solution__c) ?? '',
                solutionName,
                value,
                message: say.opening(buyingCenterName, solutionName, value)
            };
        });
}

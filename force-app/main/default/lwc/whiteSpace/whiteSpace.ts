// The white space of an opportunity map: totals per buying center, per solution and for the map
// (by status, values and counts), penetration, the biggest openings, cells whose linked opportunity
// disagrees with them, and the grid shape a panel renders directly with the totals of what it
// shows and what it leaves out (retired solutions). Pure; bad records give
// warnings, never exceptions.
import type {
    BuyingCenterRecord,
    MapCellStatus,
    OpportunityMapCellRecord,
    OpportunityRecord,
    SolutionRecord
} from 'c/atlasModel';
import type {
    GridRow,
    OffGridGroup,
    StatusConflict,
    WhiteSpace,
    WhiteSpaceTotals,
    WhiteSpaceWarning
} from './types';
import * as say from './messages';
import { orderColumns, orderRows } from './gridShape';
import { addCell, addTotals, copyTotals, emptyTotals, finishTotals } from './totals';
import { cellConflict } from './conflicts';
import { biggestOpenings } from './openings';
import type { PlacedCell } from './openings';
import { cellValue, compareText, describe, isCellStatus, text, valueField } from './values';
import { uniqueRecords as uniqueById } from 'c/atlasValues';

export type * from './types';
export { CELL_STATUSES, cellValue } from './values';
export { penetration } from './totals';
export { dealState } from './conflicts';
export { chooseMap } from './mapChoice';

/** The records of a list, one per Id (c/atlasValues' rule), with this module's warnings. */
export function uniqueRecords<T extends { Id: string }>(
    list: unknown,
    kind: string,
    warnings: WhiteSpaceWarning[]
): T[] {
    return uniqueById<T>(list, kind, warnings, say);
}

/** Why a counted cell is not on the grid, in the order the panel lists them. */
const OFF_GRID_ORDER: readonly OffGridGroup['reason'][] = [
    'INACTIVE_SOLUTION',
    'UNKNOWN_SOLUTION',
    'UNKNOWN_BUYING_CENTER',
    'DUPLICATE_CELL'
];

function nameOf(record: { Id: string; Name?: unknown }): string {
    return text(record.Name) ?? record.Id;
}

/** Computes the white space of one map from its cells, buying centers and solutions. */
export function whiteSpaceTotals(
    cells: readonly OpportunityMapCellRecord[],
    buyingCenters: readonly BuyingCenterRecord[],
    solutions: readonly SolutionRecord[],
    opportunities?: readonly OpportunityRecord[] | null
): WhiteSpace {
    const warnings: WhiteSpaceWarning[] = [];
    const cellList = uniqueRecords<OpportunityMapCellRecord>(cells, 'cell', warnings);
    const centers = uniqueRecords<BuyingCenterRecord>(buyingCenters, 'buying center', warnings);
    const solutionList = uniqueRecords<SolutionRecord>(solutions, 'solution', warnings);
    // Without opportunities the links cannot be checked, so no conflicts are reported.
    const opportunityById =
        opportunities === undefined || opportunities === null
            ? null
            : new Map(
                  uniqueRecords<OpportunityRecord>(opportunities, 'opportunity', warnings).map(
                      (opportunity) => [opportunity.Id, opportunity]
                  )
              );

    const columns = orderColumns(solutionList);
    const shapes = orderRows(centers, warnings);
    const columnIndex = new Map(columns.map((solution, index) => [solution.Id, index]));
    const rowIndex = new Map(shapes.map((shape, index) => [shape.buyingCenter.Id, index]));
    const solutionById = new Map(solutionList.map((solution) => [solution.Id, solution]));
    const rows: GridRow[] = shapes.map((shape) => ({
        ...shape,
        cells: columns.map(() => null),
        totals: emptyTotals(),
        rollup: emptyTotals(),
        onGrid: emptyTotals()
    }));
    const bySolution: Record<string, WhiteSpaceTotals> = {};
    for (const solution of solutionList) {
        bySolution[solution.Id] = emptyTotals();
    }
    const map = emptyTotals();
    const onGrid = emptyTotals();
    const onGridBySolution: Record<string, WhiteSpaceTotals> = {};
    for (const solution of columns) {
        onGridBySolution[solution.Id] = emptyTotals();
    }
    const offGrid = new Map<string, OffGridGroup>();
    const leaveOffGrid = (
        reason: OffGridGroup['reason'],
        name: string,
        status: MapCellStatus,
        value: number
    ) => {
        const key = `${reason}:${name}`;
        const group = offGrid.get(key) ?? { reason, name, totals: emptyTotals() };
        offGrid.set(key, group);
        addCell(group.totals, status, value);
    };
    const unknownBuyingCenter = emptyTotals();
    const unknownSolution = emptyTotals();
    const placed: PlacedCell[] = [];
    const conflicts: { conflict: StatusConflict; order: [number, number] }[] = [];
    const mapIds = new Set<string>();

    for (const cell of cellList) {
        const status = cell.Status__c;
        if (!isCellStatus(status)) {
            warnings.push({
                code: 'UNKNOWN_STATUS',
                message: say.unknownStatus(cell.Id, describe(status)),
                recordId: cell.Id
            });
            continue;
        }
        const field = valueField(status);
        const raw: unknown = cell[field];
        if (
            raw !== null &&
            raw !== undefined &&
            !(typeof raw === 'number' && Number.isFinite(raw) && raw >= 0)
        ) {
            warnings.push({
                code: 'INVALID_VALUE',
                message: say.invalidValue(cell.Id, field, describe(raw)),
                recordId: cell.Id
            });
        }
        const value = cellValue(cell);
        const mapId = text(cell.Opportunity_Map__c);
        if (mapId) {
            mapIds.add(mapId);
        }
        addCell(map, status, value);

        const centerId = text(cell.Buying_Center__c) ?? '';
        const row = rowIndex.get(centerId);
        const gridRow = row === undefined ? undefined : rows[row];
        if (gridRow) {
            addCell(gridRow.totals, status, value);
        } else {
            addCell(unknownBuyingCenter, status, value);
            warnings.push({
                code: 'UNKNOWN_BUYING_CENTER',
                message: say.unknownBuyingCenter(cell.Id, centerId),
                recordId: cell.Id
            });
        }
        const solutionId = text(cell.Solution__c) ?? '';
        const solution = solutionById.get(solutionId);
        const solutionTotals = bySolution[solutionId];
        if (solution && solutionTotals) {
            addCell(solutionTotals, status, value);
        } else {
            addCell(unknownSolution, status, value);
            warnings.push({
                code: 'UNKNOWN_SOLUTION',
                message: say.unknownSolution(cell.Id, solutionId),
                recordId: cell.Id
            });
        }
        const column = columnIndex.get(solutionId);
        if (solution && column === undefined) {
            warnings.push({
                code: 'INACTIVE_SOLUTION',
                message: say.inactiveSolution(cell.Id, nameOf(solution)),
                recordId: cell.Id
            });
        }
        if (gridRow && row !== undefined && column !== undefined) {
            const shown = gridRow.cells[column];
            if (shown) {
                leaveOffGrid(
                    'DUPLICATE_CELL',
                    nameOf(columns[column] ?? { Id: solutionId }),
                    status,
                    value
                );
                warnings.push({
                    code: 'DUPLICATE_CELL',
                    message: say.duplicateCell(
                        nameOf(gridRow.buyingCenter),
                        nameOf(columns[column] ?? { Id: solutionId }),
                        shown.Id
                    ),
                    recordId: cell.Id
                });
            } else {
                gridRow.cells[column] = cell;
                addCell(gridRow.onGrid, status, value);
                addCell(onGrid, status, value);
                const columnTotals = onGridBySolution[solutionId];
                if (columnTotals) {
                    addCell(columnTotals, status, value);
                }
            }
            placed.push({ cell, row, column });
        } else if (solution && column === undefined) {
            leaveOffGrid('INACTIVE_SOLUTION', nameOf(solution), status, value);
        } else if (!solution) {
            leaveOffGrid('UNKNOWN_SOLUTION', solutionId, status, value);
        } else {
            leaveOffGrid('UNKNOWN_BUYING_CENTER', centerId, status, value);
        }
        const conflict = opportunityById ? cellConflict(cell, opportunityById) : null;
        if (conflict) {
            conflicts.push({ conflict, order: [row ?? rows.length, column ?? columns.length] });
        }
    }
    if (mapIds.size > 1) {
        warnings.push({ code: 'CELLS_FROM_SEVERAL_MAPS', message: say.severalMaps(mapIds.size) });
    }

    // Roll each row up into its parent, last row first: children always follow their parent.
    for (const row of rows) {
        row.rollup = copyTotals(row.totals);
    }
    const indexOfRow = new Map(rows.map((row, index) => [row.buyingCenter.Id, index]));
    for (let index = rows.length - 1; index >= 0; index--) {
        const row = rows[index];
        const parent = row?.parentId ? rows[indexOfRow.get(row.parentId) ?? -1] : undefined;
        if (row && parent) {
            addTotals(parent.rollup, row.rollup);
        }
    }
    for (const row of rows) {
        finishTotals(row.totals);
        finishTotals(row.rollup);
        finishTotals(row.onGrid);
    }
    Object.values(bySolution).forEach(finishTotals);
    Object.values(onGridBySolution).forEach(finishTotals);
    const offGridGroups = [...offGrid.values()].sort(
        (a, b) =>
            OFF_GRID_ORDER.indexOf(a.reason) - OFF_GRID_ORDER.indexOf(b.reason) ||
            compareText(a.name, b.name)
    );
    offGridGroups.forEach((group) => finishTotals(group.totals));
    for (const totals of [map, onGrid, unknownBuyingCenter, unknownSolution]) {
        finishTotals(totals);
    }

    return {
        columns,
        rows,
        bySolution,
        map,
        onGrid,
        onGridBySolution,
        offGrid: offGridGroups,
        unknownBuyingCenter,
        unknownSolution,
        biggestOpenings: biggestOpenings(
            placed,
            rows.map((row) => nameOf(row.buyingCenter)),
            columns.map(nameOf)
        ),
        conflicts: conflicts
            .sort(
                (a, b) =>
                    a.order[0] - b.order[0] ||
                    a.order[1] - b.order[1] ||
                    compareText(a.conflict.cellId, b.conflict.cellId)
            )
            .map((entry) => entry.conflict),
        warnings
    };
}

// What the white-space grid draws, worked out once per model: each cell's classes and amount in
// the user's money, and each total as its three lines (current, open, share) already written out.
// Plain text, not a lightning-formatted-number per amount: the large account's map drew 1,194 base
// components for 1,000 cells and their totals (issue #18, item 4).
import LOCALE from '@salesforce/i18n/locale';
import CURRENCY from '@salesforce/i18n/currency';
import { moneyFormatter } from 'c/atlasMessages';
import type { GridCell, GridModel, GridRow, GridTotals } from './gridTypes';

/**
 * Money and shares as lightning-formatted-number wrote them (format-style currency or percent,
 * maximum-fraction-digits 0): the user's locale and currency, no cents.
 */
export const moneyText = moneyFormatter(LOCALE, CURRENCY);
const SHARE = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });

/** One line of a total: "Current $890,000". `amount` keeps the figure the text shows. */
export interface TotalLine {
    key: 'current' | 'open' | 'share';
    label: string;
    text: string;
    amount: number | null;
}

/** The words before each line of a total. */
export interface TotalLabels {
    totalCurrent: string;
    totalOpen: string;
    totalShare: string;
}

export function totalLines(totals: GridTotals, labels: TotalLabels): TotalLine[] {
    return [
        {
            key: 'current',
            label: labels.totalCurrent,
            text: moneyText(totals.current),
            amount: totals.current
        },
        { key: 'open', label: labels.totalOpen, text: moneyText(totals.open), amount: totals.open },
        {
            key: 'share',
            label: labels.totalShare,
            // No share when there is nothing to reach: the line stays, empty, as it always was.
            text: totals.penetration === null ? '' : SHARE.format(totals.penetration),
            amount: totals.penetration
        }
    ];
}

const STATUS_CLASSES: Record<string, string> = {
    Current: 'om-cell_current',
    Pursuing: 'om-cell_pursuing',
    Potential: 'om-cell_potential',
    Competitor: 'om-cell_competitor',
    Blocked: 'om-cell_blocked',
    'Not a Fit': 'om-cell_not-a-fit'
};

export const statusClass = (status: string | null): string =>
    STATUS_CLASSES[status ?? ''] ?? 'om-cell_empty';

export interface CellView extends GridCell {
    className: string;
    listClassName: string;
    tabIndex: string;
    rowIndex: number;
    colIndex: number;
    solutionName: string;
    /** The cell's value in the user's money, '' when it has none. */
    valueText: string;
}

export interface RowView extends Omit<GridRow, 'cells'> {
    headerClass: string;
    cells: CellView[];
    totalLines: TotalLine[];
}

/** A total under the grid: one per solution, then the whole map's. */
export interface FooterTotal {
    key: string;
    className: string;
    /** The solution it totals; absent on the map's total. */
    columnId: string | undefined;
    /** 'true' on the map's total only. */
    mapTotal: string | undefined;
    lines: TotalLine[];
}

/** Every row and cell as drawn, each tab stop off (the grid puts it on the active cell). */
export function rowViews(model: GridModel, labels: TotalLabels): RowView[] {
    const solutionNames = model.columns.map((column) => column.name);
    return model.rows.map((row, rowIndex) => ({
        ...row,
        headerClass: `om-grid__row-header om-grid__level-${Math.min(row.level, 4)}`,
        totalLines: totalLines(row.totals, labels),
        cells: row.cells.map((cell, colIndex): CellView => {
            const status = statusClass(cell.status);
            return {
                ...cell,
                rowIndex,
                colIndex,
                solutionName: solutionNames[colIndex] ?? '',
                className: `om-grid__cell ${status}`,
                listClassName: `om-list__cell ${status}`,
                tabIndex: '-1',
                valueText: cell.hasValue && cell.value !== null ? moneyText(cell.value) : ''
            };
        })
    }));
}

export function footerTotals(model: GridModel, labels: TotalLabels): FooterTotal[] {
    return [
        ...model.columns.map((column) => ({
            key: column.id,
            className: 'om-grid__total',
            columnId: column.id,
            mapTotal: undefined,
            lines: totalLines(column.totals, labels)
        })),
        {
            key: 'map',
            className: 'om-grid__total om-grid__grand-total',
            columnId: undefined,
            mapTotal: 'true',
            lines: totalLines(model.totals, labels)
        }
    ];
}

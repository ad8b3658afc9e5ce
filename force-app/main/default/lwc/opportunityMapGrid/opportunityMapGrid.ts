// The white-space grid: buying centers down, solutions across, each cell coloured by its status
// with its value, and the totals. Keyboard: arrow keys, Home/End (Ctrl for the whole grid) move
// between cells; Enter or Space opens the cell. One cell is in the tab order at a time. On a
// phone-width screen the same cells and totals show as a list per buying center instead (CSS picks
// which), each cell a button, so no status or amount is cut.
import { LightningElement, api } from 'lwc';
import GRID_LABEL from '@salesforce/label/c.Atlas_OM_Grid_Label';
import BUYING_CENTER from '@salesforce/label/c.Atlas_OM_Column_Buying_Center';
import TOTAL from '@salesforce/label/c.Atlas_OM_Total';
import TOTAL_CURRENT from '@salesforce/label/c.Atlas_OM_Total_Current';
import TOTAL_OPEN from '@salesforce/label/c.Atlas_OM_Total_Open';
import TOTAL_SHARE from '@salesforce/label/c.Atlas_OM_Total_Share';
import KEYBOARD_HELP from '@salesforce/label/c.Atlas_OM_Keyboard_Help';
import LEGEND from '@salesforce/label/c.Atlas_OM_Legend';
import type { GridCell, GridModel, GridRow } from './gridTypes';

interface CellView extends GridCell {
    className: string;
    listClassName: string;
    tabIndex: string;
    rowIndex: number;
    colIndex: number;
    solutionName: string;
}

const STATUS_CLASSES: Record<string, string> = {
    Current: 'om-cell_current',
    Pursuing: 'om-cell_pursuing',
    Potential: 'om-cell_potential',
    Competitor: 'om-cell_competitor',
    Blocked: 'om-cell_blocked',
    'Not a Fit': 'om-cell_not-a-fit'
};

interface RowView extends Omit<GridRow, 'cells'> {
    headerClass: string;
    cells: CellView[];
}

/** Every row and cell as drawn, each tab stop off (the getter puts it on the active cell). */
function rowViews(model: GridModel): RowView[] {
    const solutionNames = model.columns.map((column) => column.name);
    return model.rows.map((row, rowIndex) => ({
        ...row,
        headerClass: `om-grid__row-header om-grid__level-${Math.min(row.level, 4)}`,
        cells: row.cells.map((cell, colIndex): CellView => {
            const status = STATUS_CLASSES[cell.status ?? ''] ?? 'om-cell_empty';
            return {
                ...cell,
                rowIndex,
                colIndex,
                solutionName: solutionNames[colIndex] ?? '',
                className: `om-grid__cell ${status}`,
                listClassName: `om-list__cell ${status}`,
                tabIndex: '-1'
            };
        })
    }));
}

export default class OpportunityMapGrid extends LightningElement {
    @api model: GridModel = {
        rows: [],
        columns: [],
        totals: { current: 0, open: 0, penetration: null },
        legend: [],
        leftOut: []
    };

    labels = {
        grid: GRID_LABEL,
        buyingCenter: BUYING_CENTER,
        total: TOTAL,
        totalCurrent: TOTAL_CURRENT,
        totalOpen: TOTAL_OPEN,
        totalShare: TOTAL_SHARE,
        keyboardHelp: KEYBOARD_HELP,
        legend: LEGEND
    };
    activeRow = 0;
    activeCol = 0;

    /**
     * The rows the grid and the phone-width list both draw, built once per model (not once per
     * getter read, twice per render): a new active cell only moves the tab stop between two cells.
     * The cache is an object the field holds, changed in place, so reading rows never re-renders.
     */
    private readonly built: { model: GridModel | null; rows: RowView[]; active: CellView | null } =
        { model: null, rows: [], active: null };

    get rows(): RowView[] {
        const model = this.model;
        const built = this.built;
        if (built.model !== model) {
            built.model = model;
            built.rows = rowViews(model);
            built.active = null;
        }
        const activeRow = Math.min(this.activeRow, Math.max(built.rows.length - 1, 0));
        const activeCol = Math.min(this.activeCol, Math.max(model.columns.length - 1, 0));
        const active = built.rows[activeRow]?.cells[activeCol] ?? null;
        if (active !== built.active) {
            if (built.active) {
                built.active.tabIndex = '-1';
            }
            if (active) {
                active.tabIndex = '0';
            }
            built.active = active;
        }
        return built.rows;
    }

    get legend(): { status: string; text: string; className: string }[] {
        return this.model.legend.map((entry) => ({
            ...entry,
            className: `om-legend__swatch ${STATUS_CLASSES[entry.status] ?? ''}`
        }));
    }

    handleCellClick(event: Event): void {
        const target = event.currentTarget as HTMLElement;
        this.moveTo(Number(target.dataset.row), Number(target.dataset.col), false);
        this.openActive();
    }

    /** A cell that gets the keyboard some other way (a screen reader, a script) becomes active. */
    handleCellFocus(event: Event): void {
        const target = event.currentTarget as HTMLElement;
        this.activeRow = Number(target.dataset.row);
        this.activeCol = Number(target.dataset.col);
    }

    handleKeyDown(event: KeyboardEvent): void {
        const lastRow = this.model.rows.length - 1;
        const lastCol = this.model.columns.length - 1;
        if (lastRow < 0 || lastCol < 0) {
            return;
        }
        let row = this.activeRow;
        let col = this.activeCol;
        switch (event.key) {
            case 'ArrowRight':
                col = Math.min(col + 1, lastCol);
                break;
            case 'ArrowLeft':
                col = Math.max(col - 1, 0);
                break;
            case 'ArrowDown':
                row = Math.min(row + 1, lastRow);
                break;
            case 'ArrowUp':
                row = Math.max(row - 1, 0);
                break;
            case 'Home':
                col = 0;
                row = event.ctrlKey ? 0 : row;
                break;
            case 'End':
                col = lastCol;
                row = event.ctrlKey ? lastRow : row;
                break;
            case 'Enter':
            case ' ':
                event.preventDefault();
                this.openActive();
                return;
            default:
                return;
        }
        event.preventDefault();
        this.moveTo(row, col, true);
    }

    /** Puts the keyboard back on a cell (after its editor closes). */
    @api
    focusCell(buyingCenterId: string, solutionId: string): void {
        const row = this.model.rows.findIndex((candidate) => candidate.id === buyingCenterId);
        const col = this.model.columns.findIndex((candidate) => candidate.id === solutionId);
        if (row >= 0 && col >= 0) {
            this.moveTo(row, col, true);
        }
    }

    private moveTo(row: number, col: number, focus: boolean): void {
        this.activeRow = row;
        this.activeCol = col;
        if (focus) {
            const cell = this.template?.querySelector<HTMLElement>(
                `[data-row="${row}"][data-col="${col}"]`
            );
            cell?.focus();
        }
    }

    private openActive(): void {
        const cell = this.model.rows[this.activeRow]?.cells[this.activeCol];
        if (cell) {
            this.dispatchEvent(
                new CustomEvent('cellselect', {
                    detail: {
                        buyingCenterId: cell.buyingCenterId,
                        solutionId: cell.solutionId,
                        cellId: cell.cellId
                    }
                })
            );
        }
    }
}
export type {
    GridCell,
    GridColumn,
    GridLeftOut,
    GridLegendEntry,
    GridModel,
    GridRow,
    GridTotals
} from './gridTypes';

// The white-space grid: buying centers down, solutions across, each cell coloured by its status
// with its value, and the totals. Keyboard: arrow keys, Home/End (Ctrl for the whole grid) move
// between cells; Enter or Space opens the cell. One cell is in the tab order at a time. On a
// phone-width screen the same cells and totals show as a list per buying center instead, each cell
// a button, so no status or amount is cut; only the one that shows is drawn (issue #18: drawing
// both doubled the large account's 1,000 cells).
import { LightningElement, api } from 'lwc';
import GRID_LABEL from '@salesforce/label/c.Atlas_OM_Grid_Label';
import BUYING_CENTER from '@salesforce/label/c.Atlas_OM_Column_Buying_Center';
import TOTAL from '@salesforce/label/c.Atlas_OM_Total';
import TOTAL_CURRENT from '@salesforce/label/c.Atlas_OM_Total_Current';
import TOTAL_OPEN from '@salesforce/label/c.Atlas_OM_Total_Open';
import TOTAL_SHARE from '@salesforce/label/c.Atlas_OM_Total_Share';
import KEYBOARD_HELP from '@salesforce/label/c.Atlas_OM_Keyboard_Help';
import LEGEND from '@salesforce/label/c.Atlas_OM_Legend';
import type { GridModel } from './gridTypes';
import { nextCell } from './gridKeys';
import {
    footerTotals,
    rowViews,
    statusClass,
    totalLines,
    type CellView,
    type FooterTotal,
    type RowView,
    type TotalLine
} from './gridView';

/**
 * The phone widths at which the list is drawn instead of the table: the one place the breakpoint
 * lives (the stylesheet has no media query of its own, the template draws one or the other).
 */
const NARROW = '(max-width: 30em)';

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
    /** The table shows; false at phone widths, where the list does. */
    wide = true;
    private narrowQuery: MediaQueryList | null = null;
    private readonly onWidthChange = (event: MediaQueryListEvent): void => {
        this.wide = !event.matches;
    };

    /**
     * The rows the grid and the phone-width list both draw, built once per model (not once per
     * getter read, twice per render): a new active cell only moves the tab stop between two cells.
     * The cache is an object the field holds, changed in place, so reading rows never re-renders.
     */
    private readonly built: {
        model: GridModel | null;
        rows: RowView[];
        footer: FooterTotal[];
        active: CellView | null;
    } = { model: null, rows: [], footer: [], active: null };

    override connectedCallback(): void {
        this.narrowQuery =
            typeof window !== 'undefined' && typeof window.matchMedia === 'function'
                ? window.matchMedia(NARROW)
                : null;
        this.wide = !(this.narrowQuery?.matches ?? false);
        this.narrowQuery?.addEventListener('change', this.onWidthChange);
    }

    override disconnectedCallback(): void {
        this.narrowQuery?.removeEventListener('change', this.onWidthChange);
        this.narrowQuery = null;
    }

    private build(): typeof this.built {
        const model = this.model;
        const built = this.built;
        if (built.model !== model) {
            built.model = model;
            built.rows = rowViews(model, this.labels);
            built.footer = footerTotals(model, this.labels);
            built.active = null;
        }
        return built;
    }

    get footerTotals(): FooterTotal[] {
        return this.build().footer;
    }

    get mapTotalLines(): TotalLine[] {
        return totalLines(this.model.totals, this.labels);
    }

    get rows(): RowView[] {
        const model = this.model;
        const built = this.build();
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
            className: `om-legend__swatch ${statusClass(entry.status)}`
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
        if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            this.openActive();
            return;
        }
        const next = nextCell(
            event.key,
            event.ctrlKey,
            [this.activeRow, this.activeCol],
            [this.model.rows.length - 1, this.model.columns.length - 1]
        );
        if (next) {
            event.preventDefault();
            this.moveTo(next[0], next[1], true);
        }
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

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'lwc';
import OpportunityMapGrid from 'c/opportunityMapGrid';
import type { GridModel } from 'c/opportunityMapGrid';
import { flushPromises } from '../../planningRecordForm/__tests__/planningTestHelpers';
// Three of Meridian Global Bank's buying centers by four solutions, as the container builds it.
import gridModel from './data/gridModel.json';

function mountGrid(): HTMLElement {
    const element = createElement('c-opportunity-map-grid', { is: OpportunityMapGrid });
    Object.assign(element, { model: gridModel });
    document.body.appendChild(element);
    return element;
}

function cellAt(element: HTMLElement, row: number, col: number): HTMLElement {
    return element.shadowRoot!.querySelector(`[data-row="${row}"][data-col="${col}"]`)!;
}

function focused(element: HTMLElement): { row: string; col: string } | null {
    const active = element.shadowRoot!.activeElement as HTMLElement | null;
    return active ? { row: active.dataset.row!, col: active.dataset.col! } : null;
}

function press(element: HTMLElement, key: string, options: KeyboardEventInit = {}): void {
    const target =
        (element.shadowRoot!.activeElement as HTMLElement | null) ?? cellAt(element, 0, 0);
    target.dispatchEvent(
        new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...options })
    );
}

describe('c-opportunity-map-grid', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.restoreAllMocks();
    });

    it('shows buying centers down, solutions across, each cell with its status and value', async () => {
        const element = mountGrid();
        await flushPromises();

        const headers = [...element.shadowRoot!.querySelectorAll('thead th')].map((th) =>
            th.textContent!.trim()
        );
        expect(headers).toEqual([
            'c.Atlas_OM_Column_Buying_Center',
            'Customer Data Platform',
            'Analytics Cloud',
            'Integration Hub',
            'AI Assistant',
            'c.Atlas_OM_Total'
        ]);
        const rowNames = [...element.shadowRoot!.querySelectorAll('tbody th')].map((th) =>
            th.textContent!.trim()
        );
        expect(rowNames).toEqual([
            'Retail Banking',
            'Retail Banking - Digital Channels',
            'Group Technology'
        ]);
        const pursuing = cellAt(element, 1, 0);
        expect(pursuing.dataset.status).toBe('Pursuing');
        expect(pursuing.className).toContain('om-cell_pursuing');
        expect(pursuing.querySelector('.om-cell__status')!.textContent).toBe('Pursuing');
        expect(pursuing.querySelector('.om-cell__value')!.textContent!.trim()).toBe('$1,800,000');
        expect(pursuing.textContent).toContain('Meridian - Digital Channels CDP');
        const empty = cellAt(element, 0, 0);
        expect(empty.className).toContain('om-cell_empty');
        expect(empty.textContent!.trim()).toBe('Not mapped');
        await expect(element).toBeAccessible();
    });

    it('shows what we sell, what is open and our share for each row, column and the map', async () => {
        const element = mountGrid();
        await flushPromises();

        const line = (selector: string, kind: string): HTMLElement =>
            element.shadowRoot!.querySelector<HTMLElement>(
                `${selector} [data-total="${kind}"] [data-amount]`
            )!;
        const totals = (selector: string) =>
            ['current', 'open', 'share'].map((kind) => Number(line(selector, kind).dataset.amount));
        expect(totals('[data-total-row="a01Dn0000000005AAA"]')).toEqual([
            890000,
            2400000,
            890000 / 3290000
        ]);
        expect(totals('[data-total-column="a05Dn0000000002AAA"]')).toEqual([2200000, 0, 1]);
        expect(totals('[data-total-map]')).toEqual([3510000, 4800000, 3510000 / 8310000]);
        // As the user reads them: their money without cents, the share in whole percent.
        expect(
            ['current', 'open', 'share'].map((kind) =>
                line('[data-total-map]', kind).textContent!.trim()
            )
        ).toEqual(['$3,510,000', '$4,800,000', '42%']);
        await expect(element).toBeAccessible();
    });

    it('warns in words in a cell whose linked opportunity disagrees with it', async () => {
        const model = JSON.parse(JSON.stringify(gridModel)) as GridModel;
        model.rows[2]!.cells[3]!.conflict =
            'Marked Pursuing, but Meridian - Enterprise AI Assistant is closed: mark the cell Current if we won, or Potential or Competitor if we lost.';
        const element = createElement('c-opportunity-map-grid', { is: OpportunityMapGrid });
        Object.assign(element, { model });
        document.body.appendChild(element);
        await flushPromises();

        expect(cellAt(element, 2, 3).querySelector('[data-conflict]')!.textContent!.trim()).toBe(
            model.rows[2]!.cells[3]!.conflict
        );
        expect(cellAt(element, 0, 0).querySelector('[data-conflict]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('puts only one cell in the tab order', async () => {
        const element = mountGrid();
        await flushPromises();

        const tabbable = [
            ...element.shadowRoot!.querySelectorAll('[tabindex="0"]')
        ] as HTMLElement[];
        expect(tabbable).toHaveLength(1);
        expect(tabbable[0]!.dataset.row).toBe('0');
        expect(tabbable[0]!.dataset.col).toBe('0');
        await expect(element).toBeAccessible();
    });

    it('moves between cells with the arrow keys and stops at the edges', async () => {
        const element = mountGrid();
        await flushPromises();
        cellAt(element, 0, 0).focus();

        press(element, 'ArrowRight');
        await flushPromises();
        expect(focused(element)).toEqual({ row: '0', col: '1' });
        press(element, 'ArrowDown');
        await flushPromises();
        expect(focused(element)).toEqual({ row: '1', col: '1' });
        press(element, 'ArrowLeft');
        press(element, 'ArrowLeft');
        await flushPromises();
        expect(focused(element)).toEqual({ row: '1', col: '0' });
        press(element, 'ArrowUp');
        press(element, 'ArrowUp');
        await flushPromises();
        expect(focused(element)).toEqual({ row: '0', col: '0' });
        expect(cellAt(element, 0, 0).getAttribute('tabindex')).toBe('0');
        expect(cellAt(element, 1, 0).getAttribute('tabindex')).toBe('-1');
        await expect(element).toBeAccessible();
    });

    it('jumps to the ends of a row with Home and End, and of the grid with Ctrl', async () => {
        const element = mountGrid();
        await flushPromises();
        cellAt(element, 1, 1).focus();
        cellAt(element, 1, 1).click();

        press(element, 'End');
        await flushPromises();
        expect(focused(element)).toEqual({ row: '1', col: '3' });
        press(element, 'Home');
        await flushPromises();
        expect(focused(element)).toEqual({ row: '1', col: '0' });
        press(element, 'End', { ctrlKey: true });
        await flushPromises();
        expect(focused(element)).toEqual({ row: '2', col: '3' });
        press(element, 'Home', { ctrlKey: true });
        await flushPromises();
        expect(focused(element)).toEqual({ row: '0', col: '0' });
        await expect(element).toBeAccessible();
    });

    it('opens the focused cell with Enter or Space, and a clicked cell', async () => {
        const element = mountGrid();
        const opened = jest.fn();
        element.addEventListener('cellselect', opened);
        await flushPromises();
        cellAt(element, 0, 0).focus();

        press(element, 'ArrowDown');
        press(element, 'ArrowDown');
        press(element, 'ArrowRight');
        press(element, 'ArrowRight');
        press(element, 'ArrowRight');
        press(element, 'Enter');
        press(element, ' ');
        cellAt(element, 0, 3).click();

        expect(opened.mock.calls.map(([event]) => (event as CustomEvent).detail)).toEqual([
            {
                buyingCenterId: 'a01Dn0000000005AAA',
                solutionId: 'a05Dn0000000006AAA',
                cellId: 'a04Dn0000000016AAA'
            },
            {
                buyingCenterId: 'a01Dn0000000005AAA',
                solutionId: 'a05Dn0000000006AAA',
                cellId: 'a04Dn0000000016AAA'
            },
            {
                buyingCenterId: 'a01Dn0000000001AAA',
                solutionId: 'a05Dn0000000006AAA',
                cellId: 'a04Dn0000000002AAA'
            }
        ]);
        await expect(element).toBeAccessible();
    });

    it('gives the keyboard back to a cell when its editor closes', async () => {
        const element = mountGrid();
        await flushPromises();

        (element as unknown as { focusCell(bc: string, solution: string): void }).focusCell(
            'a01Dn0000000013AAA',
            'a05Dn0000000002AAA'
        );
        await flushPromises();

        expect(focused(element)).toEqual({ row: '1', col: '1' });
        expect(cellAt(element, 1, 1).getAttribute('tabindex')).toBe('0');
        await expect(element).toBeAccessible();
    });

    it('draws the list, not the table, at a phone\u2019s width, and the stylesheet does not decide it again', async () => {
        // jsdom has no matchMedia: the page's answer is the one the component asks for.
        const asked: string[] = [];
        Object.defineProperty(window, 'matchMedia', {
            configurable: true,
            value: (query: string) => {
                asked.push(query);
                return { matches: true, addEventListener() {}, removeEventListener() {} };
            }
        });
        try {
            const element = mountGrid();
            await flushPromises();
            expect(asked).toHaveLength(1);
            expect(element.shadowRoot!.querySelector('table')).toBeNull();
            const centers = [...element.shadowRoot!.querySelectorAll('.om-list__name')];
            expect(centers.map((name) => name.textContent!.trim())).toContain('Retail Banking');
        } finally {
            delete (window as { matchMedia?: unknown }).matchMedia;
        }
        // One breakpoint: a width in the stylesheet too could hide the list drawn here (the list
        // was display: none outside a media query of its own).
        const css = readFileSync(join(__dirname, '..', 'opportunityMapGrid.css'), 'utf8');
        expect(css).not.toMatch(/@media/);
        expect(css).not.toMatch(/\.om-list\s*\{[^}]*display:\s*none/);
    });

    it('names every status in a legend, not only by colour', async () => {
        const element = mountGrid();
        await flushPromises();

        const entries = [...element.shadowRoot!.querySelectorAll('.om-legend__entry')].map(
            (entry) => entry.textContent!.trim()
        );
        expect(entries).toEqual([
            'Current',
            'Pursuing',
            'Potential',
            'Competitor',
            'Blocked',
            'Not a fit'
        ]);
        await expect(element).toBeAccessible();
    });
});

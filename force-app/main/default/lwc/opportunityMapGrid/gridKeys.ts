// Where the grid's arrow, Home and End keys move the active cell (Ctrl+Home/End: the whole grid's
// first or last cell), kept apart from the component so it is plain data in and out.

/** [row, column] */
export type CellPosition = readonly [number, number];

/** The cell a key moves to from `at`, in a grid whose last cell is `last`; null for other keys. */
export function nextCell(
    key: string,
    ctrlKey: boolean,
    at: CellPosition,
    last: CellPosition
): CellPosition | null {
    const [lastRow, lastCol] = last;
    if (lastRow < 0 || lastCol < 0) {
        return null;
    }
    const [row, col] = at;
    switch (key) {
        case 'ArrowRight':
            return [row, Math.min(col + 1, lastCol)];
        case 'ArrowLeft':
            return [row, Math.max(col - 1, 0)];
        case 'ArrowDown':
            return [Math.min(row + 1, lastRow), col];
        case 'ArrowUp':
            return [Math.max(row - 1, 0), col];
        case 'Home':
            return [ctrlKey ? 0 : row, 0];
        case 'End':
            return [ctrlKey ? lastRow : row, lastCol];
        default:
            return null;
    }
}

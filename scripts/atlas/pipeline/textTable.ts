// Aligned plain-text tables for the terminal: columns padded to their widest cell, numbers
// right-aligned. No colours or box characters, so the output reads the same piped into a file.
export type Align = 'left' | 'right';

export function textTable(
    headers: readonly string[],
    rows: readonly (readonly string[])[],
    align: readonly Align[] = []
): string {
    const widths = headers.map((header, column) =>
        Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length))
    );
    const line = (cells: readonly string[]): string =>
        cells
            .map((cell, column) => {
                const width = widths[column] ?? 0;
                return align[column] === 'right' ? cell.padStart(width) : cell.padEnd(width);
            })
            .join('  ')
            .trimEnd();
    return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
        '\n'
    );
}

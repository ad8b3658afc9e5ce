// CSV as Bulk API 2.0 speaks it: the job's column delimiter and line ending, every value quoted on
// output (blank values left empty), and client CSV parsed strictly (a malformed file fails the job).
import { parse } from 'csv-parse/sync';
import { SalesforceError } from '../errors';

export type ColumnDelimiter = 'COMMA' | 'TAB' | 'PIPE' | 'SEMICOLON' | 'CARET' | 'BACKQUOTE';
export type LineEnding = 'LF' | 'CRLF';

const DELIMITERS: Readonly<Record<ColumnDelimiter, string>> = {
    COMMA: ',',
    TAB: '\t',
    PIPE: '|',
    SEMICOLON: ';',
    CARET: '^',
    BACKQUOTE: '`'
};

export function delimiterChar(delimiter: ColumnDelimiter): string {
    return DELIMITERS[delimiter];
}

export function isColumnDelimiter(value: unknown): value is ColumnDelimiter {
    return typeof value === 'string' && value in DELIMITERS;
}

export function isLineEnding(value: unknown): value is LineEnding {
    return value === 'LF' || value === 'CRLF';
}

/** One CSV record; null is written as an empty field. */
export function csvLine(values: readonly (string | null)[], delimiter: ColumnDelimiter): string {
    return values
        .map((value) => (value === null ? '' : `"${value.replace(/"/g, '""')}"`))
        .join(delimiterChar(delimiter));
}

export function csvText(lines: readonly string[], lineEnding: LineEnding): string {
    const eol = lineEnding === 'CRLF' ? '\r\n' : '\n';
    return lines.length === 0 ? '' : `${lines.join(eol)}${eol}`;
}

/** Parses uploaded job data into a header and rows, or throws the reason the job fails. */
export function parseCsv(
    text: string,
    delimiter: ColumnDelimiter
): { header: string[]; rows: string[][] } {
    let records: string[][];
    try {
        records = parse(text, {
            bom: true,
            delimiter: delimiterChar(delimiter),
            skip_empty_lines: true
        }) as string[][];
    } catch (error) {
        throw new SalesforceError(
            400,
            'InvalidBatch',
            `InvalidBatch : Failed to parse CSV: ${error instanceof Error ? error.message : String(error)}`
        );
    }
    const [header, ...rows] = records;
    if (header === undefined || header.length === 0) {
        throw new SalesforceError(
            400,
            'InvalidBatch',
            'InvalidBatch : The CSV data has no header row'
        );
    }
    return { header: header.map((name) => name.trim()), rows };
}

// SOQL errors in the platform's form: the query line, a caret under the offending token, then
// "ERROR at Row:R:Column:C" and the message, e.g. (INVALID_FIELD, as real orgs answer and the
// Salesforce tooling around them quotes it):
//   \nSELECT Id, Chiffre_d_affaire__c FROM Account\n           ^\nERROR at Row:1:Column:12\nNo such column …
//   \nSELECT Id FROM Account WHERE\n                            ^\nERROR at Row:1:Column:29\nunexpected token: '<EOF>'
// Columns count from 1; the end of the query is one past its last character.
// check-metadata-ignore-file: the examples quote error texts with made-up field and object names.
import { SalesforceError } from '../errors';

/** Longer lines are shown as a window around the token, as the platform does for long SELECT lists. */
const WHOLE_LINE = 100;
const BEFORE = 30;
const AFTER = 70;

export interface SoqlPosition {
    readonly row: number;
    readonly column: number;
}

/** The row and column (both from 1) of a character offset. */
export function positionOf(soql: string, offset: number): SoqlPosition {
    const before = soql.slice(0, offset).split('\n');
    return { row: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}

export function positionedMessage(soql: string, offset: number, message: string): string {
    const { row, column } = positionOf(soql, offset);
    const line = (soql.split('\n')[row - 1] ?? '').replace(/\r$/, '');
    let shown = line;
    let caret = column - 1;
    if (line.length > WHOLE_LINE) {
        const start = Math.max(0, caret - BEFORE);
        shown = line.slice(start, caret + AFTER);
        caret -= start;
    }
    return `\n${shown}\n${' '.repeat(caret)}^\nERROR at Row:${row}:Column:${column}\n${message}`;
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where a word (a name or keyword, case-insensitive) first stands on its own in the query. */
export function offsetOfWord(soql: string, word: string, from = 0): number | undefined {
    const pattern = new RegExp(`(^|[^\\w.])(${escapeRegExp(word)})(?![\\w])`, 'ig');
    pattern.lastIndex = from;
    const match = pattern.exec(soql);
    return match === null ? undefined : match.index + (match[1] ?? '').length;
}

/** Where a field path ending in `name` starts (`Account.Foo__c` starts at `Account`). */
function offsetOfFieldPath(soql: string, name: string): number | undefined {
    const pattern = new RegExp(`[\\w.]*\\b${escapeRegExp(name)}\\b(?!\\s*\\()`, 'i');
    const match = pattern.exec(soql);
    return match?.index;
}

/**
 * Where an unexpected token is reported: right after the text before it. The platform says
 * Column:29 for the end of "SELECT Id FROM Account WHERE" (28 characters) and Column:11 for FROM
 * in "SELECT Id, FROM Bar__c" (Salesforce tooling quoting real answers).
 */
function afterPreviousToken(soql: string, offset: number): number {
    let at = offset;
    while (at > 0 && /\s/.test(soql[at - 1] ?? '')) {
        at--;
    }
    return at;
}

/** The offending token named by a compile error's own message, and where it stands in the query. */
function locate(soql: string, error: SalesforceError): number | undefined {
    const message = error.message;
    const column = /^No such column '([^']+)'/.exec(message);
    if (column?.[1] !== undefined) {
        return offsetOfFieldPath(soql, column[1]);
    }
    const relationship = /^Didn't understand relationship '([^']+)'/.exec(message);
    if (relationship?.[1] !== undefined) {
        return offsetOfWord(soql, relationship[1]);
    }
    const type = /^sObject type '([^']+)' is not supported/.exec(message);
    if (type?.[1] !== undefined) {
        const from = offsetOfWord(soql, 'FROM') ?? 0;
        return offsetOfWord(soql, type[1], from);
    }
    const id = /^invalid ID field: (.*)$/.exec(message);
    if (id?.[1] !== undefined) {
        const at = soql.indexOf(`'${id[1]}'`);
        return at < 0 ? undefined : at;
    }
    const token = /^unexpected token: '(.*)'$/.exec(message);
    if (token?.[1] !== undefined) {
        const at = token[1] === '<EOF>' ? soql.length : offsetOfWord(soql, token[1]);
        return at === undefined ? undefined : afterPreviousToken(soql, at);
    }
    return undefined;
}

const POSITIONED_CODES = new Set([
    'MALFORMED_QUERY',
    'INVALID_FIELD',
    'INVALID_TYPE',
    'INVALID_QUERY_FILTER_OPERATOR'
]);

/** A query error with the platform's position block when its token can be found in the query. */
export function withPosition(soql: string, error: unknown): unknown {
    if (
        !(error instanceof SalesforceError) ||
        !POSITIONED_CODES.has(error.errorCode) ||
        error.message.startsWith('\n')
    ) {
        return error;
    }
    const offset = locate(soql, error);
    if (offset === undefined) {
        return error;
    }
    return new SalesforceError(
        error.statusCode,
        error.errorCode,
        positionedMessage(soql, offset, error.message),
        error.fields
    );
}

/**
 * A parse failure in the platform's form. The parser (chevrotain) says "Expecting token of type -->
 * FROM <-- but found --> 'Account' <--", "… but found: ''" or "unexpected character: ->'<- at
 * offset: 36"; the platform says "unexpected token: 'Account'" (or '<EOF>') at that token.
 */
export function parseFailure(soql: string, parserMessage: string): SalesforceError {
    const found = /found(?: -->)? ?:? '([^']*)'/.exec(parserMessage);
    const character = /unexpected character: ->(.)<- at offset: (\d+)/.exec(parserMessage);
    let token: string | undefined;
    let offset: number | undefined;
    if (found !== null) {
        token = found[1] === '' ? '<EOF>' : found[1];
        offset = token === '<EOF>' ? soql.length : offsetOfWord(soql, token ?? '');
    } else if (character !== null) {
        token = character[1];
        offset = Number(character[2]);
    }
    if (offset !== undefined) {
        offset = afterPreviousToken(soql, offset);
    }
    const message = token === undefined ? parserMessage : `unexpected token: '${token}'`;
    return new SalesforceError(
        400,
        'MALFORMED_QUERY',
        offset === undefined ? message : positionedMessage(soql, offset, message)
    );
}

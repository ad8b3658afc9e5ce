// Part of the graphqlQueries check: a record selection marked `# record: <Type>` (every selection
// c/atlasRecords builds from a field list carries the mark) must select every field its
// TypeScript record type in c/atlasModel declares; a field left out of a query would reach the
// helpers as undefined.
import { Kind, parse, TokenKind, visit } from 'graphql';
import type { ASTNode, DocumentNode, SelectionSetNode, Token } from 'graphql';
import ts from 'typescript';
import type { Finding } from './check';

/** Record interface name → the fields it declares (its own and those of what it extends). */
export type RecordTypes = ReadonlyMap<string, readonly string[]>;

/** The record interfaces of a TypeScript source (atlasModel.ts), with inherited properties. */
export function recordTypesOf(fileName: string, sourceText: string): RecordTypes {
    const sourceFile = ts.createSourceFile(fileName, sourceText, ts.ScriptTarget.Latest, true);
    const declared = new Map<string, { own: string[]; bases: string[] }>();
    for (const statement of sourceFile.statements) {
        if (ts.isInterfaceDeclaration(statement)) {
            const own = statement.members
                .filter(ts.isPropertySignature)
                .map((member) => member.name.getText(sourceFile));
            const bases = (statement.heritageClauses ?? []).flatMap((clause) =>
                clause.types.map((type) => type.expression.getText(sourceFile))
            );
            declared.set(statement.name.text, { own, bases });
        }
    }
    const resolve = (name: string, seen: Set<string>): string[] => {
        const entry = declared.get(name);
        if (entry === undefined || seen.has(name)) {
            return [];
        }
        seen.add(name);
        return [...entry.bases.flatMap((base) => resolve(base, seen)), ...entry.own];
    };
    const types = new Map<string, readonly string[]>();
    for (const name of declared.keys()) {
        types.set(name, [...new Set(resolve(name, new Set()))]);
    }
    return types;
}

const MARK = /^\s*record:\s*(\w+)\s*$/;

/** The `# record:` comments of a document, with their offsets in the text. */
function recordMarks(document: DocumentNode): { type: string; token: Token }[] {
    const marks: { type: string; token: Token }[] = [];
    for (let token: Token | null = document.loc?.startToken ?? null; token; token = token.next) {
        if (token.kind === TokenKind.COMMENT) {
            const type = MARK.exec(token.value)?.[1];
            if (type !== undefined) {
                marks.push({ type, token });
            }
        }
        if (token.kind === TokenKind.EOF) {
            break;
        }
    }
    return marks;
}

/** The innermost selection set whose braces hold the offset. */
function selectionSetAt(document: DocumentNode, offset: number): SelectionSetNode | undefined {
    let innermost: SelectionSetNode | undefined;
    visit(document, {
        SelectionSet(node) {
            if (node.loc && node.loc.start < offset && offset < node.loc.end) {
                if (innermost === undefined || node.loc.start >= (innermost.loc?.start ?? 0)) {
                    innermost = node;
                }
            }
        }
    });
    return innermost;
}

function selectedNames(selectionSet: SelectionSetNode): Set<string> {
    const names = new Set<string>();
    for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
            names.add(selection.alias?.value ?? selection.name.value);
        }
    }
    return names;
}

/**
 * Findings for the marked record selections of one query text: a mark naming no record type, a
 * mark outside a selection, and each field of the record type the selection leaves out.
 */
export function recordMarkFindings(
    file: string,
    firstLine: number,
    text: string,
    recordTypes: RecordTypes
): Finding[] {
    let document: DocumentNode;
    try {
        document = parse(text);
    } catch {
        return []; // the syntax finding comes from checkGqlTemplate
    }
    const findings: Finding[] = [];
    const lineOf = (node: ASTNode | Token): number =>
        firstLine + ('line' in node ? node.line : (node.loc?.startToken.line ?? 1)) - 1;
    const operation =
        document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION)
            ?.name?.value ?? 'the query';
    for (const { type, token } of recordMarks(document)) {
        const fields = recordTypes.get(type);
        if (fields === undefined) {
            findings.push({
                file,
                line: lineOf(token),
                message: `${operation} marks a selection "# record: ${type}", which is no interface of c/atlasModel`,
                fix: 'name the record interface the reader returns (atlasModel.ts)'
            });
            continue;
        }
        const selectionSet = selectionSetAt(document, token.start);
        if (selectionSet === undefined) {
            findings.push({
                file,
                line: lineOf(token),
                message: `${operation} has "# record: ${type}" outside any selection`,
                fix: 'put the mark inside the record node it describes'
            });
            continue;
        }
        const selected = selectedNames(selectionSet);
        for (const field of fields.filter((name) => !selected.has(name))) {
            findings.push({
                file,
                line: lineOf(token),
                message: `${operation} reads ${type} records but does not select ${field}, which ${type} declares: the reader would see it as undefined`,
                fix: `select ${field} (build the selection with selectionOf and the object's field list in c/atlasRecords objectFields.ts)`
            });
        }
    }
    return findings;
}

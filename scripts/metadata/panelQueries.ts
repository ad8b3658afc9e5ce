// The GraphQL queries the panels send, read offline: the static gql`…` templates of the LWC data
// modules and the query texts c/atlasRecords builds from its field lists (BUILT_QUERIES). The
// graphqlQueries check, the doctor and the local org's tests all read them from here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_QUERIES } from '../../force-app/main/default/lwc/atlasRecords/builtQueries';
import type { BuiltQuery } from '../../force-app/main/default/lwc/atlasRecords/builtQueries';
import ts from 'typescript';

/** Where the panels' data modules and the built query texts live, in a project. */
export const DATA_DIR = ['force-app', 'main', 'default', 'lwc', 'atlasData'] as const;
export const RECORDS_DIR = ['force-app', 'main', 'default', 'lwc', 'atlasRecords'] as const;

/** A gql tagged template found in a source file. */
export interface GqlTemplate {
    readonly line: number;
    readonly text: string;
    readonly substitutions: number;
    /** The source text of each `${…}` expression, in order. */
    readonly references: readonly string[];
}

/** Every gql`…` tagged template in a TypeScript source, with the line its text starts on. */
export function gqlTemplates(fileName: string, sourceText: string): GqlTemplate[] {
    const sourceFile = ts.createSourceFile(fileName, sourceText, ts.ScriptTarget.Latest, true);
    const templates: GqlTemplate[] = [];
    const visit = (node: ts.Node): void => {
        if (
            ts.isTaggedTemplateExpression(node) &&
            ts.isIdentifier(node.tag) &&
            node.tag.text === 'gql'
        ) {
            const template = node.template;
            // +1 skips the backtick, so line 1 of the GraphQL text is the line the text starts on.
            const start = template.getStart(sourceFile) + 1;
            const line = sourceFile.getLineAndCharacterOfPosition(start).line + 1;
            if (ts.isNoSubstitutionTemplateLiteral(template)) {
                templates.push({ line, text: template.text, substitutions: 0, references: [] });
            } else {
                const text = [
                    template.head.text,
                    ...template.templateSpans.map((span) => span.literal.text)
                ].join('');
                templates.push({
                    line,
                    text,
                    substitutions: template.templateSpans.length,
                    references: template.templateSpans.map((span) =>
                        span.expression.getText(sourceFile)
                    )
                });
            }
        }
        ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    return templates;
}

export interface PanelQuery {
    /** Project-relative path of the file the text is written or built in. */
    readonly file: string;
    /** The line of that file the text starts on (1 for a built text). */
    readonly line: number;
    /** The operation name (`query AccountPlan` → AccountPlan). */
    readonly operation: string;
    readonly text: string;
}

/**
 * The built query texts of a project: this repository's BUILT_QUERIES when the project has the
 * c/atlasRecords bundle that builds them (a project copied from this one), else none (a test
 * fixture of another project).
 */
export function builtQueriesOf(projectDir: string): readonly BuiltQuery[] {
    return existsSync(join(projectDir, ...RECORDS_DIR, 'builtQueries.ts')) ? BUILT_QUERIES : [];
}

function operationOf(text: string, fallback: string): string {
    return /\b(?:query|mutation)\s+(\w+)/.exec(text)?.[1] ?? fallback;
}

/** Every query of the panels: the built texts, then each static gql template of the data modules. */
export function panelQueries(projectDir: string): PanelQuery[] {
    const queries: PanelQuery[] = builtQueriesOf(projectDir).map((query) => ({
        file: [...RECORDS_DIR, query.file].join('/'),
        line: 1,
        operation: operationOf(query.text, query.name),
        text: query.text
    }));
    const dir = join(projectDir, ...DATA_DIR);
    const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.ts')) : [];
    for (const file of files.sort()) {
        for (const template of gqlTemplates(file, readFileSync(join(dir, file), 'utf8'))) {
            if (template.substitutions === 0) {
                queries.push({
                    file: [...DATA_DIR, file].join('/'),
                    line: template.line,
                    operation: operationOf(template.text, file),
                    text: template.text
                });
            }
        }
    }
    return queries;
}

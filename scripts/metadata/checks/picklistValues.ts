// Check: the restricted picklist values the code knows (the `as const` lists of the model module,
// c/atlasModel, bound to their fields by PICKLIST_FIELDS) equal the values in the field metadata, in
// order, and every custom picklist field has its list. Read with the TypeScript compiler API, so the
// check judges the project it is pointed at, not the copy of the model this script was built with.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { Schema } from '../../../schema/schema';
import type { Check, Finding } from './check';

/** Where the model module lives in a package directory. */
export const MODEL_MODULE = 'main/default/lwc/atlasModel/atlasModel.ts';
/** The exported object that binds 'Object.Field' to a value list. */
const BINDINGS = 'PICKLIST_FIELDS';

interface ValueList {
    readonly values: readonly string[];
    readonly line: number;
}

interface Binding {
    /** 'Object.Field' */
    readonly field: string;
    /** The list the binding names, or undefined when it names no `as const` string list. */
    readonly listName: string | undefined;
    readonly line: number;
}

interface Model {
    readonly file: string;
    readonly lists: ReadonlyMap<string, ValueList>;
    /** Undefined when the module has no PICKLIST_FIELDS object. */
    readonly bindings: readonly Binding[] | undefined;
}

function lineOf(source: ts.SourceFile, node: ts.Node): number {
    return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}

function withoutAsConst(expression: ts.Expression): ts.Expression | undefined {
    return ts.isAsExpression(expression) &&
        ts.isTypeReferenceNode(expression.type) &&
        expression.type.typeName.getText() === 'const'
        ? expression.expression
        : undefined;
}

/** `export const NAME = ['a', 'b'] as const`: the string values, else undefined. */
function stringList(expression: ts.Expression): string[] | undefined {
    const inner = withoutAsConst(expression);
    if (inner === undefined || !ts.isArrayLiteralExpression(inner)) {
        return undefined;
    }
    const values: string[] = [];
    for (const element of inner.elements) {
        if (!ts.isStringLiteral(element)) {
            return undefined;
        }
        values.push(element.text);
    }
    return values;
}

function readBindings(
    source: ts.SourceFile,
    expression: ts.Expression,
    lists: ReadonlyMap<string, ValueList>
): Binding[] {
    const object = withoutAsConst(expression) ?? expression;
    if (!ts.isObjectLiteralExpression(object)) {
        return [];
    }
    return object.properties.map((property) => {
        const field =
            property.name && (ts.isStringLiteral(property.name) || ts.isIdentifier(property.name))
                ? property.name.text
                : property.getText(source);
        const listName =
            ts.isPropertyAssignment(property) &&
            ts.isIdentifier(property.initializer) &&
            lists.has(property.initializer.text)
                ? property.initializer.text
                : undefined;
        return { field, listName, line: lineOf(source, property) };
    });
}

/** The model module's exported value lists and bindings. */
export function readModel(file: string, text: string): Model {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const lists = new Map<string, ValueList>();
    let bindingsExpression: ts.Expression | undefined;
    for (const statement of source.statements) {
        const exported = ts.canHaveModifiers(statement)
            ? ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
            : false;
        if (!exported || !ts.isVariableStatement(statement)) {
            continue;
        }
        for (const declaration of statement.declarationList.declarations) {
            if (!ts.isIdentifier(declaration.name) || declaration.initializer === undefined) {
                continue;
            }
            const values = stringList(declaration.initializer);
            if (values !== undefined) {
                lists.set(declaration.name.text, { values, line: lineOf(source, declaration) });
            } else if (declaration.name.text === BINDINGS) {
                bindingsExpression = declaration.initializer;
            }
        }
    }
    return {
        file,
        lists,
        bindings:
            bindingsExpression === undefined
                ? undefined
                : readBindings(source, bindingsExpression, lists)
    };
}

function quoted(values: readonly string[]): string {
    return values.map((value) => `'${value}'`).join(', ');
}

/** How a list differs from the field's values, in words; undefined when they are equal. */
export function difference(
    list: readonly string[],
    metadata: readonly string[]
): string | undefined {
    const missing = metadata.filter((value) => !list.includes(value));
    const extra = list.filter((value) => !metadata.includes(value));
    const parts: string[] = [];
    if (missing.length > 0) {
        parts.push(`lacks ${quoted(missing)}`);
    }
    if (extra.length > 0) {
        parts.push(`has ${quoted(extra)}, which the field does not`);
    }
    if (parts.length === 0 && list.join('\n') !== metadata.join('\n')) {
        parts.push('orders the values differently');
    }
    return parts.length === 0 ? undefined : parts.join(' and ');
}

function checkModel(model: Model, schema: Schema): Finding[] {
    const findings: Finding[] = [];
    if (model.bindings === undefined) {
        return [
            {
                file: model.file,
                message: `has no exported ${BINDINGS} object binding 'Object.Field' to its value list`,
                fix: `add export const ${BINDINGS} = { 'Object.Field': VALUE_LIST, … } as const`
            }
        ];
    }
    const bound = new Set<string>();
    for (const binding of model.bindings) {
        const [objectName = '', fieldName = ''] = binding.field.split('.');
        const field = schema.field(objectName, fieldName);
        const list = binding.listName === undefined ? undefined : model.lists.get(binding.listName);
        bound.add(`${objectName}.${fieldName}`);
        if (field === undefined || field.picklist === undefined) {
            findings.push({
                file: model.file,
                line: binding.line,
                message: `${BINDINGS} names ${binding.field}, which is not a picklist field of the data model`,
                fix: 'name the field as Object.Field with their API names, or remove the entry'
            });
            continue;
        }
        if (list === undefined) {
            findings.push({
                file: model.file,
                line: binding.line,
                message: `${BINDINGS}['${binding.field}'] is not an exported \`as const\` list of strings in this module`,
                fix: `bind it to a list declared here as export const NAME = [${quoted(field.picklist.values.map((v) => v.value))}] as const`
            });
            continue;
        }
        const metadata = field.picklist.values.map((value) => value.value);
        const differs = difference(list.values, metadata);
        if (differs !== undefined) {
            findings.push({
                file: model.file,
                line: list.line,
                message: `${binding.listName} (the values of ${binding.field}) ${differs} (${field.source ?? 'the field metadata'})`,
                fix: `make the list and the field's values the same, in this order: [${quoted(metadata)}]`
            });
        }
    }
    for (const object of schema.objects()) {
        for (const field of object.fields) {
            const key = `${object.name}.${field.name}`;
            if (field.custom && field.picklist?.valuesKnown && !bound.has(key)) {
                findings.push({
                    file: field.source ?? model.file,
                    message: `the picklist ${key} has no value list in the model module (${model.file})`,
                    fix: `add an \`as const\` list of its values to ${model.file} and bind it in ${BINDINGS}: '${key}': NAME`
                });
            }
        }
    }
    return findings;
}

export const picklistValues: Check = {
    name: 'every picklist value list in the model module (c/atlasModel) equals its field metadata, and every custom picklist has one',
    run(context) {
        const findings: Finding[] = [];
        for (const dir of context.packageDirs) {
            const file = `${dir}/${MODEL_MODULE}`;
            const path = join(context.projectDir, file);
            // A project without the model module (a fixture, another package) has no lists to compare.
            if (existsSync(path)) {
                findings.push(
                    ...checkModel(readModel(file, readFileSync(path, 'utf8')), context.schema)
                );
            }
        }
        return Promise.resolve(findings);
    }
};

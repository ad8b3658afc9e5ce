// Reads Salesforce formulas (validation rules, formula fields) with formulon and checks what they name:
// every field path exists, picklists appear only where the platform accepts them, and ISPICKVAL
// compares with a value the picklist has.
import { createRequire } from 'node:module';
import { suggestion, type Schema } from './schema';
import type { SObjectField } from './types';

/** The parts of formulon's AST this module reads. */
export type FormulaNode =
    | {
          readonly type: 'callExpression';
          readonly id: string;
          readonly arguments: readonly FormulaNode[];
      }
    | { readonly type: 'identifier'; readonly name: string }
    | { readonly type: 'literal'; readonly value: unknown; readonly dataType: string }
    | { readonly type: 'error'; readonly errorType: string; readonly message: string };

interface Formulon {
    ast(formula: string): FormulaNode;
    parse(
        formula: string,
        substitutions: Readonly<Record<string, FormulaValue>>
    ): { readonly type: string; readonly value?: unknown; readonly dataType?: string };
}

// formulon publishes no type declarations; this typed handle keeps `any` out of the project.
const formulon = createRequire(__filename)('formulon') as Formulon;

/** Functions that accept a picklist field as an argument (the platform rejects it anywhere else). */
const PICKLIST_FUNCTIONS = new Set([
    'ispickval',
    'text',
    'ischanged',
    'priorvalue',
    'case',
    'includes'
]);

export interface FormulaProblem {
    readonly message: string;
    readonly fix: string;
}

/** Problems of one formula evaluated on objectName; [] when it parses and every name resolves. */
export function checkFormula(
    schema: Schema,
    objectName: string,
    formula: string
): FormulaProblem[] {
    let tree: FormulaNode;
    try {
        tree = formulon.ast(formula);
    } catch (error) {
        return [
            {
                message: `formula cannot be parsed: ${error instanceof Error ? error.message : String(error)}`,
                fix: 'fix the formula syntax'
            }
        ];
    }
    if (tree.type === 'error') {
        // Prettier's XML plugin (xmlWhitespaceSensitivity ignore) turns &lt;= into "&lt; =".
        const split = /<\s+=|>\s+=|<\s+>/.exec(formula);
        return [
            {
                message: `formula has a ${tree.errorType}: ${tree.message}${
                    split === null ? '' : ` ('${split[0]}' is an operator split in two)`
                }`,
                fix:
                    split === null
                        ? 'fix the formula syntax'
                        : 'join the operator again and keep Prettier from splitting it: wrap the formula in <![CDATA[ … ]]> (or write != for <>)'
            }
        ];
    }
    const problems: FormulaProblem[] = [];
    const visit = (node: FormulaNode, parentFunction: string | undefined): void => {
        if (node.type === 'callExpression') {
            node.arguments.forEach((argument) => visit(argument, node.id));
            if (node.id === 'ispickval') {
                checkPicklistComparison(schema, objectName, node, problems);
            }
            return;
        }
        if (node.type !== 'identifier' || node.name.startsWith('$')) {
            return; // literals, and global variables such as $User.Id
        }
        const resolution = schema.resolvePath(objectName, node.name);
        if (!resolution.ok) {
            problems.push({
                message: `formula names ${node.name}, but ${resolution.error}`,
                fix: 'correct the field path (parent relationships end in __r)'
            });
            return;
        }
        const field = resolution.field;
        const isPicklist = field.type === 'Picklist' || field.type === 'MultiselectPicklist';
        if (
            isPicklist &&
            (parentFunction === undefined || !PICKLIST_FUNCTIONS.has(parentFunction))
        ) {
            problems.push({
                message: `formula uses picklist ${node.name} ${parentFunction === undefined ? 'as a value' : `inside ${parentFunction.toUpperCase()}()`}; the platform only accepts picklists in ISPICKVAL, TEXT, CASE, ISCHANGED and PRIORVALUE`,
                fix:
                    parentFunction === 'isblank'
                        ? `write ISPICKVAL(${node.name}, '')`
                        : `compare with ISPICKVAL(${node.name}, '…') or TEXT(${node.name})`
            });
        }
    };
    visit(tree, undefined);
    return problems;
}

function checkPicklistComparison(
    schema: Schema,
    objectName: string,
    node: Extract<FormulaNode, { type: 'callExpression' }>,
    problems: FormulaProblem[]
): void {
    const [subject, value] = node.arguments;
    if (
        subject?.type !== 'identifier' ||
        value?.type !== 'literal' ||
        typeof value.value !== 'string'
    ) {
        return;
    }
    if (subject.name.startsWith('$') || value.value === '') {
        return;
    }
    const resolution = schema.resolvePath(objectName, subject.name);
    const picklist = resolution.ok ? resolution.field.picklist : undefined;
    if (picklist === undefined || !picklist.valuesKnown) {
        return;
    }
    const values = picklist.values.map((v) => v.value);
    if (!values.includes(value.value)) {
        problems.push({
            message: `formula compares ${subject.name} with '${value.value}', which is not one of its values${suggestion(value.value, values)}`,
            fix: `use one of: ${values.join(', ')}`
        });
    }
}

/** A value for formulon: what a field holds in one record. */
export interface FormulaValue {
    readonly type: 'literal';
    readonly dataType: string;
    readonly value: unknown;
    readonly options: Readonly<Record<string, unknown>>;
}

/** The identifiers (field paths and $globals) a formula names, or [] when it does not parse. */
export function formulaIdentifiers(formula: string): string[] {
    const names = new Set<string>();
    const visit = (node: FormulaNode): void => {
        if (node.type === 'callExpression') {
            node.arguments.forEach(visit);
        } else if (node.type === 'identifier') {
            names.add(node.name);
        }
    };
    try {
        visit(formulon.ast(formula));
    } catch {
        return [];
    }
    return [...names];
}

/** A JSON value of a field as formulon wants it; undefined when it cannot be represented. */
export function formulaValue(field: SObjectField, value: unknown): FormulaValue | undefined {
    const literal = (
        dataType: string,
        v: unknown,
        options: Record<string, unknown> = {}
    ): FormulaValue => ({
        type: 'literal',
        dataType,
        value: v,
        options
    });
    if (value === null || value === undefined || value === '') {
        return literal('null', null);
    }
    switch (field.type) {
        case 'Number':
        case 'Currency':
        case 'Percent':
            return typeof value === 'number'
                ? literal('number', value, {
                      length: (field.precision ?? 18) - (field.scale ?? 0),
                      scale: field.scale ?? 0
                  })
                : undefined;
        case 'Checkbox':
            return typeof value === 'boolean' ? literal('checkbox', value) : undefined;
        case 'Date':
        case 'DateTime': {
            const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
            return Number.isNaN(time)
                ? undefined
                : literal(field.type === 'Date' ? 'date' : 'datetime', new Date(time));
        }
        case 'Picklist':
            return typeof value === 'string'
                ? literal('picklist', value, {
                      values: field.picklist?.values.map((v) => v.value) ?? []
                  })
                : undefined;
        default:
            return typeof value === 'string'
                ? literal('text', value, { length: value.length })
                : undefined;
    }
}

/** True/false when formulon can evaluate the formula with these values, undefined otherwise. */
export function evaluateCondition(
    formula: string,
    substitutions: Readonly<Record<string, FormulaValue>>
): boolean | undefined {
    try {
        const result = formulon.parse(formula, substitutions);
        return result.type === 'literal' &&
            result.dataType === 'checkbox' &&
            typeof result.value === 'boolean'
            ? result.value
            : undefined;
    } catch {
        return undefined;
    }
}

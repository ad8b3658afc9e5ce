// Evaluates the project's formulas (validation rules, before-save flow assignments) on a record with
// formulon, following parent paths such as Contact__r.AccountId through the store.
import { createRequire } from 'node:module';
import {
    evaluateCondition,
    formulaIdentifiers,
    formulaValue,
    type FormulaValue
} from '../../schema/formulas';
import type { SObjectField } from '../../schema/types';
import type { OrgModel } from './model';
import { kindOf, type Row, type SqlValue } from './values';

interface FormulonResult {
    readonly type: string;
    readonly value?: unknown;
    readonly dataType?: string;
}

interface Formulon {
    parse(formula: string, substitutions: Readonly<Record<string, FormulaValue>>): FormulonResult;
}

// formulon ships no type declarations; this typed handle keeps `any` out of the project.
const formulon = createRequire(__filename)('formulon') as Formulon;

const identifierCache = new Map<string, readonly string[]>();

/** The names a formula uses, parsed once per formula text. */
function identifiersOf(formula: string): readonly string[] {
    let names = identifierCache.get(formula);
    if (names === undefined) {
        names = formulaIdentifiers(formula);
        identifierCache.set(formula, names);
    }
    return names;
}

/** Loads one stored record (not deleted) by object and id. */
export type RowLoader = (objectName: string, id: string) => Row | undefined;

/** Why a formula cannot be evaluated here, or undefined when it can. */
export function unsupportedReason(
    model: OrgModel,
    objectName: string,
    formula: string
): string | undefined {
    const names = formulaIdentifiers(formula);
    if (names.length === 0 && formula.trim() !== '') {
        const probe = formulon.parse(formula, {});
        if (probe.type === 'error') {
            return 'formulon cannot parse it';
        }
    }
    for (const name of names) {
        if (name.startsWith('$')) {
            return `it uses the global variable ${name}`;
        }
        const resolution = model.schema.resolvePath(objectName, name, { ignoreCase: true });
        if (!resolution.ok) {
            return resolution.error;
        }
    }
    return undefined;
}

function asFormulaValue(
    field: SObjectField,
    stored: SqlValue | undefined
): FormulaValue | undefined {
    const kind = kindOf(field);
    if (stored === null || stored === undefined) {
        // Blank text is '' in formulas (so "A & ':' & B" works); blank numbers and dates stay null.
        if (kind === 'text' || kind === 'id') {
            return field.picklist !== undefined
                ? formulaValue(field, null)
                : { type: 'literal', dataType: 'text', value: '', options: { length: 0 } };
        }
        if (kind === 'boolean') {
            return formulaValue(field, false);
        }
        return formulaValue(field, null);
    }
    if (kind === 'boolean') {
        return formulaValue(field, stored === 1);
    }
    if (kind === 'id') {
        return {
            type: 'literal',
            dataType: 'text',
            value: String(stored),
            options: { length: 18 }
        };
    }
    if (field.type === 'Picklist' || kind === 'text') {
        return formulaValue(
            { ...field, type: field.type === 'Picklist' ? 'Picklist' : 'Text' },
            String(stored)
        );
    }
    return formulaValue(field, stored);
}

/**
 * The substitutions formulon needs for a formula on one record, or undefined when a value cannot
 * be represented. Parent paths are followed through `load`.
 */
export function substitutionsFor(
    model: OrgModel,
    objectName: string,
    row: Row,
    formula: string,
    load: RowLoader
): Record<string, FormulaValue> | undefined {
    const result: Record<string, FormulaValue> = {};
    for (const name of identifiersOf(formula)) {
        const value = valueAtPath(model, objectName, row, name, load);
        if (value === undefined) {
            return undefined;
        }
        result[name] = value;
    }
    return result;
}

function valueAtPath(
    model: OrgModel,
    objectName: string,
    row: Row,
    path: string,
    load: RowLoader
): FormulaValue | undefined {
    const parts = path.split('.');
    let currentObject = objectName;
    let current: Row | undefined = row;
    for (const part of parts.slice(0, -1)) {
        const relationship = model.schema.parentRelationship(currentObject, part, {
            ignoreCase: true
        });
        if (relationship === undefined) {
            return undefined;
        }
        const parentId = current?.[relationship.field.name];
        if (typeof parentId !== 'string') {
            current = undefined;
            currentObject = relationship.referenceTo[0] ?? currentObject;
            continue;
        }
        const target =
            model.objectOfId(parentId)?.name ?? relationship.referenceTo[0] ?? currentObject;
        current = load(target, parentId);
        currentObject = target;
    }
    const field = model.field(currentObject, parts[parts.length - 1] ?? '');
    if (field === undefined) {
        return undefined;
    }
    return asFormulaValue(field, current?.[field.name]);
}

/** Formulas whose value depends on the clock as well as on the record: never remembered. */
const CLOCK_FUNCTIONS = /\b(TODAY|NOW|TIMENOW)\s*\(/i;
const MAX_REMEMBERED = 20_000;
const remembered = new Map<string, boolean | string | undefined>();

/**
 * formulon parses the formula text again on every call (its API takes text, not a parsed tree), which
 * was most of a bulk row's save. A formula without clock functions is a pure function of its
 * substitutions, so the outcome is remembered per formula and values (a bounded cache: a bulk job
 * repeats the same few values per rule).
 */
function rememberedOutcome<T extends boolean | string | undefined>(
    formula: string,
    substitutions: Readonly<Record<string, FormulaValue>>,
    evaluate: () => T
): T {
    if (CLOCK_FUNCTIONS.test(formula)) {
        return evaluate();
    }
    const key = `${formula}\u0000${JSON.stringify(substitutions)}`;
    if (remembered.has(key)) {
        return remembered.get(key) as T;
    }
    const outcome = evaluate();
    if (remembered.size >= MAX_REMEMBERED) {
        remembered.clear();
    }
    remembered.set(key, outcome);
    return outcome;
}

/** true/false when formulon evaluates the condition, undefined when it cannot. */
export function evaluateBoolean(
    formula: string,
    substitutions: Readonly<Record<string, FormulaValue>>
): boolean | undefined {
    return rememberedOutcome(`boolean:${formula}`, substitutions, () =>
        evaluateCondition(formula, substitutions)
    );
}

/** The text (or number, as text) a formula yields, or undefined when formulon cannot evaluate it. */
export function evaluateText(
    formula: string,
    substitutions: Readonly<Record<string, FormulaValue>>
): string | undefined {
    return rememberedOutcome(`text:${formula}`, substitutions, () =>
        evaluateTextOnce(formula, substitutions)
    );
}

function evaluateTextOnce(
    formula: string,
    substitutions: Readonly<Record<string, FormulaValue>>
): string | undefined {
    try {
        const result = formulon.parse(formula, substitutions);
        if (result.type !== 'literal') {
            return undefined;
        }
        if (result.value === null || result.value === undefined) {
            return '';
        }
        return typeof result.value === 'string' ||
            typeof result.value === 'number' ||
            typeof result.value === 'boolean'
            ? String(result.value)
            : undefined;
    } catch {
        return undefined;
    }
}

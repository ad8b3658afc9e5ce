// SOQL → query plan. @jetstreamapp/soql-parser-js parses the text; this module checks every name
// against the schema (INVALID_TYPE, INVALID_FIELD), types every literal against its field, expands
// date literals, and rebuilds the WHERE tree (the parser gives a flat chain with parenthesis counts).
import type {
    FieldType as SoqlField,
    Query,
    Subquery,
    WhereClause
} from '@jetstreamapp/soql-parser-js';
import type * as SoqlParser from '@jetstreamapp/soql-parser-js';
import type { ChildRelationship, SObjectDescribe, SObjectField } from '../../../schema/types';
import {
    invalidField,
    invalidType,
    malformedQuery,
    notImplemented,
    SalesforceError
} from '../errors';
import { normalizeId } from '../ids';
import type { OrgModel } from '../model';
import { kindOf, parseDate, parseDateTime, type SqlValue } from '../values';
import { dateRangeCondition } from './conditions';
import { dateLiteralRange } from './dateLiterals';
import type { CompareOp, Condition, FieldRef, OrderItem, SelectPlan } from './plan';
import { parseFailure, withPosition } from './soqlErrors';

// The parser takes over a second to load: it is loaded with the first query, not with the module,
// so commands and servers that never query start without it.
let soqlParser: typeof SoqlParser | undefined;
function parseQuery(soql: string): Query {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    soqlParser ??= require('@jetstreamapp/soql-parser-js') as typeof SoqlParser;
    return soqlParser.parseQuery(soql);
}

/** One selected column of a SOQL query. */
export type SelectItem =
    | { readonly kind: 'field'; readonly ref: FieldRef }
    | {
          readonly kind: 'subquery';
          readonly relationship: ChildRelationship;
          readonly query: CompiledQuery;
      }
    | { readonly kind: 'count'; readonly alias: string; readonly ref?: FieldRef };

export interface CompiledQuery {
    readonly plan: SelectPlan;
    readonly items: readonly SelectItem[];
    /** SELECT COUNT() FROM …: only totalSize is returned. */
    readonly countOnly: boolean;
    /** SELECT COUNT(Id) …: one AggregateResult row. */
    readonly aggregate: boolean;
}

export interface CompileOptions {
    readonly includeDeleted: boolean;
    readonly now: Date;
}

/**
 * What the Name entity's Name reads on objects without a Name field (SOQL and SOSL Reference,
 * "Understanding Relationship Fields and Polymorphic Fields": What.Name, Who.Name).
 */
const NAME_ENTITY_NAMES: Readonly<Record<string, string>> = {
    Case: 'CaseNumber',
    Task: 'Subject',
    Event: 'Subject'
};

const FIELD_HINT =
    "If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.";
const RELATIONSHIP_HINT =
    "If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.";

/** Parses and checks a SOQL statement. */
export function compileSoql(model: OrgModel, soql: string, options: CompileOptions): CompiledQuery {
    let query: Query;
    try {
        query = parseQuery(soql);
    } catch (error) {
        throw parseFailure(soql, error instanceof Error ? error.message : String(error));
    }
    try {
        if (query.sObject === undefined) {
            throw malformedQuery("unexpected token: '<EOF>'");
        }
        const object = model.object(query.sObject);
        if (object === undefined) {
            throw invalidType(
                `sObject type '${query.sObject}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`
            );
        }
        return new Compiler(model, options).compile(object, query, query.sObjectAlias, false);
    } catch (error) {
        throw withPosition(soql, error);
    }
}

type Token =
    | { readonly kind: 'open' }
    | { readonly kind: 'close' }
    | { readonly kind: 'op'; readonly op: 'AND' | 'OR' | 'NOT' }
    | { readonly kind: 'leaf'; readonly condition: Record<string, unknown> };

class Compiler {
    private readonly model: OrgModel;
    private readonly options: CompileOptions;

    constructor(model: OrgModel, options: CompileOptions) {
        this.model = model;
        this.options = options;
    }

    compile(
        object: SObjectDescribe,
        query: Query | Subquery,
        alias: string | undefined,
        nested: boolean
    ): CompiledQuery {
        this.rejectUnsupported(query);
        const items: SelectItem[] = [];
        let countOnly = false;
        let aggregate = false;
        const seen = new Set<string>();
        const addField = (ref: FieldRef): void => {
            const key = [...ref.hops.map((hop) => hop.name), ref.field.name]
                .join('.')
                .toLowerCase();
            if (!seen.has(key)) {
                seen.add(key);
                items.push({ kind: 'field', ref });
            }
        };
        for (const field of query.fields ?? []) {
            this.compileSelectItem(
                object,
                field,
                alias,
                nested,
                addField,
                items,
                (count) => {
                    if (count === 'countOnly') {
                        countOnly = true;
                    } else {
                        aggregate = true;
                    }
                },
                query.limit
            );
        }
        if (countOnly && items.length > 0) {
            throw malformedQuery('COUNT() cannot be combined with other fields in the SELECT list');
        }
        if (aggregate && items.some((item) => item.kind !== 'count')) {
            throw notImplemented(
                'SOQL aggregate functions with GROUP BY or mixed with plain fields'
            );
        }
        if (query.offset !== undefined && query.offset > 2000) {
            throw new SalesforceError(
                400,
                'NUMBER_OUTSIDE_VALID_RANGE',
                'Maximum SOQL offset allowed is 2000'
            );
        }
        const where =
            query.where === undefined ? undefined : this.compileWhere(object, query.where, alias);
        const orderBy = this.compileOrderBy(object, query, alias);
        return {
            plan: {
                object,
                where,
                orderBy,
                limit: query.limit,
                offset: query.offset,
                includeDeleted: this.options.includeDeleted
            },
            items,
            countOnly,
            aggregate
        };
    }

    private rejectUnsupported(query: Query | Subquery): void {
        if (query.groupBy !== undefined || query.having !== undefined) {
            throw notImplemented('SOQL GROUP BY and HAVING');
        }
        if (query.usingScope !== undefined) {
            throw notImplemented('SOQL USING SCOPE');
        }
        if (query.withDataCategory !== undefined) {
            throw notImplemented('SOQL WITH DATA CATEGORY');
        }
        if (query.update !== undefined) {
            throw notImplemented('SOQL UPDATE TRACKING and UPDATE VIEWSTAT');
        }
        // WITH SECURITY_ENFORCED / USER_MODE and FOR VIEW/REFERENCE/UPDATE change nothing here: the
        // local org has one user who can see and edit everything.
    }

    private compileSelectItem(
        object: SObjectDescribe,
        field: SoqlField,
        alias: string | undefined,
        nested: boolean,
        addField: (ref: FieldRef) => void,
        items: SelectItem[],
        onCount: (kind: 'countOnly' | 'aggregate') => void,
        limit: number | undefined
    ): void {
        switch (field.type) {
            case 'Field':
                addField(this.resolve(object, field.field, alias));
                return;
            case 'FieldRelationship':
                addField(
                    this.resolve(object, [...field.relationships, field.field].join('.'), alias)
                );
                return;
            case 'FieldSubquery': {
                if (nested) {
                    throw notImplemented(
                        'child relationship subqueries nested inside another subquery'
                    );
                }
                const sub = field.subquery;
                const relationship = this.model.schema.childRelationship(
                    object.name,
                    sub.relationshipName,
                    { ignoreCase: true }
                );
                if (relationship === undefined) {
                    throw invalidType(
                        `Didn't understand relationship '${sub.relationshipName}' in FROM part of query call. ${RELATIONSHIP_HINT}`
                    );
                }
                const childObject = this.model.object(relationship.childObject);
                if (childObject === undefined) {
                    throw invalidType(
                        `sObject type '${relationship.childObject}' is not supported.`
                    );
                }
                const compiled = this.compile(childObject, sub, sub.sObjectPrefix?.[0], true);
                if (compiled.countOnly || compiled.aggregate) {
                    throw notImplemented(
                        'aggregate functions inside a child relationship subquery'
                    );
                }
                items.push({ kind: 'subquery', relationship, query: compiled });
                return;
            }
            case 'FieldFunctionExpression': {
                const name = field.functionName.toUpperCase();
                if (name === 'FIELDS') {
                    const scope = String(field.parameters[0] ?? '').toUpperCase();
                    if (scope !== 'STANDARD' && (limit === undefined || limit > 200)) {
                        throw malformedQuery(
                            `The SOQL FIELDS function must have a LIMIT of at most 200`
                        );
                    }
                    for (const candidate of this.model.storedFields(object)) {
                        if (
                            scope === 'ALL' ||
                            (scope === 'CUSTOM' && candidate.custom) ||
                            (scope === 'STANDARD' && !candidate.custom)
                        ) {
                            addField({ hops: [], field: candidate });
                        }
                    }
                    return;
                }
                if (name === 'COUNT' && field.parameters.length === 0) {
                    onCount('countOnly');
                    return;
                }
                if (
                    name === 'COUNT' &&
                    field.parameters.length === 1 &&
                    typeof field.parameters[0] === 'string'
                ) {
                    const ref = this.resolve(object, field.parameters[0], alias);
                    const index = items.filter((item) => item.kind === 'count').length;
                    items.push({ kind: 'count', alias: field.alias ?? `expr${index}`, ref });
                    onCount('aggregate');
                    return;
                }
                throw notImplemented(`the SOQL function ${name}()`);
            }
            case 'FieldTypeof':
                throw notImplemented('SOQL TYPEOF');
        }
    }

    /** A dotted path ('Account.Owner.Name') from object to a field. */
    resolve(object: SObjectDescribe, path: string, alias: string | undefined): FieldRef {
        let parts = path.split('.');
        if (
            alias !== undefined &&
            parts.length > 1 &&
            parts[0]?.toLowerCase() === alias.toLowerCase()
        ) {
            parts = parts.slice(1);
        }
        const hops = [];
        let current = object;
        for (const part of parts.slice(0, -1)) {
            const relationship = this.model.schema.parentRelationship(current.name, part, {
                ignoreCase: true
            });
            if (relationship === undefined) {
                throw invalidField(
                    `Didn't understand relationship '${part}' in field path. ${RELATIONSHIP_HINT}`
                );
            }
            hops.push(relationship);
            const targetName = relationship.referenceTo[0];
            const target = targetName === undefined ? undefined : this.model.object(targetName);
            if (target === undefined) {
                throw invalidField(
                    `Didn't understand relationship '${part}' in field path. ${RELATIONSHIP_HINT}`
                );
            }
            current = target;
        }
        const fieldName = parts[parts.length - 1] ?? '';
        const field = this.model.field(current.name, fieldName);
        if (field === undefined || kindOf(field) === undefined) {
            throw invalidField(
                `No such column '${fieldName}' on entity '${current.name}'. ${FIELD_HINT}`
            );
        }
        const last = hops[hops.length - 1];
        if (last?.polymorphic === true) {
            // A polymorphic parent is SOQL's Name entity: Name is every target's name (a Case's
            // CaseNumber), other fields must exist on every possible target.
            const columnsByTarget = last.referenceTo.map((target) => {
                const own = this.model.field(target, field.name);
                if (own !== undefined) {
                    return own.name;
                }
                if (field.name === 'Name') {
                    return NAME_ENTITY_NAMES[target] ?? null;
                }
                throw invalidField(`No such column '${fieldName}' on entity 'Name'. ${FIELD_HINT}`);
            });
            return { hops, field, columnsByTarget };
        }
        return { hops, field };
    }

    private compileOrderBy(
        object: SObjectDescribe,
        query: Query | Subquery,
        alias: string | undefined
    ): OrderItem[] {
        const clauses =
            query.orderBy === undefined
                ? []
                : Array.isArray(query.orderBy)
                  ? query.orderBy
                  : [query.orderBy];
        return clauses.map((clause) => {
            if (!('field' in clause) || clause.field === undefined) {
                throw notImplemented('ORDER BY a function');
            }
            const descending = clause.order === 'DESC';
            return {
                ref: this.resolve(object, clause.field, alias),
                descending,
                nullsLast: clause.nulls === undefined ? descending : clause.nulls === 'LAST'
            };
        });
    }

    // -------------------------------------------------------------------------------------------
    // WHERE

    private compileWhere(
        object: SObjectDescribe,
        where: WhereClause,
        alias: string | undefined
    ): Condition {
        const tokens: Token[] = [];
        flatten(where, tokens);
        let position = 0;
        const peek = (): Token | undefined => tokens[position];
        const parseExpression = (): Condition => {
            const first = parseUnary();
            const items = [first];
            let glue: 'AND' | 'OR' | undefined;
            for (let token = peek(); token?.kind === 'op' && token.op !== 'NOT'; token = peek()) {
                if (glue !== undefined && glue !== token.op) {
                    // SOQL requires parentheses when AND and OR are mixed at one level.
                    throw malformedQuery(`unexpected token: '${token.op}'`);
                }
                glue = token.op;
                position++;
                items.push(parseUnary());
            }
            return glue === undefined ? first : { kind: glue === 'AND' ? 'and' : 'or', items };
        };
        const parseUnary = (): Condition => {
            const token = peek();
            if (token?.kind === 'op' && token.op === 'NOT') {
                position++;
                return { kind: 'not', item: parseUnary() };
            }
            if (token?.kind === 'open') {
                position++;
                const inner = parseExpression();
                if (peek()?.kind !== 'close') {
                    throw malformedQuery('unbalanced parentheses in WHERE');
                }
                position++;
                return inner;
            }
            if (token?.kind === 'leaf') {
                position++;
                return this.compileLeaf(object, token.condition, alias);
            }
            throw malformedQuery('unexpected end of WHERE clause');
        };
        const condition = parseExpression();
        if (position !== tokens.length) {
            throw malformedQuery('unexpected token in WHERE clause');
        }
        return condition;
    }

    private compileLeaf(
        object: SObjectDescribe,
        leaf: Record<string, unknown>,
        alias: string | undefined
    ): Condition {
        if ('fn' in leaf) {
            throw notImplemented('functions in WHERE (CALENDAR_YEAR, DISTANCE, …)');
        }
        const fieldPath = typeof leaf.field === 'string' ? leaf.field : '';
        const ref = this.resolve(object, fieldPath, alias);
        const operator = String(leaf.operator);
        const literalTypes = leaf.literalType;
        if ('valueQuery' in leaf) {
            return this.compileSemiJoin(ref, operator, leaf.valueQuery as Query);
        }
        const rawValue = leaf.value as string | string[] | undefined;
        if (operator === 'INCLUDES' || operator === 'EXCLUDES') {
            throw notImplemented('INCLUDES and EXCLUDES on multi-select picklists');
        }
        if (operator === 'IN' || operator === 'NOT IN') {
            const values = Array.isArray(rawValue) ? rawValue : [rawValue ?? ''];
            const types = Array.isArray(literalTypes)
                ? literalTypes
                : values.map(() => literalTypes);
            const compiled = values.map((value, index) => {
                const type = String(types[index] ?? 'STRING');
                if (type === 'DATE_LITERAL' || type === 'DATE_N_LITERAL') {
                    throw notImplemented('date literals inside IN lists');
                }
                return this.literal(ref.field, type, value);
            });
            return { kind: 'in', ref, negate: operator === 'NOT IN', values: compiled };
        }
        if (Array.isArray(rawValue)) {
            throw malformedQuery(`unexpected list of values for operator ${operator}`);
        }
        const type = String(literalTypes ?? 'STRING');
        if (operator === 'LIKE') {
            if (kindOf(ref.field) !== 'text' && kindOf(ref.field) !== 'id') {
                throw invalidField(
                    `invalid operator on field ${ref.field.name}: LIKE applies to text fields`
                );
            }
            if (type !== 'STRING') {
                throw malformedQuery(`LIKE needs a quoted string for field ${ref.field.name}`);
            }
            return { kind: 'like', ref, negate: false, pattern: likePattern(rawValue ?? "''") };
        }
        const op = operator as CompareOp;
        if (!['=', '!=', '<', '<=', '>', '>='].includes(op)) {
            throw malformedQuery(`unexpected operator ${operator}`);
        }
        if (type === 'DATE_LITERAL' || type === 'DATE_N_LITERAL') {
            return this.dateLiteralCondition(ref, op, rawValue ?? '', leaf.dateLiteralVariable);
        }
        return { kind: 'compare', ref, op, value: this.literal(ref.field, type, rawValue ?? '') };
    }

    private compileSemiJoin(ref: FieldRef, operator: string, valueQuery: Query): Condition {
        if (operator !== 'IN' && operator !== 'NOT IN') {
            throw malformedQuery('a subquery in WHERE needs IN or NOT IN');
        }
        const subObject = this.model.object(valueQuery.sObject ?? '');
        if (subObject === undefined) {
            throw invalidType(`sObject type '${valueQuery.sObject ?? ''}' is not supported.`);
        }
        const compiled = this.compile(subObject, valueQuery, valueQuery.sObjectAlias, true);
        const [item] = compiled.items;
        if (
            compiled.items.length !== 1 ||
            item?.kind !== 'field' ||
            kindOf(item.ref.field) !== 'id'
        ) {
            throw malformedQuery('a semi-join subquery selects exactly one Id or reference field');
        }
        if (kindOf(ref.field) !== 'id') {
            throw malformedQuery(
                `a semi-join compares an Id or reference field, not ${ref.field.name}`
            );
        }
        return {
            kind: 'semi',
            ref,
            negate: operator === 'NOT IN',
            sub: compiled.plan,
            subField: item.ref
        };
    }

    private dateLiteralCondition(
        ref: FieldRef,
        op: CompareOp,
        literal: string,
        variable: unknown
    ): Condition {
        const name = literal.split(':')[0] ?? literal;
        const n = typeof variable === 'number' ? variable : undefined;
        return dateRangeCondition(ref, op, dateLiteralRange(name, n, this.options.now));
    }

    /** A literal checked against its field's type, in stored form. */
    private literal(field: SObjectField, literalType: string, raw: string): SqlValue {
        const kind = kindOf(field);
        const mismatch = (quoted: boolean): SalesforceError =>
            invalidField(
                `value of filter criterion for field '${field.name}' must be of type ${typeName(field)} and ${quoted ? 'should not be enclosed in quotes' : 'should be enclosed in quotes'}`
            );
        switch (literalType) {
            case 'NULL':
                return null;
            case 'STRING': {
                const text = unescapeString(raw);
                if (kind === 'id') {
                    const id = normalizeId(text);
                    if (id === undefined) {
                        throw new SalesforceError(
                            400,
                            'INVALID_QUERY_FILTER_OPERATOR',
                            `invalid ID field: ${text}`
                        );
                    }
                    return id;
                }
                if (kind !== 'text') {
                    throw mismatch(true);
                }
                return text;
            }
            case 'INTEGER':
            case 'DECIMAL':
                if (kind !== 'number') {
                    throw mismatch(false);
                }
                return Number(raw);
            case 'BOOLEAN':
                if (kind !== 'boolean') {
                    throw mismatch(false);
                }
                return raw.toUpperCase() === 'TRUE' ? 1 : 0;
            case 'DATE': {
                const date = parseDate(raw);
                if (kind !== 'date' || date === undefined) {
                    throw mismatch(false);
                }
                return date;
            }
            case 'DATETIME': {
                const dateTime = parseDateTime(raw);
                if (kind !== 'datetime' || dateTime === undefined) {
                    throw mismatch(false);
                }
                return dateTime;
            }
            case 'APEX_BIND_VARIABLE':
                throw malformedQuery('Apex bind variables are not allowed in API queries');
            default:
                throw notImplemented(`SOQL literals of type ${literalType}`);
        }
    }
}

function typeName(field: SObjectField): string {
    switch (kindOf(field)) {
        case 'number':
            return 'double';
        case 'boolean':
            return 'boolean';
        case 'date':
            return 'date';
        case 'datetime':
            return 'dateTime';
        case 'id':
            return 'id';
        default:
            return 'string';
    }
}

/** The parser's chain of conditions with parenthesis counts → a flat token list. */
function flatten(where: WhereClause, tokens: Token[]): void {
    const left = where.left as Record<string, unknown> | null;
    if (left !== null) {
        const open = typeof left.openParen === 'number' ? left.openParen : 0;
        for (let i = 0; i < open; i++) {
            tokens.push({ kind: 'open' });
        }
        const isCondition = 'field' in left || 'fn' in left;
        if (isCondition) {
            tokens.push({ kind: 'leaf', condition: left });
            const close = typeof left.closeParen === 'number' ? left.closeParen : 0;
            for (let i = 0; i < close; i++) {
                tokens.push({ kind: 'close' });
            }
        }
    }
    if ('operator' in where && where.operator !== undefined) {
        tokens.push({ kind: 'op', op: where.operator });
    }
    if ('right' in where && where.right !== undefined) {
        flatten(where.right, tokens);
    }
}

const ESCAPES: Readonly<Record<string, string>> = {
    n: '\n',
    N: '\n',
    r: '\r',
    R: '\r',
    t: '\t',
    T: '\t',
    b: '\b',
    B: '\b',
    f: '\f',
    F: '\f',
    '"': '"',
    "'": "'",
    '\\': '\\'
};

/** A quoted SOQL string literal ('it\'s') → its text. */
export function unescapeString(raw: string): string {
    const body =
        raw.startsWith("'") && raw.endsWith("'") && raw.length >= 2 ? raw.slice(1, -1) : raw;
    let result = '';
    for (let i = 0; i < body.length; i++) {
        const char = body.charAt(i);
        if (char !== '\\') {
            result += char;
            continue;
        }
        const next = body.charAt(++i);
        if (next === 'u') {
            const hex = body.slice(i + 1, i + 5);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
                throw malformedQuery(`Invalid string literal '${body}'. Illegal escape sequence`);
            }
            result += String.fromCharCode(parseInt(hex, 16));
            i += 4;
        } else if (next === '%' || next === '_') {
            result += `\\${next}`;
        } else if (ESCAPES[next] !== undefined) {
            result += ESCAPES[next];
        } else {
            throw malformedQuery(`Invalid string literal '${body}'. Illegal escape sequence`);
        }
    }
    return result;
}

/** A SOQL LIKE literal → a SQLite LIKE pattern with '\' as the escape character. */
function likePattern(raw: string): string {
    const text = unescapeString(raw);
    // unescapeString keeps \% and \_ as escapes; a lone backslash must be escaped for SQLite.
    return text.replace(/\\(?![%_])/g, '\\\\');
}

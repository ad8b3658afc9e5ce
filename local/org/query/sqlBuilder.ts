// Turns a query plan into one parameterised SQLite statement: parent paths become LEFT JOINs, every
// value a `?` parameter (never concatenated into the text), and conditions keep SOQL's two-valued
// logic (a comparison with a blank field is simply false, and != matches blanks).
import { readableRecords } from '../access/sharing';
import { quote } from '../database';
import { notImplemented } from '../errors';
import { kindOf, type SqlValue } from '../values';
import type { Condition, FieldRef, OrderItem, SelectPlan } from './plan';

export class SqlBuilder {
    readonly params: SqlValue[] = [];
    private readonly joins = new Map<string, string>();
    private readonly joinSql: string[] = [];
    private readonly rootAlias: string;
    private readonly plan: SelectPlan;
    private readonly level: number;

    /** level: nesting depth of semi-join subqueries, so aliases differ from the outer query's. */
    constructor(plan: SelectPlan, level = 0) {
        this.plan = plan;
        this.level = level;
        // Aliases depend only on the query's shape, so equal queries give equal SQL (and reuse the
        // prepared statement).
        this.rootAlias = `t${level}`;
    }

    get alias(): string {
        return this.rootAlias;
    }

    /** Joins every hop of a path and returns the SQL alias(es) holding the last hop's record. */
    private joinPath(ref: FieldRef): string[] {
        let aliases = [this.rootAlias];
        let key = '';
        ref.hops.forEach((hop, index) => {
            if (aliases.length !== 1) {
                throw notImplemented('SOQL paths that continue past a polymorphic relationship');
            }
            const from = aliases[0] ?? this.rootAlias;
            key += `.${hop.name}`;
            const next: string[] = [];
            for (const target of hop.referenceTo) {
                const joinKey = `${key}>${target}`;
                let alias = this.joins.get(joinKey);
                if (alias === undefined) {
                    alias = `${this.rootAlias}j${this.joins.size}`;
                    this.joins.set(joinKey, alias);
                    this.joinSql.push(
                        `LEFT JOIN ${quote(target)} ${alias} ON ${alias}."Id" = ${from}.${quote(hop.field.name)}`
                    );
                }
                next.push(alias);
            }
            if (hop.polymorphic && index < ref.hops.length - 1) {
                throw notImplemented('SOQL paths that continue past a polymorphic relationship');
            }
            aliases = next;
        });
        return aliases;
    }

    /** The SQL expression of a field reference (joining parents as needed). */
    column(ref: FieldRef): string {
        const aliases = this.joinPath(ref);
        const column = quote(ref.field.name);
        if (aliases.length === 1) {
            return `${aliases[0] ?? this.rootAlias}.${column}`;
        }
        const columns = aliases.map((alias, index) => {
            const own =
                ref.columnsByTarget === undefined ? ref.field.name : ref.columnsByTarget[index];
            return own === null || own === undefined ? 'NULL' : `${alias}.${quote(own)}`;
        });
        const expression = `COALESCE(${columns.join(', ')})`;
        return kindOf(ref.field) === 'text' ? `${expression} COLLATE NOCASE` : expression;
    }

    /** The id of the record a path of parent hops reaches (to tell a blank parent from a present one). */
    parentId(ref: FieldRef): string {
        const aliases = this.joinPath(ref);
        return aliases.length === 1
            ? `${aliases[0] ?? this.rootAlias}."Id"`
            : `COALESCE(${aliases.map((alias) => `${alias}."Id"`).join(', ')})`;
    }

    private param(value: SqlValue): string {
        this.params.push(value);
        return '?';
    }

    condition(condition: Condition): string {
        switch (condition.kind) {
            case 'and':
            case 'or': {
                if (condition.items.length === 0) {
                    return condition.kind === 'and' ? '1' : '0';
                }
                const glue = condition.kind === 'and' ? ' AND ' : ' OR ';
                return `(${condition.items.map((item) => this.condition(item)).join(glue)})`;
            }
            case 'not':
                return `(NOT COALESCE(${this.condition(condition.item)}, 0))`;
            case 'compare': {
                const column = this.column(condition.ref);
                if (condition.value === null) {
                    if (condition.op === '=') {
                        return `(${column} IS NULL)`;
                    }
                    return condition.op === '!=' ? `(${column} IS NOT NULL)` : '0';
                }
                if (condition.op === '!=') {
                    return `(${column} IS NOT ${this.param(condition.value)})`;
                }
                return `(${column} ${condition.op} ${this.param(condition.value)})`;
            }
            case 'in': {
                const column = this.column(condition.ref);
                const values = condition.values.filter((value) => value !== null);
                const hasNull = values.length !== condition.values.length;
                const placeholders = values.map((value) => this.param(value)).join(', ');
                if (condition.negate) {
                    const outside =
                        values.length === 0 ? '1' : `${column} NOT IN (${placeholders})`;
                    return hasNull
                        ? `(${column} IS NOT NULL AND ${outside})`
                        : `(${column} IS NULL OR ${outside})`;
                }
                const inside = values.length === 0 ? '0' : `${column} IN (${placeholders})`;
                return hasNull ? `(${inside} OR ${column} IS NULL)` : `(${inside})`;
            }
            case 'like': {
                const column = this.column(condition.ref);
                const test = `${column} LIKE ${this.param(condition.pattern)} ESCAPE '\\'`;
                return condition.negate ? `(${column} IS NULL OR NOT (${test}))` : `(${test})`;
            }
            case 'semi': {
                const column = this.column(condition.ref);
                const sub = new SqlBuilder(condition.sub, this.level + 1);
                const subColumn = sub.column(condition.subField);
                const where = sub.whereClause(`${subColumn} IS NOT NULL`);
                const sql = `SELECT ${subColumn} FROM ${quote(condition.sub.object.name)} ${sub.alias} ${sub.joinClause()} ${where}`;
                this.params.push(...sub.params);
                return condition.negate
                    ? `(${column} IS NULL OR ${column} NOT IN (${sql}))`
                    : `(${column} IN (${sql}))`;
            }
        }
    }

    /** WHERE with the plan's condition, the recycle-bin filter and any extra SQL condition. */
    whereClause(extra?: string): string {
        const parts: string[] = [];
        if (!this.plan.includeDeleted) {
            parts.push(`${this.rootAlias}."IsDeleted" = 0`);
        }
        if (this.plan.where !== undefined) {
            parts.push(this.condition(this.plan.where));
        }
        // Record sharing: only the records the running user may read.
        const shared = readableRecords(this.plan.object, this.rootAlias);
        if (shared !== undefined) {
            parts.push(shared.sql);
            this.params.push(...shared.params);
        }
        if (extra !== undefined) {
            parts.push(extra);
        }
        return parts.length === 0 ? '' : `WHERE ${parts.join(' AND ')}`;
    }

    joinClause(): string {
        return this.joinSql.join(' ');
    }

    orderClause(items: readonly OrderItem[] = this.plan.orderBy): string {
        const parts = items.map((item) => {
            const column = this.column(item.ref);
            return `${column} ${item.descending ? 'DESC' : 'ASC'} NULLS ${item.nullsLast ? 'LAST' : 'FIRST'}`;
        });
        // Creation order breaks ties, so paging through equal sort keys is stable.
        parts.push(`${this.rootAlias}.rowid ASC`);
        return `ORDER BY ${parts.join(', ')}`;
    }

    /**
     * SELECT of the given expressions over the plan: WHERE first (its parameters come first), then
     * the LIMIT and OFFSET parameters.
     */
    select(
        expressions: readonly string[],
        options: { paginate?: boolean } = {}
    ): { sql: string; params: SqlValue[] } {
        const where = this.whereClause();
        const order = this.orderClause();
        let tail = '';
        if (options.paginate !== false) {
            if (this.plan.limit !== undefined || this.plan.offset !== undefined) {
                tail = `LIMIT ${this.param(this.plan.limit ?? -1)} OFFSET ${this.param(this.plan.offset ?? 0)}`;
            }
        }
        const sql = `SELECT ${expressions.join(', ')} FROM ${quote(this.plan.object.name)} ${this.rootAlias} ${this.joinClause()} ${where} ${order} ${tail}`;
        return { sql, params: this.params };
    }

    /** COUNT(*) over the plan's condition (LIMIT and OFFSET applied as SOQL's COUNT() does). */
    count(): { sql: string; params: SqlValue[] } {
        const where = this.whereClause();
        let sql = `SELECT ${this.rootAlias}."Id" FROM ${quote(this.plan.object.name)} ${this.rootAlias} ${this.joinClause()} ${where}`;
        if (this.plan.limit !== undefined || this.plan.offset !== undefined) {
            sql += ` LIMIT ${this.param(this.plan.limit ?? -1)} OFFSET ${this.param(this.plan.offset ?? 0)}`;
        }
        return { sql: `SELECT COUNT(*) AS total FROM (${sql})`, params: this.params };
    }
}

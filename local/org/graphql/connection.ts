// Executes one GraphQL connection (a top-level object query or a child relationship) over the store:
// `first` rows after the cursor, pageInfo from one extra row, totalCount from a COUNT on demand.
import { GraphQLError } from 'graphql';
import type { SObjectDescribe } from '../../../schema/types';
import type { LocalOrg } from '../org';
import type { SelectPlan } from '../query/plan';
import { SqlBuilder } from '../query/sqlBuilder';
import type { Row } from '../values';

export interface GqlContext {
    readonly org: LocalOrg;
    readonly now: Date;
    /** Parent records loaded during this request (id → row, null when absent). */
    readonly parents: Map<string, Row | null>;
    /** The request's variables as sent (key order intact, for orderBy). */
    readonly rawVariables: Readonly<Record<string, unknown>>;
    /** Set by a mutation's uiapi(input: { allOrNone }) (true unless it says false). */
    readonly mutation: { allOrNone: boolean };
}

/** A record as the node types resolve it. */
export interface NodeSource {
    readonly object: SObjectDescribe;
    readonly row: Row;
}

export const DEFAULT_FIRST = 10;
export const MAX_FIRST = 2000;

/** Cursors are opaque to clients; they carry the row offset. */
export function encodeCursor(offset: number): string {
    return Buffer.from(`Offset:${offset}`).toString('base64');
}

export function decodeCursor(cursor: string): number {
    const match = /^Offset:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
    if (match === null) {
        throw new GraphQLError(`Invalid cursor: ${cursor}`);
    }
    return Number(match[1]);
}

export class ConnectionSource {
    private readonly context: GqlContext;
    private readonly plan: SelectPlan;
    private readonly first: number;
    private readonly offset: number;
    private fetched: Row[] | undefined;

    constructor(
        context: GqlContext,
        plan: SelectPlan,
        first: number | undefined,
        after: string | undefined
    ) {
        const size = first ?? DEFAULT_FIRST;
        if (!Number.isInteger(size) || size < 0 || size > MAX_FIRST) {
            throw new GraphQLError(`first must be between 0 and ${MAX_FIRST}, not ${size}`);
        }
        this.context = context;
        this.plan = plan;
        this.first = size;
        this.offset = after === undefined || after === null ? 0 : decodeCursor(after) + 1;
    }

    private rows(): Row[] {
        if (this.fetched === undefined) {
            const builder = new SqlBuilder({
                ...this.plan,
                limit: this.first + 1,
                offset: this.offset
            });
            const { sql, params } = builder.select([`${builder.alias}.*`]);
            this.fetched = this.context.org.store.prepared(sql).all(...params) as Row[];
        }
        return this.fetched;
    }

    edges(): { node: NodeSource; cursor: string }[] {
        return this.rows()
            .slice(0, this.first)
            .map((row, index) => ({
                node: { object: this.plan.object, row },
                cursor: encodeCursor(this.offset + index)
            }));
    }

    pageInfo(): {
        hasNextPage: boolean;
        hasPreviousPage: boolean;
        startCursor: string | null;
        endCursor: string | null;
    } {
        const count = Math.min(this.rows().length, this.first);
        return {
            hasNextPage: this.rows().length > this.first,
            hasPreviousPage: this.offset > 0,
            startCursor: count === 0 ? null : encodeCursor(this.offset),
            endCursor: count === 0 ? null : encodeCursor(this.offset + count - 1)
        };
    }

    totalCount(): number {
        const { sql, params } = new SqlBuilder({
            ...this.plan,
            limit: undefined,
            offset: undefined
        }).count();
        return (this.context.org.store.prepared(sql).get(...params) as { total: number }).total;
    }
}

/** A parent record by id, loaded once per request. */
export function loadParent(context: GqlContext, id: string): NodeSource | null {
    const object = context.org.model.objectOfId(id);
    if (object === undefined) {
        return null;
    }
    let row = context.parents.get(id);
    if (row === undefined) {
        row = context.org.store.getRow(object.name, id) ?? null;
        context.parents.set(id, row);
    }
    return row === null ? null : { object, row };
}

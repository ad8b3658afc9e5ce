// Runs compiled SOQL against the store and shapes the REST API's result: records with attributes,
// parents as nested records (null when blank), child subqueries as nested query results.
import type { OrgStore } from '../store';
import { recordUrl, type ApiRecord } from '../records';
import { toApi, type SqlValue } from '../values';
import type { Condition, FieldRef, SelectPlan } from './plan';
import type { CompiledQuery } from './soql';
import { SqlBuilder } from './sqlBuilder';

export interface QueryOutput {
    readonly totalSize: number;
    readonly records: readonly ApiRecord[];
}

type SqlRow = Record<string, SqlValue>;

const CHUNK = 500;

export function runQuery(
    store: OrgStore,
    compiled: CompiledQuery,
    apiVersion: string
): QueryOutput {
    if (compiled.countOnly) {
        const { sql, params } = new SqlBuilder(compiled.plan).count();
        const row = store.prepared(sql).get(...params) as { total: number };
        return { totalSize: row.total, records: [] };
    }
    if (compiled.aggregate) {
        const builder = new SqlBuilder({
            ...compiled.plan,
            orderBy: [],
            limit: undefined,
            offset: undefined
        });
        const record: ApiRecord = { attributes: { type: 'AggregateResult' } };
        const expressions: string[] = [];
        const aliases: string[] = [];
        compiled.items.forEach((item, index) => {
            if (item.kind === 'count' && item.ref !== undefined) {
                expressions.push(`COUNT(${builder.column(item.ref)}) AS a${index}`);
                aliases.push(item.alias);
            }
        });
        const where = builder.whereClause();
        const sql = `SELECT ${expressions.join(', ')} FROM "${compiled.plan.object.name}" ${builder.alias} ${builder.joinClause()} ${where}`;
        const row = store.prepared(sql).get(...builder.params) as SqlRow;
        aliases.forEach((alias, index) => {
            record[alias] = row[`a${index}`] ?? 0;
        });
        return { totalSize: 1, records: [record] };
    }
    const records = selectRecords(store, compiled, apiVersion).map((entry) => entry.record);
    return { totalSize: records.length, records };
}

interface Selected {
    readonly record: ApiRecord;
    readonly id: string;
    readonly key?: SqlValue;
}

/** The hop prefixes of a reference: Account.Owner.Name → [Account], [Account, Owner]. */
function prefixes(ref: FieldRef): FieldRef[] {
    return ref.hops.map((_hop, index) => ({
        hops: ref.hops.slice(0, index + 1),
        field: ref.field
    }));
}

function selectRecords(
    store: OrgStore,
    compiled: CompiledQuery,
    apiVersion: string,
    grouping?: { readonly condition: Condition; readonly keyRef: FieldRef }
): Selected[] {
    const plan: SelectPlan =
        grouping === undefined
            ? compiled.plan
            : {
                  ...compiled.plan,
                  where:
                      compiled.plan.where === undefined
                          ? grouping.condition
                          : { kind: 'and', items: [compiled.plan.where, grouping.condition] },
                  limit: undefined,
                  offset: undefined
              };
    const builder = new SqlBuilder(plan);
    const expressions = [`${builder.alias}."Id" AS __id`];
    const parentKeys = new Map<string, string>();
    compiled.items.forEach((item, index) => {
        if (item.kind !== 'field') {
            return;
        }
        expressions.push(`${builder.column(item.ref)} AS c${index}`);
        for (const prefix of prefixes(item.ref)) {
            const key = prefix.hops.map((hop) => hop.name).join('.');
            if (!parentKeys.has(key)) {
                const alias = `p${parentKeys.size}`;
                parentKeys.set(key, alias);
                expressions.push(`${builder.parentId(prefix)} AS ${alias}`);
            }
        }
    });
    if (grouping !== undefined) {
        expressions.push(`${builder.column(grouping.keyRef)} AS __key`);
    }
    const { sql, params } = builder.select(expressions, { paginate: grouping === undefined });
    const rows = store.prepared(sql).all(...params) as SqlRow[];
    const selected = rows.map((row): Selected => {
        const id = String(row.__id);
        const record: ApiRecord = {
            attributes: {
                type: compiled.plan.object.name,
                url: recordUrl(apiVersion, compiled.plan.object.name, id)
            }
        };
        compiled.items.forEach((item, index) => {
            if (item.kind !== 'field') {
                return;
            }
            let target: Record<string, unknown> = record;
            let path = '';
            let blank = false;
            for (const hop of item.ref.hops) {
                path = path === '' ? hop.name : `${path}.${hop.name}`;
                const parentId = row[parentKeys.get(path) ?? ''];
                if (parentId === null || parentId === undefined) {
                    target[hop.name] = null;
                    blank = true;
                    break;
                }
                let next = target[hop.name];
                if (typeof next !== 'object' || next === null) {
                    const type =
                        store.model.objectOfId(String(parentId))?.name ?? hop.referenceTo[0] ?? '';
                    next = {
                        attributes: { type, url: recordUrl(apiVersion, type, String(parentId)) }
                    };
                    target[hop.name] = next;
                }
                target = next as Record<string, unknown>;
            }
            if (!blank) {
                target[item.ref.field.name] = toApi(item.ref.field, row[`c${index}`]);
            }
        });
        return { record, id, key: row.__key };
    });
    attachChildren(store, compiled, selected, apiVersion);
    return selected;
}

/** Fills each child subquery's { totalSize, done, records } (null when a parent has none). */
function attachChildren(
    store: OrgStore,
    compiled: CompiledQuery,
    parents: readonly Selected[],
    apiVersion: string
): void {
    for (const item of compiled.items) {
        if (item.kind !== 'subquery') {
            continue;
        }
        const keyRef: FieldRef = { hops: [], field: item.relationship.field };
        const byParent = new Map<string, ApiRecord[]>();
        for (let start = 0; start < parents.length; start += CHUNK) {
            const ids = parents.slice(start, start + CHUNK).map((parent) => parent.id);
            const children = selectRecords(store, item.query, apiVersion, {
                condition: { kind: 'in', ref: keyRef, negate: false, values: ids },
                keyRef
            });
            for (const child of children) {
                const key = String(child.key);
                const list = byParent.get(key) ?? [];
                list.push(child.record);
                byParent.set(key, list);
            }
        }
        const offset = item.query.plan.offset ?? 0;
        const limit = item.query.plan.limit;
        for (const parent of parents) {
            const all = byParent.get(parent.id) ?? [];
            const page = all.slice(offset, limit === undefined ? undefined : offset + limit);
            parent.record[item.relationship.name] =
                page.length === 0 ? null : { totalSize: page.length, done: true, records: page };
        }
    }
}

// uiapi.aggregate: count, countDistinct, sum, avg, min and max per field, over all matching records
// or per group (groupBy on the object's own fields), paged like any connection.
import {
    GraphQLBoolean,
    GraphQLInputObjectType,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLString,
    type GraphQLFieldConfig,
    type GraphQLFieldConfigMap,
    type GraphQLOutputType
} from 'graphql';
import type { SObjectDescribe, SObjectField } from '../../../schema/types';
import { displayValue } from '../display';
import type { OrgModel } from '../model';
import { SqlBuilder } from '../query/sqlBuilder';
import { kindOf, type Row, type SqlValue } from '../values';
import {
    decodeCursor,
    DEFAULT_FIRST,
    encodeCursor,
    MAX_FIRST,
    type GqlContext
} from './connection';
import { FilterCompiler } from './filters';
import { PageInfo, VALUE_TYPES, graphqlValue, valueTypeOf, type ValueSource } from './scalars';

interface AggregateSource {
    readonly field: SObjectField;
    readonly rows: readonly Row[];
    readonly grouped: boolean;
}

interface GroupSource {
    readonly object: SObjectDescribe;
    readonly rows: readonly Row[];
    readonly groupedBy: ReadonlySet<string>;
}

function synthetic(name: string, type: 'Number' | 'Currency', scale: number): SObjectField {
    return {
        objectName: '',
        name,
        label: name,
        type,
        custom: false,
        system: true,
        precision: 18,
        scale,
        required: false,
        unique: false,
        externalId: false,
        caseSensitive: false,
        referenceTo: [],
        trackHistory: false,
        createable: false,
        updateable: false
    };
}

const COUNT_FIELD = synthetic('count', 'Number', 0);
const AVERAGE_FIELD = synthetic('avg', 'Number', 2);

function compare(a: SqlValue | undefined, b: SqlValue | undefined): number {
    if (a === b) {
        return 0;
    }
    if (a === null || a === undefined) {
        return -1;
    }
    if (b === null || b === undefined) {
        return 1;
    }
    return typeof a === 'number' && typeof b === 'number'
        ? a - b
        : String(a).toLowerCase().localeCompare(String(b).toLowerCase());
}

export function buildAggregate(
    model: OrgModel,
    objects: readonly SObjectDescribe[],
    filterType: (object: SObjectDescribe) => GraphQLInputObjectType
): GraphQLFieldConfig<unknown, GqlContext> {
    const aggregateTypes = new Map<string, GraphQLObjectType<AggregateSource>>();
    const GroupByClause = new GraphQLInputObjectType({
        name: 'GroupByClause',
        fields: { group: { type: GraphQLBoolean } }
    });

    /** One aggregate type per value type (CurrencyAggregate, PicklistAggregate…). */
    function aggregateType(field: SObjectField): GraphQLObjectType<AggregateSource> {
        const valueType = valueTypeOf(field);
        const name = valueType.name.replace(/Value$/, 'Aggregate');
        let type = aggregateTypes.get(name);
        if (type === undefined) {
            const numeric = kindOf(field) === 'number';
            const ordered =
                numeric ||
                kindOf(field) === 'date' ||
                kindOf(field) === 'datetime' ||
                kindOf(field) === 'text' ||
                kindOf(field) === 'id';
            const values = (source: AggregateSource): SqlValue[] =>
                source.rows
                    .map((row) => row[source.field.name] ?? null)
                    .filter((value): value is string | number => value !== null);
            const fields: GraphQLFieldConfigMap<AggregateSource, unknown> = {
                value: {
                    type: valueType.getFields().value?.type as GraphQLOutputType,
                    resolve: (source) =>
                        source.grouped
                            ? graphqlValue(source.field, source.rows[0]?.[source.field.name])
                            : null
                },
                displayValue: {
                    type: GraphQLString,
                    resolve: (source) =>
                        source.grouped
                            ? displayValue(source.field, source.rows[0]?.[source.field.name])
                            : null
                },
                count: {
                    type: VALUE_TYPES.LongValue,
                    resolve: (source): ValueSource => ({
                        field: COUNT_FIELD,
                        stored: values(source).length
                    })
                },
                countDistinct: {
                    type: VALUE_TYPES.LongValue,
                    resolve: (source): ValueSource => ({
                        field: COUNT_FIELD,
                        stored: new Set(
                            values(source).map((value) =>
                                typeof value === 'string' ? value.toLowerCase() : value
                            )
                        ).size
                    })
                },
                grouping: {
                    type: VALUE_TYPES.IntValue,
                    resolve: (source): ValueSource => ({
                        field: COUNT_FIELD,
                        stored: source.grouped ? 0 : 1
                    })
                }
            };
            if (ordered) {
                fields.min = {
                    type: valueType,
                    resolve: (source): ValueSource => ({
                        field: source.field,
                        stored: [...values(source)].sort(compare)[0] ?? null
                    })
                };
                fields.max = {
                    type: valueType,
                    resolve: (source): ValueSource => ({
                        field: source.field,
                        stored: [...values(source)].sort(compare).reverse()[0] ?? null
                    })
                };
            }
            if (numeric) {
                const numbers = (source: AggregateSource): number[] => values(source).map(Number);
                fields.sum = {
                    type: valueType,
                    resolve: (source): ValueSource => {
                        const list = numbers(source);
                        return {
                            field: source.field,
                            stored:
                                list.length === 0
                                    ? null
                                    : list.reduce((total, value) => total + value, 0)
                        };
                    }
                };
                fields.avg = {
                    type: VALUE_TYPES.DoubleValue,
                    resolve: (source): ValueSource => {
                        const list = numbers(source);
                        return {
                            field: AVERAGE_FIELD,
                            stored:
                                list.length === 0
                                    ? null
                                    : list.reduce((total, value) => total + value, 0) / list.length
                        };
                    }
                };
            }
            type = new GraphQLObjectType<AggregateSource>({ name, fields });
            aggregateTypes.set(name, type);
        }
        return type;
    }

    const perObject = (object: SObjectDescribe): GraphQLFieldConfig<unknown, GqlContext> => {
        const aggregateFields = new GraphQLObjectType<GroupSource>({
            name: `${object.name}_Aggregate`,
            fields: () =>
                Object.fromEntries(
                    model.storedFields(object).map((field) => [
                        field.name,
                        {
                            type: aggregateType(field),
                            resolve: (source: GroupSource): AggregateSource => ({
                                field,
                                rows: source.rows,
                                grouped: source.groupedBy.has(field.name)
                            })
                        }
                    ])
                )
        });
        const result = new GraphQLObjectType<GroupSource>({
            name: `${object.name}_AggregateResult`,
            fields: { aggregate: { type: aggregateFields, resolve: (source) => source } }
        });
        const edge = new GraphQLObjectType<{ node: GroupSource; cursor: string }>({
            name: `${object.name}_AggregateEdge`,
            fields: { node: { type: result }, cursor: { type: new GraphQLNonNull(GraphQLString) } }
        });
        interface Page {
            edges: { node: GroupSource; cursor: string }[];
            pageInfo: {
                hasNextPage: boolean;
                hasPreviousPage: boolean;
                startCursor: string | null;
                endCursor: string | null;
            };
            totalCount: number;
        }
        const connection = new GraphQLObjectType<Page>({
            name: `${object.name}_AggregateConnection`,
            fields: {
                edges: { type: new GraphQLList(edge) },
                pageInfo: { type: new GraphQLNonNull(PageInfo) },
                totalCount: { type: new GraphQLNonNull(GraphQLInt) }
            }
        });
        const groupBy = new GraphQLInputObjectType({
            name: `${object.name}_GroupBy`,
            fields: () =>
                Object.fromEntries(
                    model
                        .storedFields(object)
                        .filter((field) => field.type !== 'LongTextArea' && field.type !== 'Html')
                        .map((field) => [field.name, { type: GroupByClause }])
                )
        });
        return {
            type: connection,
            args: {
                where: { type: filterType(object) },
                groupBy: { type: groupBy },
                first: { type: GraphQLInt },
                after: { type: GraphQLString }
            },
            resolve: (
                _source: unknown,
                args: {
                    where?: Record<string, unknown>;
                    groupBy?: Record<string, { group?: boolean } | undefined>;
                    first?: number;
                    after?: string;
                },
                context: GqlContext
            ): Page => {
                const compiler = new FilterCompiler(model, context.now);
                const where =
                    args.where === undefined ? undefined : compiler.where(object, args.where);
                const builder = new SqlBuilder({
                    object,
                    where,
                    orderBy: [],
                    includeDeleted: false
                });
                const { sql, params } = builder.select([`${builder.alias}.*`]);
                const rows = context.org.store.prepared(sql).all(...params) as Row[];
                const keys = Object.entries(args.groupBy ?? {})
                    .filter(([, clause]) => clause?.group === true)
                    .map(([name]) => name);
                const groups = new Map<string, Row[]>();
                for (const row of rows) {
                    const key = JSON.stringify(keys.map((name) => row[name] ?? null));
                    const list = groups.get(key) ?? [];
                    list.push(row);
                    groups.set(key, list);
                }
                let sources: GroupSource[] = [...groups.values()].map((group) => ({
                    object,
                    rows: group,
                    groupedBy: new Set(keys)
                }));
                if (keys.length === 0) {
                    sources = [{ object, rows, groupedBy: new Set() }];
                }
                sources.sort((a, b) => {
                    for (const name of keys) {
                        const order = compare(a.rows[0]?.[name], b.rows[0]?.[name]);
                        if (order !== 0) {
                            return order;
                        }
                    }
                    return 0;
                });
                const first = args.first ?? DEFAULT_FIRST;
                if (first < 0 || first > MAX_FIRST) {
                    throw new Error(`first must be between 0 and ${MAX_FIRST}`);
                }
                const offset =
                    args.after === undefined || args.after === null
                        ? 0
                        : decodeCursor(args.after) + 1;
                const page = sources.slice(offset, offset + first);
                return {
                    edges: page.map((node, index) => ({
                        node,
                        cursor: encodeCursor(offset + index)
                    })),
                    pageInfo: {
                        hasNextPage: offset + first < sources.length,
                        hasPreviousPage: offset > 0,
                        startCursor: page.length === 0 ? null : encodeCursor(offset),
                        endCursor: page.length === 0 ? null : encodeCursor(offset + page.length - 1)
                    },
                    totalCount: sources.length
                };
            }
        };
    };

    const RecordQueryAggregate = new GraphQLObjectType<unknown, GqlContext>({
        name: 'RecordQueryAggregate',
        fields: () => Object.fromEntries(objects.map((object) => [object.name, perObject(object)]))
    });
    return { type: new GraphQLNonNull(RecordQueryAggregate), resolve: () => ({}) };
}

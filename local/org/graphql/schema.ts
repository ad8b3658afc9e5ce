// Builds the UI API GraphQL schema from the org's schema: a type per object implementing Record,
// its fields as { value, displayValue } wrappers, parents as nested records (a union when
// polymorphic), child relationships as connections; RecordQuery with where/orderBy/first/after.
import {
    DirectiveLocation,
    GraphQLDirective,
    GraphQLID,
    GraphQLInputObjectType,
    GraphQLInt,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLString,
    GraphQLBoolean,
    GraphQLUnionType,
    specifiedDirectives,
    valueFromASTUntyped,
    type GraphQLFieldConfigMap,
    type GraphQLInputFieldConfigMap,
    type GraphQLOutputType,
    type GraphQLResolveInfo
} from 'graphql';
import type { SObjectDescribe } from '../../../schema/types';
import type { OrgModel } from '../model';
import type { Condition, SelectPlan } from '../query/plan';
import { kindOf } from '../values';
import { ConnectionSource, loadParent, type GqlContext, type NodeSource } from './connection';
import { FilterCompiler } from './filters';
import { buildAggregate } from './aggregate';
import { buildMutation } from './mutations';
import { buildObjectInfos } from './objectInfo';
import {
    Long,
    OrderByClause,
    PageInfo,
    VALUE_TYPES,
    operatorsOf,
    valueTypeOf,
    type ValueSource
} from './scalars';

const MASTER_RECORD_TYPE = '012000000000000AAA';

interface ConnectionArgs {
    readonly first?: number;
    readonly after?: string;
    readonly where?: Record<string, unknown>;
    readonly orderBy?: Record<string, unknown>;
}

/** The orderBy argument as written (key order decides sort priority; coerced values lose it). */
function writtenOrderBy(
    info: GraphQLResolveInfo,
    context: GqlContext
): Record<string, unknown> | undefined {
    const argument = info.fieldNodes[0]?.arguments?.find((node) => node.name.value === 'orderBy');
    if (argument === undefined) {
        return undefined;
    }
    const value: unknown = valueFromASTUntyped(argument.value, context.rawVariables);
    return typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)
        : undefined;
}

/**
 * `Field @optional { value }`: the query survives a field the user cannot read, which the response
 * then leaves out (Salesforce GraphQL API 65.0+, "Query Objects"). The local org has no field-level
 * security, so every optional field it knows is returned.
 */
const OptionalDirective = new GraphQLDirective({
    name: 'optional',
    description: 'Leave the field out of the response when the user cannot read it.',
    locations: [DirectiveLocation.FIELD]
});

export function buildGraphqlSchema(model: OrgModel): GraphQLSchema {
    const objects = model.objects().filter((object) => model.onUiApi(object));
    const visible = new Set(objects.map((object) => object.name));
    const recordTypes = new Map<string, GraphQLObjectType<NodeSource, GqlContext>>();
    const connectionTypes = new Map<string, GraphQLObjectType<ConnectionSource, GqlContext>>();
    const filterTypes = new Map<string, GraphQLInputObjectType>();
    const orderByTypes = new Map<string, GraphQLInputObjectType>();
    const unions = new Map<string, GraphQLUnionType>();

    const RecordInterface: GraphQLInterfaceType = new GraphQLInterfaceType({
        name: 'Record',
        fields: () => ({
            Id: { type: new GraphQLNonNull(GraphQLID) },
            ApiName: { type: new GraphQLNonNull(GraphQLString) },
            WeakEtag: { type: new GraphQLNonNull(Long) },
            DisplayValue: { type: GraphQLString },
            LastModifiedById: { type: VALUE_TYPES.IDValue },
            LastModifiedDate: { type: VALUE_TYPES.DateTimeValue },
            SystemModstamp: { type: VALUE_TYPES.DateTimeValue },
            RecordTypeId: {
                type: VALUE_TYPES.IDValue,
                args: { fallback: { type: GraphQLBoolean } }
            }
        }),
        resolveType: (source: NodeSource) => source.object.name
    });

    const JoinInput: GraphQLInputObjectType = new GraphQLInputObjectType({
        name: 'JoinInput',
        fields: () => ({
            ApiName: { type: new GraphQLNonNull(GraphQLString) },
            ...Object.fromEntries(
                objects.map((object) => [object.name, { type: filterType(object) }])
            )
        })
    });

    const IDOperators = new GraphQLInputObjectType({
        name: 'IDOperators',
        fields: () => ({
            eq: { type: GraphQLID },
            ne: { type: GraphQLID },
            lt: { type: GraphQLID },
            gt: { type: GraphQLID },
            lte: { type: GraphQLID },
            gte: { type: GraphQLID },
            like: { type: GraphQLString },
            in: { type: new GraphQLList(GraphQLID) },
            nin: { type: new GraphQLList(GraphQLID) },
            inq: { type: JoinInput },
            ninq: { type: JoinInput }
        })
    });

    function filterType(object: SObjectDescribe): GraphQLInputObjectType {
        let type = filterTypes.get(object.name);
        if (type === undefined) {
            const self: GraphQLInputObjectType = new GraphQLInputObjectType({
                name: `${object.name}_Filter`,
                fields: (): GraphQLInputFieldConfigMap => {
                    const fields: GraphQLInputFieldConfigMap = {
                        and: { type: new GraphQLList(self) },
                        or: { type: new GraphQLList(self) },
                        not: { type: self }
                    };
                    for (const field of model.storedFields(object)) {
                        const operators = operatorsOf(field, IDOperators);
                        if (operators !== undefined) {
                            fields[field.name] = { type: operators };
                        }
                    }
                    for (const relationship of object.parentRelationships) {
                        const targets = relationship.referenceTo.filter((target) =>
                            visible.has(target)
                        );
                        const [first] = targets;
                        if (first === undefined) {
                            continue;
                        }
                        if (!relationship.polymorphic) {
                            fields[relationship.name] = { type: filterType(requireObject(first)) };
                        } else {
                            fields[relationship.name] = {
                                type: new GraphQLInputObjectType({
                                    name: `${object.name}_${relationship.name}_Filters`,
                                    fields: () =>
                                        Object.fromEntries(
                                            targets.map((target) => [
                                                target,
                                                { type: filterType(requireObject(target)) }
                                            ])
                                        )
                                })
                            };
                        }
                    }
                    return fields;
                }
            });
            type = self;
            filterTypes.set(object.name, type);
        }
        return type;
    }

    function orderByType(object: SObjectDescribe): GraphQLInputObjectType {
        let type = orderByTypes.get(object.name);
        if (type === undefined) {
            type = new GraphQLInputObjectType({
                name: `${object.name}_OrderBy`,
                fields: (): GraphQLInputFieldConfigMap => {
                    const fields: GraphQLInputFieldConfigMap = {};
                    for (const field of model.storedFields(object)) {
                        if (
                            field.type !== 'LongTextArea' &&
                            field.type !== 'Html' &&
                            field.type !== 'MultiselectPicklist'
                        ) {
                            fields[field.name] = { type: OrderByClause };
                        }
                    }
                    for (const relationship of object.parentRelationships) {
                        const [target] = relationship.referenceTo;
                        if (
                            !relationship.polymorphic &&
                            target !== undefined &&
                            visible.has(target)
                        ) {
                            fields[relationship.name] = {
                                type: orderByType(requireObject(target))
                            };
                        }
                    }
                    return fields;
                }
            });
            orderByTypes.set(object.name, type);
        }
        return type;
    }

    function requireObject(name: string): SObjectDescribe {
        const object = model.object(name);
        if (object === undefined) {
            throw new Error(`no object ${name}`);
        }
        return object;
    }

    const connectionArgs = (object: SObjectDescribe) => ({
        first: { type: GraphQLInt },
        after: { type: GraphQLString },
        where: { type: filterType(object) },
        orderBy: { type: orderByType(object) },
        upperBound: { type: GraphQLInt }
    });

    /** Runs a connection: the object's plan with the client's where/orderBy (and a parent link). */
    function connection(
        object: SObjectDescribe,
        args: ConnectionArgs,
        context: GqlContext,
        info: GraphQLResolveInfo,
        link?: Condition
    ): ConnectionSource {
        const compiler = new FilterCompiler(model, context.now);
        const userWhere = args.where === undefined ? undefined : compiler.where(object, args.where);
        const where =
            link === undefined
                ? userWhere
                : userWhere === undefined
                  ? link
                  : { kind: 'and' as const, items: [link, userWhere] };
        const written = writtenOrderBy(info, context);
        const plan: SelectPlan = {
            object,
            where,
            orderBy: written === undefined ? [] : compiler.orderBy(object, written),
            includeDeleted: false
        };
        return new ConnectionSource(context, plan, args.first, args.after);
    }

    function connectionType(
        object: SObjectDescribe
    ): GraphQLObjectType<ConnectionSource, GqlContext> {
        let type = connectionTypes.get(object.name);
        if (type === undefined) {
            const edge = new GraphQLObjectType<{ node: NodeSource; cursor: string }, GqlContext>({
                name: `${object.name}Edge`,
                fields: () => ({
                    node: { type: recordType(object) },
                    cursor: { type: new GraphQLNonNull(GraphQLString) }
                })
            });
            type = new GraphQLObjectType<ConnectionSource, GqlContext>({
                name: `${object.name}Connection`,
                fields: () => ({
                    edges: { type: new GraphQLList(edge), resolve: (source) => source.edges() },
                    pageInfo: {
                        type: new GraphQLNonNull(PageInfo),
                        resolve: (source) => source.pageInfo()
                    },
                    totalCount: {
                        type: new GraphQLNonNull(GraphQLInt),
                        resolve: (source) => source.totalCount()
                    }
                })
            });
            connectionTypes.set(object.name, type);
        }
        return type;
    }

    function parentType(
        object: SObjectDescribe,
        relationshipName: string,
        targets: readonly string[]
    ): GraphQLOutputType {
        if (targets.length === 1) {
            return recordType(requireObject(targets[0] ?? ''));
        }
        const name = `${object.name}_${relationshipName}`;
        let union = unions.get(name);
        if (union === undefined) {
            union = new GraphQLUnionType({
                name,
                types: () => targets.map((target) => recordType(requireObject(target))),
                resolveType: (source: NodeSource) => source.object.name
            });
            unions.set(name, union);
        }
        return union;
    }

    function recordType(object: SObjectDescribe): GraphQLObjectType<NodeSource, GqlContext> {
        let type = recordTypes.get(object.name);
        if (type === undefined) {
            type = new GraphQLObjectType<NodeSource, GqlContext>({
                name: object.name,
                interfaces: [RecordInterface],
                fields: (): GraphQLFieldConfigMap<NodeSource, GqlContext> => {
                    const fields: GraphQLFieldConfigMap<NodeSource, GqlContext> = {
                        Id: {
                            type: new GraphQLNonNull(GraphQLID),
                            resolve: (source) => source.row.Id
                        },
                        ApiName: {
                            type: new GraphQLNonNull(GraphQLString),
                            resolve: (source) => source.object.name
                        },
                        WeakEtag: {
                            type: new GraphQLNonNull(Long),
                            resolve: (source) =>
                                typeof source.row.SystemModstamp === 'string'
                                    ? Date.parse(source.row.SystemModstamp)
                                    : 0
                        },
                        DisplayValue: {
                            type: GraphQLString,
                            resolve: (source) =>
                                source.row.Name === null || source.row.Name === undefined
                                    ? null
                                    : String(source.row.Name)
                        },
                        RecordTypeId: {
                            type: VALUE_TYPES.IDValue,
                            args: { fallback: { type: GraphQLBoolean } },
                            resolve: (): ValueSource | null => {
                                // Every object has Id first; objects here have no record types, so
                                // the master record type answers.
                                const idField = object.fields.find((field) => field.name === 'Id');
                                return idField === undefined
                                    ? null
                                    : { field: idField, stored: MASTER_RECORD_TYPE };
                            }
                        }
                    };
                    for (const field of model.storedFields(object)) {
                        if (field.name === 'Id' || kindOf(field) === undefined) {
                            continue;
                        }
                        fields[field.name] = {
                            type: valueTypeOf(field),
                            resolve: (source): ValueSource => ({
                                field,
                                stored: source.row[field.name]
                            })
                        };
                    }
                    for (const relationship of object.parentRelationships) {
                        const targets = relationship.referenceTo.filter((target) =>
                            visible.has(target)
                        );
                        if (targets.length === 0) {
                            continue;
                        }
                        fields[relationship.name] = {
                            type: parentType(object, relationship.name, targets),
                            resolve: (source, _args, context) => {
                                const id = source.row[relationship.field.name];
                                return typeof id === 'string' ? loadParent(context, id) : null;
                            }
                        };
                    }
                    for (const child of object.childRelationships) {
                        const childObject = model.object(child.childObject);
                        if (childObject === undefined || !visible.has(childObject.name)) {
                            continue;
                        }
                        fields[child.name] = {
                            type: connectionType(childObject),
                            args: connectionArgs(childObject),
                            resolve: (source, args: ConnectionArgs, context, info) =>
                                connection(childObject, args, context, info, {
                                    kind: 'compare',
                                    ref: { hops: [], field: child.field },
                                    op: '=',
                                    value: source.row.Id ?? null
                                })
                        };
                    }
                    return fields;
                }
            });
            recordTypes.set(object.name, type);
        }
        return type;
    }

    const RecordQuery = new GraphQLObjectType<unknown, GqlContext>({
        name: 'RecordQuery',
        fields: () =>
            Object.fromEntries(
                objects.map((object) => [
                    object.name,
                    {
                        type: connectionType(object),
                        args: connectionArgs(object),
                        resolve: (
                            _source: unknown,
                            args: ConnectionArgs,
                            context: GqlContext,
                            info: GraphQLResolveInfo
                        ) => connection(object, args, context, info)
                    }
                ])
            )
    });

    const objectInfos = buildObjectInfos(model);
    const UIAPI = new GraphQLObjectType<unknown, GqlContext>({
        name: 'UIAPI',
        fields: () => ({
            query: { type: new GraphQLNonNull(RecordQuery), resolve: () => ({}) },
            aggregate: buildAggregate(model, objects, filterType),
            objectInfos: objectInfos.field
        })
    });

    const Query = new GraphQLObjectType({
        name: 'Query',
        fields: { uiapi: { type: new GraphQLNonNull(UIAPI), resolve: () => ({}) } }
    });

    return new GraphQLSchema({
        query: Query,
        mutation: buildMutation(model, objects, recordType),
        types: [...objects.map((object) => recordType(object)), ...objectInfos.types],
        directives: [...specifiedDirectives, OptionalDirective]
    });
}

// GraphQL mutations as the platform defines them (GraphQL API Developer Guide, "Mutations Schema",
// "Create a Record", "Update a Record", "Delete a Record"; generally available from API 66.0):
//   mutation { uiapi(input: { allOrNone: true }) {
//     AccountCreate(input: { Account: { Name: "…" } }) { Record { Id Name { value } } }
//     AccountUpdate(input: { Id: "001…", Account: { … } }) { Record { … } }
//     AccountDelete(input: { Id: "001…" }) { Id } } }
// Every write goes through the store's save pipeline, like the REST and UI APIs.
import {
    GraphQLBoolean,
    GraphQLError,
    GraphQLFloat,
    GraphQLID,
    GraphQLInputObjectType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLString,
    type GraphQLFieldConfigMap,
    type GraphQLInputFieldConfigMap,
    type GraphQLInputType
} from 'graphql';
import type { SObjectDescribe, SObjectField } from '../../../schema/types';
import { asSalesforceError } from '../errors';
import { normalizeId } from '../ids';
import type { OrgModel } from '../model';
import { kindOf } from '../values';
import type { GqlContext, NodeSource } from './connection';

/** The input scalar a field takes: raw values (80000, not "80,000"), dates as YYYY-MM-DD. */
function inputTypeOf(field: SObjectField): GraphQLInputType | undefined {
    switch (kindOf(field)) {
        case 'id':
            return GraphQLID;
        case 'number':
            return GraphQLFloat;
        case 'boolean':
            return GraphQLBoolean;
        case undefined:
            return undefined;
        default:
            return GraphQLString;
    }
}

/** A save that failed, as a GraphQL error at the mutation's path (DataFetchingException). */
function saveError(error: unknown): GraphQLError {
    const failure = asSalesforceError(error);
    return new GraphQLError(failure.message, {
        extensions: { errorCode: failure.errorCode, fields: failure.fields }
    });
}

function representation(
    object: SObjectDescribe,
    fields: readonly SObjectField[],
    kind: 'Create' | 'Update'
): GraphQLInputObjectType {
    return new GraphQLInputObjectType({
        name: `${object.name}${kind}Representation`,
        fields: (): GraphQLInputFieldConfigMap => {
            const config: GraphQLInputFieldConfigMap = {};
            for (const field of fields) {
                const type = inputTypeOf(field);
                if (type !== undefined) {
                    config[field.name] = { type };
                }
            }
            return config;
        }
    });
}

export function buildMutation(
    model: OrgModel,
    objects: readonly SObjectDescribe[],
    recordType: (object: SObjectDescribe) => GraphQLObjectType<NodeSource, GqlContext>
): GraphQLObjectType {
    const RecordDeleteInput = new GraphQLInputObjectType({
        name: 'RecordDeleteInput',
        fields: { Id: { type: new GraphQLNonNull(GraphQLID) } }
    });
    const RecordDeletePayload = new GraphQLObjectType({
        name: 'RecordDeletePayload',
        fields: { Id: { type: GraphQLID } }
    });

    const fields: GraphQLFieldConfigMap<unknown, GqlContext> = {};
    for (const object of objects) {
        const stored = model.storedFields(object);
        const createable = stored.filter((field) => field.createable && field.name !== 'Id');
        const updateable = stored.filter((field) => field.updateable && field.name !== 'Id');
        const record = (context: GqlContext, id: string): NodeSource => ({
            object,
            row: context.org.store.requireRow(object.name, id)
        });
        const recordId = (raw: unknown): string => {
            const id = typeof raw === 'string' ? normalizeId(raw) : undefined;
            if (id === undefined || model.objectOfId(id)?.name !== object.name) {
                throw new GraphQLError(`Invalid ${object.name} Id: ${String(raw)}`);
            }
            return id;
        };

        fields[`${object.name}Create`] = {
            type: new GraphQLObjectType({
                name: `${object.name}CreatePayload`,
                fields: () => ({ Record: { type: recordType(object) } })
            }),
            args: {
                input: {
                    type: new GraphQLNonNull(
                        new GraphQLInputObjectType({
                            name: `${object.name}CreateInput`,
                            fields: {
                                [object.name]: {
                                    type: new GraphQLNonNull(
                                        representation(object, createable, 'Create')
                                    )
                                }
                            }
                        })
                    )
                }
            },
            resolve: (
                _source,
                args: { input: Record<string, Record<string, unknown>> },
                context
            ) => {
                try {
                    const id = context.org.store.insert(object.name, args.input[object.name] ?? {});
                    return { Record: record(context, id) };
                } catch (error) {
                    throw saveError(error);
                }
            }
        };
        fields[`${object.name}Update`] = {
            type: new GraphQLObjectType({
                name: `${object.name}UpdatePayload`,
                fields: () => ({ Record: { type: recordType(object) } })
            }),
            args: {
                input: {
                    type: new GraphQLNonNull(
                        new GraphQLInputObjectType({
                            name: `${object.name}UpdateInput`,
                            fields: {
                                Id: { type: new GraphQLNonNull(GraphQLID) },
                                [object.name]: {
                                    type: new GraphQLNonNull(
                                        representation(object, updateable, 'Update')
                                    )
                                }
                            }
                        })
                    )
                }
            },
            resolve: (_source, args: { input: Record<string, unknown> }, context) => {
                const id = recordId(args.input.Id);
                try {
                    const values = args.input[object.name];
                    context.org.store.update(
                        object.name,
                        id,
                        typeof values === 'object' && values !== null
                            ? (values as Record<string, unknown>)
                            : {}
                    );
                    return { Record: record(context, id) };
                } catch (error) {
                    throw saveError(error);
                }
            }
        };
        fields[`${object.name}Delete`] = {
            type: RecordDeletePayload,
            args: { input: { type: new GraphQLNonNull(RecordDeleteInput) } },
            resolve: (_source, args: { input: { Id: unknown } }, context) => {
                const id = recordId(args.input.Id);
                try {
                    context.org.store.delete(object.name, id);
                    return { Id: id };
                } catch (error) {
                    throw saveError(error);
                }
            }
        };
    }

    const UIAPIMutations = new GraphQLObjectType<unknown, GqlContext>({
        name: 'UIAPIMutations',
        fields
    });
    const UIAPIMutationsInput = new GraphQLInputObjectType({
        name: 'UIAPIMutationsInput',
        fields: { allOrNone: { type: GraphQLBoolean, defaultValue: true } }
    });
    return new GraphQLObjectType({
        name: 'Mutation',
        fields: {
            uiapi: {
                type: new GraphQLNonNull(UIAPIMutations),
                args: { input: { type: UIAPIMutationsInput } },
                resolve: (
                    _source,
                    args: { input?: { allOrNone?: boolean } },
                    context: GqlContext
                ) => {
                    context.mutation.allOrNone = args.input?.allOrNone ?? true;
                    return {};
                }
            }
        }
    });
}

// uiapi.objectInfos: object and field metadata (labels, access, data types, picklist values by
// record type) in the shape the GraphQL API gives it.
import { objectRights } from '../access/objectRights';
import {
    GraphQLBoolean,
    GraphQLID,
    GraphQLInputObjectType,
    GraphQLInt,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLString,
    type GraphQLFieldConfig,
    type GraphQLFieldConfigMap
} from 'graphql';
import type { SObjectDescribe, SObjectField } from '../../../schema/types';
import { apiFieldType } from '../describe';
import type { OrgModel } from '../model';
import type { GqlContext } from './connection';
import { VALUE_TYPES, type ValueSource } from './scalars';

const MASTER_RECORD_TYPE = '012000000000000AAA';

interface FieldSource {
    readonly field: SObjectField;
}

function dataType(field: SObjectField): string {
    const type = apiFieldType(field);
    const map: Record<string, string> = {
        id: 'String',
        reference: 'Reference',
        textarea: 'TextArea',
        picklist: 'Picklist',
        multipicklist: 'MultiPicklist',
        currency: 'Currency',
        percent: 'Percent',
        int: 'Int',
        double: 'Double',
        boolean: 'Boolean',
        date: 'Date',
        datetime: 'DateTime',
        time: 'Time',
        email: 'Email',
        phone: 'Phone',
        url: 'Url'
    };
    return map[type] ?? 'String';
}

/** The objectInfos field, and the Field implementations the schema must list (nothing else reaches them). */
export function buildObjectInfos(model: OrgModel): {
    field: GraphQLFieldConfig<unknown, GqlContext>;
    types: GraphQLObjectType[];
} {
    const commonFields = (): GraphQLFieldConfigMap<FieldSource, GqlContext> => ({
        ApiName: {
            type: new GraphQLNonNull(GraphQLString),
            resolve: (source) => source.field.name
        },
        label: { type: GraphQLString, resolve: (source) => source.field.label },
        dataType: { type: GraphQLString, resolve: (source) => dataType(source.field) },
        createable: { type: GraphQLBoolean, resolve: (source) => source.field.createable },
        updateable: { type: GraphQLBoolean, resolve: (source) => source.field.updateable },
        required: { type: GraphQLBoolean, resolve: (source) => source.field.required },
        custom: { type: GraphQLBoolean, resolve: (source) => source.field.custom },
        calculated: {
            type: GraphQLBoolean,
            resolve: (source) =>
                source.field.formula !== undefined || source.field.type === 'AutoNumber'
        },
        nameField: { type: GraphQLBoolean, resolve: (source) => source.field.name === 'Name' },
        unique: { type: GraphQLBoolean, resolve: (source) => source.field.unique },
        filterable: { type: GraphQLBoolean, resolve: () => true },
        sortable: {
            type: GraphQLBoolean,
            resolve: (source) =>
                apiFieldType(source.field) !== 'textarea' || source.field.type === 'TextArea'
        },
        length: { type: GraphQLInt, resolve: (source) => source.field.length ?? 0 },
        precision: { type: GraphQLInt, resolve: (source) => source.field.precision ?? 0 },
        scale: { type: GraphQLInt, resolve: (source) => source.field.scale ?? 0 },
        inlineHelpText: {
            type: GraphQLString,
            resolve: (source) => source.field.inlineHelpText ?? null
        },
        reference: {
            type: GraphQLBoolean,
            resolve: (source) => apiFieldType(source.field) === 'reference'
        },
        relationshipName: {
            type: GraphQLString,
            resolve: (source) => source.field.relationshipName ?? null
        }
    });
    const FieldInterface: GraphQLInterfaceType = new GraphQLInterfaceType({
        name: 'Field',
        fields: () => commonFields(),
        resolveType: (source: FieldSource) =>
            source.field.picklist !== undefined
                ? 'PicklistField'
                : apiFieldType(source.field) === 'reference'
                  ? 'ReferenceField'
                  : 'StandardField'
    });
    const ReferenceToInfo = new GraphQLObjectType<string>({
        name: 'ReferenceToInfo',
        fields: {
            ApiName: { type: new GraphQLNonNull(GraphQLString), resolve: (name) => name },
            nameFields: { type: new GraphQLList(GraphQLString), resolve: () => ['Name'] }
        }
    });
    const PicklistValuesByRecordTypeId = new GraphQLObjectType<FieldSource>({
        name: 'PicklistValuesByRecordTypeIDs',
        fields: {
            recordTypeID: { type: GraphQLID, resolve: () => MASTER_RECORD_TYPE },
            defaultValue: {
                type: VALUE_TYPES.PicklistValue,
                resolve: (source): ValueSource | null => {
                    const value = source.field.picklist?.values.find(
                        (candidate) => candidate.isDefault
                    )?.value;
                    return value === undefined ? null : { field: source.field, stored: value };
                }
            },
            picklistValues: {
                type: new GraphQLList(VALUE_TYPES.PicklistValue),
                resolve: (source): ValueSource[] =>
                    (source.field.picklist?.values ?? []).map((value) => ({
                        field: source.field,
                        stored: value.value
                    }))
            }
        }
    });
    const StandardField = new GraphQLObjectType<FieldSource, GqlContext>({
        name: 'StandardField',
        interfaces: [FieldInterface],
        fields: () => commonFields()
    });
    const PicklistField = new GraphQLObjectType<FieldSource, GqlContext>({
        name: 'PicklistField',
        interfaces: [FieldInterface],
        fields: () => ({
            ...commonFields(),
            picklistValuesByRecordTypeIDs: {
                type: new GraphQLList(PicklistValuesByRecordTypeId),
                resolve: (source) => [source]
            }
        })
    });
    const ReferenceField = new GraphQLObjectType<FieldSource, GqlContext>({
        name: 'ReferenceField',
        interfaces: [FieldInterface],
        fields: () => ({
            ...commonFields(),
            referenceToInfos: {
                type: new GraphQLList(ReferenceToInfo),
                resolve: (source) => source.field.referenceTo
            }
        })
    });
    const ChildRelationship = new GraphQLObjectType<{
        childObject: string;
        field: string;
        name: string;
    }>({
        name: 'ChildRelationship',
        fields: {
            childObjectApiName: { type: GraphQLString, resolve: (source) => source.childObject },
            fieldName: { type: GraphQLString, resolve: (source) => source.field },
            relationshipName: { type: GraphQLString, resolve: (source) => source.name }
        }
    });
    const RecordTypeInfo = new GraphQLObjectType({
        name: 'RecordTypeInfo',
        fields: {
            available: { type: GraphQLBoolean, resolve: () => true },
            defaultRecordTypeMapping: { type: GraphQLBoolean, resolve: () => true },
            master: { type: GraphQLBoolean, resolve: () => true },
            name: { type: GraphQLString, resolve: () => 'Master' },
            recordTypeId: { type: GraphQLID, resolve: () => MASTER_RECORD_TYPE }
        }
    });
    interface InfoSource {
        readonly object: SObjectDescribe;
        readonly fieldNames?: readonly string[];
    }
    const ObjectInfo = new GraphQLObjectType<InfoSource, GqlContext>({
        name: 'ObjectInfo',
        fields: {
            ApiName: {
                type: new GraphQLNonNull(GraphQLString),
                resolve: (source) => source.object.name
            },
            label: { type: GraphQLString, resolve: (source) => source.object.label },
            labelPlural: { type: GraphQLString, resolve: (source) => source.object.pluralLabel },
            keyPrefix: {
                type: GraphQLString,
                resolve: (source) => model.keyPrefix(source.object.name)
            },
            custom: { type: GraphQLBoolean, resolve: (source) => source.object.custom },
            createable: {
                type: GraphQLBoolean,
                resolve: (source) => objectRights(model, source.object).createable
            },
            updateable: {
                type: GraphQLBoolean,
                resolve: (source) => objectRights(model, source.object).updateable
            },
            deletable: {
                type: GraphQLBoolean,
                resolve: (source) => objectRights(model, source.object).deletable
            },
            queryable: { type: GraphQLBoolean, resolve: () => true },
            searchable: { type: GraphQLBoolean, resolve: () => false },
            defaultRecordTypeId: { type: GraphQLID, resolve: () => MASTER_RECORD_TYPE },
            nameFields: {
                type: new GraphQLList(GraphQLString),
                resolve: (source) =>
                    source.object.fields.some((field) => field.name === 'Name') ? ['Name'] : []
            },
            fields: {
                type: new GraphQLList(FieldInterface),
                resolve: (source): FieldSource[] =>
                    model
                        .storedFields(source.object)
                        .filter(
                            (field) =>
                                source.fieldNames === undefined ||
                                source.fieldNames.some(
                                    (name) => name.toLowerCase() === field.name.toLowerCase()
                                )
                        )
                        .map((field) => ({ field }))
            },
            childRelationships: {
                type: new GraphQLList(ChildRelationship),
                resolve: (source) =>
                    source.object.childRelationships.map((relationship) => ({
                        childObject: relationship.childObject,
                        field: relationship.field.name,
                        name: relationship.name
                    }))
            },
            recordTypeInfos: { type: new GraphQLList(RecordTypeInfo), resolve: () => [{}] }
        }
    });
    const ObjectInfoInput = new GraphQLInputObjectType({
        name: 'ObjectInfoInput',
        fields: {
            apiName: { type: new GraphQLNonNull(GraphQLString) },
            fieldNames: { type: new GraphQLList(GraphQLString) },
            recordTypeIDs: { type: new GraphQLList(GraphQLID) }
        }
    });
    const field: GraphQLFieldConfig<unknown, GqlContext> = {
        type: new GraphQLList(ObjectInfo),
        args: {
            apiNames: { type: new GraphQLList(GraphQLString) },
            objectInfoInputs: { type: new GraphQLList(ObjectInfoInput) }
        },
        resolve: (
            _source,
            args: {
                apiNames?: string[];
                objectInfoInputs?: { apiName: string; fieldNames?: string[] }[];
            }
        ): InfoSource[] => {
            const requests = [
                ...(args.apiNames ?? []).map((apiName) => ({ apiName, fieldNames: undefined })),
                ...(args.objectInfoInputs ?? []).map((input) => ({
                    apiName: input.apiName,
                    fieldNames: input.fieldNames ?? undefined
                }))
            ];
            return requests.map((request) => {
                const object = model.object(request.apiName);
                if (object === undefined || !model.onUiApi(object)) {
                    throw new Error(`Object ${request.apiName} is not supported in UI API`);
                }
                return { object, fieldNames: request.fieldNames };
            });
        }
    };
    return { field, types: [StandardField, PicklistField, ReferenceField] as GraphQLObjectType[] };
}

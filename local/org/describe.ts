// sObject describe results (global, basic and full) in the REST API's shapes, built from the schema.
import type { SObjectDescribe, SObjectField } from '../../schema/types';
import { objectRights } from './access/objectRights';
import type { OrgModel } from './model';
import { deleteBehaviour } from './standardBehaviour';

function describeType(field: SObjectField): { type: string; soapType: string } {
    switch (field.type) {
        case 'Id':
            return { type: 'id', soapType: 'tns:ID' };
        case 'Lookup':
        case 'MasterDetail':
        case 'Hierarchy':
            return { type: 'reference', soapType: 'tns:ID' };
        case 'TextArea':
        case 'LongTextArea':
        case 'Html':
            return { type: 'textarea', soapType: 'xsd:string' };
        case 'Email':
            return { type: 'email', soapType: 'xsd:string' };
        case 'Phone':
            return { type: 'phone', soapType: 'xsd:string' };
        case 'Url':
            return { type: 'url', soapType: 'xsd:string' };
        case 'Picklist':
            return { type: 'picklist', soapType: 'xsd:string' };
        case 'MultiselectPicklist':
            return { type: 'multipicklist', soapType: 'xsd:string' };
        case 'Number':
            return field.objectName !== '' &&
                !field.custom &&
                (field.scale ?? 0) === 0 &&
                field.name === 'NumberOfEmployees'
                ? { type: 'int', soapType: 'xsd:int' }
                : { type: 'double', soapType: 'xsd:double' };
        case 'Currency':
            return { type: 'currency', soapType: 'xsd:double' };
        case 'Percent':
            return { type: 'percent', soapType: 'xsd:double' };
        case 'Checkbox':
            return { type: 'boolean', soapType: 'xsd:boolean' };
        case 'Date':
            return { type: 'date', soapType: 'xsd:date' };
        case 'DateTime':
            return { type: 'datetime', soapType: 'xsd:dateTime' };
        case 'Time':
            return { type: 'time', soapType: 'xsd:time' };
        default:
            return { type: 'string', soapType: 'xsd:string' };
    }
}

/** The describe type name ('string', 'reference', 'currency'…) of a field. */
export function apiFieldType(field: SObjectField): string {
    return describeType(field).type;
}

function objectUrls(apiVersion: string, name: string): Record<string, string> {
    const base = `/services/data/v${apiVersion}/sobjects/${name}`;
    return {
        compactLayouts: `${base}/describe/compactLayouts`,
        rowTemplate: `${base}/{ID}`,
        uiDetailTemplate: `https://127.0.0.1/{ID}`,
        describe: `${base}/describe`,
        sobject: base
    };
}

/** The entry of an object in the global describe (GET /sobjects). */
export function basicDescribe(
    model: OrgModel,
    object: SObjectDescribe,
    apiVersion: string
): Record<string, unknown> {
    return {
        activateable: false,
        createable: objectRights(model, object).createable,
        custom: object.custom,
        customSetting: false,
        deepCloneable: false,
        deletable: objectRights(model, object).deletable,
        deprecatedAndHidden: false,
        feedEnabled: false,
        hasSubtypes: false,
        isInterface: false,
        isSubtype: false,
        keyPrefix: model.keyPrefix(object.name),
        label: object.label,
        labelPlural: object.pluralLabel,
        layoutable: true,
        mergeable: false,
        mruEnabled: false,
        name: object.name,
        queryable: true,
        replicateable: true,
        retrieveable: true,
        searchable: false,
        triggerable: true,
        undeletable: false,
        updateable: objectRights(model, object).updateable,
        urls: objectUrls(apiVersion, object.name)
    };
}

function describeField(field: SObjectField): Record<string, unknown> {
    const { type, soapType } = describeType(field);
    const isText = soapType === 'xsd:string';
    const length = isText
        ? (field.length ?? (field.type === 'Picklist' ? 255 : 0))
        : field.type === 'Id' || type === 'reference'
          ? 18
          : 0;
    const isReference = type === 'reference';
    const behaviour = isReference ? deleteBehaviour(field) : undefined;
    const picklistValues =
        field.picklist?.values.map((value) => ({
            active: true,
            defaultValue: value.isDefault,
            label: value.label,
            validFor: null,
            value: value.value
        })) ?? [];
    return {
        aggregatable: type !== 'textarea',
        autoNumber: field.type === 'AutoNumber',
        byteLength: length * 3,
        calculated: field.formula !== undefined,
        calculatedFormula: field.formula ?? null,
        cascadeDelete: behaviour === 'Cascade',
        caseSensitive: field.caseSensitive,
        compoundFieldName: null,
        controllerName: null,
        createable: field.createable,
        custom: field.custom,
        defaultValue: field.type === 'Checkbox' ? field.defaultValue === 'true' : null,
        defaultValueFormula: field.type === 'Checkbox' ? null : (field.defaultValue ?? null),
        defaultedOnCreate:
            field.type === 'Checkbox' ||
            field.system ||
            field.name === 'OwnerId' ||
            field.picklist?.values.some((value) => value.isDefault) === true,
        dependentPicklist: false,
        deprecatedAndHidden: false,
        digits:
            field.type === 'Number' && (field.scale ?? 0) === 0 && !field.custom
                ? (field.precision ?? 0)
                : 0,
        displayLocationInDecimal: false,
        encrypted: false,
        externalId: field.externalId,
        extraTypeInfo: null,
        filterable: type !== 'textarea' || field.type === 'TextArea',
        filteredLookupInfo: null,
        formulaTreatNullNumberAsZero: false,
        groupable:
            type !== 'textarea' &&
            type !== 'double' &&
            type !== 'currency' &&
            type !== 'percent' &&
            type !== 'datetime',
        highScaleNumber: false,
        htmlFormatted: field.type === 'Html',
        idLookup: field.name === 'Id' || field.externalId,
        inlineHelpText: field.inlineHelpText ?? null,
        label: field.label,
        length,
        mask: null,
        maskType: null,
        name: field.name,
        nameField: field.name === 'Name',
        namePointing: isReference && field.referenceTo.length > 1,
        nillable:
            !field.required &&
            field.type !== 'Checkbox' &&
            field.type !== 'Id' &&
            !(field.system && field.name !== 'LastModifiedById'),
        permissionable: field.custom && !field.required,
        picklistValues,
        polymorphicForeignKey: isReference && field.referenceTo.length > 1,
        precision:
            type === 'double' || type === 'currency' || type === 'percent'
                ? (field.precision ?? 18)
                : 0,
        queryByDistance: false,
        referenceTargetField: null,
        referenceTo: field.referenceTo,
        relationshipName: field.relationshipName ?? null,
        relationshipOrder: field.type === 'MasterDetail' ? 0 : null,
        restrictedDelete: behaviour === 'Restrict',
        restrictedPicklist: field.picklist?.restricted ?? false,
        scale:
            type === 'double' || type === 'currency' || type === 'percent' ? (field.scale ?? 0) : 0,
        searchPrefilterable: false,
        soapType,
        sortable: type !== 'textarea' || field.type === 'TextArea',
        type,
        unique: field.unique,
        updateable: field.updateable,
        // As the field's metadata says (false when absent, as for every non-master-detail field).
        writeRequiresMasterRead: field.writeRequiresMasterRead === true
    };
}

/** GET /sobjects/{object}/describe. */
export function fullDescribe(
    model: OrgModel,
    object: SObjectDescribe,
    apiVersion: string
): Record<string, unknown> {
    const childRelationships = model
        .fieldsReferencing(object.name)
        .filter((field) => !field.system)
        .map((field) => {
            const behaviour = deleteBehaviour(field);
            return {
                cascadeDelete: behaviour === 'Cascade',
                childSObject: field.objectName,
                deprecatedAndHidden: false,
                field: field.name,
                junctionIdListNames: [],
                junctionReferenceTo: [],
                relationshipName: field.childRelationshipName ?? null,
                restrictedDelete: behaviour === 'Restrict'
            };
        });
    return {
        ...basicDescribe(model, object, apiVersion),
        actionOverrides: [],
        childRelationships,
        compactLayoutable: true,
        defaultImplementation: null,
        extendedBy: null,
        extendsInterfaces: null,
        fields: model.storedFields(object).map(describeField),
        implementedBy: null,
        implementsInterfaces: null,
        listviewable: null,
        lookupLayoutable: null,
        namedLayoutInfos: [],
        networkScopeFieldName: null,
        recordTypeInfos: [
            {
                active: true,
                available: true,
                defaultRecordTypeMapping: true,
                developerName: 'Master',
                master: true,
                name: 'Master',
                recordTypeId: '012000000000000AAA',
                urls: {
                    layout: `/services/data/v${apiVersion}/sobjects/${object.name}/describe/layouts/012000000000000AAA`
                }
            }
        ],
        searchLayoutable: false,
        sobjectDescribeOption: 'FULL',
        supportedScopes: [{ label: 'All', name: 'everything' }]
    };
}

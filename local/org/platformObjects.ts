// Objects the local org needs although the project never names them: the sf CLI queries
// Organization when it logs in. They join the project's schema only inside the local org.
import type { SObjectDescribe, SObjectField, FieldType } from '../../schema/types';

export function readOnlyField(
    objectName: string,
    name: string,
    label: string,
    type: FieldType,
    extra: Partial<SObjectField> = {}
): SObjectField {
    return {
        objectName,
        name,
        label,
        type,
        custom: false,
        system: true,
        required: false,
        unique: false,
        externalId: false,
        caseSensitive: false,
        referenceTo: [],
        trackHistory: false,
        createable: false,
        updateable: false,
        ...extra
    };
}

/** Organization: one read-only record describing the local org. */
export function organizationObject(): SObjectDescribe {
    const o = 'Organization';
    const fields: SObjectField[] = [
        readOnlyField(o, 'Id', 'Organization ID', 'Id'),
        readOnlyField(o, 'Name', 'Name', 'Text', { length: 80 }),
        readOnlyField(o, 'InstanceName', 'Instance Name', 'Text', { length: 5 }),
        readOnlyField(o, 'IsSandbox', 'Is Sandbox', 'Checkbox'),
        readOnlyField(o, 'OrganizationType', 'Edition', 'Text', { length: 40 }),
        readOnlyField(o, 'NamespacePrefix', 'Namespace Prefix', 'Text', { length: 15 }),
        readOnlyField(o, 'TrialExpirationDate', 'Trial Expiration Date', 'DateTime'),
        readOnlyField(o, 'Country', 'Country', 'Text', { length: 80 }),
        readOnlyField(o, 'LanguageLocaleKey', 'Language', 'Text', { length: 40 }),
        readOnlyField(o, 'DefaultLocaleSidKey', 'Locale', 'Text', { length: 40 }),
        readOnlyField(o, 'TimeZoneSidKey', 'Time Zone', 'Text', { length: 40 }),
        readOnlyField(o, 'DefaultCurrencyIsoCode', 'Currency', 'Text', { length: 3 }),
        readOnlyField(o, 'IsDeleted', 'Deleted', 'Checkbox'),
        readOnlyField(o, 'CreatedDate', 'Created Date', 'DateTime'),
        readOnlyField(o, 'CreatedById', 'Created By ID', 'Lookup', {
            referenceTo: ['User'],
            relationshipName: 'CreatedBy',
            relationshipKind: 'Lookup'
        }),
        readOnlyField(o, 'LastModifiedDate', 'Last Modified Date', 'DateTime'),
        readOnlyField(o, 'LastModifiedById', 'Last Modified By ID', 'Lookup', {
            referenceTo: ['User'],
            relationshipName: 'LastModifiedBy',
            relationshipKind: 'Lookup'
        }),
        readOnlyField(o, 'SystemModstamp', 'System Modstamp', 'DateTime')
    ];
    return platformObject(o, 'Organization', 'Organizations', fields);
}

/** A read-only platform object with its parent relationships. */
export function platformObject(
    o: string,
    label: string,
    pluralLabel: string,
    fields: SObjectField[]
): SObjectDescribe {
    return {
        name: o,
        label,
        pluralLabel,
        custom: false,
        enableHistory: false,
        enableActivities: false,
        fields,
        validationRules: [],
        parentRelationships: fields
            .filter((field) => field.relationshipName !== undefined)
            .map((field) => ({
                kind: 'parent' as const,
                name: field.relationshipName ?? '',
                objectName: o,
                field,
                referenceTo: field.referenceTo,
                polymorphic: false
            })),
        childRelationships: []
    };
}

/** Platform objects: read-only, never offered to the UI API or GraphQL, never seeded. */
export const PLATFORM_OBJECT_NAMES: ReadonlySet<string> = new Set([
    'Organization',
    'PermissionSet',
    'PermissionSetAssignment'
]);

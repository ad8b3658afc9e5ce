// PermissionSet and PermissionSetAssignment: read-only records of the org's permission sets and who
// has which, so tools ask the local org what they ask a real one (`atlas doctor`:
// SELECT PermissionSet.Name FROM PermissionSetAssignment WHERE AssigneeId = …). Fields as in the
// Object Reference (PermissionSet, PermissionSetAssignment), reduced to the ones tools query.
import type { SObjectDescribe, SObjectField } from '../../../schema/types';
import { platformObject, readOnlyField } from '../platformObjects';

export const ACCESS_OBJECT_NAMES = ['PermissionSet', 'PermissionSetAssignment'] as const;

function lookup(o: string, name: string, label: string, target: string, relationship: string) {
    return readOnlyField(o, name, label, 'Lookup', {
        referenceTo: [target],
        relationshipName: relationship,
        relationshipKind: 'Lookup'
    });
}

function audit(o: string): SObjectField[] {
    return [
        readOnlyField(o, 'IsDeleted', 'Deleted', 'Checkbox'),
        readOnlyField(o, 'CreatedDate', 'Created Date', 'DateTime'),
        lookup(o, 'CreatedById', 'Created By ID', 'User', 'CreatedBy'),
        readOnlyField(o, 'LastModifiedDate', 'Last Modified Date', 'DateTime'),
        lookup(o, 'LastModifiedById', 'Last Modified By ID', 'User', 'LastModifiedBy'),
        readOnlyField(o, 'SystemModstamp', 'System Modstamp', 'DateTime')
    ];
}

export function permissionSetObject(): SObjectDescribe {
    const o = 'PermissionSet';
    return platformObject(o, 'Permission Set', 'Permission Sets', [
        readOnlyField(o, 'Id', 'Permission Set ID', 'Id'),
        readOnlyField(o, 'Name', 'Name', 'Text', { length: 80 }),
        readOnlyField(o, 'Label', 'Label', 'Text', { length: 80 }),
        readOnlyField(o, 'IsOwnedByProfile', 'Is Owned by Profile', 'Checkbox'),
        readOnlyField(o, 'NamespacePrefix', 'Namespace Prefix', 'Text', { length: 15 }),
        ...audit(o)
    ]);
}

export function permissionSetAssignmentObject(): SObjectDescribe {
    const o = 'PermissionSetAssignment';
    return platformObject(o, 'Permission Set Assignment', 'Permission Set Assignments', [
        readOnlyField(o, 'Id', 'Permission Set Assignment ID', 'Id'),
        lookup(o, 'AssigneeId', 'Assignee ID', 'User', 'Assignee'),
        lookup(o, 'PermissionSetId', 'Permission Set ID', 'PermissionSet', 'PermissionSet'),
        readOnlyField(o, 'IsActive', 'Active', 'Checkbox'),
        ...audit(o)
    ]);
}

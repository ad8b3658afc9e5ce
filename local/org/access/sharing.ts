// Record sharing: which records of an object the running user may read and edit, from the object's
// sharing model (the object XML's sharingModel; ControlledByParent follows the master record),
// the record owner and the role hierarchy. Expressed as SQL conditions, so queries filter in SQLite
// and a single record is checked with the same condition.
import type { SObjectDescribe, SObjectField } from '../../../schema/types';
import { quote } from '../database';
import type { SqlValue } from '../values';
import { restrictedUser, type RunningUser } from './runningUser';

export type SharingModel = 'Private' | 'Read' | 'ReadWrite' | 'ControlledByParent';

/**
 * Organization-wide defaults of the standard objects are the customer's setting, not package
 * metadata. The local org uses Public Read/Write for Account, Opportunity, Lead and Case, Controlled
 * by Parent for Contact, Private for activities and Public Read Only for the reference objects
 * (local/README.md lists this).
 */
const STANDARD_SHARING: Readonly<Record<string, SharingModel>> = {
    Account: 'ReadWrite',
    Opportunity: 'ReadWrite',
    Contact: 'ControlledByParent',
    Lead: 'ReadWrite',
    Case: 'ReadWrite',
    Task: 'Private',
    Event: 'Private',
    Campaign: 'ReadWrite',
    User: 'Read',
    Group: 'Read',
    Product2: 'Read'
};

export function sharingModelOf(object: SObjectDescribe): SharingModel {
    switch (object.sharingModel) {
        case 'Private':
        case 'Read':
        case 'ReadWrite':
        case 'ControlledByParent':
            return object.sharingModel;
        case 'FullAccess':
        case 'ReadWriteTransfer':
            return 'ReadWrite';
        default:
            return STANDARD_SHARING[object.name] ?? 'ReadWrite';
    }
}

/** The field that carries a ControlledByParent object's access: its master (Contact: AccountId). */
function controllingField(object: SObjectDescribe): SObjectField | undefined {
    return (
        object.fields.find((field) => field.relationshipKind === 'MasterDetail') ??
        (object.name === 'Contact'
            ? object.fields.find((field) => field.name === 'AccountId')
            : undefined)
    );
}

export interface SqlCondition {
    readonly sql: string;
    readonly params: readonly SqlValue[];
}

export type AccessLevel = 'read' | 'edit';

/**
 * The SQL condition a row (under `alias`) must meet for the user to have `level` access, or
 * undefined when every record qualifies. Object permissions are checked elsewhere.
 */
export function sharingCondition(
    user: RunningUser,
    object: SObjectDescribe,
    alias: string,
    level: AccessLevel,
    depth = 0
): SqlCondition | undefined {
    const permissions = user.access.objectPermissions(object);
    if (level === 'read' ? permissions.viewAll : permissions.modifyAll) {
        return undefined;
    }
    const sharing = sharingModelOf(object);
    if (sharing === 'ReadWrite' || (sharing === 'Read' && level === 'read')) {
        return undefined;
    }
    if (sharing === 'ControlledByParent') {
        const field = controllingField(object);
        const masterName = field?.referenceTo[0];
        const master =
            masterName === undefined ? undefined : user.access.fullModel.object(masterName);
        if (field === undefined || master === undefined || depth > 4) {
            return undefined;
        }
        // writeRequiresMasterRead: Read on the master is enough to create, edit or delete details
        // (Metadata API Developer Guide, CustomField).
        const masterLevel: AccessLevel =
            level === 'edit' && field.writeRequiresMasterRead !== true ? 'edit' : 'read';
        const masterAlias = `${alias}m`;
        const inner = sharingCondition(user, master, masterAlias, masterLevel, depth + 1);
        if (inner === undefined) {
            return undefined;
        }
        return {
            sql: `${alias}.${quote(field.name)} IN (SELECT ${masterAlias}."Id" FROM ${quote(master.name)} ${masterAlias} WHERE ${inner.sql})`,
            params: inner.params
        };
    }
    if (!object.fields.some((field) => field.name === 'OwnerId')) {
        return undefined;
    }
    return {
        sql: `${alias}."OwnerId" IN (${user.ownersSeen.map(() => '?').join(', ')})`,
        params: user.ownersSeen
    };
}

/** The read condition of a query over an object for the running user (undefined: no filter). */
export function readableRecords(object: SObjectDescribe, alias: string): SqlCondition | undefined {
    const user = restrictedUser();
    return user === undefined ? undefined : sharingCondition(user, object, alias, 'read');
}

// The one place the store asks whether the running user may read, create, edit or delete a record:
// object permissions first, then sharing. Errors as the platform answers them: a record the user
// cannot see does not exist for them (NOT_FOUND), a missing right on the record itself is
// INSUFFICIENT_ACCESS_OR_READONLY "insufficient access rights on object id", on the master a new
// detail points at INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY "insufficient access rights on
// cross-reference id" (the REST API's error codes; wording as real orgs answer).
import type { SObjectDescribe } from '../../../schema/types';
import { quote, type SqliteDatabase } from '../database';
import { notFound, recordError } from '../errors';
import type { OrgModel } from '../model';
import type { Row } from '../values';
import { restrictedUser, type RunningUser } from './runningUser';
import { sharingCondition, sharingModelOf, type AccessLevel } from './sharing';

function insufficientAccess(): Error {
    return recordError(
        'INSUFFICIENT_ACCESS_OR_READONLY',
        'insufficient access rights on object id'
    );
}

export class RecordAccess {
    private readonly db: SqliteDatabase;
    private readonly model: OrgModel;

    constructor(db: SqliteDatabase, model: OrgModel) {
        this.db = db;
        this.model = model;
    }

    /** The schema the running user sees (the whole schema for the org's own work). */
    visibleModel(): OrgModel {
        return restrictedUser()?.access.model ?? this.model;
    }

    /** Whether the user has `level` access to the record with this id (sharing only). */
    private shares(user: RunningUser, object: SObjectDescribe, id: string, level: AccessLevel) {
        const condition = sharingCondition(user, object, 'r', level);
        if (condition === undefined) {
            return true;
        }
        const row = this.db
            .prepare(`SELECT 1 FROM ${quote(object.name)} r WHERE r."Id" = ? AND ${condition.sql}`)
            .get(id, ...condition.params);
        return row !== undefined;
    }

    /** A record read by id: NOT_FOUND when the user cannot read the object or the record. */
    checkRead(object: SObjectDescribe, row: Row): void {
        const user = restrictedUser();
        if (user === undefined) {
            return;
        }
        if (
            !user.access.objectPermissions(object).read ||
            !this.shares(user, object, String(row.Id), 'read')
        ) {
            throw notFound();
        }
    }

    /** Before anything else of a create: the Create permission. */
    checkCreate(object: SObjectDescribe): void {
        const user = restrictedUser();
        if (user !== undefined && !user.access.objectPermissions(object).create) {
            throw insufficientAccess();
        }
    }

    /** Before anything else of an update: the Edit permission and edit access to the record. */
    checkUpdate(object: SObjectDescribe, existing: Row): void {
        const user = restrictedUser();
        if (user === undefined) {
            return;
        }
        if (
            !user.access.objectPermissions(object).edit ||
            !this.shares(user, object, String(existing.Id), 'edit')
        ) {
            throw insufficientAccess();
        }
    }

    /** The master a new or changed detail points at must be open to the user. */
    checkMasterOf(object: SObjectDescribe, row: Row): void {
        const user = restrictedUser();
        if (user !== undefined) {
            this.checkMaster(user, object, row);
        }
    }

    /**
     * Deleting needs the Delete permission and full access to the record: its owner or a user above
     * the owner in the role hierarchy (Public Read/Write does not open deletes), or access to the
     * master for a detail.
     */
    checkDelete(object: SObjectDescribe, row: Row): void {
        const user = restrictedUser();
        if (user === undefined) {
            return;
        }
        const permissions = user.access.objectPermissions(object);
        if (!permissions.delete) {
            throw insufficientAccess();
        }
        if (permissions.modifyAll) {
            return;
        }
        const ownerId = row.OwnerId;
        const owned =
            sharingModelOf(object) === 'ControlledByParent' || typeof ownerId !== 'string'
                ? this.shares(user, object, String(row.Id), 'edit')
                : user.ownersSeen.includes(ownerId);
        if (!owned) {
            throw insufficientAccess();
        }
    }

    /** A detail's master (ControlledByParent) must be open to the user at the level it requires. */
    private checkMaster(user: RunningUser, object: SObjectDescribe, row: Row): void {
        if (sharingModelOf(object) !== 'ControlledByParent') {
            return;
        }
        for (const field of object.fields) {
            const masterId = row[field.name];
            const masterName = field.referenceTo[0];
            const master = masterName === undefined ? undefined : this.model.object(masterName);
            if (
                field.relationshipKind !== 'MasterDetail' ||
                typeof masterId !== 'string' ||
                master === undefined
            ) {
                continue;
            }
            const level: AccessLevel = field.writeRequiresMasterRead === true ? 'read' : 'edit';
            if (
                !user.access.objectPermissions(master).read ||
                !this.shares(user, master, masterId, level)
            ) {
                throw recordError(
                    'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY',
                    'insufficient access rights on cross-reference id',
                    [field.name]
                );
            }
        }
    }
}

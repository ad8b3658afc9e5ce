// What one user may do, from their profile and permission sets: object permissions (the union of
// what each grants), field-level security, and the schema as that user sees it — objects they cannot
// read and fields they cannot read are absent, fields they cannot edit are neither createable nor
// updateable — which describe, SOQL, the UI API and GraphQL then answer from, as the platform does.
import type { SObjectDescribe, SObjectField } from '../../../schema/types';
import { Schema } from '../../../schema/schema';
import type { OrgModel } from '../model';
import type { ObjectPermissions, PermissionGrant } from './permissionSets';
import type { Profile } from './profiles';

const NONE: ObjectPermissions = {
    create: false,
    read: false,
    edit: false,
    delete: false,
    viewAll: false,
    modifyAll: false
};

/** Objects the platform lets every user read and no user write through the data APIs. */
const READ_ONLY_PLATFORM_OBJECTS = new Set([
    'Organization',
    'PermissionSet',
    'PermissionSetAssignment'
]);

export interface FieldAccess {
    readonly readable: boolean;
    readonly editable: boolean;
}

export class UserAccess {
    readonly profile: Profile;
    readonly permissionSets: readonly PermissionGrant[];
    /** The schema as this user sees it. */
    readonly model: OrgModel;
    /** The whole schema (sharing follows masters the user may not see). */
    readonly fullModel: OrgModel;
    private readonly objectCache = new Map<string, ObjectPermissions>();

    constructor(fullModel: OrgModel, profile: Profile, permissionSets: readonly PermissionGrant[]) {
        this.profile = profile;
        this.permissionSets = permissionSets;
        this.fullModel = fullModel;
        this.model = profile.allData ? fullModel : fullModel.restrictedTo(this.viewOf(fullModel));
    }

    /** The custom permissions the user's permission sets enable. */
    get customPermissions(): string[] {
        return [...new Set(this.permissionSets.flatMap((set) => set.customPermissions))].sort();
    }

    /** View All Data and Modify All Data. */
    get allData(): boolean {
        return this.profile.allData;
    }

    objectPermissions(object: SObjectDescribe): ObjectPermissions {
        const cached = this.objectCache.get(object.name);
        if (cached !== undefined) {
            return cached;
        }
        let result: ObjectPermissions;
        if (READ_ONLY_PLATFORM_OBJECTS.has(object.name)) {
            result = { ...NONE, read: true, viewAll: true };
        } else {
            const grants = [
                this.profile.objectPermissions(object),
                ...this.permissionSets.map((set) => set.objects.get(object.name))
            ].filter((grant): grant is ObjectPermissions => grant !== undefined);
            result = {
                create: grants.some((grant) => grant.create),
                read: grants.some((grant) => grant.read),
                edit: grants.some((grant) => grant.edit),
                delete: grants.some((grant) => grant.delete),
                viewAll: grants.some((grant) => grant.viewAll || grant.modifyAll),
                modifyAll: grants.some((grant) => grant.modifyAll)
            };
        }
        this.objectCache.set(object.name, result);
        return result;
    }

    /**
     * Field-level security. System fields, the name field, required fields and master-detail fields
     * are always readable and editable (the platform does not let FLS hide them); others need a
     * grant from the profile or a permission set.
     */
    fieldAccess(object: SObjectDescribe, field: SObjectField): FieldAccess {
        if (this.allData || READ_ONLY_PLATFORM_OBJECTS.has(object.name)) {
            return { readable: true, editable: true };
        }
        if (
            field.system ||
            field.required ||
            field.relationshipKind === 'MasterDetail' ||
            field.name === 'Name' ||
            field.name === 'OwnerId'
        ) {
            return { readable: true, editable: true };
        }
        if (this.profile.grantsField(object, field.name)) {
            return { readable: true, editable: true };
        }
        const grants = this.permissionSets
            .map((set) => set.fields.get(`${object.name}.${field.name}`))
            .filter((grant) => grant !== undefined);
        return {
            readable: grants.some((grant) => grant.readable || grant.editable),
            editable: grants.some((grant) => grant.editable)
        };
    }

    /** The objects and fields this user can read, with createable/updateable narrowed by FLS. */
    private viewOf(fullModel: OrgModel): Schema {
        const readable = new Set(
            fullModel
                .objects()
                .filter((object) => this.objectPermissions(object).read)
                .map((object) => object.name)
        );
        const objects = fullModel
            .objects()
            .filter((object) => readable.has(object.name))
            .map((object): SObjectDescribe => {
                const fields = new Map<string, SObjectField>();
                for (const field of object.fields) {
                    const access = this.fieldAccess(object, field);
                    if (!access.readable) {
                        continue;
                    }
                    fields.set(
                        field.name,
                        access.editable ? field : { ...field, createable: false, updateable: false }
                    );
                }
                return {
                    ...object,
                    fields: [...fields.values()],
                    parentRelationships: object.parentRelationships
                        .filter(
                            (relationship) =>
                                fields.has(relationship.field.name) &&
                                relationship.referenceTo.some((target) => readable.has(target))
                        )
                        .map((relationship) => ({
                            ...relationship,
                            field: fields.get(relationship.field.name) ?? relationship.field
                        })),
                    childRelationships: object.childRelationships.filter(
                        (relationship) =>
                            readable.has(relationship.childObject) &&
                            this.fieldAccess(
                                fullModel.object(relationship.childObject) ?? object,
                                relationship.field
                            ).readable
                    )
                };
            });
        return new Schema(fullModel.schema.projectDir, objects, fullModel.schema.issues);
    }
}

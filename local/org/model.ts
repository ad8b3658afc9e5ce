// The local org's view of the schema: the project's objects (loaded from force-app by
// schema/schema.ts, merged with the standard-object catalog) plus the platform objects the
// tools need, with the key prefix of every object and an index of which fields point at which object.
import { loadSchema, Schema } from '../../schema/schema';
import { STANDARD_OBJECTS } from '../../schema/standardObjects';
import type { SObjectDescribe, SObjectField } from '../../schema/types';
import { invalidType, notFound, SalesforceError } from './errors';
import { keyPrefixOf } from './ids';
import { permissionSetAssignmentObject, permissionSetObject } from './access/accessObjects';
import { organizationObject, PLATFORM_OBJECT_NAMES } from './platformObjects';
import { kindOf } from './values';

/**
 * Objects the UI API (and so GraphQL) does not serve: standard objects off Salesforce's supported-objects
 * list (the catalog's uiApi) and the platform objects. Every custom object is served.
 */
const OFF_UI_API = new Set([
    ...STANDARD_OBJECTS.filter((spec) => !spec.uiApi).map((spec) => spec.name),
    ...PLATFORM_OBJECT_NAMES
]);

/** Objects whose records only the platform writes (OpportunityHistory), plus the platform objects. */
const PLATFORM_WRITTEN = new Set([
    ...STANDARD_OBJECTS.filter((spec) => spec.platformWritten === true).map((spec) => spec.name),
    ...PLATFORM_OBJECT_NAMES
]);

export class OrgModel {
    readonly schema: Schema;
    private readonly prefixByObject = new Map<string, string>();
    private readonly objectByPrefix = new Map<string, SObjectDescribe>();
    private readonly referencing = new Map<string, SObjectField[]>();
    private readonly stored = new WeakMap<SObjectDescribe, readonly SObjectField[]>();

    constructor(schema: Schema) {
        this.schema = schema;
        for (const object of schema.objects()) {
            for (const field of object.fields) {
                for (const target of field.referenceTo) {
                    const list = this.referencing.get(target) ?? [];
                    list.push(field);
                    this.referencing.set(target, list);
                }
            }
        }
    }

    /** Loads force-app (and the catalog) from a project directory and adds the platform objects. */
    static load(projectDir: string): OrgModel {
        const base = loadSchema(projectDir);
        return new OrgModel(
            new Schema(
                projectDir,
                [
                    ...base.objects(),
                    organizationObject(),
                    permissionSetObject(),
                    permissionSetAssignmentObject()
                ],
                base.issues
            )
        );
    }

    /** The same org seen through a narrower schema (a user's): the key prefixes carry over. */
    restrictedTo(schema: Schema): OrgModel {
        const view = new OrgModel(schema);
        for (const [objectName, prefix] of this.prefixByObject) {
            if (schema.object(objectName) !== undefined) {
                view.setKeyPrefix(objectName, prefix);
            }
        }
        return view;
    }

    objects(): readonly SObjectDescribe[] {
        return this.schema.objects();
    }

    /** An object by API name, matched case-insensitively as the REST API does. */
    object(name: string): SObjectDescribe | undefined {
        return this.schema.object(name, { ignoreCase: true });
    }

    /** The object named in a URL, or the REST API's NOT_FOUND. */
    requireObject(name: string): SObjectDescribe {
        const object = this.object(name);
        if (object === undefined) {
            throw notFound(`The requested resource does not exist`);
        }
        return object;
    }

    /** The object named in a request body, or INVALID_TYPE (as composite and bulk report it). */
    requireType(name: string): SObjectDescribe {
        const object = this.object(name);
        if (object === undefined) {
            throw invalidType(`sObject type '${name}' is not supported.`);
        }
        return object;
    }

    /** Whether the UI API and GraphQL serve the object (User Interface API guide, All Supported Objects). */
    onUiApi(object: SObjectDescribe): boolean {
        return !OFF_UI_API.has(object.name);
    }

    /**
     * An object the UI API serves, or its answer: 400 "Object Task is not supported in UI API" (the
     * wording LDS shows, as reported by developers; the error code is not documented), or NOT_FOUND.
     */
    requireUiApiObject(name: string): SObjectDescribe {
        const object = this.requireObject(name);
        if (!this.onUiApi(object)) {
            throw new SalesforceError(
                400,
                'INVALID_TYPE',
                `Object ${object.name} is not supported in UI API`
            );
        }
        return object;
    }

    /** Whether clients may create, update or delete its records (not OpportunityHistory). */
    clientWritable(object: SObjectDescribe): boolean {
        return !PLATFORM_WRITTEN.has(object.name);
    }

    field(objectName: string, fieldName: string): SObjectField | undefined {
        return this.schema.field(objectName, fieldName, { ignoreCase: true });
    }

    /** Fields that have a column (every type the local org stores), worked out once per object. */
    storedFields(object: SObjectDescribe): readonly SObjectField[] {
        let fields = this.stored.get(object);
        if (fields === undefined) {
            fields = object.fields.filter((field) => kindOf(field) !== undefined);
            this.stored.set(object, fields);
        }
        return fields;
    }

    setKeyPrefix(objectName: string, prefix: string): void {
        this.prefixByObject.set(objectName, prefix);
        const object = this.schema.object(objectName);
        if (object !== undefined) {
            this.objectByPrefix.set(prefix, object);
        }
    }

    keyPrefix(objectName: string): string {
        const prefix = this.prefixByObject.get(objectName);
        if (prefix === undefined) {
            throw new Error(`no key prefix for ${objectName}`);
        }
        return prefix;
    }

    /** The object an id belongs to, by its key prefix. */
    objectOfId(id: string): SObjectDescribe | undefined {
        return this.objectByPrefix.get(keyPrefixOf(id));
    }

    /** Every reference field (on any object) that may point at a record of objectName. */
    fieldsReferencing(objectName: string): readonly SObjectField[] {
        return this.referencing.get(objectName) ?? [];
    }
}

// Check (c): the permission sets grant what the data model intends — every optional custom field
// readable, editable unless a flow computes it or the object is read-only — and nothing the platform
// rejects on deploy (field permissions on required or master-detail fields, editable formulas,
// object permissions without the permissions they depend on, unknown objects or fields).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, projectPath } from '../../../schema/files';
import {
    ADD_ON_PERMISSION_SETS,
    GUARDED_FIELDS,
    guardOf,
    isFlowKey,
    PERMISSION_SETS,
    type ObjectAccess
} from '../policy';
import { suggestion, type Schema } from '../../../schema/schema';
import type { SObjectField } from '../../../schema/types';
import { bool, childNodes, parseMetadataXml, text } from '../../../schema/xml';
import type { Check, CheckContext, Finding } from './check';

interface FieldPermission {
    readonly field: string;
    readonly readable: boolean;
    readonly editable: boolean;
}

interface PermissionSetFile {
    readonly name: string;
    readonly file: string;
    /** tab name → visibility ('Visible', 'Available', 'None'). */
    readonly tabs: ReadonlyMap<string, string>;
    /** application name → visible. */
    readonly applications: ReadonlyMap<string, boolean>;
    readonly fields: readonly FieldPermission[];
    readonly objects: ReadonlyMap<string, ObjectAccess>;
    readonly duplicateObjects: readonly string[];
    /** The custom permissions it enables. */
    readonly customPermissions: readonly string[];
}

const SUFFIX = '.permissionset-meta.xml';

function readPermissionSets(context: CheckContext): PermissionSetFile[] {
    const sets: PermissionSetFile[] = [];
    for (const dir of context.packageDirs) {
        for (const absolute of listFiles(join(context.projectDir, dir))) {
            if (!absolute.endsWith(SUFFIX) || !absolute.includes('/permissionsets/')) {
                continue;
            }
            const parsed = parseMetadataXml(readFileSync(absolute, 'utf8'));
            if (parsed === null || parsed.rootTag !== 'PermissionSet') {
                continue; // the deploy check reports malformed XML
            }
            const objects = new Map<string, ObjectAccess>();
            const duplicateObjects: string[] = [];
            for (const node of childNodes(parsed.root, 'objectPermissions')) {
                const object = text(node, 'object') ?? '';
                if (objects.has(object)) {
                    duplicateObjects.push(object);
                }
                objects.set(object, {
                    create: bool(node, 'allowCreate'),
                    read: bool(node, 'allowRead'),
                    edit: bool(node, 'allowEdit'),
                    delete: bool(node, 'allowDelete'),
                    viewAll: bool(node, 'viewAllRecords'),
                    modifyAll: bool(node, 'modifyAllRecords')
                });
            }
            sets.push({
                name: absolute.slice(absolute.lastIndexOf('/') + 1, -SUFFIX.length),
                file: projectPath(context.projectDir, absolute),
                tabs: new Map(
                    childNodes(parsed.root, 'tabSettings').map((node) => [
                        text(node, 'tab') ?? '',
                        text(node, 'visibility') ?? ''
                    ])
                ),
                applications: new Map(
                    childNodes(parsed.root, 'applicationVisibilities').map((node) => [
                        text(node, 'application') ?? '',
                        bool(node, 'visible')
                    ])
                ),
                customPermissions: childNodes(parsed.root, 'customPermissions')
                    .filter((node) => bool(node, 'enabled'))
                    .map((node) => text(node, 'name') ?? ''),
                fields: childNodes(parsed.root, 'fieldPermissions').map((node) => ({
                    field: text(node, 'field') ?? '',
                    readable: bool(node, 'readable'),
                    editable: bool(node, 'editable')
                })),
                objects,
                duplicateObjects
            });
        }
    }
    return sets;
}

/** Fields a permission set must list: custom, optional, not master-detail. */
function needsFieldPermission(field: SObjectField): boolean {
    return field.custom && !field.required && field.type !== 'MasterDetail';
}

/** Why a field must be read-only in this permission set, or undefined when it should be editable. */
function readOnlyReason(field: SObjectField, set: PermissionSetFile): string | undefined {
    if (isFlowKey(field.objectName, field.name)) {
        return 'a key field a flow sets';
    }
    if (!field.updateable) {
        return field.formula !== undefined
            ? 'a formula field'
            : `a ${field.type} field the platform computes`;
    }
    const guard = guardOf(field.objectName, field.name);
    if (guard !== undefined && !set.customPermissions.includes(guard)) {
        return `editable only with the ${guard} custom permission`;
    }
    const access = set.objects.get(field.objectName);
    // Setting a field on create needs it editable too, so only an object the set can neither create
    // nor edit makes its fields read-only.
    if (access !== undefined && !access.edit && !access.create) {
        return `${field.objectName} is read-only in ${set.name}`;
    }
    return undefined;
}

const ACCESS_LABELS: readonly [keyof ObjectAccess, string, string][] = [
    ['create', 'Create', 'allowCreate'],
    ['read', 'Read', 'allowRead'],
    ['edit', 'Edit', 'allowEdit'],
    ['delete', 'Delete', 'allowDelete'],
    ['viewAll', 'View All', 'viewAllRecords'],
    ['modifyAll', 'Modify All', 'modifyAllRecords']
];

/** The platform's own dependencies between object permissions ("Edit depends on Read"). */
const DEPENDENCIES: readonly [keyof ObjectAccess, readonly (keyof ObjectAccess)[]][] = [
    ['create', ['read']],
    ['edit', ['read']],
    ['delete', ['read', 'edit']],
    ['viewAll', ['read']],
    ['modifyAll', ['read', 'edit', 'delete', 'viewAll']]
];

function describeAccess(access: ObjectAccess): string {
    const granted = ACCESS_LABELS.filter(([key]) => access[key]).map(([, label]) => label);
    return granted.length === 0 ? 'nothing' : granted.join('/');
}

function checkObjectPermissions(schema: Schema, set: PermissionSetFile, findings: Finding[]): void {
    for (const object of set.duplicateObjects) {
        findings.push({
            file: set.file,
            message: `lists <objectPermissions> for ${object} more than once`,
            fix: `keep one <objectPermissions> block for ${object}`
        });
    }
    for (const [objectName, access] of set.objects) {
        const object = schema.object(objectName);
        if (object === undefined) {
            findings.push({
                file: set.file,
                message: `grants <objectPermissions> on ${objectName}, which does not exist${suggestion(
                    objectName,
                    schema.objects().map((o) => o.name)
                )}`,
                fix: `correct or remove the <objectPermissions> for ${objectName}`
            });
            continue;
        }
        for (const [permission, requires] of DEPENDENCIES) {
            if (!access[permission]) {
                continue;
            }
            const missing = requires.filter((required) => !access[required]);
            if (missing.length > 0) {
                const labels = ACCESS_LABELS.filter(([key]) => missing.includes(key));
                findings.push({
                    file: set.file,
                    message: `grants ${ACCESS_LABELS.find(([key]) => key === permission)?.[1]} on ${objectName} without ${labels
                        .map(([, label]) => label)
                        .join(' and ')}; the platform rejects that ("depends on permission(s)")`,
                    fix: `set ${labels.map(([, , tag]) => `<${tag}>true</${tag}>`).join(' and ')} for ${objectName}`
                });
            }
        }
        // Access to a detail depends on reading its master; custom masters must be granted here.
        if (access.read) {
            for (const field of object.fields) {
                const [master] = field.referenceTo;
                if (
                    field.type !== 'MasterDetail' ||
                    master === undefined ||
                    !master.endsWith('__c')
                ) {
                    continue;
                }
                if (set.objects.get(master)?.read !== true) {
                    findings.push({
                        file: set.file,
                        message: `grants access to ${objectName} but not Read on its master ${master}; the platform rejects that`,
                        fix: `add <objectPermissions> with <allowRead>true</allowRead> for ${master}`
                    });
                }
            }
        }
    }
}

function checkIntendedObjectAccess(
    schema: Schema,
    set: PermissionSetFile,
    findings: Finding[]
): void {
    const intended = PERMISSION_SETS[set.name];
    if (intended === undefined) {
        return;
    }
    for (const object of schema.objects()) {
        if (!object.custom) {
            continue;
        }
        const wanted = intended[object.name];
        const actual = set.objects.get(object.name);
        if (wanted === undefined) {
            if (actual === undefined) {
                findings.push({
                    file: set.file,
                    message: `grants nothing on ${object.name}, and the data model names no access for it`,
                    fix: `add <objectPermissions> for ${object.name} and its access to scripts/metadata/policy.ts`
                });
            }
            continue;
        }
        if (actual === undefined) {
            findings.push({
                file: set.file,
                message: `has no <objectPermissions> for ${object.name}; the data model intends ${describeAccess(wanted)}`,
                fix: `add <objectPermissions> for ${object.name}: ${ACCESS_LABELS.map(([key, , tag]) => `${tag} ${String(wanted[key])}`).join(', ')}`
            });
            continue;
        }
        const differences = ACCESS_LABELS.filter(([key]) => wanted[key] !== actual[key]);
        if (differences.length > 0) {
            findings.push({
                file: set.file,
                message: `grants ${describeAccess(actual)} on ${object.name}; the data model intends ${describeAccess(wanted)}`,
                fix: `set ${differences.map(([key, , tag]) => `<${tag}>${String(wanted[key])}</${tag}>`).join(', ')} for ${object.name}`
            });
        }
    }
}

function checkFieldPermissions(schema: Schema, set: PermissionSetFile, findings: Finding[]): void {
    const seen = new Set<string>();
    for (const permission of set.fields) {
        if (seen.has(permission.field)) {
            findings.push({
                file: set.file,
                message: `lists <fieldPermissions> for ${permission.field} more than once`,
                fix: `keep one <fieldPermissions> block for ${permission.field}`
            });
        }
        seen.add(permission.field);
        const [objectName = '', fieldName = ''] = permission.field.split('.');
        const field = schema.field(objectName, fieldName);
        if (field === undefined) {
            findings.push({
                file: set.file,
                message: `grants <fieldPermissions> on ${permission.field}, which does not exist${suggestion(
                    fieldName,
                    schema.fields(objectName).map((f) => f.name)
                )}`,
                fix: `correct or remove the <fieldPermissions> for ${permission.field}`
            });
            continue;
        }
        if (field.required || field.type === 'MasterDetail' || field.system) {
            const why =
                field.type === 'MasterDetail'
                    ? 'a master-detail field'
                    : field.system
                      ? 'a system field'
                      : 'a required field';
            findings.push({
                file: set.file,
                message: `grants <fieldPermissions> on ${permission.field}, ${why}; the platform rejects field permissions on it (it is always visible)`,
                fix: `remove the <fieldPermissions> for ${permission.field} from ${set.file}`
            });
            continue;
        }
        if (permission.editable && !permission.readable) {
            findings.push({
                file: set.file,
                message: `makes ${permission.field} editable but not readable; the platform rejects that`,
                fix: `set <readable>true</readable> for ${permission.field}`
            });
        }
        if (permission.editable && !field.updateable) {
            findings.push({
                file: set.file,
                message: `makes ${permission.field} editable, but it is ${field.formula !== undefined ? 'a formula' : `a ${field.type}`} field; the platform rejects that`,
                fix: `set <editable>false</editable> for ${permission.field}`
            });
        }
    }
}

function checkCoverage(schema: Schema, set: PermissionSetFile, findings: Finding[]): void {
    const byField = new Map(set.fields.map((permission) => [permission.field, permission]));
    for (const object of schema.objects()) {
        for (const field of object.fields) {
            if (!needsFieldPermission(field)) {
                continue;
            }
            const name = `${field.objectName}.${field.name}`;
            const reason = readOnlyReason(field, set);
            const editable = reason === undefined;
            const permission = byField.get(name);
            const access = `readable true, editable ${String(editable)}${reason === undefined ? '' : ` (${reason})`}`;
            if (permission === undefined) {
                findings.push({
                    file: set.file,
                    message: `has no <fieldPermissions> for ${name}, so ${set.name} users cannot see it`,
                    fix: `add <fieldPermissions> for ${name} (${access}) to ${set.file}`
                });
                continue;
            }
            if (!permission.readable) {
                findings.push({
                    file: set.file,
                    message: `makes ${name} unreadable`,
                    fix: `set <readable>true</readable> for ${name}`
                });
            }
            if (permission.editable !== editable && (field.updateable || permission.editable)) {
                findings.push({
                    file: set.file,
                    message: editable
                        ? `makes ${name} read-only, but ${set.name} may create or edit ${field.objectName}`
                        : `makes ${name} editable, but it is ${reason ?? 'read-only'}`,
                    fix: `set <editable>${String(editable)}</editable> for ${name} in ${set.file}`
                });
            }
        }
    }
}

/**
 * An add-on set (policy.ts): exactly the object access the data model names for it, and the guarded
 * fields its custom permissions unlock editable.
 */
function checkAddOn(schema: Schema, set: PermissionSetFile, findings: Finding[]): void {
    const intended = PERMISSION_SETS[set.name] ?? {};
    for (const [objectName, access] of set.objects) {
        if (intended[objectName] === undefined) {
            findings.push({
                file: set.file,
                message: `grants ${describeAccess(access)} on ${objectName}, which the data model does not name for this add-on set`,
                fix: `remove the <objectPermissions> for ${objectName} or add it to scripts/metadata/policy.ts`
            });
        }
    }
    const byField = new Map(set.fields.map((permission) => [permission.field, permission]));
    for (const guard of GUARDED_FIELDS) {
        if (!set.customPermissions.includes(guard.customPermission)) {
            continue;
        }
        for (const fieldName of guard.fields) {
            const name = `${guard.objectName}.${fieldName}`;
            if (schema.field(guard.objectName, fieldName) && byField.get(name)?.editable !== true) {
                findings.push({
                    file: set.file,
                    message: `enables ${guard.customPermission} but does not make ${name} editable`,
                    fix: `add <fieldPermissions> for ${name} (readable true, editable true) to ${set.file}`
                });
            }
        }
    }
}

/** Names of the custom tabs and apps the project defines (from tabs/*.tab-meta.xml, applications/*.app-meta.xml). */
function definedNames(context: CheckContext, folder: string, suffix: string): Set<string> {
    const names = new Set<string>();
    for (const dir of context.packageDirs) {
        for (const absolute of listFiles(join(context.projectDir, dir))) {
            if (absolute.includes(`/${folder}/`) && absolute.endsWith(suffix)) {
                names.add(absolute.slice(absolute.lastIndexOf('/') + 1, -suffix.length));
            }
        }
    }
    return names;
}

/** Tabs and apps a permission set names must exist; the data model's sets show every app tab. */
function checkTabsAndApps(
    set: PermissionSetFile,
    tabs: ReadonlySet<string>,
    apps: ReadonlySet<string>,
    intended: boolean,
    findings: Finding[]
): void {
    for (const tab of set.tabs.keys()) {
        if (!tab.startsWith('standard-') && !tabs.has(tab)) {
            findings.push({
                file: set.file,
                message: `sets <tabSettings> for tab ${tab}, which the project does not define`,
                fix: `add tabs/${tab}.tab-meta.xml or remove the <tabSettings>`
            });
        }
    }
    for (const app of set.applications.keys()) {
        if (!app.startsWith('standard__') && !apps.has(app)) {
            findings.push({
                file: set.file,
                message: `sets <applicationVisibilities> for app ${app}, which the project does not define`,
                fix: `add applications/${app}.app-meta.xml or remove the <applicationVisibilities>`
            });
        }
    }
    if (!intended) {
        return;
    }
    for (const tab of tabs) {
        if (set.tabs.get(tab) !== 'Visible') {
            findings.push({
                file: set.file,
                message: `does not make tab ${tab} Visible (${set.tabs.get(tab) ?? 'no <tabSettings>'})`,
                fix: `add <tabSettings><tab>${tab}</tab><visibility>Visible</visibility></tabSettings>`
            });
        }
    }
    for (const app of apps) {
        if (set.applications.get(app) !== true) {
            findings.push({
                file: set.file,
                message: `does not make app ${app} visible`,
                fix: `add <applicationVisibilities><application>${app}</application><visible>true</visible></applicationVisibilities>`
            });
        }
    }
}

export const permissionSets: Check = {
    name: 'permission sets grant the intended access and nothing the platform rejects',
    run(context) {
        const findings: Finding[] = [];
        const sets = readPermissionSets(context);
        const packageDir = context.packageDirs[0] ?? 'force-app';
        for (const [name, intended] of Object.entries(PERMISSION_SETS)) {
            // An add-on set is needed where the objects it grants are (a project may have fewer).
            const needed =
                !ADD_ON_PERMISSION_SETS.includes(name) ||
                Object.keys(intended).some((object) => context.schema.object(object) !== undefined);
            if (needed && !sets.some((set) => set.name === name)) {
                findings.push({
                    file: `${packageDir}/main/default/permissionsets/${name}${SUFFIX}`,
                    message: `is missing: the data model defines permission set ${name}`,
                    fix: `add ${packageDir}/main/default/permissionsets/${name}${SUFFIX}`
                });
            }
        }
        const tabs = definedNames(context, 'tabs', '.tab-meta.xml');
        const apps = definedNames(context, 'applications', '.app-meta.xml');
        for (const set of sets) {
            checkTabsAndApps(
                set,
                tabs,
                apps,
                PERMISSION_SETS[set.name] !== undefined &&
                    !ADD_ON_PERMISSION_SETS.includes(set.name),
                findings
            );
            checkObjectPermissions(context.schema, set, findings);
            checkFieldPermissions(context.schema, set, findings);
            if (ADD_ON_PERMISSION_SETS.includes(set.name)) {
                checkAddOn(context.schema, set, findings);
            } else if (PERMISSION_SETS[set.name] !== undefined) {
                checkIntendedObjectAccess(context.schema, set, findings);
                checkCoverage(context.schema, set, findings);
            }
        }
        return Promise.resolve(findings);
    }
};

// The permission sets of force-app as the local org enforces them: object permissions (create, read,
// edit, delete, view all, modify all) and field permissions (readable, editable), read from each
// .permissionset-meta.xml at start (Metadata API Developer Guide, PermissionSet).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bool, childNodes, parseMetadataXml, text } from '../../../schema/xml';

export interface ObjectPermissions {
    readonly create: boolean;
    readonly read: boolean;
    readonly edit: boolean;
    readonly delete: boolean;
    readonly viewAll: boolean;
    readonly modifyAll: boolean;
}

export interface FieldPermissions {
    readonly readable: boolean;
    readonly editable: boolean;
}

/** What a profile or a permission set grants. */
export interface PermissionGrant {
    readonly name: string;
    readonly label: string;
    /** Object API name → its permissions. */
    readonly objects: ReadonlyMap<string, ObjectPermissions>;
    /** 'Object.Field' → its permissions. */
    readonly fields: ReadonlyMap<string, FieldPermissions>;
    /** The custom permissions it enables (@salesforce/customPermission/<name> is true). */
    readonly customPermissions: readonly string[];
}

const FOLDER = ['force-app', 'main', 'default', 'permissionsets'];
const SUFFIX = '.permissionset-meta.xml';

/** Every permission set of the project (none when the folder is missing). */
export function loadPermissionSets(projectDir: string): PermissionGrant[] {
    const dir = join(projectDir, ...FOLDER);
    let files: string[];
    try {
        files = readdirSync(dir).filter((file) => file.endsWith(SUFFIX));
    } catch {
        return [];
    }
    return files.sort().flatMap((file) => {
        const parsed = parseMetadataXml(readFileSync(join(dir, file), 'utf8'));
        if (parsed === null || parsed.rootTag !== 'PermissionSet') {
            return []; // check:metadata reports malformed files
        }
        const name = file.slice(0, -SUFFIX.length);
        const objects = new Map<string, ObjectPermissions>();
        for (const node of childNodes(parsed.root, 'objectPermissions')) {
            objects.set(text(node, 'object') ?? '', {
                create: bool(node, 'allowCreate'),
                read: bool(node, 'allowRead'),
                edit: bool(node, 'allowEdit'),
                delete: bool(node, 'allowDelete'),
                viewAll: bool(node, 'viewAllRecords'),
                modifyAll: bool(node, 'modifyAllRecords')
            });
        }
        const fields = new Map<string, FieldPermissions>();
        for (const node of childNodes(parsed.root, 'fieldPermissions')) {
            fields.set(text(node, 'field') ?? '', {
                readable: bool(node, 'readable'),
                editable: bool(node, 'editable')
            });
        }
        const customPermissions = childNodes(parsed.root, 'customPermissions')
            .filter((node) => bool(node, 'enabled'))
            .map((node) => text(node, 'name') ?? '');
        return [
            { name, label: text(parsed.root, 'label') ?? name, objects, fields, customPermissions }
        ];
    });
}

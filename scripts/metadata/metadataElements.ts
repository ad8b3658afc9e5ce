// Checks that a metadata XML file uses only elements its type has in the Metadata API schema. The
// schema is the one jsforce generates from the Metadata WSDL; a deploy rejects an unknown element
// ("Element {…}lable invalid at this location") but source-deploy-retrieve passes it through.
// jsforce's copy predates API 66.0 (Flow, for one, lacks apiVersion), so only the types below are
// checked — the hand-written data model, permission sets, report types, reports, dashboards, their
// folders and public groups, where typos are likely — and elements added since then are listed in
// NEWER_ELEMENTS.
import { ApiSchemas } from 'jsforce/lib/api/metadata/schema';
import type { XmlNode, XmlValue } from './xml';

interface TypeSchema {
    readonly type: string;
    readonly props: Readonly<Record<string, string | readonly string[]>>;
    readonly extends?: string;
}

const SCHEMAS: Readonly<Record<string, TypeSchema | undefined>> = ApiSchemas;

/** Root types whose schema is current enough to judge. */
export const CHECKED_TYPES: ReadonlySet<string> = new Set([
    'CustomField',
    'CustomObject',
    'ValidationRule',
    'PermissionSet',
    'CustomTab',
    'CustomLabel',
    'CompactLayout',
    'ReportType',
    'Report',
    'Dashboard',
    'ReportFolder',
    'DashboardFolder',
    'Group'
]);

/** Valid elements newer than jsforce's schema: type → element names. */
export const NEWER_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
    PermissionSetObjectPermissions: ['viewAllFields'],
    // Group.description: Metadata API 62.0 and later (Metadata API Developer Guide, Group).
    Group: ['description']
};

/** Every property of a type, its ancestors' included. */
function propsOf(typeName: string): Map<string, string | readonly string[]> {
    const props = new Map<string, string | readonly string[]>();
    let current = SCHEMAS[typeName];
    while (current !== undefined) {
        for (const [name, type] of Object.entries(current.props)) {
            if (!props.has(name)) {
                props.set(name, type);
            }
        }
        current = current.extends === undefined ? undefined : SCHEMAS[current.extends];
    }
    for (const name of NEWER_ELEMENTS[typeName] ?? []) {
        props.set(name, '?string');
    }
    return props;
}

/** The complex type a property holds ('?ValueSet' → 'ValueSet', ['CustomValue'] → 'CustomValue'). */
function elementType(type: string | readonly string[]): string | undefined {
    const name = (typeof type === 'string' ? type : (type[type.length - 1] ?? '')).replace(
        /^\?/,
        ''
    );
    return SCHEMAS[name] === undefined ? undefined : name;
}

export function isKnownMetadataType(typeName: string): boolean {
    return SCHEMAS[typeName] !== undefined;
}

export interface UnknownElement {
    /** Path of the element from the root, e.g. 'CustomField.valueSet.valueSetDefinition.vaule'. */
    readonly path: string;
    readonly element: string;
    readonly parentType: string;
    readonly suggestions: readonly string[];
}

/** Elements of a parsed metadata document that its type does not have. */
export function unknownElements(rootType: string, root: XmlNode): UnknownElement[] {
    const found: UnknownElement[] = [];
    const visit = (typeName: string, node: XmlNode, path: string): void => {
        const props = propsOf(typeName);
        for (const [element, value] of Object.entries(node)) {
            const type = props.get(element);
            if (type === undefined) {
                found.push({
                    path: `${path}.${element}`,
                    element,
                    parentType: typeName,
                    suggestions: [...props.keys()]
                });
                continue;
            }
            const child = elementType(type);
            if (child === undefined) {
                continue; // a simple value, or content the schema keeps opaque (targetConfigs)
            }
            for (const item of Array.isArray(value)
                ? (value as readonly XmlValue[])
                : [value as XmlValue]) {
                if (typeof item === 'object' && !Array.isArray(item)) {
                    visit(child, item as XmlNode, `${path}.${element}`);
                }
            }
        }
    };
    if (CHECKED_TYPES.has(rootType) && isKnownMetadataType(rootType)) {
        visit(rootType, root, rootType);
    }
    return found;
}

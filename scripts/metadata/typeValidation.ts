// Judges one metadata XML file against the Metadata API types from @salesforce/types: every element is
// one its parent's type has, every true/false and number is one, every enum value is in its enum.
// Limits of the source: the declarations come from a later API version than the project's, so an
// element added after it passes here; repeated elements are declared as required arrays, so absence
// is never judged (nor is any element's absence); lengths are not in the declarations (limits.ts).
import type { ElementType, MetadataTypes } from './metadataTypes';
import { suggestion } from '../../schema/schema';
import { xmlElements } from './xmlElements';

export interface TypeProblem {
    readonly line: number;
    /** Element names from the root, e.g. 'CustomField.valueSet.valueSetDefinition.vaule'. */
    readonly path: string;
    readonly message: string;
    readonly fix: string;
}

/** The complex type that owns the last element of path, or null when an ancestor is unknown/opaque. */
export function ownerType(types: MetadataTypes, path: readonly string[]): string | null {
    let typeName = path[0] ?? '';
    for (const name of path.slice(1, -1)) {
        const spec = types.elementsOf(typeName)?.get(name);
        if (spec?.type.kind !== 'complex') {
            return null;
        }
        typeName = spec.type.name;
    }
    return typeName;
}

function valueProblem(type: ElementType, text: string): string | null {
    switch (type.kind) {
        case 'boolean':
            return text === 'true' || text === 'false' ? null : 'is not true or false';
        case 'number':
            return text.trim() !== '' && Number.isFinite(Number(text)) ? null : 'is not a number';
        case 'enum':
            return type.values.includes(text) ? null : `is not a value of ${type.name}`;
        case 'complex':
            return text.trim() === '' ? null : `is text where ${type.name} expects child elements`;
        default:
            return null;
    }
}

/** Every way the document departs from its metadata type; [] for a root type the package lacks. */
export function typeProblems(xml: string, types: MetadataTypes): TypeProblem[] {
    const elements = xmlElements(xml);
    const root = elements[elements.length - 1];
    if (root === undefined || root.path.length !== 1) {
        return [];
    }
    const rootType = root.path[0] ?? '';
    if (types.elementsOf(rootType) === undefined) {
        return [
            {
                line: root.line,
                path: rootType,
                message: `has the root element <${rootType}>, which is not a Metadata API type`,
                fix: 'name the root element after the metadata type of the file (e.g. <CustomField>)'
            }
        ];
    }
    // A string-typed element with child elements is opaque content the declarations do not model
    // (LightningComponentBundle.targetConfigs): nothing below it is judged.
    const opaque = new Set<string>();
    const problems: TypeProblem[] = [];
    for (const element of [...elements].sort((a, b) => a.path.length - b.path.length)) {
        if (element.path.length < 2) {
            continue;
        }
        const path = element.path.join('.');
        const parentPath = element.path.slice(0, -1).join('.');
        if (
            [...opaque].some(
                (prefix) => parentPath === prefix || parentPath.startsWith(`${prefix}.`)
            )
        ) {
            continue;
        }
        const owner = ownerType(types, element.path);
        if (owner === null) {
            continue;
        }
        const name = element.path[element.path.length - 1] ?? '';
        const spec = types.elementsOf(owner)?.get(name);
        if (spec === undefined) {
            opaque.add(path);
            const known = [...(types.elementsOf(owner)?.keys() ?? [])];
            problems.push({
                line: element.line,
                path,
                message: `has <${name}> in ${parentPath}, which ${owner} does not have in the Metadata API types (@salesforce/types)${suggestion(name, known)}; a deploy rejects it`,
                fix: `correct or remove <${name}> (${owner} has ${known.join(', ')})`
            });
            continue;
        }
        if (element.text === null) {
            if (spec.type.kind === 'string' || spec.type.kind === 'any') {
                opaque.add(path);
            }
            continue;
        }
        const problem = valueProblem(spec.type, element.text);
        if (problem !== null) {
            problems.push({
                line: element.line,
                path,
                message: `has <${name}>${element.text}</${name}> in ${parentPath}, which ${problem}`,
                fix:
                    spec.type.kind === 'enum'
                        ? `use one of: ${spec.type.values.join(', ')}`
                        : `write a ${spec.type.kind === 'complex' ? spec.type.name : spec.type.kind} value`
            });
        }
    }
    return problems.sort((a, b) => a.line - b.line);
}

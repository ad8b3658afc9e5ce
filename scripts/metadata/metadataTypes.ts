// The Metadata API's types — every metadata type, its elements, their value types and enum values —
// read with the TypeScript compiler API from the declarations Salesforce publishes in @salesforce/types
// (lib/metadata.d.ts, generated from the Metadata WSDL). No list of element names is kept here.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';

/** What one element holds. Repeated elements are arrays in the declarations; in XML they may be absent. */
export type ElementType =
    | { readonly kind: 'string' | 'number' | 'boolean' | 'any' }
    | { readonly kind: 'enum'; readonly name: string; readonly values: readonly string[] }
    | { readonly kind: 'complex'; readonly name: string };

export interface ElementSpec {
    readonly type: ElementType;
    readonly repeated: boolean;
}

export interface MetadataTypes {
    /** The elements of a complex type (its base types' included), or undefined for an unknown type. */
    elementsOf(typeName: string): ReadonlyMap<string, ElementSpec> | undefined;
}

/** The declarations file of the pinned @salesforce/types package (beside its exported ./metadata). */
export function metadataDeclarationsPath(): string {
    return join(dirname(require.resolve('@salesforce/types/metadata')), 'metadata.d.ts');
}

type Alias =
    | {
          readonly kind: 'object';
          readonly bases: readonly string[];
          readonly members: ts.TypeElement[];
      }
    | { readonly kind: 'enum'; readonly values: readonly string[] }
    | { readonly kind: 'primitive'; readonly primitive: 'string' | 'number' | 'boolean' | 'any' }
    | { readonly kind: 'alias'; readonly target: string };

function primitiveOf(node: ts.TypeNode): 'string' | 'number' | 'boolean' | 'any' | undefined {
    switch (node.kind) {
        case ts.SyntaxKind.StringKeyword:
            return 'string';
        case ts.SyntaxKind.NumberKeyword:
            return 'number';
        case ts.SyntaxKind.BooleanKeyword:
            return 'boolean';
        case ts.SyntaxKind.AnyKeyword:
        case ts.SyntaxKind.UnknownKeyword:
            return 'any';
        default:
            return undefined;
    }
}

function referenceName(node: ts.TypeNode): string | undefined {
    return ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)
        ? node.typeName.text
        : undefined;
}

function aliasOf(node: ts.TypeNode, typeName: string): Alias {
    const primitive = primitiveOf(node);
    if (primitive !== undefined) {
        return { kind: 'primitive', primitive };
    }
    const reference = referenceName(node);
    if (reference !== undefined) {
        return { kind: 'alias', target: reference };
    }
    if (ts.isTypeLiteralNode(node)) {
        return { kind: 'object', bases: [], members: [...node.members] };
    }
    if (ts.isIntersectionTypeNode(node)) {
        const bases: string[] = [];
        const members: ts.TypeElement[] = [];
        for (const part of node.types) {
            const base = referenceName(part);
            if (base !== undefined) {
                bases.push(base);
            } else if (ts.isTypeLiteralNode(part)) {
                members.push(...part.members);
            } else {
                throw new Error(
                    `@salesforce/types: ${typeName} has an intersection part we cannot read`
                );
            }
        }
        return { kind: 'object', bases, members };
    }
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) {
        return { kind: 'enum', values: [node.literal.text] };
    }
    if (ts.isUnionTypeNode(node)) {
        const values = node.types.map((part) =>
            ts.isLiteralTypeNode(part) && ts.isStringLiteral(part.literal)
                ? part.literal.text
                : null
        );
        if (values.every((value): value is string => value !== null)) {
            return { kind: 'enum', values };
        }
    }
    throw new Error(`@salesforce/types: cannot read the declaration of ${typeName}`);
}

/** Reads the declarations text (metadata.d.ts) into the type model. Throws on a shape it cannot read. */
export function parseMetadataTypes(declarations: string): MetadataTypes {
    const source = ts.createSourceFile('metadata.d.ts', declarations, ts.ScriptTarget.Latest);
    const aliases = new Map<string, Alias>();
    for (const statement of source.statements) {
        if (ts.isTypeAliasDeclaration(statement)) {
            aliases.set(statement.name.text, aliasOf(statement.type, statement.name.text));
        }
    }
    const resolve = (name: string, seen: Set<string> = new Set()): Alias | undefined => {
        const alias = aliases.get(name);
        if (alias?.kind !== 'alias' || seen.has(name)) {
            return alias;
        }
        seen.add(name);
        return resolve(alias.target, seen);
    };
    const finalName = (name: string): string => {
        let current = name;
        for (
            let alias = aliases.get(current);
            alias?.kind === 'alias';
            alias = aliases.get(current)
        ) {
            current = alias.target;
        }
        return current;
    };
    const elementType = (node: ts.TypeNode): ElementType => {
        const primitive = primitiveOf(node);
        if (primitive !== undefined) {
            return { kind: primitive };
        }
        const reference = referenceName(node);
        const alias = reference === undefined ? undefined : resolve(reference);
        if (reference === undefined || alias === undefined) {
            return { kind: 'any' };
        }
        if (alias.kind === 'enum') {
            return { kind: 'enum', name: finalName(reference), values: alias.values };
        }
        if (alias.kind === 'primitive') {
            return { kind: alias.primitive };
        }
        return { kind: 'complex', name: finalName(reference) };
    };
    const cache = new Map<string, ReadonlyMap<string, ElementSpec>>();
    const elementsOf = (typeName: string): ReadonlyMap<string, ElementSpec> | undefined => {
        const cached = cache.get(typeName);
        if (cached !== undefined) {
            return cached;
        }
        const alias = resolve(typeName);
        if (alias?.kind !== 'object') {
            return undefined;
        }
        const elements = new Map<string, ElementSpec>();
        for (const base of alias.bases) {
            for (const [name, spec] of elementsOf(base) ?? []) {
                elements.set(name, spec);
            }
        }
        for (const member of alias.members) {
            if (!ts.isPropertySignature(member) || member.type === undefined) {
                continue;
            }
            const name = member.name.getText(source);
            const repeated = ts.isArrayTypeNode(member.type);
            const type = elementType(
                ts.isArrayTypeNode(member.type) ? member.type.elementType : member.type
            );
            elements.set(name, { type, repeated });
        }
        cache.set(typeName, elements);
        return elements;
    };
    return { elementsOf };
}

let loaded: MetadataTypes | undefined;

/** The type model of the installed @salesforce/types, read once per process. */
export function metadataTypes(): MetadataTypes {
    loaded ??= parseMetadataTypes(readFileSync(metadataDeclarationsPath(), 'utf8'));
    return loaded;
}

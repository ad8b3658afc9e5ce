// Which record fields a panel's GraphQL query selects, where they sit in the response, and which of
// them field-level security may hide from a user: read from the query text with the graphql parser
// and the project's schema. Used by the law test on the panels' queries and by `atlas doctor`.
import { Kind, parse, type FieldNode, type SelectionSetNode } from 'graphql';
import type { Schema, SObjectField } from '../../../schema/schema';

/** Salesforce GraphQL's directive for a field the query should survive without (API 65.0+). */
export const OPTIONAL_DIRECTIVE = 'optional';

/** One field (or parent relationship) selected on the records at `path` of the response. */
export interface SelectedField {
    objectApiName: string;
    /** The field's API name; for a parent relationship, its lookup field (AccountId for Account). */
    fieldApiName: string;
    /** The name as selected: the field, or the relationship name (Account, Verified_By__r). */
    selectedAs: string;
    /** Keys from `data` to the record nodes, with 'edges' meaning "every edge's node". */
    path: readonly string[];
    optional: boolean;
    /** The line of the query text it is selected on (1 = the first line). */
    line: number;
}

/** A selection that carries @optional where the platform does not allow it (Id, edges, node…). */
export interface MisplacedOptional {
    selectedAs: string;
    path: readonly string[];
}

export interface QueryFields {
    fields: SelectedField[];
    misplaced: MisplacedOptional[];
}

/**
 * Whether field-level security can hide the field from a user who can read its object. Mirrors the
 * describe's `permissionable`: required fields (master-detail included), the name, the owner and
 * fields the platform sets are always readable; every other custom field, and a standard field a
 * user may write (Amount, AccountId, Title, Industry…), can be hidden by a profile or permission set.
 */
export function mayBeHiddenByFieldSecurity(field: SObjectField): boolean {
    if (field.required || field.system || field.name === 'Name' || field.name === 'OwnerId') {
        return false;
    }
    return field.custom || field.createable || field.updateable;
}

function isOptional(node: FieldNode): boolean {
    return (node.directives ?? []).some((directive) => directive.name.value === OPTIONAL_DIRECTIVE);
}

function fieldsOf(selectionSet: SelectionSetNode | undefined): FieldNode[] {
    return (selectionSet?.selections ?? []).filter(
        (selection): selection is FieldNode => selection.kind === Kind.FIELD
    );
}

/** The response key of a selection: its alias when it has one. */
function keyOf(node: FieldNode): string {
    return node.alias?.value ?? node.name.value;
}

class Walker {
    readonly fields: SelectedField[] = [];
    readonly misplaced: MisplacedOptional[] = [];
    private readonly schema: Schema;

    constructor(schema: Schema) {
        this.schema = schema;
    }

    structural(node: FieldNode, path: readonly string[]): void {
        if (isOptional(node)) {
            this.misplaced.push({ selectedAs: node.name.value, path });
        }
    }

    /** `Object(…) { edges { node { … } } pageInfo totalCount }` at `path`. */
    connection(objectApiName: string, node: FieldNode, path: readonly string[]): void {
        for (const part of fieldsOf(node.selectionSet)) {
            this.structural(part, path);
            if (part.name.value !== 'edges') {
                continue;
            }
            for (const edgePart of fieldsOf(part.selectionSet)) {
                this.structural(edgePart, [...path, 'edges']);
                if (edgePart.name.value === 'node') {
                    this.record(objectApiName, edgePart.selectionSet, [...path, 'edges', 'node']);
                }
            }
        }
    }

    /** The fields of the records at `path`. */
    record(
        objectApiName: string,
        selectionSet: SelectionSetNode | undefined,
        path: string[]
    ): void {
        for (const node of fieldsOf(selectionSet)) {
            const name = node.name.value;
            if (name === 'Id' || name === '__typename') {
                this.structural(node, path);
                continue;
            }
            const field = this.schema.field(objectApiName, name);
            if (field !== undefined) {
                this.fields.push({
                    objectApiName,
                    fieldApiName: field.name,
                    selectedAs: name,
                    path,
                    optional: isOptional(node),
                    line: node.loc?.startToken.line ?? 0
                });
                continue;
            }
            const parent = this.schema.parentRelationship(objectApiName, name);
            if (parent !== undefined) {
                this.fields.push({
                    objectApiName,
                    fieldApiName: parent.field.name,
                    selectedAs: name,
                    path,
                    optional: isOptional(node),
                    line: node.loc?.startToken.line ?? 0
                });
                const [target] = parent.referenceTo;
                if (!parent.polymorphic && target !== undefined) {
                    this.record(target, node.selectionSet, [...path, keyOf(node)]);
                }
                continue;
            }
            const child = this.schema.childRelationship(objectApiName, name);
            if (child !== undefined) {
                this.structural(node, path);
                this.connection(child.childObject, node, [...path, keyOf(node)]);
            }
        }
    }
}

/** The record fields a query selects under uiapi.query (aggregates and objectInfos carry none). */
export function queryFields(schema: Schema, queryText: string): QueryFields {
    const walker = new Walker(schema);
    for (const definition of parse(queryText).definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) {
            continue;
        }
        for (const uiapi of fieldsOf(definition.selectionSet)) {
            for (const section of fieldsOf(uiapi.selectionSet)) {
                if (section.name.value !== 'query') {
                    continue;
                }
                for (const objectNode of fieldsOf(section.selectionSet)) {
                    const objectApiName = objectNode.name.value;
                    walker.structural(objectNode, [keyOf(uiapi), 'query']);
                    if (schema.object(objectApiName) !== undefined) {
                        walker.connection(objectApiName, objectNode, [
                            keyOf(uiapi),
                            'query',
                            keyOf(objectNode)
                        ]);
                    }
                }
            }
        }
    }
    return { fields: walker.fields, misplaced: walker.misplaced };
}

/**
 * The optional fields of a query, per object (each name once, sorted), as the readers list them:
 * fields only, since a parent relationship is hidden exactly when its lookup field is.
 */
export function optionalFieldsByObject(fields: readonly SelectedField[]): Record<string, string[]> {
    const byObject: Record<string, Set<string>> = {};
    for (const field of fields) {
        if (field.optional && field.selectedAs === field.fieldApiName) {
            (byObject[field.objectApiName] ??= new Set()).add(field.selectedAs);
        }
    }
    return Object.fromEntries(
        Object.entries(byObject)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([objectApiName, names]) => [objectApiName, [...names].sort()])
    );
}

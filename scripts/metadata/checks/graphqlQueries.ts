// Check (b-ii): every gql`…` document in the LWC TypeScript sources parses, and every object, field,
// parent and child relationship it names — in selections and in where/orderBy/groupBy arguments, in
// queries, aggregates and mutations — exists in the schema and is used the way the UI API expects.
import { parse, Kind, GraphQLError } from 'graphql';
import type {
    ASTNode,
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    ObjectValueNode,
    SelectionSetNode,
    ValueNode
} from 'graphql';
import { suggestion, type Schema } from '../../../schema/schema';
import type { ParentRelationship, SObjectField } from '../../../schema/types';
import type { SourceFile } from '../sources';
import { projectSources, type Check, type Finding } from './check';
import { builtQueriesOf, gqlTemplates, type GqlTemplate } from '../panelQueries';
import { recordMarkFindings, recordTypesOf, type RecordTypes } from './recordTypes';

export { gqlTemplates, type GqlTemplate };

/** Sub-fields of a field value object ({ value displayValue }). */
const VALUE_SUBFIELDS = new Set(['value', 'displayValue', 'format', 'label', '__typename']);
/** Scalars every record node has besides its fields. */
const RECORD_SCALARS = new Set(['Id', 'ApiName', 'WeakEtag', 'DisplayValue', '__typename']);
const AGGREGATE_FUNCTIONS = new Set([
    'avg',
    'count',
    'countDistinct',
    'grouping',
    'max',
    'min',
    'sum'
]);
const PAGE_INFO_FIELDS = new Set([
    'hasNextPage',
    'hasPreviousPage',
    'startCursor',
    'endCursor',
    '__typename'
]);

type Mode = 'query' | 'aggregate';

/** Walks one GraphQL document against the schema, collecting findings. */
class QueryWalker {
    readonly findings: Finding[] = [];
    private readonly schema: Schema;
    private readonly file: string;
    private readonly firstLine: number;
    private readonly fragments = new Map<string, FragmentDefinitionNode>();

    constructor(schema: Schema, file: string, firstLine: number) {
        this.schema = schema;
        this.file = file;
        this.firstLine = firstLine;
    }

    private report(node: ASTNode, message: string, fix: string): void {
        const line =
            node.loc === undefined ? this.firstLine : this.firstLine + node.loc.startToken.line - 1;
        this.findings.push({ file: this.file, line, message, fix });
    }

    private unknown(
        node: ASTNode,
        what: string,
        name: string,
        objectName: string,
        candidates: readonly string[]
    ): void {
        this.report(
            node,
            `GraphQL names ${what} ${name} on ${objectName}, which does not exist${suggestion(name, candidates)}`,
            `correct the name in the gql query (custom fields end in __c, relationships in __r)`
        );
    }

    document(document: DocumentNode): void {
        for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) {
                this.fragments.set(definition.name.value, definition);
            }
        }
        for (const definition of document.definitions) {
            if (definition.kind === Kind.OPERATION_DEFINITION) {
                for (const field of fieldsOf(definition.selectionSet)) {
                    if (field.name.value === 'uiapi' && field.selectionSet !== undefined) {
                        if (definition.operation === 'mutation') {
                            this.mutations(field.selectionSet);
                        } else {
                            this.uiapi(field.selectionSet);
                        }
                    } else if (field.name.value !== '__typename') {
                        this.report(
                            field,
                            `GraphQL operation selects ${field.name.value}; the Salesforce GraphQL API has only uiapi at the root`,
                            'wrap the query in uiapi { query { … } }'
                        );
                    }
                }
            } else if (definition.kind === Kind.FRAGMENT_DEFINITION) {
                const objectName = definition.typeCondition.name.value;
                if (this.schema.object(objectName) === undefined) {
                    this.report(
                        definition,
                        `GraphQL fragment ${definition.name.value} is on ${objectName}, which is no object in the schema`,
                        'correct the object name after "on"'
                    );
                }
            }
        }
    }

    private uiapi(selectionSet: SelectionSetNode): void {
        for (const field of fieldsOf(selectionSet)) {
            const name = field.name.value;
            if (name === 'query' || name === 'aggregate') {
                const mode: Mode = name;
                for (const objectField of fieldsOf(field.selectionSet)) {
                    const objectName = objectField.name.value;
                    if (objectName === '__typename') {
                        continue;
                    }
                    if (this.schema.object(objectName) === undefined) {
                        this.report(
                            objectField,
                            `GraphQL queries object ${objectName}, which does not exist${suggestion(
                                objectName,
                                this.schema.objects().map((o) => o.name)
                            )}`,
                            'correct the object API name'
                        );
                        continue;
                    }
                    this.connection(objectName, objectField, mode, 0);
                }
            } else if (name === 'objectInfos') {
                this.objectInfos(field);
            }
        }
    }

    private objectInfos(field: FieldNode): void {
        const apiNames = field.arguments?.find((argument) => argument.name.value === 'apiNames');
        const values =
            apiNames === undefined
                ? []
                : apiNames.value.kind === Kind.LIST
                  ? apiNames.value.values
                  : [apiNames.value];
        for (const value of values) {
            if (value.kind === Kind.STRING && this.schema.object(value.value) === undefined) {
                this.report(
                    value,
                    `GraphQL objectInfos names ${value.value}, which is no object`,
                    'correct the object API name'
                );
            }
        }
    }

    /** A connection: `Object(where…) { edges { node { … } } pageInfo totalCount }`. */
    private connection(objectName: string, field: FieldNode, mode: Mode, depth: number): void {
        for (const argument of field.arguments ?? []) {
            const name = argument.name.value;
            if (name === 'where') {
                this.filter(objectName, argument.value);
            } else if (name === 'orderBy' || name === 'groupBy') {
                this.ordering(objectName, argument.value, name);
            }
        }
        if (field.selectionSet === undefined) {
            this.report(
                field,
                `GraphQL selects ${field.name.value} without { edges { node { … } } }`,
                'select edges { node { … } }'
            );
            return;
        }
        for (const child of fieldsOf(field.selectionSet)) {
            const name = child.name.value;
            if (name === 'edges') {
                for (const edgeField of fieldsOf(child.selectionSet)) {
                    if (edgeField.name.value === 'node') {
                        this.record(objectName, edgeField.selectionSet, mode, depth);
                    } else if (
                        edgeField.name.value !== 'cursor' &&
                        edgeField.name.value !== '__typename'
                    ) {
                        this.report(
                            edgeField,
                            `GraphQL selects edges.${edgeField.name.value}; an edge has only node and cursor`,
                            'select node { … } or cursor'
                        );
                    }
                }
            } else if (name === 'pageInfo') {
                for (const info of fieldsOf(child.selectionSet)) {
                    if (!PAGE_INFO_FIELDS.has(info.name.value)) {
                        this.report(
                            info,
                            `GraphQL selects pageInfo.${info.name.value}, which does not exist`,
                            `select one of ${[...PAGE_INFO_FIELDS].join(', ')}`
                        );
                    }
                }
            } else if (name !== 'totalCount' && name !== '__typename') {
                this.report(
                    child,
                    `GraphQL selects ${name} on the ${objectName} connection; a connection has edges, pageInfo and totalCount`,
                    `move ${name} inside edges { node { … } }`
                );
            }
        }
    }

    /** The fields of one record node. */
    private record(
        objectName: string,
        selectionSet: SelectionSetNode | undefined,
        mode: Mode,
        depth: number
    ): void {
        if (selectionSet === undefined) {
            return;
        }
        for (const selection of selectionSet.selections) {
            if (selection.kind === Kind.INLINE_FRAGMENT) {
                const type = selection.typeCondition?.name.value ?? objectName;
                if (type !== objectName) {
                    this.report(
                        selection,
                        `GraphQL has "... on ${type}" inside a ${objectName} record`,
                        `use "... on ${objectName}" or remove the fragment`
                    );
                    continue;
                }
                this.record(objectName, selection.selectionSet, mode, depth);
                continue;
            }
            if (selection.kind === Kind.FRAGMENT_SPREAD) {
                const fragment = this.fragments.get(selection.name.value);
                if (fragment === undefined) {
                    this.report(
                        selection,
                        `GraphQL spreads fragment ${selection.name.value}, which the document does not define`,
                        'define the fragment in the same gql document'
                    );
                } else if (fragment.typeCondition.name.value !== objectName) {
                    this.report(
                        selection,
                        `GraphQL spreads fragment ${fragment.name.value} (on ${fragment.typeCondition.name.value}) into a ${objectName} record`,
                        `spread a fragment on ${objectName}`
                    );
                } else {
                    this.record(objectName, fragment.selectionSet, mode, depth);
                }
                continue;
            }
            this.recordField(objectName, selection, mode, depth);
        }
    }

    private recordField(objectName: string, node: FieldNode, mode: Mode, depth: number): void {
        const name = node.name.value;
        if (mode === 'aggregate' && name === 'aggregate') {
            this.aggregateRecord(objectName, node.selectionSet);
            return;
        }
        if (RECORD_SCALARS.has(name)) {
            if (node.selectionSet !== undefined) {
                this.report(
                    node,
                    `GraphQL selects ${name} { … }, but ${name} is a scalar on every record`,
                    `select ${name} without a sub-selection`
                );
            }
            return;
        }
        const field = this.schema.field(objectName, name);
        if (field !== undefined) {
            this.fieldValue(field, node);
            return;
        }
        const parent = this.schema.parentRelationship(objectName, name);
        if (parent !== undefined) {
            this.parent(parent, node, mode, depth);
            return;
        }
        const child = this.schema.childRelationship(objectName, name);
        if (child !== undefined) {
            if (depth > 0) {
                this.report(
                    node,
                    `GraphQL nests child relationship ${name} inside another child relationship; the wire adapter supports one level`,
                    'query the grandchildren in their own top-level query or through a parent path'
                );
            }
            this.connection(child.childObject, node, mode, depth + 1);
            return;
        }
        const object = this.schema.object(objectName);
        this.unknown(node, 'field or relationship', name, objectName, [
            ...(object?.fields.map((f) => f.name) ?? []),
            ...(object?.parentRelationships.map((r) => r.name) ?? []),
            ...(object?.childRelationships.map((r) => r.name) ?? [])
        ]);
    }

    private fieldValue(field: SObjectField, node: FieldNode): void {
        if (node.selectionSet === undefined) {
            this.report(
                node,
                `GraphQL selects ${field.objectName}.${field.name} without { value }`,
                `select ${field.name} { value }`
            );
            return;
        }
        for (const sub of fieldsOf(node.selectionSet)) {
            if (!VALUE_SUBFIELDS.has(sub.name.value)) {
                const relationship = field.relationshipName;
                this.report(
                    sub,
                    `GraphQL selects ${field.name}.${sub.name.value}; a field value has only value, displayValue, format and label`,
                    relationship !== undefined
                        ? `select the parent's fields through the relationship: ${relationship} { ${sub.name.value} { value } }`
                        : `select ${field.name} { value }`
                );
            }
        }
    }

    private parent(
        relationship: ParentRelationship,
        node: FieldNode,
        mode: Mode,
        depth: number
    ): void {
        if (node.selectionSet === undefined) {
            this.report(
                node,
                `GraphQL selects relationship ${relationship.name} without a sub-selection`,
                `select ${relationship.name} { Id }`
            );
            return;
        }
        const [target] = relationship.referenceTo;
        if (!relationship.polymorphic && target !== undefined) {
            this.record(target, node.selectionSet, mode, depth);
            return;
        }
        for (const selection of node.selectionSet.selections) {
            if (selection.kind === Kind.INLINE_FRAGMENT) {
                const type = selection.typeCondition?.name.value;
                if (type === undefined || !relationship.referenceTo.includes(type)) {
                    this.report(
                        selection,
                        `GraphQL has "... on ${type ?? '?'}" in ${relationship.objectName}.${relationship.name}, which can be ${relationship.referenceTo.join(' or ')}`,
                        `use one of ${relationship.referenceTo.map((t) => `... on ${t}`).join(', ')}`
                    );
                    continue;
                }
                this.record(type, selection.selectionSet, mode, depth);
            } else if (selection.kind === Kind.FIELD && selection.name.value !== '__typename') {
                this.report(
                    selection,
                    `GraphQL selects ${selection.name.value} directly on polymorphic ${relationship.objectName}.${relationship.name} (${relationship.referenceTo.join(' or ')})`,
                    `wrap it in "... on ${relationship.referenceTo.includes('User') ? 'User' : (target ?? 'Type')} { … }"`
                );
            }
        }
    }

    /** `aggregate { Amount { sum { value } } StageName { value } }` in an aggregate query. */
    private aggregateRecord(objectName: string, selectionSet: SelectionSetNode | undefined): void {
        for (const node of fieldsOf(selectionSet)) {
            const name = node.name.value;
            if (name === '__typename') {
                continue;
            }
            const field = this.schema.field(objectName, name);
            if (field !== undefined) {
                for (const sub of fieldsOf(node.selectionSet)) {
                    if (AGGREGATE_FUNCTIONS.has(sub.name.value)) {
                        this.fieldValue(field, sub);
                    } else if (!VALUE_SUBFIELDS.has(sub.name.value)) {
                        this.report(
                            sub,
                            `GraphQL aggregates ${name} with ${sub.name.value}, which is not an aggregate function`,
                            `use one of ${[...AGGREGATE_FUNCTIONS].join(', ')}`
                        );
                    }
                }
                continue;
            }
            const parent = this.schema.parentRelationship(objectName, name);
            const [target] = parent?.referenceTo ?? [];
            if (parent !== undefined && target !== undefined) {
                this.aggregateRecord(target, node.selectionSet);
                continue;
            }
            this.unknown(
                node,
                'field',
                name,
                objectName,
                this.schema.fields(objectName).map((f) => f.name)
            );
        }
    }

    /** A where: filter on objectName. */
    private filter(objectName: string, value: ValueNode): void {
        if (value.kind === Kind.LIST) {
            for (const item of value.values) {
                this.filter(objectName, item);
            }
            return;
        }
        if (value.kind !== Kind.OBJECT) {
            return; // a $variable: its content is not in the source
        }
        for (const entry of value.fields) {
            const key = entry.name.value;
            if (key === 'and' || key === 'or' || key === 'not') {
                this.filter(objectName, entry.value);
                continue;
            }
            const field = this.schema.field(objectName, key);
            if (field !== undefined) {
                this.operators(entry.value);
                continue;
            }
            const parent = this.schema.parentRelationship(objectName, key);
            if (parent !== undefined) {
                const [target] = parent.referenceTo;
                if (!parent.polymorphic && target !== undefined) {
                    this.filter(target, entry.value);
                } else if (entry.value.kind === Kind.OBJECT) {
                    for (const typed of entry.value.fields) {
                        if (parent.referenceTo.includes(typed.name.value)) {
                            this.filter(typed.name.value, typed.value);
                        } else {
                            this.report(
                                typed,
                                `GraphQL filters polymorphic ${objectName}.${key} by ${typed.name.value}, which it cannot be`,
                                `use one of ${parent.referenceTo.join(', ')}`
                            );
                        }
                    }
                }
                continue;
            }
            this.unknown(entry, 'filter field', key, objectName, [
                ...this.schema.fields(objectName).map((f) => f.name),
                ...(this.schema.object(objectName)?.parentRelationships.map((r) => r.name) ?? [])
            ]);
        }
    }

    /** The operators object of one field; only semi-joins (inq/ninq) name more schema. */
    private operators(value: ValueNode): void {
        if (value.kind !== Kind.OBJECT) {
            return;
        }
        for (const operator of value.fields) {
            if (
                (operator.name.value === 'inq' || operator.name.value === 'ninq') &&
                operator.value.kind === Kind.OBJECT
            ) {
                this.semiJoin(operator.value);
            }
        }
    }

    /**
     * `inq: { Opportunity: { StageName: {…} }, ApiName: "AccountId" }` — Salesforce documents
     * ApiName beside the object filter (it names the field of that object to join on); an ApiName
     * inside the object filter is accepted too.
     */
    private semiJoin(value: ObjectValueNode): void {
        const siblingApiName = value.fields.find((f) => f.name.value === 'ApiName');
        for (const entry of value.fields) {
            const objectName = entry.name.value;
            if (objectName === 'ApiName') {
                continue;
            }
            if (this.schema.object(objectName) === undefined) {
                this.report(
                    entry,
                    `GraphQL semi-join names object ${objectName}, which does not exist`,
                    'correct the object API name'
                );
                continue;
            }
            if (entry.value.kind !== Kind.OBJECT) {
                continue;
            }
            const filters = entry.value.fields.filter((f) => f.name.value !== 'ApiName');
            const apiName =
                entry.value.fields.find((f) => f.name.value === 'ApiName') ?? siblingApiName;
            if (
                apiName?.value.kind === Kind.STRING &&
                this.schema.field(objectName, apiName.value.value) === undefined
            ) {
                this.unknown(
                    apiName,
                    'semi-join field',
                    apiName.value.value,
                    objectName,
                    this.schema.fields(objectName).map((f) => f.name)
                );
            }
            this.filter(objectName, { ...entry.value, fields: filters });
        }
    }

    /** orderBy / groupBy: field names, possibly through parent relationships. */
    private ordering(objectName: string, value: ValueNode, argument: string): void {
        if (value.kind === Kind.LIST) {
            for (const item of value.values) {
                this.ordering(objectName, item, argument);
            }
            return;
        }
        if (value.kind !== Kind.OBJECT) {
            return;
        }
        for (const entry of value.fields) {
            const key = entry.name.value;
            if (this.schema.field(objectName, key) !== undefined) {
                continue;
            }
            const parent = this.schema.parentRelationship(objectName, key);
            const [target] = parent?.referenceTo ?? [];
            if (parent !== undefined && target !== undefined) {
                this.ordering(target, entry.value, argument);
                continue;
            }
            this.unknown(
                entry,
                `${argument} field`,
                key,
                objectName,
                this.schema.fields(objectName).map((f) => f.name)
            );
        }
    }

    /** `uiapi { Buying_Center__cCreate(input: { Buying_Center__c: { … } }) { Record { … } } }`. */
    private mutations(selectionSet: SelectionSetNode): void {
        for (const node of fieldsOf(selectionSet)) {
            const match = /^(.+)(Create|Update|Delete)$/.exec(node.name.value);
            const objectName = match?.[1];
            const action = match?.[2];
            if (
                objectName === undefined ||
                action === undefined ||
                this.schema.object(objectName) === undefined
            ) {
                if (node.name.value !== '__typename') {
                    this.report(
                        node,
                        `GraphQL mutation ${node.name.value} is not <Object>Create, <Object>Update or <Object>Delete for an object in the schema`,
                        'correct the object API name'
                    );
                }
                continue;
            }
            const input = node.arguments?.find(
                (argument) => argument.name.value === 'input'
            )?.value;
            if (input?.kind === Kind.OBJECT) {
                for (const entry of input.fields) {
                    if (entry.name.value === objectName && entry.value.kind === Kind.OBJECT) {
                        for (const value of entry.value.fields) {
                            const field = this.schema.field(objectName, value.name.value);
                            if (field === undefined) {
                                this.unknown(
                                    value,
                                    'input field',
                                    value.name.value,
                                    objectName,
                                    this.schema.fields(objectName).map((f) => f.name)
                                );
                            } else if (
                                action === 'Create' ? !field.createable : !field.updateable
                            ) {
                                this.report(
                                    value,
                                    `GraphQL ${action.toLowerCase()}s ${objectName}.${field.name}, which is not ${action === 'Create' ? 'createable' : 'updateable'}`,
                                    `remove ${field.name} from the input`
                                );
                            }
                        }
                    }
                }
            }
            for (const result of fieldsOf(node.selectionSet)) {
                if (result.name.value === 'Record') {
                    this.record(objectName, result.selectionSet, 'query', 0);
                }
            }
        }
    }
}

/** Field selections of a selection set (fragments are handled by the record walker). */
function fieldsOf(selectionSet: SelectionSetNode | undefined): FieldNode[] {
    return (selectionSet?.selections ?? []).filter(
        (selection): selection is FieldNode => selection.kind === Kind.FIELD
    );
}

/** Findings for one gql template of one file. */
export function checkGqlTemplate(schema: Schema, file: string, template: GqlTemplate): Finding[] {
    if (template.substitutions > 0) {
        return [
            {
                file,
                line: template.line,
                message: `gql template has ${template.substitutions} \${…} substitution(s), so its query cannot be read or checked offline`,
                fix: 'write the query as static text, or build it in c/atlasRecords and list it in BUILT_QUERIES (then gql`${NAME}` is checked as built); pass values through GraphQL variables'
            }
        ];
    }
    let document: DocumentNode;
    try {
        document = parse(template.text);
    } catch (error) {
        const location = error instanceof GraphQLError ? error.locations?.[0] : undefined;
        return [
            {
                file,
                line: template.line + (location?.line ?? 1) - 1,
                message: `gql query does not parse: ${error instanceof Error ? error.message : String(error)}`,
                fix: 'fix the GraphQL syntax'
            }
        ];
    }
    const walker = new QueryWalker(schema, file, template.line);
    walker.document(document);
    return walker.findings;
}

function isLwcTypeScript(source: SourceFile): boolean {
    return source.path.endsWith('.ts') && source.path.includes('/lwc/');
}

/** Whether a gql template is exactly `gql\`${NAME}\`` for a text of BUILT_QUERIES (checked itself). */
export function isBuiltReference(template: GqlTemplate, builtNames: ReadonlySet<string>): boolean {
    const [reference] = template.references;
    return (
        template.substitutions === 1 &&
        template.text.trim() === '' &&
        reference !== undefined &&
        builtNames.has(reference)
    );
}

const MODEL_FILE = 'force-app/main/default/lwc/atlasModel/atlasModel.ts';

export const graphqlQueries: Check = {
    name: 'GraphQL queries in LWC sources, and those c/atlasRecords builds, name existing objects, fields and relationships, and select every field of the record types they are read as',
    run(context) {
        const findings: Finding[] = [];
        const built = builtQueriesOf(context.projectDir);
        const builtNames = new Set(built.map((query) => query.name));
        const model = projectSources(context).find((source) => source.path === MODEL_FILE);
        const recordTypes = recordTypesOf(MODEL_FILE, model?.text ?? '');
        for (const source of projectSources(context)) {
            if (!isLwcTypeScript(source) || !source.text.includes('gql')) {
                continue;
            }
            for (const template of gqlTemplates(source.path, source.text)) {
                if (isBuiltReference(template, builtNames)) {
                    continue;
                }
                findings.push(...checkGqlTemplate(context.schema, source.path, template));
                if (template.substitutions === 0) {
                    findings.push(
                        ...recordMarkFindings(
                            source.path,
                            template.line,
                            template.text,
                            recordTypes
                        )
                    );
                }
            }
        }
        for (const query of built) {
            const file = `force-app/main/default/lwc/atlasRecords/${query.file}`;
            findings.push(...checkBuiltQuery(context.schema, recordTypes, file, query.text));
        }
        return Promise.resolve(findings);
    }
};

/** Findings for one built query text: the schema walk and the record types it is read as. */
export function checkBuiltQuery(
    schema: Schema,
    recordTypes: RecordTypes,
    file: string,
    text: string
): Finding[] {
    return [
        ...checkGqlTemplate(schema, file, { line: 1, text, substitutions: 0, references: [] }),
        ...recordMarkFindings(file, 1, text, recordTypes)
    ];
}

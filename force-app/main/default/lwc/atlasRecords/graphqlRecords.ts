// Reads the UI API GraphQL response shape — { edges: [{ node: { Field: { value, displayValue } } }] } —
// into the flat records the helper modules take: Id plus one plain value per field API name; and
// names the optional fields the response left out because field-level security hides them.
import { isRecord } from 'c/atlasValues';
import type { ObjectFields } from './objectFields';

/** A field as GraphQL returns it. */
export interface GraphQLField<T = unknown> {
    value: T | null;
    displayValue?: string | null;
}

/** A child relationship or a query result as GraphQL returns it. */
export interface GraphQLConnection<N = GraphQLNode> {
    edges?: ({ node?: N | null; cursor?: string } | null)[] | null;
    pageInfo?: { hasNextPage?: boolean; endCursor?: string | null } | null;
    totalCount?: number | null;
}

export type GraphQLNode = Record<string, unknown>;

function isField(value: unknown): value is GraphQLField {
    return isRecord(value) && 'value' in value;
}

function isConnection(value: unknown): value is GraphQLConnection {
    return isRecord(value) && 'edges' in value;
}

/** The nodes of a connection, skipping null edges; an absent connection has none. */
export function nodesOf<N = GraphQLNode>(connection: GraphQLConnection<N> | null | undefined): N[] {
    const nodes: N[] = [];
    for (const edge of connection?.edges ?? []) {
        if (edge?.node) {
            nodes.push(edge.node);
        }
    }
    return nodes;
}

/**
 * One node as a flat record: `Id` and every `{ value }` field become plain values; parent records
 * (nested nodes without `value`) are flattened under their relationship name; child connections
 * are left out — read them with nodesOf(node.Relationship).
 */
export function flattenNode(node: GraphQLNode): Record<string, unknown> {
    const record: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
        if (key === 'Id' || key === 'id') {
            record.Id = isField(value) ? value.value : value;
        } else if (isField(value)) {
            record[key] = value.value;
        } else if (isConnection(value)) {
            continue;
        } else if (isRecord(value)) {
            record[key] = flattenNode(value);
        } else if (value === null) {
            record[key] = null;
        }
    }
    return record;
}

/** The connection of one object under data.uiapi.query; absent ones read as empty. */
export function queryConnection(data: unknown, objectApiName: string): GraphQLConnection {
    const uiapi = isRecord(data) ? data.uiapi : undefined;
    const query = isRecord(uiapi) ? uiapi.query : undefined;
    const connection = isRecord(query) ? query[objectApiName] : undefined;
    return isConnection(connection) ? connection : {};
}

/** The nodes of a child relationship of a node (`node.Members__r`); an absent one has none. */
export function childNodesOf(node: GraphQLNode, relationship: string): GraphQLNode[] {
    const connection = node[relationship];
    return isConnection(connection) ? nodesOf(connection) : [];
}

/** A parent record's text field, flattened ({ Name: 'x' }), or null. */
export function parentText(
    record: Record<string, unknown>,
    relationship: string,
    field: string
): string | null {
    const parent = record[relationship];
    const value = isRecord(parent) ? parent[field] : undefined;
    return typeof value === 'string' ? value : null;
}

/**
 * Whether a flat record is one of the list's records: it has an Id and every field the list
 * selects plainly (GraphQL answers each selected field, null when empty; only `@optional` fields
 * may be absent).
 */
function isRecordOf<R>(
    record: Record<string, unknown>,
    list: ObjectFields<R>
): record is Record<string, unknown> & R & { Id: string } {
    return typeof record.Id === 'string' && list.fields.every((field) => field in record);
}

/**
 * One node as the record its field list describes. A node without an Id or a plainly selected
 * field was not read with the list's selection: that is a query bug, so it fails loudly here
 * rather than reaching a helper as undefined.
 */
export function recordOf<R>(node: GraphQLNode, list: ObjectFields<R>): R & { Id: string } {
    const record = flattenNode(node);
    if (isRecordOf(record, list)) {
        return record;
    }
    const missing = ['Id', ...list.fields].filter((field) => !(field in record));
    throw new Error(
        `A ${list.objectApiName} record in the GraphQL answer lacks ${missing.join(', ')}: select the object with selectionOf(${list.recordType}'s field list).`
    );
}

/** A parent record (`Contact__r`) as its list's record, or null when absent or hidden. */
export function parentRecordOf<R>(
    node: GraphQLNode,
    relationship: string,
    list: ObjectFields<R>
): (R & { Id: string }) | null {
    const parent = node[relationship];
    return isRecord(parent) ? recordOf(parent, list) : null;
}

/** The flat records of a connection. */
export function recordsOf<R>(connection: GraphQLConnection | null | undefined): R[] {
    return nodesOf(connection).map((node) => flattenNode(node) as R);
}

/**
 * A field the query marks `@optional` and the response leaves out: field-level security hides it
 * from this user. A hidden field is absent from the flat record (undefined), never null: null means
 * the user may read the field and it is empty. (Salesforce GraphQL API, optional fields, API 65.0+:
 * https://developer.salesforce.com/docs/platform/graphql/guide/query-record-examples.html — "the
 * query succeeds and returns the Id field but not the EmployeeNumber field or any subfields".)
 */
export interface HiddenField {
    objectApiName: string;
    fieldApiName: string;
}

/** The optional fields each object's records select in one query, by object API name. */
export type OptionalFields = Readonly<Record<string, readonly string[]>>;

/**
 * The fields of `fieldApiNames` that the nodes leave out. A field counts as hidden only when every
 * node leaves it out (the platform hides a field for all records alike); with no nodes nothing can
 * be told, so nothing is hidden.
 */
export function hiddenFieldsOf(
    nodes: readonly GraphQLNode[],
    objectApiName: string,
    fieldApiNames: readonly string[] | undefined
): HiddenField[] {
    if (nodes.length === 0) {
        return [];
    }
    return (fieldApiNames ?? [])
        .filter((fieldApiName) => nodes.every((node) => !(fieldApiName in node)))
        .map((fieldApiName) => ({ objectApiName, fieldApiName }));
}

/** Hidden fields from several reads, each named once, in a stable order (object, then field). */
export function uniqueHiddenFields(...lists: readonly HiddenField[][]): HiddenField[] {
    const byKey = new Map<string, HiddenField>();
    for (const field of lists.flat()) {
        byKey.set(`${field.objectApiName}.${field.fieldApiName}`, field);
    }
    return [...byKey.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, field]) => field);
}

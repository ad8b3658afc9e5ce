// Reads the UI API GraphQL response shape — { edges: [{ node: { Field: { value, displayValue } } }] } —
// into the flat records the helper modules take: Id plus one plain value per field API name.

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

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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

/** The flat records of a connection. */
export function recordsOf<R>(connection: GraphQLConnection | null | undefined): R[] {
    return nodesOf(connection).map((node) => flattenNode(node) as R);
}

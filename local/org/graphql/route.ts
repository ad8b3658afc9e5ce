// POST /services/data/vNN.N/graphql: parses, validates (cached per query text) and executes a
// document against the UI API schema. As on the platform, GraphQL errors come back with HTTP 200 in
// { data, errors }, each error with an ErrorType (InvalidSyntax, ValidationError,
// DataFetchingException) in its extensions.
import {
    execute,
    GraphQLError,
    type ExecutionResult,
    parse,
    validate,
    type DocumentNode,
    type GraphQLSchema,
    type OperationDefinitionNode
} from 'graphql';
import { SalesforceError } from '../errors';
import { json, type Router } from '../http';
import { isPromise } from 'node:util/types';
import type { LocalOrg } from '../org';
import { api } from '../versions';
import type { GqlContext } from './connection';
import type { OrgModel } from '../model';
import { withoutUnreadableOptionalFields } from './optionalFields';
import { buildGraphqlSchema } from './schema';

type ErrorType =
    'InvalidSyntax' | 'ValidationError' | 'DataFetchingException' | 'OperationNotSupported';

interface ErrorEntry {
    message: string;
    locations: { line: number; column: number }[];
    path?: readonly (string | number)[];
    extensions: { ErrorType: ErrorType; classification: ErrorType };
}

function formatError(error: GraphQLError, type: ErrorType): ErrorEntry {
    const entry: ErrorEntry = {
        message: error.message,
        locations: (error.locations ?? []).map((location) => ({
            line: location.line,
            column: location.column
        })),
        extensions: { ErrorType: type, classification: type }
    };
    if (error.path !== undefined) {
        entry.path = error.path;
    }
    return entry;
}

/** Unsupported parts of the platform's GraphQL API, named in the error instead of "undefined field". */
function explainValidation(error: GraphQLError): GraphQLError {
    if (/subscription/i.test(error.message) && /not configured/.test(error.message)) {
        return new GraphQLError(
            'The Account Atlas local org does not implement GraphQL subscriptions.',
            { nodes: error.nodes }
        );
    }
    return error;
}

const CACHE_LIMIT = 200;

/** Thrown inside the transaction to undo a mutation whose operations did not all succeed. */
class RollBack extends Error {}

/**
 * Runs a mutation in one transaction. With allOrNone (the platform's default) a failed operation
 * rolls every operation back, and the successful ones answer null: nothing was saved.
 */
function runMutation(
    org: LocalOrg,
    run: () => ExecutionResult,
    context: GqlContext
): ExecutionResult {
    let result: ExecutionResult = { data: null };
    try {
        org.store.transaction(() => {
            result = run();
            if ((result.errors ?? []).length > 0 && context.mutation.allOrNone) {
                throw new RollBack();
            }
        });
    } catch (error) {
        if (!(error instanceof RollBack)) {
            throw error;
        }
        const uiapi = result.data?.uiapi;
        const cleared =
            typeof uiapi === 'object' && uiapi !== null
                ? Object.fromEntries(Object.keys(uiapi).map((key) => [key, null]))
                : null;
        result = { ...result, data: { uiapi: cleared } };
    }
    return result;
}

export function registerGraphql(router: Router, org: LocalOrg): void {
    // One schema per distinct schema view (the administrator's built at start, so the first
    // request does not pay for it): a user's schema lacks the objects and fields they cannot read.
    const schemas = new Map<OrgModel, GraphQLSchema>();
    const documentCaches = new Map<
        GraphQLSchema,
        Map<string, DocumentNode | { errors: ErrorEntry[] }>
    >();
    const schemaFor = (model: OrgModel): GraphQLSchema => {
        let built = schemas.get(model);
        if (built === undefined) {
            built = buildGraphqlSchema(model);
            schemas.set(model, built);
        }
        return built;
    };
    schemaFor(org.model);

    /** Parsed and validated once per distinct query text and schema. */
    const prepare = (
        query: string,
        activeSchema: GraphQLSchema
    ): DocumentNode | { errors: ErrorEntry[] } => {
        let documents = documentCaches.get(activeSchema);
        if (documents === undefined) {
            documents = new Map();
            documentCaches.set(activeSchema, documents);
        }
        const cached = documents.get(query);
        if (cached !== undefined) {
            return cached;
        }
        let prepared: DocumentNode | { errors: ErrorEntry[] };
        try {
            // Fields marked @optional that this user cannot read leave the query (and the answer).
            const document = withoutUnreadableOptionalFields(activeSchema, parse(query));
            const problems = validate(activeSchema, document);
            prepared =
                problems.length > 0
                    ? {
                          errors: problems.map((problem) =>
                              formatError(explainValidation(problem), 'ValidationError')
                          )
                      }
                    : document;
        } catch (error) {
            prepared = {
                errors: [
                    formatError(
                        error instanceof GraphQLError ? error : new GraphQLError(String(error)),
                        'InvalidSyntax'
                    )
                ]
            };
        }
        if (documents.size >= CACHE_LIMIT) {
            const oldest = documents.keys().next().value;
            if (oldest !== undefined) {
                documents.delete(oldest);
            }
        }
        documents.set(query, prepared);
        return prepared;
    };

    api(router, 'POST', '/graphql', async (request) => {
        const body = await request.jsonObject();
        const query = body.query;
        if (typeof query !== 'string' || query.trim() === '') {
            return json(200, {
                data: null,
                errors: [
                    formatError(
                        new GraphQLError('A GraphQL request needs a "query" string'),
                        'InvalidSyntax'
                    )
                ]
            });
        }
        const variables = body.variables ?? {};
        if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) {
            throw new SalesforceError(
                400,
                'JSON_PARSER_ERROR',
                '"variables" must be a JSON object'
            );
        }
        const schema = schemaFor(org.model);
        const prepared = prepare(query, schema);
        if ('errors' in prepared) {
            return json(200, { data: null, errors: prepared.errors });
        }
        const operations = prepared.definitions.filter(
            (definition): definition is OperationDefinitionNode =>
                definition.kind === 'OperationDefinition'
        );
        const operationName =
            typeof body.operationName === 'string' ? body.operationName : undefined;
        if (operations.length > 1 && operationName === undefined) {
            return json(200, {
                data: null,
                errors: [
                    formatError(
                        new GraphQLError(
                            'Must provide operation name if query contains multiple operations.'
                        ),
                        'OperationNotSupported'
                    )
                ]
            });
        }
        const context: GqlContext = {
            org,
            now: org.store.today(),
            parents: new Map(),
            rawVariables: variables as Record<string, unknown>,
            mutation: { allOrNone: true }
        };
        const run = (): ExecutionResult => {
            const result = execute({
                schema: schema as GraphQLSchema,
                document: prepared,
                variableValues: variables as Record<string, unknown>,
                operationName,
                contextValue: context
            });
            if (isPromise(result)) {
                throw new Error('GraphQL resolvers of the local org are synchronous');
            }
            return result;
        };
        const operation =
            operationName === undefined
                ? operations[0]
                : operations.find((candidate) => candidate.name?.value === operationName);
        // Reads run inside one transaction, so a response never mixes states of concurrent writes;
        // a mutation with allOrNone (the default) that fails anywhere writes nothing.
        const result =
            operation?.operation === 'mutation'
                ? runMutation(org, run, context)
                : org.store.transaction(run);
        const errors = (result.errors ?? []).map((error) =>
            formatError(
                explainValidation(error),
                error.path === undefined ? 'ValidationError' : 'DataFetchingException'
            )
        );
        return json(200, { data: result.data ?? null, errors });
    });
}

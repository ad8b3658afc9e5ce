// composite/tree (what `sf data import tree` posts: nested records, all or none) and
// composite/sobjects (collections of up to 200 records, with or without allOrNone).
import { asSalesforceError, SalesforceError } from './errors';
import { json, type Reply, type Router } from './http';
import { normalizeId } from './ids';
import type { LocalOrg } from './org';
import { rowToApi } from './records';
import { api } from './versions';

const MAX_RECORDS = 200;
const MAX_TREE_DEPTH = 5;

interface ErrorEntry {
    readonly statusCode: string;
    readonly message: string;
    readonly fields: readonly string[];
}

function errorEntry(error: unknown): ErrorEntry {
    const failure = asSalesforceError(error);
    return { statusCode: failure.errorCode, message: failure.message, fields: failure.fields };
}

/** Thrown inside a transaction to roll it back after collecting per-record results. */
class RollBack extends Error {}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function recordsOf(body: Record<string, unknown>): Record<string, unknown>[] {
    const records = body.records;
    if (!Array.isArray(records) || !records.every(isObject)) {
        throw new SalesforceError(
            400,
            'JSON_PARSER_ERROR',
            'The request body needs a "records" array of objects'
        );
    }
    return records;
}

interface TreeNode {
    readonly type: string;
    readonly referenceId: string;
    readonly fields: Record<string, unknown>;
    readonly children: { relationship: string; nodes: TreeNode[] }[];
}

export function registerComposite(router: Router, org: LocalOrg): void {
    const { store } = org;

    api(router, 'POST', '/composite/tree/:object', async (request, [name = '']) => {
        const object = org.model.requireObject(name);
        const records = recordsOf(await request.jsonObject());
        const referenceIds = new Set<string>();
        let count = 0;
        const parse = (
            raw: Record<string, unknown>,
            expectedType: string,
            depth: number
        ): TreeNode => {
            if (depth > MAX_TREE_DEPTH) {
                throw new SalesforceError(
                    400,
                    'INVALID_INPUT',
                    `The tree is deeper than ${MAX_TREE_DEPTH} levels`
                );
            }
            count++;
            const attributes = isObject(raw.attributes) ? raw.attributes : {};
            const type = typeof attributes.type === 'string' ? attributes.type : '';
            const referenceId =
                typeof attributes.referenceId === 'string' ? attributes.referenceId : '';
            if (type.toLowerCase() !== expectedType.toLowerCase()) {
                throw new SalesforceError(
                    400,
                    'INVALID_INPUT',
                    `Record ${referenceId} has type '${type}' but ${expectedType} was expected`
                );
            }
            if (referenceId === '') {
                throw new SalesforceError(
                    400,
                    'INVALID_INPUT',
                    'Include a reference ID for each record in the request.'
                );
            }
            if (referenceIds.has(referenceId)) {
                throw new SalesforceError(
                    400,
                    'INVALID_INPUT',
                    `Duplicate ReferenceId provided in the request: ${referenceId}`
                );
            }
            referenceIds.add(referenceId);
            const fields: Record<string, unknown> = {};
            const children: TreeNode['children'] = [];
            for (const [key, value] of Object.entries(raw)) {
                if (key === 'attributes') {
                    continue;
                }
                const relationship = org.model.schema.childRelationship(
                    org.model.requireType(expectedType).name,
                    key,
                    { ignoreCase: true }
                );
                if (relationship !== undefined && isObject(value)) {
                    children.push({
                        relationship: relationship.name,
                        nodes: recordsOf(value).map((child) =>
                            parse(child, relationship.childObject, depth + 1)
                        )
                    });
                } else {
                    fields[key] = value;
                }
            }
            return {
                type: org.model.requireType(expectedType).name,
                referenceId,
                fields,
                children
            };
        };
        const roots = records.map((record) => parse(record, object.name, 1));
        if (count > MAX_RECORDS) {
            throw new SalesforceError(
                400,
                'INVALID_INPUT',
                `Too many records in the request: ${count} (at most ${MAX_RECORDS})`
            );
        }
        const results: { referenceId: string; id: string }[] = [];
        const failures: { referenceId: string; errors: ErrorEntry[] }[] = [];
        try {
            store.transaction(() => {
                const insert = (
                    node: TreeNode,
                    parent?: { objectName: string; id: string; relationship: string }
                ): void => {
                    const fields = { ...node.fields };
                    if (parent !== undefined) {
                        const relationship = org.model.schema.childRelationship(
                            parent.objectName,
                            parent.relationship
                        );
                        if (relationship !== undefined) {
                            fields[relationship.field.name] = parent.id;
                        }
                    }
                    let id: string;
                    try {
                        id = store.transaction(() => store.insert(node.type, fields));
                    } catch (error) {
                        failures.push({
                            referenceId: node.referenceId,
                            errors: [errorEntry(error)]
                        });
                        return;
                    }
                    results.push({ referenceId: node.referenceId, id });
                    for (const group of node.children) {
                        for (const child of group.nodes) {
                            insert(child, {
                                objectName: node.type,
                                id,
                                relationship: group.relationship
                            });
                        }
                    }
                };
                roots.forEach((root) => insert(root));
                if (failures.length > 0) {
                    throw new RollBack();
                }
            });
        } catch (error) {
            if (!(error instanceof RollBack)) {
                throw error;
            }
            return json(400, { hasErrors: true, results: failures });
        }
        return json(201, { hasErrors: false, results });
    });

    /** Runs one operation per record; with allOrNone, any failure rolls every record back. */
    const collection = (
        allOrNone: boolean,
        operations: (() => string | { id: string; created: boolean })[]
    ): Reply => {
        const results: (
            | { id: string; success: true; errors: []; created?: boolean }
            | { id?: string; success: false; errors: ErrorEntry[]; created?: boolean }
        )[] = [];
        try {
            store.transaction(() => {
                for (const operation of operations) {
                    try {
                        const outcome = store.transaction(operation);
                        results.push(
                            typeof outcome === 'string'
                                ? { id: outcome, success: true, errors: [] }
                                : {
                                      id: outcome.id,
                                      success: true,
                                      errors: [],
                                      created: outcome.created
                                  }
                        );
                    } catch (error) {
                        results.push({ success: false, errors: [errorEntry(error)] });
                    }
                }
                if (allOrNone && results.some((result) => !result.success)) {
                    throw new RollBack();
                }
            });
        } catch (error) {
            if (!(error instanceof RollBack)) {
                throw error;
            }
            return json(
                200,
                results.map((result) =>
                    result.success
                        ? {
                              id: null,
                              success: false,
                              errors: [
                                  {
                                      statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK',
                                      message:
                                          'Record rolled back because not all records were valid and the request was using AllOrNone header',
                                      fields: []
                                  }
                              ]
                          }
                        : result
                )
            );
        }
        return json(200, results);
    };

    const typeOf = (record: Record<string, unknown>): string => {
        const attributes = isObject(record.attributes) ? record.attributes : {};
        if (typeof attributes.type !== 'string') {
            throw new SalesforceError(400, 'INVALID_FIELD', 'Each record needs attributes.type');
        }
        return org.model.requireType(attributes.type).name;
    };

    const checkSize = (count: number): void => {
        if (count > MAX_RECORDS) {
            throw new SalesforceError(
                400,
                'EXCEEDED_ID_LIMIT',
                `record limit reached. cannot submit more than ${MAX_RECORDS} records into this call`
            );
        }
    };

    api(router, 'POST', '/composite/sobjects', async (request) => {
        const body = await request.jsonObject();
        const records = recordsOf(body);
        checkSize(records.length);
        return collection(
            body.allOrNone === true,
            records.map((record) => () => {
                if ('id' in record || 'Id' in record) {
                    throw new SalesforceError(
                        400,
                        'INVALID_FIELD',
                        'Records in a create request cannot have an Id'
                    );
                }
                return store.insert(typeOf(record), record);
            })
        );
    });

    api(router, 'PATCH', '/composite/sobjects', async (request) => {
        const body = await request.jsonObject();
        const records = recordsOf(body);
        checkSize(records.length);
        return collection(
            body.allOrNone === true,
            records.map((record) => () => {
                const rawId = record.id ?? record.Id;
                const id = typeof rawId === 'string' ? normalizeId(rawId) : undefined;
                if (id === undefined) {
                    throw new SalesforceError(
                        400,
                        'MALFORMED_ID',
                        `Id in the record is missing or invalid: ${String(rawId)}`,
                        ['Id']
                    );
                }
                const { id: _lower, Id: _upper, ...fields } = record;
                store.update(typeOf(record), id, fields);
                return id;
            })
        );
    });

    // Upsert Records Using sObject Collections (REST API Developer Guide): up to 200 records of the
    // URL's type matched on an external id field (record ids are not accepted), UpsertResults in order.
    api(
        router,
        'PATCH',
        '/composite/sobjects/:object/:field',
        async (request, [name = '', fieldName = '']) => {
            const object = org.model.requireObject(name);
            const field = org.model.field(object.name, fieldName);
            if (field === undefined || !field.externalId) {
                throw new SalesforceError(
                    404,
                    'NOT_FOUND',
                    `Provided external ID field does not exist or is not accessible: ${fieldName}`
                );
            }
            const body = await request.jsonObject();
            const records = recordsOf(body);
            checkSize(records.length);
            return collection(
                body.allOrNone === true,
                records.map((record) => () => {
                    if (typeOf(record) !== object.name) {
                        throw new SalesforceError(
                            400,
                            'INVALID_FIELD',
                            `Each record must be of the type in the URL (${object.name})`
                        );
                    }
                    const { attributes: _attributes, ...fields } = record;
                    const key = Object.entries(fields).find(
                        ([column]) => column.toLowerCase() === field.name.toLowerCase()
                    )?.[1];
                    if (key === undefined || key === null || key === '') {
                        throw new SalesforceError(
                            400,
                            'MISSING_ARGUMENT',
                            `${field.name} not specified`,
                            [field.name]
                        );
                    }
                    return store.upsert(object.name, field.name, String(key), fields);
                })
            );
        }
    );

    api(router, 'DELETE', '/composite/sobjects', (request) => {
        const ids = (request.query.get('ids') ?? '').split(',').filter((id) => id !== '');
        checkSize(ids.length);
        return collection(
            request.query.get('allOrNone') === 'true',
            ids.map((raw) => () => {
                const id = normalizeId(raw);
                const object = id === undefined ? undefined : org.model.objectOfId(id);
                if (id === undefined || object === undefined) {
                    throw new SalesforceError(400, 'MALFORMED_ID', `malformed id ${raw}`);
                }
                store.delete(object.name, id);
                return id;
            })
        );
    });

    const retrieve = (
        objectName: string,
        ids: readonly string[],
        fieldNames: readonly string[],
        apiVersion: string
    ): Reply => {
        const object = org.model.requireObject(objectName);
        checkSize(ids.length);
        const fields = fieldNames.map((name) => {
            const field = org.model.field(object.name, name);
            if (field === undefined) {
                throw new SalesforceError(
                    400,
                    'INVALID_FIELD',
                    `No such column '${name}' on entity '${object.name}'`
                );
            }
            return field;
        });
        return json(
            200,
            ids.map((raw) => {
                const row = store.getRow(object.name, raw);
                return row === undefined ? null : rowToApi(object, row, fields, apiVersion);
            })
        );
    };

    api(router, 'GET', '/composite/sobjects/:object', (request, [name = '']) =>
        retrieve(
            name,
            (request.query.get('ids') ?? '').split(',').filter((id) => id !== ''),
            (request.query.get('fields') ?? 'Id').split(',').filter((field) => field !== ''),
            request.apiVersion
        )
    );

    api(router, 'POST', '/composite/sobjects/:object', async (request, [name = '']) => {
        const body = await request.jsonObject();
        const ids = Array.isArray(body.ids) ? body.ids.map(String) : [];
        const fields = Array.isArray(body.fields) ? body.fields.map(String) : ['Id'];
        return retrieve(name, ids, fields, request.apiVersion);
    });
}

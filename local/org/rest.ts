// The REST API: versions, resources, describe, record CRUD (and upsert by external id), query and
// queryAll with nextRecordsUrl paging, limits, and the identity calls a client makes on login.
import { basicDescribe, fullDescribe } from './describe';
import { malformedQuery, notFound, SalesforceError } from './errors';
import { json, noContent, type Reply, type Request, type Router } from './http';
import { normalizeId } from './ids';
import type { LocalOrg } from './org';
import { runQuery } from './query/execute';
import { compileSoql } from './query/soql';
import { rowToApi, type ApiRecord } from './records';
import { api, versionList } from './versions';
import type { SObjectField } from '../../schema/types';
import type { Row } from './values';

const DEFAULT_BATCH = 2000;

export function registerRest(router: Router, org: LocalOrg, baseUrl: () => string): void {
    const { store } = org;

    router.on('GET', '/services/data', () => json(200, versionList()));

    api(router, 'GET', '', (request) => {
        const base = `/services/data/v${request.apiVersion}`;
        const resources: Record<string, string> = {};
        for (const name of [
            'sobjects',
            'query',
            'queryAll',
            'composite',
            'limits',
            'jobs',
            'ui-api',
            'graphql',
            'tooling',
            'search'
        ]) {
            resources[name] = `${base}/${name}`;
        }
        resources.identity = `${baseUrl()}/id/${store.orgId}/${store.userId}`;
        return json(200, resources);
    });

    api(router, 'GET', '/sobjects', (request) =>
        json(200, {
            encoding: 'UTF-8',
            maxBatchSize: 200,
            sobjects: org.model
                .objects()
                .map((object) => basicDescribe(org.model, object, request.apiVersion))
        })
    );

    api(router, 'GET', '/sobjects/:object', (request, [name = '']) => {
        const object = org.model.requireObject(name);
        return json(200, {
            objectDescribe: basicDescribe(org.model, object, request.apiVersion),
            recentItems: []
        });
    });

    api(router, 'GET', '/sobjects/:object/describe', (request, [name = '']) =>
        json(200, fullDescribe(org.model, org.model.requireObject(name), request.apiVersion))
    );

    // The project defines no compact layouts; the REST API Developer Guide (sObject CompactLayouts)
    // documents this answer for an object without any: no layouts and a null compactLayoutId.
    api(router, 'GET', '/sobjects/:object/describe/compactLayouts', (_request, [name = '']) => {
        org.model.requireObject(name);
        return json(200, {
            compactLayouts: [],
            defaultCompactLayoutId: null,
            recordTypeCompactLayoutMappings: [
                {
                    recordTypeId: '012000000000000AAA',
                    recordTypeName: 'Master',
                    compactLayoutId: null
                }
            ]
        });
    });

    api(router, 'POST', '/sobjects/:object', async (request, [name = '']) => {
        const object = org.model.requireObject(name);
        const body = await request.jsonObject();
        const id = store.insert(object.name, body);
        return json(201, { id, success: true, errors: [] });
    });

    api(router, 'GET', '/sobjects/:object/:id', (request, [name = '', id = '']) => {
        const object = org.model.requireObject(name);
        const normalized = normalizeId(id);
        if (normalized === undefined || org.model.objectOfId(normalized)?.name !== object.name) {
            throw notFound(`Provided external ID field does not exist or is not accessible: ${id}`);
        }
        const row = store.requireRow(object.name, normalized);
        return json(
            200,
            rowToApi(
                object,
                row,
                selectedFields(org, object.name, request.query.get('fields')),
                request.apiVersion
            )
        );
    });

    api(router, 'PATCH', '/sobjects/:object/:id', async (request, [name = '', id = '']) => {
        const object = org.model.requireObject(name);
        const normalized = normalizeId(id);
        if (normalized === undefined || org.model.objectOfId(normalized)?.name !== object.name) {
            throw notFound(`Provided external ID field does not exist or is not accessible: ${id}`);
        }
        store.update(object.name, normalized, await request.jsonObject());
        return noContent();
    });

    api(router, 'DELETE', '/sobjects/:object/:id', (_request, [name = '', id = '']) => {
        const object = org.model.requireObject(name);
        const normalized = normalizeId(id);
        if (normalized === undefined || org.model.objectOfId(normalized)?.name !== object.name) {
            throw notFound(`Provided external ID field does not exist or is not accessible: ${id}`);
        }
        store.delete(object.name, normalized);
        return noContent();
    });

    api(
        router,
        'GET',
        '/sobjects/:object/:field/:value',
        (request, [name = '', fieldName = '', value = '']) => {
            const object = org.model.requireObject(name);
            const recordId = normalizeId(fieldName);
            if (recordId !== undefined && org.model.objectOfId(recordId)?.name === object.name) {
                return relationship(org, request, object.name, recordId, value);
            }
            const field = org.model.field(object.name, fieldName);
            if (field === undefined || !field.externalId) {
                throw notFound(
                    `Provided external ID field does not exist or is not accessible: ${fieldName}`
                );
            }
            const matches = store.findByField(object, field, value);
            const [row] = matches;
            if (row === undefined) {
                throw notFound();
            }
            if (matches.length > 1) {
                throw new SalesforceError(
                    300,
                    'MULTIPLE_CHOICES',
                    `More than one record found for ${field.name} = ${value}`
                );
            }
            return json(
                200,
                rowToApi(
                    object,
                    row,
                    selectedFields(org, object.name, request.query.get('fields')),
                    request.apiVersion
                )
            );
        }
    );

    api(
        router,
        'PATCH',
        '/sobjects/:object/:field/:value',
        async (request, [name = '', fieldName = '', value = '']) => {
            const object = org.model.requireObject(name);
            const body = await request.jsonObject();
            const result = store.upsert(object.name, fieldName, value, body);
            return json(result.created ? 201 : 200, {
                id: result.id,
                success: true,
                errors: [],
                created: result.created
            });
        }
    );

    const query =
        (all: boolean) =>
        (request: Request): Reply => {
            const soql = request.query.get('q');
            if (soql === null || soql.trim() === '') {
                throw malformedQuery('A query string (q) is required');
            }
            const compiled = compileSoql(org.model, soql, {
                includeDeleted: all,
                now: store.today()
            });
            if (request.query.get('columns') === 'true') {
                return json(200, queryColumns(org, compiled));
            }
            const output = runQuery(store, compiled, request.apiVersion);
            return json(
                200,
                page(org, request, output.records, output.totalSize, 0, batchSize(request))
            );
        };
    api(router, 'GET', '/query', query(false));
    api(router, 'GET', '/queryAll', query(true));

    const more = (request: Request, [locator = '']: readonly string[]): Reply => {
        const match = /^(\w{18})-(\d+)$/.exec(locator);
        const cursor = match === null ? undefined : org.cursor(match[1] ?? '');
        if (match === null || cursor === undefined) {
            throw new SalesforceError(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
        }
        return json(
            200,
            page(
                org,
                request,
                cursor.records,
                cursor.totalSize,
                Number(match[2]),
                batchSize(request),
                match[1]
            )
        );
    };
    api(router, 'GET', '/query/:locator', more);
    api(router, 'GET', '/queryAll/:locator', more);

    api(router, 'GET', '/limits', () => json(200, limits()));

    const userInfo = (): Reply => json(200, identity(org, baseUrl()));
    router.on('GET', '/services/oauth2/userinfo', userInfo);
    router.on('POST', '/services/oauth2/userinfo', userInfo);
    router.on('GET', '/id/:org/:user', (_request, [orgId = '', userId = '']) => {
        if (normalizeId(orgId) !== store.orgId || normalizeId(userId) !== store.userId) {
            throw notFound();
        }
        return userInfo();
    });
}

/** GET /sobjects/X/{id}/{relationship}: the parent record, or the children as a query result. */
function relationship(
    org: LocalOrg,
    request: Request,
    objectName: string,
    id: string,
    name: string
): Reply {
    const { store } = org;
    const row = store.requireRow(objectName, id);
    const parent = org.model.schema.parentRelationship(objectName, name, { ignoreCase: true });
    if (parent !== undefined) {
        const parentId = row[parent.field.name];
        const parentObject =
            typeof parentId === 'string' ? org.model.objectOfId(parentId) : undefined;
        const parentRow =
            parentObject === undefined || typeof parentId !== 'string'
                ? undefined
                : store.getRow(parentObject.name, parentId);
        if (parentObject === undefined || parentRow === undefined) {
            throw notFound();
        }
        return json(
            200,
            rowToApi(
                parentObject,
                parentRow,
                selectedFields(org, parentObject.name, request.query.get('fields')),
                request.apiVersion
            )
        );
    }
    const child = org.model.schema.childRelationship(objectName, name, { ignoreCase: true });
    const childObject = child === undefined ? undefined : org.model.object(child.childObject);
    if (child === undefined || childObject === undefined) {
        throw notFound(`Provided external ID field does not exist or is not accessible: ${id}`);
    }
    const rows = store
        .prepared(
            `SELECT * FROM "${childObject.name}" WHERE "${child.field.name}" = ? AND "IsDeleted" = 0 ORDER BY rowid`
        )
        .all(id) as Row[];
    const fields = selectedFields(org, childObject.name, request.query.get('fields'));
    return json(200, {
        totalSize: rows.length,
        done: true,
        records: rows.map((childRow) => rowToApi(childObject, childRow, fields, request.apiVersion))
    });
}

/** The fields named in ?fields=a,b (all stored fields when absent). */
function selectedFields(
    org: LocalOrg,
    objectName: string,
    fields: string | null
): readonly SObjectField[] {
    const object = org.model.requireObject(objectName);
    if (fields === null || fields.trim() === '') {
        return org.model.storedFields(object);
    }
    return fields.split(',').map((name) => {
        const field = org.model.field(object.name, name.trim());
        if (field === undefined) {
            throw new SalesforceError(
                400,
                'INVALID_FIELD',
                `No such column '${name.trim()}' on entity '${object.name}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`
            );
        }
        return field;
    });
}

/** Sforce-Query-Options: batchSize=N (200–2000; 2000 by default). */
function batchSize(request: Request): number {
    const option = /batchSize=(\d+)/i.exec(request.header('sforce-query-options') ?? '');
    const size = option === null ? DEFAULT_BATCH : Number(option[1]);
    return Math.min(DEFAULT_BATCH, Math.max(200, size));
}

function page(
    org: LocalOrg,
    request: Request,
    records: readonly ApiRecord[],
    totalSize: number,
    offset: number,
    size: number,
    existingCursor?: string
): Record<string, unknown> {
    const slice = records.slice(offset, offset + size);
    const done = offset + size >= records.length;
    const body: Record<string, unknown> = { totalSize, done, records: slice };
    if (!done) {
        const cursor = existingCursor ?? org.saveCursor(records, totalSize);
        body.nextRecordsUrl = `/services/data/v${request.apiVersion}/query/${cursor}-${offset + size}`;
    }
    return body;
}

/** What `sf data query` asks with columns=true: the query's column metadata. */
function queryColumns(
    org: LocalOrg,
    compiled: ReturnType<typeof compileSoql>
): Record<string, unknown> {
    const column = (
        name: string,
        field: SObjectField | undefined,
        joinColumns: unknown[] = [],
        aggregate = false
    ): Record<string, unknown> => ({
        aggregate,
        apexType: null,
        booleanType: field?.type === 'Checkbox',
        columnName: name,
        custom: field?.custom ?? false,
        displayName: name,
        foreignKeyName: null,
        insertable: field?.createable ?? false,
        joinColumns,
        numberType:
            field?.type === 'Number' || field?.type === 'Currency' || field?.type === 'Percent',
        textType:
            field?.type === 'Text' || field?.type === 'TextArea' || field?.type === 'LongTextArea',
        updatable: field?.updateable ?? false
    });
    const columnsOf = (query: typeof compiled): Record<string, unknown>[] =>
        query.items.map((item) => {
            if (item.kind === 'count') {
                return column(item.alias, undefined, [], true);
            }
            if (item.kind === 'subquery') {
                return column(item.relationship.name, undefined, columnsOf(item.query), true);
            }
            // A parent path nests: Account → Owner → Name.
            let nested = column(item.ref.field.name, item.ref.field);
            for (const hop of [...item.ref.hops].reverse()) {
                nested = column(hop.name, hop.field, [nested]);
            }
            return nested;
        });
    return {
        columnMetadata: compiled.countOnly ? [] : columnsOf(compiled),
        entityName: compiled.plan.object.name,
        groupBy: false,
        idSelected: compiled.items.some(
            (item) =>
                item.kind === 'field' && item.ref.hops.length === 0 && item.ref.field.name === 'Id'
        ),
        keyPrefix: org.model.keyPrefix(compiled.plan.object.name)
    };
}

function limits(): Record<string, { Max: number; Remaining: number }> {
    const limit = (max: number): { Max: number; Remaining: number } => ({
        Max: max,
        Remaining: max
    });
    return {
        DailyApiRequests: limit(15000),
        DailyAsyncApexExecutions: limit(250000),
        DailyBulkApiBatches: limit(15000),
        DailyBulkV2QueryFileStorageMB: limit(976562),
        DailyBulkV2QueryJobs: limit(10000),
        DataStorageMB: limit(5),
        FileStorageMB: limit(20),
        SingleEmail: limit(15)
    };
}

/** The OpenID userinfo / identity document the sf CLI and jsforce read on login. */
function identity(org: LocalOrg, baseUrl: string): Record<string, unknown> {
    const { store } = org;
    const user = store.getRow('User', store.userId);
    const urls: Record<string, string> = {
        enterprise: `${baseUrl}/services/Soap/c/{version}/${store.orgId}`,
        metadata: `${baseUrl}/services/Soap/m/{version}/${store.orgId}`,
        partner: `${baseUrl}/services/Soap/u/{version}/${store.orgId}`,
        rest: `${baseUrl}/services/data/v{version}/`,
        sobjects: `${baseUrl}/services/data/v{version}/sobjects/`,
        search: `${baseUrl}/services/data/v{version}/search/`,
        query: `${baseUrl}/services/data/v{version}/query/`,
        recent: `${baseUrl}/services/data/v{version}/recent/`,
        tooling_soap: `${baseUrl}/services/Soap/T/{version}/${store.orgId}`,
        tooling_rest: `${baseUrl}/services/data/v{version}/tooling/`,
        profile: `${baseUrl}/${store.userId}`,
        feeds: `${baseUrl}/services/data/v{version}/chatter/feeds`,
        groups: `${baseUrl}/services/data/v{version}/chatter/groups`,
        users: `${baseUrl}/services/data/v{version}/chatter/users`,
        feed_items: `${baseUrl}/services/data/v{version}/chatter/feed-items`,
        feed_elements: `${baseUrl}/services/data/v{version}/chatter/feed-elements`,
        custom_domain: baseUrl
    };
    const username = String(user?.Username ?? '');
    return {
        sub: `${baseUrl}/id/${store.orgId}/${store.userId}`,
        id: `${baseUrl}/id/${store.orgId}/${store.userId}`,
        user_id: store.userId,
        organization_id: store.orgId,
        preferred_username: username,
        username,
        nickname: String(user?.Alias ?? ''),
        nick_name: String(user?.Alias ?? ''),
        name: String(user?.Name ?? ''),
        display_name: String(user?.Name ?? ''),
        email: String(user?.Email ?? ''),
        email_verified: true,
        given_name: String(user?.FirstName ?? ''),
        first_name: String(user?.FirstName ?? ''),
        family_name: String(user?.LastName ?? ''),
        last_name: String(user?.LastName ?? ''),
        zoneinfo: 'GMT',
        timezone: 'GMT',
        locale: 'en_US',
        language: 'en_US',
        active: true,
        user_type: 'STANDARD',
        is_app_installed: true,
        utcOffset: 0,
        updated_at: String(user?.LastModifiedDate ?? ''),
        last_modified_date: String(user?.LastModifiedDate ?? ''),
        // The platform leaves {version} in these for the client to fill in.
        urls
    };
}

// The local org as a test checks it: through its REST API with the org's token, exactly as any
// Salesforce client would, so a test sees what was really saved rather than what the page shows.
import { LATEST_API_VERSION } from '../../../org/versions';

/** Where the org answers and the token it takes (what a connected client holds). */
export interface OrgEndpoint {
    readonly url: string;
    readonly token: string;
}

export interface OrgRecord {
    readonly Id: string;
    readonly [field: string]: unknown;
}

async function call(
    org: OrgEndpoint,
    method: string,
    path: string,
    body?: unknown
): Promise<unknown> {
    const response = await fetch(`${org.url}/services/data/v${LATEST_API_VERSION}${path}`, {
        method,
        headers: {
            Authorization: `Bearer ${org.token}`,
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' })
        },
        body: body === undefined ? undefined : JSON.stringify(body)
    });
    const text = await response.text();
    if (!response.ok) {
        throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    }
    return text === '' ? undefined : JSON.parse(text);
}

/** Every record a SOQL query returns (following nextRecordsUrl). */
export async function query(org: OrgEndpoint, soql: string): Promise<OrgRecord[]> {
    const records: OrgRecord[] = [];
    let page = (await call(org, 'GET', `/query?q=${encodeURIComponent(soql)}`)) as {
        records: OrgRecord[];
        nextRecordsUrl?: string;
    };
    records.push(...page.records);
    while (page.nextRecordsUrl !== undefined) {
        const next = page.nextRecordsUrl.replace(/^\/services\/data\/v[\d.]+/, '');
        page = (await call(org, 'GET', next)) as typeof page;
        records.push(...page.records);
    }
    return records;
}

/** The one record a query must find; a clear error naming the query otherwise. */
export async function queryOne(org: OrgEndpoint, soql: string): Promise<OrgRecord> {
    const records = await query(org, soql);
    if (records.length !== 1) {
        throw new Error(`Expected one record from "${soql}", found ${records.length}`);
    }
    return records[0]!;
}

/** Updates fields of one record (PATCH /sobjects/{object}/{id}), as any REST client does. */
export async function updateRecord(
    org: OrgEndpoint,
    object: string,
    id: string,
    fields: Readonly<Record<string, unknown>>
): Promise<void> {
    await call(org, 'PATCH', `/sobjects/${object}/${id}`, fields);
}

export interface TreeRecord {
    readonly attributes: { readonly type: string; readonly referenceId: string };
    readonly [field: string]: unknown;
}

const TREE_LIMIT = 200;

/**
 * Inserts records through composite/tree in requests of at most 200 (the API's limit), as
 * `sf data import tree` does. Returns the new ids by reference id.
 */
export async function insertTree(
    org: OrgEndpoint,
    object: string,
    records: readonly TreeRecord[]
): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (let start = 0; start < records.length; start += TREE_LIMIT) {
        const chunk = records.slice(start, start + TREE_LIMIT);
        const reply = (await call(org, 'POST', `/composite/tree/${object}`, {
            records: chunk
        })) as { hasErrors: boolean; results: { referenceId: string; id: string }[] };
        if (reply.hasErrors) {
            throw new Error(`composite/tree ${object} failed: ${JSON.stringify(reply.results)}`);
        }
        for (const result of reply.results) {
            ids.set(result.referenceId, result.id);
        }
    }
    return ids;
}

/** @jest-environment node */
// Users and their access in the local org, through real clients: each persona's own token; object
// permissions and field-level security from force-app's permission sets (plus the Standard User
// profile) in SOQL, REST, the UI API, GraphQL and Bulk API 2.0; and record sharing from the objects'
// sharing models, the owner and the role hierarchy. Errors are the platform's codes.
import { Connection } from 'jsforce';
import { call, startTestOrg, type TestOrg } from './testOrg';

let org: TestOrg;

function tokenOf(persona: string): string {
    const user = org.running.org.users.byName(persona);
    if (user === undefined) {
        throw new Error(`no persona ${persona}`);
    }
    return user.token;
}

function as(persona: string): Connection {
    return new Connection({
        instanceUrl: org.running.url,
        accessToken: tokenOf(persona),
        version: '66.0'
    });
}

async function raw(
    persona: string,
    method: string,
    path: string,
    body?: unknown,
    contentType = 'application/json'
): Promise<{ status: number; body: unknown; text: string }> {
    return call(org, method, `/services/data/v66.0${path}`, body, {
        Authorization: `Bearer ${tokenOf(persona)}`,
        ...(body === undefined ? {} : { 'Content-Type': contentType })
    });
}

async function errorOf(
    promise: PromiseLike<unknown>
): Promise<{ errorCode?: string; message: string }> {
    try {
        await promise;
    } catch (error) {
        return error as { errorCode?: string; message: string };
    }
    throw new Error('expected the call to fail');
}

async function graphql(
    persona: string,
    query: string
): Promise<{ data: unknown; errors: unknown[] }> {
    const { body } = await raw(persona, 'POST', '/graphql', { query });
    return body as { data: unknown; errors: unknown[] };
}

beforeAll(async () => {
    org = await startTestOrg();
});

afterAll(async () => {
    await org.stop();
});

describe('users', () => {
    it('each persona logs in with its own token and is told who it is', async () => {
        for (const [persona, username] of [
            ['admin', 'atlas.user@atlas.local'],
            ['account-manager', 'account.manager@atlas.local'],
            ['account-executive', 'account.executive@atlas.local'],
            ['sales-ops', 'sales.ops@atlas.local'],
            ['sales-director', 'sales.director@atlas.local'],
            ['no-atlas', 'support.agent@atlas.local']
        ] as const) {
            const identity = await as(persona).identity();
            expect(identity.username).toBe(username);
        }
        expect(new Set(org.running.org.users.all.map((user) => user.token)).size).toBe(6);
    });

    it('answers which permission sets each user has, as PermissionSetAssignment records', async () => {
        const result = await as('admin').query<{
            PermissionSet: { Name: string };
            Assignee: { Username: string };
        }>(
            'SELECT Assignee.Username, PermissionSet.Name FROM PermissionSetAssignment ORDER BY PermissionSet.Name'
        );
        const pairs = result.records.map(
            (record) => `${record.Assignee.Username} ${record.PermissionSet.Name}`
        );
        expect(pairs).toEqual(
            expect.arrayContaining([
                'account.manager@atlas.local Atlas_User',
                'sales.ops@atlas.local Atlas_User',
                'sales.ops@atlas.local Atlas_Sales_Ops'
            ])
        );
        expect(pairs.some((pair) => pair.startsWith('support.agent@'))).toBe(false);
        expect(
            pairs.some((pair) => pair.startsWith('account.manager@') && pair.endsWith('Ops'))
        ).toBe(false);
    });
});

describe('object permissions', () => {
    it('lets an account manager read stage criteria but not create or change them', async () => {
        const am = as('account-manager');
        const criteria = await am.query<{ Id: string }>(
            'SELECT Id FROM Stage_Criterion__c LIMIT 1'
        );
        expect(criteria.totalSize).toBe(1);
        const id = criteria.records[0]?.Id ?? '';

        const create = await raw('account-manager', 'POST', '/sobjects/Stage_Criterion__c', {
            Name: 'Budget confirmed'
        });
        expect(create.status).toBe(400);
        expect(create.body).toEqual([
            {
                errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY',
                message: 'insufficient access rights on object id',
                fields: []
            }
        ]);
        const update = await errorOf(
            am.sobject('Stage_Criterion__c').update({ Id: id, Guidance__c: 'Ask for the budget' })
        );
        expect(update.errorCode).toBe('INSUFFICIENT_ACCESS_OR_READONLY');
        const info = await raw('account-manager', 'GET', '/ui-api/object-info/Stage_Criterion__c');
        expect(info.body).toMatchObject({ createable: false, updateable: false, queryable: true });
    });

    it('lets sales ops change stage criteria', async () => {
        const ops = as('sales-ops');
        const [criterion] = (
            await ops.query<{ Id: string }>('SELECT Id FROM Stage_Criterion__c LIMIT 1')
        ).records;
        const result = await ops
            .sobject('Stage_Criterion__c')
            .update({ Id: criterion?.Id ?? '', Guidance__c: 'Ask who signs' });
        expect(result.success).toBe(true);
        const info = await raw('sales-ops', 'GET', '/ui-api/object-info/Stage_Criterion__c');
        expect(info.body).toMatchObject({ createable: true, updateable: true });
    });

    it('hides the Atlas objects from a user without the permission sets, as if they did not exist', async () => {
        const noAtlas = as('no-atlas');
        const query = await errorOf(noAtlas.query('SELECT Id FROM Stage_Criterion__c'));
        expect(query.errorCode).toBe('INVALID_TYPE');
        expect(query.message).toContain("sObject type 'Stage_Criterion__c' is not supported.");
        const describe = await raw('no-atlas', 'GET', '/sobjects/Stage_Criterion__c/describe');
        expect(describe.status).toBe(404);
        const global = (await noAtlas.describeGlobal()).sobjects.map((object) => object.name);
        expect(global).toContain('Opportunity');
        expect(global).not.toContain('Stage_Criterion__c');
        // The standard objects stay as the Standard User profile grants them.
        expect((await noAtlas.query('SELECT Id FROM Opportunity LIMIT 1')).totalSize).toBe(1);
    });

    it('refuses a Bulk API 2.0 row the user may not create, with the platform error in the failed results', async () => {
        const created = await raw('account-manager', 'POST', '/jobs/ingest', {
            object: 'Stage_Criterion__c',
            operation: 'insert',
            lineEnding: 'LF'
        });
        const id = (created.body as { id: string }).id;
        await raw(
            'account-manager',
            'PUT',
            `/jobs/ingest/${id}/batches`,
            'Name\nBudget confirmed\n',
            'text/csv'
        );
        await raw('account-manager', 'PATCH', `/jobs/ingest/${id}`, { state: 'UploadComplete' });
        let state = '';
        for (let attempt = 0; attempt < 100 && state !== 'JobComplete'; attempt += 1) {
            state = (
                (await raw('account-manager', 'GET', `/jobs/ingest/${id}`)).body as {
                    state: string;
                }
            ).state;
            await new Promise((resolve) => setImmediate(resolve));
        }
        const failed = await raw('account-manager', 'GET', `/jobs/ingest/${id}/failedResults`);
        expect(failed.text).toContain(
            'INSUFFICIENT_ACCESS_OR_READONLY:insufficient access rights on object id'
        );
        expect(
            (
                await as('admin').query(
                    "SELECT Id FROM Stage_Criterion__c WHERE Name = 'Budget confirmed'"
                )
            ).totalSize
        ).toBe(0);
    });
});

describe('field-level security', () => {
    it('answers INVALID_FIELD for a field the user cannot read, in SOQL and in a write', async () => {
        const noAtlas = as('no-atlas');
        const query = await errorOf(noAtlas.query('SELECT Id, Deal_Score__c FROM Opportunity'));
        expect(query.errorCode).toBe('INVALID_FIELD');
        expect(query.message).toContain("No such column 'Deal_Score__c' on entity 'Opportunity'.");
        const [deal] = (await noAtlas.query<{ Id: string }>('SELECT Id FROM Opportunity LIMIT 1'))
            .records;
        const write = await errorOf(
            noAtlas.sobject('Opportunity').update({ Id: deal?.Id ?? '', Deal_Score__c: 90 })
        );
        expect(write.errorCode).toBe('INVALID_FIELD');
        const record = await raw('no-atlas', 'GET', `/sobjects/Opportunity/${deal?.Id ?? ''}`);
        expect(record.body).not.toHaveProperty('Deal_Score__c');
        expect(record.body).toHaveProperty('StageName');
    });

    it('refuses a write to a field the user can read but not edit, naming the security settings', async () => {
        const am = as('account-manager');
        const [member] = (
            await am.query<{ Id: string; Member_Key__c: string }>(
                'SELECT Id, Member_Key__c FROM Buying_Center_Member__c LIMIT 1'
            )
        ).records;
        expect(member?.Member_Key__c).toBeTruthy();
        const write = await errorOf(
            am
                .sobject('Buying_Center_Member__c')
                .update({ Id: member?.Id ?? '', Member_Key__c: 'x' })
        );
        expect(write.errorCode).toBe('INVALID_FIELD_FOR_INSERT_UPDATE');
        expect(write.message).toBe(
            'Unable to create/update fields: Member_Key__c. Please check the security settings of this field and verify that it is read/write for your profile or permission set.'
        );
    });

    it('fails a GraphQL query naming a field the user cannot read, and leaves an @optional one out', async () => {
        const plain = await graphql(
            'no-atlas',
            '{ uiapi { query { Opportunity(first: 1) { edges { node { Id Deal_Score__c { value } } } } } } }'
        );
        expect(plain.data).toBeNull();
        expect(plain.errors).toEqual([
            expect.objectContaining({
                message: expect.stringContaining('Deal_Score__c'),
                extensions: expect.objectContaining({ ErrorType: 'ValidationError' })
            })
        ]);
        const optional = await graphql(
            'no-atlas',
            '{ uiapi { query { Opportunity(first: 1) { edges { node { Id Name { value } Deal_Score__c @optional { value } } } } } } }'
        );
        expect(optional.errors).toEqual([]);
        const node = (
            optional.data as {
                uiapi: { query: { Opportunity: { edges: { node: Record<string, unknown> }[] } } };
            }
        ).uiapi.query.Opportunity.edges[0]?.node;
        expect(node).toHaveProperty('Name');
        expect(node).not.toHaveProperty('Deal_Score__c');
        const am = await graphql(
            'account-manager',
            '{ uiapi { query { Opportunity(first: 1) { edges { node { Id Deal_Score__c @optional { value } } } } } } }'
        );
        const amNode = (
            am.data as {
                uiapi: { query: { Opportunity: { edges: { node: Record<string, unknown> }[] } } };
            }
        ).uiapi.query.Opportunity.edges[0]?.node;
        expect(amNode).toHaveProperty('Deal_Score__c');
    });
});

describe('record sharing', () => {
    let targetId: string;

    beforeAll(async () => {
        // Sales targets are Private: sales ops creates one, then hands it to the account manager.
        const created = await as('sales-ops').sobject('Sales_Target__c').create({
            Name: 'Access test target',
            Period_Start__c: '2027-01-01',
            Period_End__c: '2027-03-31',
            Target_Amount__c: 500000
        });
        targetId = (created as { id: string }).id;
    });

    const targetQuery = `SELECT Id FROM Sales_Target__c WHERE Name = 'Access test target'`;

    /** The number of rows a Bulk API 2.0 query job returns to the user. */
    const bulkQueryRows = async (persona: string, soql: string): Promise<number> => {
        const job = await raw(persona, 'POST', '/jobs/query', { operation: 'query', query: soql });
        const id = (job.body as { id: string }).id;
        const results = await raw(persona, 'GET', `/jobs/query/${id}/results`);
        return results.text.trim().split('\n').length - 1;
    };

    const countTargets = async (persona: string): Promise<number> =>
        (
            await as(persona).query(
                `SELECT Id FROM Sales_Target__c WHERE Name = 'Access test target'`
            )
        ).totalSize;

    it('shows a private record to its owner, users above the owner and View All, and to nobody else', async () => {
        expect(await countTargets('sales-ops')).toBe(1);
        expect(await countTargets('account-manager')).toBe(0);
        expect(await countTargets('sales-director')).toBe(0);
        const hidden = await raw('account-manager', 'GET', `/sobjects/Sales_Target__c/${targetId}`);
        expect(hidden.status).toBe(404);
        expect(hidden.body).toEqual([expect.objectContaining({ errorCode: 'NOT_FOUND' })]);
        const hiddenUi = await raw(
            'account-manager',
            'GET',
            `/ui-api/records/${targetId}?fields=Sales_Target__c.Name`
        );
        expect(hiddenUi.status).toBe(404);
        expect(await bulkQueryRows('account-manager', targetQuery)).toBe(0);

        const amId = org.running.org.users.byName('account-manager')?.id ?? '';
        await as('sales-ops').sobject('Sales_Target__c').update({ Id: targetId, OwnerId: amId });

        expect(await countTargets('account-manager')).toBe(1);
        // The director's role is above the account manager's.
        expect(await countTargets('sales-director')).toBe(1);
        // Sales ops keeps it through View All (and Modify All) on Sales_Target__c.
        expect(await countTargets('sales-ops')).toBe(1);
        expect(await bulkQueryRows('account-manager', targetQuery)).toBe(1);
        const shownUi = await raw(
            'account-manager',
            'GET',
            `/ui-api/records/${targetId}?fields=Sales_Target__c.Name`
        );
        expect(shownUi.status).toBe(200);
        const graph = await graphql(
            'sales-director',
            `
                {
                    uiapi {
                        query {
                            Sales_Target__c(where: { Name: { eq: "Access test target" } }) {
                                totalCount
                            }
                        }
                    }
                }
            `
        );
        expect(graph.data).toEqual({ uiapi: { query: { Sales_Target__c: { totalCount: 1 } } } });
    });

    it('lets details follow their master (ControlledByParent)', async () => {
        const [bc] = (
            await as('account-manager').query<{ Id: string }>(
                'SELECT Id FROM Buying_Center__c LIMIT 1'
            )
        ).records;
        expect(bc).toBeDefined();
        const members = await as('account-manager').query(
            `SELECT Id FROM Buying_Center_Member__c WHERE Buying_Center__c = '${bc?.Id ?? ''}'`
        );
        const all = await as('admin').query(
            `SELECT Id FROM Buying_Center_Member__c WHERE Buying_Center__c = '${bc?.Id ?? ''}'`
        );
        expect(members.totalSize).toBe(all.totalSize);
    });
});

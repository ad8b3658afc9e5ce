/** @jest-environment node */
// check-metadata-ignore-file: these tests name unknown objects, fields and resources on purpose.
// What real clients (jsforce 3.10.16, plain fetch) get where the local org answers as Salesforce does:
// resources it lacks, multi-record upsert by external id, GraphQL mutations, SOQL error positions
// and Bulk API 2.0 query restrictions.
import { call, startTestOrg, type TestOrg } from './testOrg';

interface ApiFailure {
    errorCode?: string;
    message?: string;
}

/** The error a jsforce call rejects with (jsforce puts errorCode and message on it). */
async function failureOf(promise: Promise<unknown>): Promise<ApiFailure> {
    try {
        await promise;
    } catch (error) {
        return error as ApiFailure;
    }
    throw new Error('expected the call to fail');
}

describe('the local org answers as Salesforce does', () => {
    let org: TestOrg;
    let opportunityId: string;

    beforeAll(async () => {
        org = await startTestOrg();
        const opportunities = await org.conn.query<{ Id: string }>(
            'SELECT Id FROM Opportunity WHERE IsClosed = false ORDER BY Name LIMIT 1'
        );
        opportunityId = opportunities.records[0]?.Id ?? '';
    });

    afterAll(async () => {
        await org.stop();
    });

    it('answers a resource it lacks with 403 FUNCTIONALITY_NOT_ENABLED naming it, and an unknown path with 404 NOT_FOUND', async () => {
        const updated = await failureOf(
            org.conn.sobject('Opportunity').updated('2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z')
        );
        expect(updated.errorCode).toBe('FUNCTIONALITY_NOT_ENABLED');
        expect(updated.message).toContain('sobjects/Opportunity/updated');
        const deleted = await failureOf(
            org.conn.sobject('Opportunity').deleted('2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z')
        );
        expect(deleted.errorCode).toBe('FUNCTIONALITY_NOT_ENABLED');
        const layouts = await failureOf(org.conn.sobject('Opportunity').layouts());
        expect(layouts.errorCode).toBe('FUNCTIONALITY_NOT_ENABLED');
        expect(layouts.message).toContain('page layouts');

        const raw = await call(
            org,
            'GET',
            '/services/data/v66.0/sobjects/Opportunity/deleted/?start=2026-01-01T00:00:00Z'
        );
        expect(raw.status).toBe(403);
        expect(raw.body).toEqual([
            {
                errorCode: 'FUNCTIONALITY_NOT_ENABLED',
                message: expect.stringMatching(
                    /^This feature is not currently enabled for this user/
                )
            }
        ]);
        expect(await call(org, 'GET', '/services/data/v66.0/no-such-resource')).toMatchObject({
            status: 404,
            body: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]
        });
        // A real id that is not a record of the object still gets the platform's own answer.
        expect(
            await call(org, 'GET', `/services/data/v66.0/sobjects/Account/${opportunityId}`)
        ).toMatchObject({
            status: 404,
            body: [{ errorCode: 'NOT_FOUND' }]
        });
    });

    it('answers the compactLayouts URL that describe advertises', async () => {
        const describe = await org.conn.sobject('Opportunity').describe();
        const url = (describe.urls as Record<string, string>).compactLayouts;
        expect(url).toBe('/services/data/v66.0/sobjects/Opportunity/describe/compactLayouts');
        const compact = await org.conn.sobject('Opportunity').compactLayouts();
        expect(compact).toMatchObject({
            compactLayouts: [],
            defaultCompactLayoutId: null,
            recordTypeCompactLayoutMappings: [
                { recordTypeId: '012000000000000AAA', compactLayoutId: null }
            ]
        });
    });

    it('upserts several records by external id in one PATCH composite/sobjects/{type}/{field} (jsforce upsert)', async () => {
        const key = `upsert-${Date.now()}`;
        const existing = await org.conn.sobject('Deal_Score_Snapshot__c').create({
            Opportunity__c: opportunityId,
            Snapshot_Key__c: `${key}-1`,
            Score__c: 10,
            Taken_At__c: '2026-11-01T06:00:00.000Z'
        });
        const results = await org.conn.sobject('Deal_Score_Snapshot__c').upsert(
            [
                { Snapshot_Key__c: `${key}-1`, Score__c: 55 },
                {
                    Snapshot_Key__c: `${key}-2`,
                    Opportunity__c: opportunityId,
                    Score__c: 70,
                    Taken_At__c: '2026-11-08T06:00:00.000Z'
                },
                { Snapshot_Key__c: `${key}-3`, Score__c: 80 }
            ],
            'Snapshot_Key__c'
        );
        expect(results).toEqual([
            { id: existing.id, success: true, errors: [], created: false },
            { id: expect.stringMatching(/^\w{18}$/), success: true, errors: [], created: true },
            {
                success: false,
                errors: [expect.objectContaining({ statusCode: 'REQUIRED_FIELD_MISSING' })]
            }
        ]);
        const saved = await org.conn.query<{ Snapshot_Key__c: string; Score__c: number }>(
            `SELECT Snapshot_Key__c, Score__c FROM Deal_Score_Snapshot__c WHERE Snapshot_Key__c LIKE '${key}%' ORDER BY Snapshot_Key__c`
        );
        expect(saved.records.map((record) => [record.Snapshot_Key__c, record.Score__c])).toEqual([
            [`${key}-1`, 55],
            [`${key}-2`, 70]
        ]);

        // allOrNone: one bad record and nothing is written.
        const rolledBack = await org.conn.sobject('Deal_Score_Snapshot__c').upsert(
            [
                { Snapshot_Key__c: `${key}-1`, Score__c: 99 },
                { Snapshot_Key__c: `${key}-4`, Score__c: 1 }
            ],
            'Snapshot_Key__c',
            { allOrNone: true }
        );
        expect(rolledBack.map((result) => result.success)).toEqual([false, false]);
        const after = await org.conn.sobject('Deal_Score_Snapshot__c').retrieve(existing.id ?? '');
        expect(after).toMatchObject({ Score__c: 55 });

        const wrongField = await call(
            org,
            'PATCH',
            '/services/data/v66.0/composite/sobjects/Deal_Score_Snapshot__c/Score__c',
            {
                records: [{ attributes: { type: 'Deal_Score_Snapshot__c' }, Score__c: 1 }]
            }
        );
        expect(wrongField).toMatchObject({ status: 404, body: [{ errorCode: 'NOT_FOUND' }] });
    });

    it("reports SOQL errors with the platform's ERROR at Row:R:Column:C block and wording", async () => {
        const soqlError = (soql: string): Promise<ApiFailure> =>
            failureOf(Promise.resolve(org.conn.query(soql)));
        expect(await soqlError('SELECT Id, BillingCty FROM Account')).toMatchObject({
            errorCode: 'INVALID_FIELD',
            message:
                "\nSELECT Id, BillingCty FROM Account\n           ^\nERROR at Row:1:Column:12\nNo such column 'BillingCty' on entity 'Account'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names."
        });
        expect(await soqlError('SELECT Id FROM Account WHERE')).toMatchObject({
            errorCode: 'MALFORMED_QUERY',
            message:
                "\nSELECT Id FROM Account WHERE\n                            ^\nERROR at Row:1:Column:29\nunexpected token: '<EOF>'"
        });
        expect(await soqlError('SELECT Id, FROM Account')).toMatchObject({
            errorCode: 'MALFORMED_QUERY',
            message: expect.stringMatching(/ERROR at Row:1:Column:11\nunexpected token: 'FROM'$/)
        });
        expect(await soqlError('SELECT COUNT(Id) FROM SourceMember')).toMatchObject({
            errorCode: 'INVALID_TYPE',
            message: expect.stringMatching(
                /^\nSELECT COUNT\(Id\) FROM SourceMember\n {22}\^\nERROR at Row:1:Column:23\nsObject type 'SourceMember' is not supported\./
            )
        });
        expect(await soqlError("SELECT Id FROM Account WHERE Id = 'abc'")).toMatchObject({
            errorCode: 'INVALID_QUERY_FILTER_OPERATOR',
            message: expect.stringMatching(/ERROR at Row:1:Column:35\ninvalid ID field: abc$/)
        });
        // A second line: the row counts lines and the caret sits under the token on that line.
        expect(await soqlError('SELECT Id\nFROM Account\nWHERE Nme = null')).toMatchObject({
            errorCode: 'INVALID_FIELD',
            message: expect.stringMatching(
                /^\nWHERE Nme = null\n {6}\^\nERROR at Row:3:Column:7\nNo such column 'Nme'/
            )
        });
    });

    it('creates, updates and deletes records with GraphQL mutations, all or none by default', async () => {
        interface MutationResponse {
            data: {
                uiapi: Record<
                    string,
                    { Record?: { Id: string; Name: { value: string } }; Id?: string } | null
                >;
            } | null;
            errors: { message: string; path?: string[]; extensions: { ErrorType: string } }[];
        }
        const mutate = async (
            query: string,
            variables: Record<string, unknown> = {}
        ): Promise<MutationResponse> => {
            const response = await call(org, 'POST', '/services/data/v66.0/graphql', {
                query,
                variables
            });
            expect(response.status).toBe(200);
            return response.body as MutationResponse;
        };
        const created = await mutate(
            `mutation CreateAccount($input: AccountCreateInput!) {
                uiapi { AccountCreate(input: $input) { Record { Id Name { value } } } }
            }`,
            { input: { Account: { Name: 'Graphql Mutation Ltd' } } }
        );
        expect(created.errors).toEqual([]);
        const id = created.data?.uiapi.AccountCreate?.Record?.Id ?? '';
        expect(created.data?.uiapi.AccountCreate?.Record?.Name.value).toBe('Graphql Mutation Ltd');
        expect(await org.conn.sobject('Account').retrieve(id)).toMatchObject({
            Name: 'Graphql Mutation Ltd'
        });

        const updated = await mutate(
            `mutation { uiapi { AccountUpdate(input: { Id: "${id}", Account: { Name: "Graphql Renamed Ltd" } }) { Record { Id Name { value } } } } }`
        );
        expect(updated).toEqual({
            data: {
                uiapi: {
                    AccountUpdate: { Record: { Id: id, Name: { value: 'Graphql Renamed Ltd' } } }
                }
            },
            errors: []
        });

        // allOrNone (the default): the second create fails (Name is required), so the first is undone.
        const failed = await mutate(
            `mutation { uiapi {
                first: AccountCreate(input: { Account: { Name: "Never Saved Ltd" } }) { Record { Id } }
                second: AccountCreate(input: { Account: { Website: "https://example.com" } }) { Record { Id } }
            } }`
        );
        expect(failed.data).toEqual({ uiapi: { first: null, second: null } });
        expect(failed.errors).toEqual([
            expect.objectContaining({
                path: ['uiapi', 'second'],
                extensions: expect.objectContaining({ ErrorType: 'DataFetchingException' })
            })
        ]);
        const neverSaved = await org.conn.query(
            "SELECT Id FROM Account WHERE Name = 'Never Saved Ltd'"
        );
        expect(neverSaved.totalSize).toBe(0);
        // allOrNone: false keeps what succeeded.
        const partial = await mutate(
            `mutation { uiapi(input: { allOrNone: false }) {
                first: AccountCreate(input: { Account: { Name: "Partly Saved Ltd" } }) { Record { Id } }
                second: AccountCreate(input: { Account: { Website: "https://example.com" } }) { Record { Id } }
            } }`
        );
        expect(partial.data?.uiapi.first?.Record?.Id).toMatch(/^001\w{15}$/);
        expect(partial.errors).toHaveLength(1);

        const deleted = await mutate(
            `mutation { uiapi { AccountDelete(input: { Id: "${id}" }) { Id } } }`
        );
        expect(deleted).toEqual({ data: { uiapi: { AccountDelete: { Id: id } } }, errors: [] });
        const again = await mutate(
            `mutation { uiapi { AccountDelete(input: { Id: "${id}" }) { Id } } }`
        );
        // "Sending a delete request for a record that's already deleted returns a DataFetchingException error."
        expect(again.errors[0]?.extensions.ErrorType).toBe('DataFetchingException');
        const wrongType = await mutate(
            `mutation { uiapi { AccountUpdate(input: { Id: "${id}", Account: { NumberOfEmployees: "many" } }) { Record { Id } } } }`
        );
        expect(wrongType.errors[0]?.extensions.ErrorType).toBe('ValidationError');
    });

    it('refuses a Bulk API 2.0 query job with OFFSET, as the platform does', async () => {
        const job = await call(org, 'POST', '/services/data/v66.0/jobs/query', {
            operation: 'query',
            query: 'SELECT Id FROM Account ORDER BY Name LIMIT 5 OFFSET 2'
        });
        expect(job).toMatchObject({ status: 400, body: [{ errorCode: 'INVALIDJOB' }] });
        expect(job.text).toContain('OFFSET');
        const count = await call(org, 'POST', '/services/data/v66.0/jobs/query', {
            operation: 'query',
            query: 'SELECT COUNT() FROM Account'
        });
        expect(count).toMatchObject({ status: 400, body: [{ errorCode: 'INVALIDJOB' }] });
    });
});

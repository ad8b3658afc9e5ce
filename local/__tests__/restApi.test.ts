/** @jest-environment node */
// check-metadata-ignore-file: these tests name unknown objects and fields on purpose.
// The REST API through jsforce 3.10.16, the client the project's command line uses.
import { call, countAll, startTestOrg, type TestOrg } from './testOrg';

interface SaveResult {
    id: string;
    success: boolean;
}

/** A sample member's champion tests and who verified each (sampleOwners.ts fills the verifiers). */
interface MemberRow {
    Contact__r: { Name: string };
    Champion_Access_Test__c: string | null;
    Champion_Access_Verified_By__r: { Name: string } | null;
    Champion_Sells_Test__c: string | null;
    Champion_Sells_Verified_By__r: { Name: string } | null;
    Champion_Gains_Test__c: string | null;
    Champion_Gains_Verified_By__r: { Name: string } | null;
}

describe('the local org REST API with jsforce', () => {
    let org: TestOrg;

    beforeAll(async () => {
        org = await startTestOrg();
    });

    afterAll(async () => {
        await org.stop();
    });

    it('lists API versions up to 66.0 and describes the v66.0 resources', async () => {
        const versions = (await call(org, 'GET', '/services/data')).body as {
            version: string;
            label: string;
        }[];
        expect(versions[versions.length - 1]).toEqual({
            label: "Spring '26",
            url: '/services/data/v66.0',
            version: '66.0'
        });
        const resources = (await call(org, 'GET', '/services/data/v66.0/')).body as Record<
            string,
            string
        >;
        expect(resources.sobjects).toBe('/services/data/v66.0/sobjects');
        expect(resources.identity).toMatch(/\/id\/00D\w{15}\/005\w{15}$/);
    });

    it('logs in with the token: identity names the local user and org', async () => {
        const identity = await org.conn.identity();
        expect(identity.user_id).toBe(org.running.org.store.userId);
        expect(identity.organization_id).toBe(org.running.org.store.orgId);
        expect(identity.username).toBe('atlas.user@atlas.local');
        const user = await org.conn.sobject('User').retrieve(identity.user_id);
        expect(user).toMatchObject({ Name: 'Atlas Local User', IsActive: true });
        const orgInfo = await org.conn.query<{ Name: string; IsSandbox: boolean }>(
            'SELECT Name, IsSandbox, InstanceName FROM Organization'
        );
        expect(orgInfo.records[0]).toMatchObject({
            Name: 'Account Atlas Local Org',
            IsSandbox: false
        });
    });

    it('refuses a missing or wrong token with INVALID_SESSION_ID', async () => {
        const missing = await call(org, 'GET', '/services/data/v66.0/sobjects', undefined, {
            Authorization: ''
        });
        expect(missing.status).toBe(401);
        expect(missing.body).toEqual([
            { message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }
        ]);
        const wrong = await call(org, 'GET', '/services/data/v66.0/limits', undefined, {
            Authorization: 'Bearer 00D000000000001!nope'
        });
        expect(wrong.status).toBe(401);
    });

    it('seeded the sample data plan: accounts, buying centers and members with their flow keys', async () => {
        const result = await org.conn.query<{
            Name: string;
            Member_Key__c: string;
            Buying_Center__c: string;
            Contact__c: string;
        }>(
            "SELECT Name, Member_Key__c, Buying_Center__c, Contact__c FROM Buying_Center_Member__c WHERE Buying_Center__r.Account__r.Name = 'Meridian Global Bank' ORDER BY Name LIMIT 5"
        );
        expect(result.records.length).toBe(5);
        for (const member of result.records) {
            expect(member.Name).toMatch(/^BCM-\d{5}$/);
            expect(member.Member_Key__c).toBe(`${member.Buying_Center__c}:${member.Contact__c}`);
        }
    });

    it('seeded a verifier on every passed champion test of the sample, as the member form asks (#22)', async () => {
        const result = await org.conn.query<MemberRow>(
            "SELECT Contact__r.Name, Champion_Access_Test__c, Champion_Access_Verified_By__r.Name, Champion_Sells_Test__c, Champion_Sells_Verified_By__r.Name, Champion_Gains_Test__c, Champion_Gains_Verified_By__r.Name FROM Buying_Center_Member__c WHERE Champion_Access_Test__c = 'Passed' OR Champion_Sells_Test__c = 'Passed' OR Champion_Gains_Test__c = 'Passed'"
        );
        const passed = result.records.flatMap((row) =>
            (
                [
                    [row.Champion_Access_Test__c, row.Champion_Access_Verified_By__r],
                    [row.Champion_Sells_Test__c, row.Champion_Sells_Verified_By__r],
                    [row.Champion_Gains_Test__c, row.Champion_Gains_Verified_By__r]
                ] as const
            )
                .filter(([test]) => test === 'Passed')
                .map(([, verifier]) => [row.Contact__r.Name, verifier?.Name ?? null])
        );
        expect(passed.length).toBe(4);
        expect(passed).toContainEqual(['Nina Castillo', 'Morgan Lee']);
        expect(passed.filter(([, verifier]) => verifier !== 'Morgan Lee')).toEqual([]);
    });

    it('pages a large query with nextRecordsUrl and returns every record once', async () => {
        const { store } = org.running.org;
        const accountId = store.insert('Account', { Name: 'Paging Corp' });
        store.transaction(() => {
            for (let i = 0; i < 2300; i++) {
                store.insert('Contact', {
                    LastName: `Pager ${String(i).padStart(4, '0')}`,
                    AccountId: accountId
                });
            }
        });
        const first = await org.conn.request<{
            totalSize: number;
            done: boolean;
            records: unknown[];
            nextRecordsUrl: string;
        }>(
            `/query?q=${encodeURIComponent(`SELECT Id FROM Contact WHERE AccountId = '${accountId}'`)}`
        );
        expect(first).toMatchObject({ totalSize: 2300, done: false });
        expect(first.records.length).toBe(2000);
        expect(first.nextRecordsUrl).toMatch(/^\/services\/data\/v66\.0\/query\/01g\w{15}-2000$/);
        const all = await org.conn.query<{ Id: string; LastName: string }>(
            `SELECT Id, LastName FROM Contact WHERE AccountId = '${accountId}' ORDER BY LastName`,
            {
                autoFetch: true,
                maxFetch: 5000,
                headers: { 'Sforce-Query-Options': 'batchSize=500' }
            }
        );
        expect(all.totalSize).toBe(2300);
        expect(all.records.length).toBe(2300);
        expect(new Set(all.records.map((record) => record.Id)).size).toBe(2300);
        expect(all.records[0]?.LastName).toBe('Pager 0000');
        expect(all.records[2299]?.LastName).toBe('Pager 2299');
    });

    it('creates, reads, updates and deletes a record with system fields maintained', async () => {
        const account = (await org.conn
            .sobject('Account')
            .create({ Name: 'CRUD Industries', Industry: 'Technology' })) as SaveResult;
        expect(account.success).toBe(true);
        expect(account.id).toMatch(/^001\w{15}$/);
        const center = (await org.conn.sobject('Buying_Center__c').create({
            Name: 'Finance',
            Account__c: account.id,
            Wallet_Size__c: 1000000,
            Wallet_Share__c: 12.5,
            Relationship_Status__c: 'Vendor'
        })) as SaveResult;
        const read = await org.conn.sobject('Buying_Center__c').retrieve(center.id);
        expect(read).toMatchObject({
            Id: center.id,
            Name: 'Finance',
            Account__c: account.id,
            Wallet_Size__c: 1000000,
            Wallet_Share__c: 12.5,
            CreatedById: org.running.org.store.userId,
            IsDeleted: false
        });
        // A master-detail child has no owner of its own; its master (the account) has one.
        expect(read).not.toHaveProperty('OwnerId');
        const owner = await org.conn.sobject('Account').retrieve(account.id);
        expect(owner.OwnerId).toBe(org.running.org.store.userId);
        expect(read.CreatedDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
        await org.conn
            .sobject('Buying_Center__c')
            .update({ Id: center.id, Growth_Trend__c: 'Growing' });
        const updated = await org.conn.sobject('Buying_Center__c').retrieve(center.id);
        expect(updated.Growth_Trend__c).toBe('Growing');
        expect(Date.parse(String(updated.LastModifiedDate))).toBeGreaterThanOrEqual(
            Date.parse(String(read.LastModifiedDate))
        );
        // A 15-character id works too, as on the platform.
        const short = await org.conn.sobject('Buying_Center__c').retrieve(center.id.slice(0, 15));
        expect(short.Id).toBe(center.id);
        await org.conn.sobject('Account').destroy(account.id);
        // Master-detail children go with their master.
        const gone = await org.conn.query(
            `SELECT Id FROM Buying_Center__c WHERE Id = '${center.id}'`
        );
        expect(gone.totalSize).toBe(0);
        const binned = await org.conn.query(
            `SELECT Id, IsDeleted FROM Buying_Center__c WHERE Id = '${center.id}'`,
            { scanAll: true }
        );
        expect(binned.records).toEqual([
            expect.objectContaining({ Id: center.id, IsDeleted: true })
        ]);
        const missing = await call(
            org,
            'GET',
            `/services/data/v66.0/sobjects/Account/${account.id}`
        );
        expect(missing.status).toBe(404);
    });

    it('upserts by an external id field: creates once, then updates', async () => {
        const opportunity = (
            await org.conn.query<{ Id: string }>(
                'SELECT Id FROM Opportunity WHERE IsClosed = false LIMIT 1'
            )
        ).records[0]!;
        const key = `${opportunity.Id}:2026-11-29T00:00:00.000Z`;
        const created = await call(
            org,
            'PATCH',
            `/services/data/v66.0/sobjects/Deal_Score_Snapshot__c/Snapshot_Key__c/${encodeURIComponent(key)}`,
            {
                Opportunity__c: opportunity.Id,
                Score__c: 55,
                Band__c: 'Watch'
            }
        );
        expect(created.status).toBe(201);
        expect(created.body).toMatchObject({ success: true, created: true });
        const again = await call(
            org,
            'PATCH',
            `/services/data/v66.0/sobjects/Deal_Score_Snapshot__c/Snapshot_Key__c/${encodeURIComponent(key)}`,
            {
                Score__c: 61
            }
        );
        expect(again.status).toBe(200);
        expect(again.body).toMatchObject({
            created: false,
            id: (created.body as { id: string }).id
        });
        const rows = await org.conn.query<{ Score__c: number }>(
            `SELECT Score__c FROM Deal_Score_Snapshot__c WHERE Snapshot_Key__c = '${key}'`
        );
        expect(rows.records).toEqual([expect.objectContaining({ Score__c: 61 })]);
    });

    it('describes every object globally and one object in full, from the project metadata', async () => {
        const global = await org.conn.describeGlobal();
        const center = global.sobjects.find((object) => object.name === 'Buying_Center__c');
        expect(center).toMatchObject({ custom: true, label: 'Buying Center', queryable: true });
        expect(center?.keyPrefix).toMatch(/^a\w\w$/);
        const member = await org.conn.describe('Buying_Center_Member__c');
        const role = member.fields.find((field) => field.name === 'Buying_Role__c');
        expect(role).toMatchObject({ type: 'picklist', restrictedPicklist: true });
        expect(role?.picklistValues?.map((value) => value.value)).toContain('Decision Maker');
        const key = member.fields.find((field) => field.name === 'Member_Key__c');
        expect(key).toMatchObject({ type: 'string', length: 40, unique: true, externalId: true });
        const contact = member.fields.find((field) => field.name === 'Contact__c');
        expect(contact).toMatchObject({
            type: 'reference',
            referenceTo: ['Contact'],
            relationshipName: 'Contact__r',
            restrictedDelete: true
        });
        const account = await org.conn.describe('Account');
        expect(account.childRelationships).toEqual(
            expect.arrayContaining([
                expect.objectContaining({
                    childSObject: 'Buying_Center__c',
                    relationshipName: 'Buying_Centers__r',
                    cascadeDelete: true
                })
            ])
        );
    });

    it('answers SOQL filters, ordering, limits, parent fields, subqueries, semi-joins and COUNT()', async () => {
        const q = async <T extends Record<string, unknown>>(soql: string): Promise<T[]> =>
            (await org.conn.query<T>(soql)).records;
        const stages = await q<{ StageName: string; IsClosed: boolean }>(
            "SELECT StageName, IsClosed FROM Opportunity WHERE (StageName = 'Closed Won' OR StageName = 'Closed Lost') AND NOT Amount = null"
        );
        expect(stages.length).toBeGreaterThan(0);
        expect(stages.every((row) => row.IsClosed)).toBe(true);
        const inList = await q<{ Name: string }>(
            "SELECT Name FROM Account WHERE Name IN ('Meridian Global Bank', 'Cascade Valley Health') ORDER BY Name DESC"
        );
        expect(inList.map((row) => row.Name)).toEqual([
            'Meridian Global Bank',
            'Cascade Valley Health'
        ]);
        const like = await q<{ Name: string }>(
            "SELECT Name FROM Account WHERE Name LIKE 'kestrel%'"
        );
        expect(like.map((row) => row.Name)).toEqual(['Kestrel Precision Manufacturing']);
        const recent = await q<{ Id: string }>(
            'SELECT Id FROM Account WHERE CreatedDate = LAST_N_DAYS:1 AND CreatedDate <= TODAY'
        );
        expect(recent.length).toBeGreaterThanOrEqual(3);
        const none = await q<{ Id: string }>('SELECT Id FROM Account WHERE CreatedDate > TOMORROW');
        expect(none).toEqual([]);
        const paged = await q<{ Name: string }>(
            'SELECT Name FROM Stage_Criterion__c ORDER BY Name LIMIT 3 OFFSET 2'
        );
        const all = await q<{ Name: string }>('SELECT Name FROM Stage_Criterion__c ORDER BY Name');
        expect(paged.map((row) => row.Name)).toEqual(all.slice(2, 5).map((row) => row.Name));
        const withParents = await q<{ Contact__r: { Account: { Name: string } } | null }>(
            'SELECT Contact__r.Account.Name FROM Buying_Center_Member__c LIMIT 1'
        );
        expect(withParents[0]?.Contact__r?.Account.Name).toEqual(expect.any(String));
        const withChildren = await q<{
            Name: string;
            Buying_Centers__r: { totalSize: number; records: { Name: string }[] } | null;
        }>(
            "SELECT Name, (SELECT Name FROM Buying_Centers__r ORDER BY Name LIMIT 2) FROM Account WHERE Name = 'Meridian Global Bank'"
        );
        expect(withChildren[0]?.Buying_Centers__r?.records.length).toBe(2);
        const semi = await q<{ Name: string }>(
            'SELECT Name FROM Account WHERE Id IN (SELECT Account__c FROM Opportunity_Map__c) ORDER BY Name'
        );
        expect(semi.length).toBe(3);
        const count = await org.conn.query('SELECT COUNT() FROM Solution__c');
        expect(count).toMatchObject({ totalSize: 7, records: [] });
        const notEqual = await q<{ Id: string }>(
            "SELECT Id FROM Opportunity WHERE Loss_Reason__c != 'Outsold'"
        );
        const outsold = await q<{ Id: string }>(
            "SELECT Id FROM Opportunity WHERE Loss_Reason__c = 'Outsold'"
        );
        const total = await org.conn.query('SELECT COUNT() FROM Opportunity');
        // != includes blanks, as in SOQL.
        expect(notEqual.length + outsold.length).toBe(total.totalSize);
    });

    it('rejects malformed SOQL, unknown objects and fields and wrong literal types with Salesforce error codes', async () => {
        const error = async (soql: string): Promise<{ status: number; body: unknown }> =>
            call(org, 'GET', `/services/data/v66.0/query?q=${encodeURIComponent(soql)}`);
        expect(await error('SELEC Id FROM Account')).toMatchObject({
            status: 400,
            body: [{ errorCode: 'MALFORMED_QUERY' }]
        });
        expect(await error('SELECT Id FROM Nothing__c')).toMatchObject({
            status: 400,
            body: [{ errorCode: 'INVALID_TYPE' }]
        });
        expect(await error('SELECT Bogus__c FROM Account')).toMatchObject({
            status: 400,
            body: [{ errorCode: 'INVALID_FIELD' }]
        });
        expect(await error('SELECT Nope__r.Name FROM Account')).toMatchObject({
            status: 400,
            body: [{ errorCode: 'INVALID_FIELD' }]
        });
        expect(await error("SELECT Id FROM Opportunity WHERE Amount = 'lots'")).toMatchObject({
            status: 400,
            body: [{ errorCode: 'INVALID_FIELD' }]
        });
        expect(await error("SELECT Id FROM Account WHERE Id = 'not-an-id'")).toMatchObject({
            status: 400,
            body: [{ errorCode: 'INVALID_QUERY_FILTER_OPERATOR' }]
        });
        expect(
            await error("SELECT Id FROM Account WHERE Name = 'a' AND Name = 'b' OR Name = 'c'")
        ).toMatchObject({
            status: 400,
            body: [{ errorCode: 'MALFORMED_QUERY' }]
        });
        const grouped = await error('SELECT Industry, COUNT(Id) FROM Account GROUP BY Industry');
        expect(grouped).toMatchObject({
            status: 403,
            body: [{ errorCode: 'FUNCTIONALITY_NOT_ENABLED' }]
        });
        expect(JSON.stringify(grouped.body)).toContain('GROUP BY');
    });

    it('enforces required fields, restricted picklists, types, lengths, lookups, validation rules and unique keys', async () => {
        const before = countAll(org);
        const account = (
            await org.conn.query<{ Id: string }>(
                "SELECT Id FROM Account WHERE Name = 'Meridian Global Bank'"
            )
        ).records[0]!;
        const create = async (
            object: string,
            body: Record<string, unknown>
        ): Promise<{ status: number; body: unknown }> =>
            call(org, 'POST', `/services/data/v66.0/sobjects/${object}`, body);
        expect(await create('Buying_Center__c', { Account__c: account.Id })).toMatchObject({
            status: 400,
            body: [{ errorCode: 'REQUIRED_FIELD_MISSING', fields: ['Name'] }]
        });
        expect(
            await create('Buying_Center__c', {
                Name: 'X',
                Account__c: account.Id,
                Growth_Trend__c: 'Exploding'
            })
        ).toMatchObject({
            body: [
                {
                    errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
                    fields: ['Growth_Trend__c']
                }
            ]
        });
        expect(
            await create('Buying_Center__c', {
                Name: 'X',
                Account__c: account.Id,
                Wallet_Size__c: 'big'
            })
        ).toMatchObject({
            body: [{ errorCode: 'JSON_PARSER_ERROR' }]
        });
        expect(
            await create('Buying_Center__c', { Name: 'X'.repeat(81), Account__c: account.Id })
        ).toMatchObject({
            body: [{ errorCode: 'STRING_TOO_LONG', fields: ['Name'] }]
        });
        expect(
            await create('Buying_Center__c', {
                Name: 'X',
                Account__c: account.Id,
                Wallet_Share__c: 140
            })
        ).toMatchObject({
            body: [{ errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION' }]
        });
        expect(
            await create('Buying_Center__c', { Name: 'X', Account__c: 'garbage' })
        ).toMatchObject({ body: [{ errorCode: 'MALFORMED_ID' }] });
        expect(
            await create('Buying_Center__c', {
                Name: 'X',
                Account__c: org.running.org.store.userId
            })
        ).toMatchObject({
            body: [{ errorCode: 'FIELD_INTEGRITY_EXCEPTION' }]
        });
        expect(
            await create('Buying_Center__c', { Name: 'X', Account__c: account.Id, Bogus__c: 1 })
        ).toMatchObject({
            body: [{ errorCode: 'INVALID_FIELD' }]
        });
        expect(
            await create('Buying_Center__c', {
                Name: 'X',
                Account__c: account.Id,
                CreatedDate: '2020-01-01T00:00:00Z'
            })
        ).toMatchObject({
            body: [{ errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE' }]
        });
        const existing = (
            await org.conn.query<{ Buying_Center__c: string; Contact__c: string }>(
                'SELECT Buying_Center__c, Contact__c FROM Buying_Center_Member__c LIMIT 1'
            )
        ).records[0]!;
        const duplicate = await create('Buying_Center_Member__c', {
            Buying_Center__c: existing.Buying_Center__c,
            Contact__c: existing.Contact__c
        });
        expect(duplicate).toMatchObject({ status: 400, body: [{ errorCode: 'DUPLICATE_VALUE' }] });
        expect(JSON.stringify(duplicate.body)).toContain(
            'Member_Key__c duplicates value on record with id'
        );
        const contact = (
            await org.conn.query<{ Id: string }>(
                'SELECT Contact__c Id FROM Buying_Center_Member__c LIMIT 1'
            )
        ).records;
        expect(contact.length).toBe(1);
        const blocked = await call(
            org,
            'DELETE',
            `/services/data/v66.0/sobjects/Contact/${existing.Contact__c}`
        );
        expect(blocked).toMatchObject({ status: 400, body: [{ errorCode: 'DELETE_FAILED' }] });
        expect(
            await call(org, 'GET', '/services/data/v66.0/sobjects/Nothing__c/describe')
        ).toMatchObject({ status: 404, body: [{ errorCode: 'NOT_FOUND' }] });
        expect(await call(org, 'GET', '/services/data/v66.0/sobjects/Account/001xx')).toMatchObject(
            { status: 404 }
        );
        expect(
            await call(org, 'POST', '/services/data/v66.0/sobjects/Account', '{"Name": ')
        ).toMatchObject({
            status: 400,
            body: [{ errorCode: 'JSON_PARSER_ERROR' }]
        });
        expect(countAll(org)).toEqual(before);
    });

    it('imports nested records with composite/tree, all or none', async () => {
        const tree = await call(org, 'POST', '/services/data/v66.0/composite/tree/Account', {
            records: [
                {
                    attributes: { type: 'Account', referenceId: 'acc1' },
                    Name: 'Tree Corp',
                    Contacts: {
                        records: [
                            {
                                attributes: { type: 'Contact', referenceId: 'con1' },
                                LastName: 'Leaf'
                            }
                        ]
                    },
                    Buying_Centers__r: {
                        records: [
                            {
                                attributes: { type: 'Buying_Center__c', referenceId: 'bc1' },
                                Name: 'Branch'
                            }
                        ]
                    }
                }
            ]
        });
        expect(tree.status).toBe(201);
        const results = (
            tree.body as { hasErrors: boolean; results: { referenceId: string; id: string }[] }
        ).results;
        expect(results.map((result) => result.referenceId)).toEqual(['acc1', 'con1', 'bc1']);
        const accountId = results[0]!.id;
        const children = await org.conn.query<{ AccountId: string }>(
            `SELECT AccountId FROM Contact WHERE LastName = 'Leaf'`
        );
        expect(children.records[0]?.AccountId).toBe(accountId);
        const before = countAll(org);
        const failing = await call(org, 'POST', '/services/data/v66.0/composite/tree/Account', {
            records: [
                { attributes: { type: 'Account', referenceId: 'ok' }, Name: 'Fine' },
                { attributes: { type: 'Account', referenceId: 'bad' } }
            ]
        });
        expect(failing.status).toBe(400);
        expect(failing.body).toEqual({
            hasErrors: true,
            results: [
                {
                    referenceId: 'bad',
                    errors: [
                        {
                            statusCode: 'REQUIRED_FIELD_MISSING',
                            message: 'Required fields are missing: [Name]',
                            fields: ['Name']
                        }
                    ]
                }
            ]
        });
        expect(countAll(org)).toEqual(before);
    });

    it('creates, updates, retrieves and deletes collections with composite/sobjects, honouring allOrNone', async () => {
        const created = (await org.conn
            .sobject('Solution__c')
            .create([{ Name: 'Collections A' }, { Name: 'Collections B' }])) as SaveResult[];
        expect(created.every((result) => result.success)).toBe(true);
        const ids = created.map((result) => result.id);
        const updated = (await org.conn
            .sobject('Solution__c')
            .update(ids.map((Id) => ({ Id, Family__c: 'Batch' })))) as SaveResult[];
        expect(updated.every((result) => result.success)).toBe(true);
        const fetched = await org.conn.sobject('Solution__c').retrieve(ids);
        expect(fetched.map((record) => record?.Family__c)).toEqual(['Batch', 'Batch']);
        const before = countAll(org);
        const mixed = await call(org, 'POST', '/services/data/v66.0/composite/sobjects', {
            allOrNone: true,
            records: [
                { attributes: { type: 'Solution__c' }, Name: 'Would be fine' },
                { attributes: { type: 'Solution__c' }, Sort_Order__c: 3 }
            ]
        });
        expect(mixed.body).toEqual([
            {
                id: null,
                success: false,
                errors: [
                    expect.objectContaining({ statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK' })
                ]
            },
            {
                success: false,
                errors: [expect.objectContaining({ statusCode: 'REQUIRED_FIELD_MISSING' })]
            }
        ]);
        expect(countAll(org)).toEqual(before);
        const partial = (await org.conn.request({
            method: 'POST',
            url: '/composite/sobjects',
            body: JSON.stringify({
                allOrNone: false,
                records: [
                    { attributes: { type: 'Solution__c' }, Name: 'Partial ok' },
                    { attributes: { type: 'Solution__c' }, Sort_Order__c: 3 }
                ]
            }),
            headers: { 'Content-Type': 'application/json' }
        })) as SaveResult[];
        expect(partial.map((result) => result.success)).toEqual([true, false]);
        const deleted = (await org.conn.sobject('Solution__c').destroy(ids)) as SaveResult[];
        expect(deleted.every((result) => result.success)).toBe(true);
    });

    it('follows parent and child relationships from a record URL', async () => {
        const center = (
            await org.conn.query<{ Id: string; Account__c: string }>(
                "SELECT Id, Account__c FROM Buying_Center__c WHERE Name = 'Commercial Banking'"
            )
        ).records[0]!;
        const parent = await call(
            org,
            'GET',
            `/services/data/v66.0/sobjects/Buying_Center__c/${center.Id}/Account__r?fields=Name`
        );
        expect(parent).toMatchObject({
            status: 200,
            body: { attributes: { type: 'Account' }, Name: 'Meridian Global Bank' }
        });
        const children = await call(
            org,
            'GET',
            `/services/data/v66.0/sobjects/Account/${center.Account__c}/Buying_Centers__r?fields=Name`
        );
        const expected = await org.conn.query(
            `SELECT Id FROM Buying_Center__c WHERE Account__c = '${center.Account__c}'`
        );
        expect(children.body).toMatchObject({ totalSize: expected.totalSize, done: true });
        const recent = await call(org, 'GET', '/services/data/v66.0/recent');
        expect(recent).toMatchObject({
            status: 403,
            body: [{ errorCode: 'FUNCTIONALITY_NOT_ENABLED' }]
        });
        expect(JSON.stringify(recent.body)).toContain(
            'the recently viewed items resource (/recent)'
        );
    });

    it('reports limits and refuses oversized bodies and unknown routes in Salesforce shapes', async () => {
        const limits = (await call(org, 'GET', '/services/data/v66.0/limits')).body as Record<
            string,
            { Max: number }
        >;
        expect(limits.DailyApiRequests?.Max).toBeGreaterThan(0);
        expect(await call(org, 'GET', '/services/data/v12.0/sobjects')).toMatchObject({
            status: 404,
            body: [{ errorCode: 'NOT_FOUND' }]
        });
        expect(await call(org, 'PUT', '/services/data/v66.0/sobjects')).toMatchObject({
            status: 405,
            body: [{ errorCode: 'METHOD_NOT_ALLOWED' }]
        });
        const tooling = await call(
            org,
            'GET',
            '/services/data/v66.0/tooling/query?q=SELECT+Id+FROM+SandboxProcess'
        );
        expect(tooling).toMatchObject({
            status: 403,
            body: [{ errorCode: 'FUNCTIONALITY_NOT_ENABLED' }]
        });
        expect(JSON.stringify(tooling.body)).toContain('Tooling API');
    });
});

describe('the local org body limits', () => {
    let org: TestOrg;

    beforeAll(async () => {
        org = await startTestOrg({ seed: false, limits: { json: 4096 } });
    });

    afterAll(async () => {
        await org.stop();
    });

    it('refuses a body over the limit with EXCEEDED_MAX_SIZE_REQUEST and stores nothing', async () => {
        const before = countAll(org);
        const response = await call(org, 'POST', '/services/data/v66.0/sobjects/Account', {
            Name: 'Big',
            Description: 'x'.repeat(10000)
        });
        expect(response).toMatchObject({
            status: 413,
            body: [{ errorCode: 'EXCEEDED_MAX_SIZE_REQUEST' }]
        });
        expect(countAll(org)).toEqual(before);
    });
});

/** @jest-environment node */
// check-metadata-ignore-file: a test names an unknown field on purpose.
// UI API records, object info and picklist values, in the shapes lightning/uiRecordApi reads.
import { call, countAll, startTestOrg, type TestOrg } from './testOrg';

interface FieldValue {
    value: unknown;
    displayValue: string | null;
}

interface RecordRepresentation {
    apiName: string;
    id: string;
    eTag: string;
    weakEtag: number;
    fields: Record<string, FieldValue>;
}

describe('the local org UI API', () => {
    let org: TestOrg;
    let accountId: string;
    let centerId: string;

    beforeAll(async () => {
        org = await startTestOrg();
        accountId = (
            await org.conn.query<{ Id: string }>(
                "SELECT Id FROM Account WHERE Name = 'Meridian Global Bank'"
            )
        ).records[0]!.Id;
        centerId = (
            await org.conn.query<{ Id: string }>(
                "SELECT Id FROM Buying_Center__c WHERE Name = 'Commercial Banking'"
            )
        ).records[0]!.Id;
    });

    afterAll(async () => {
        await org.stop();
    });

    it('reads a record with fields, optional fields and a parent path, each as { value, displayValue }', async () => {
        const fields = [
            'Buying_Center__c.Name',
            'Buying_Center__c.Wallet_Size__c',
            'Buying_Center__c.Relationship_Status__c',
            'Buying_Center__c.Account__r.Name'
        ].join(',');
        const response = await call(
            org,
            'GET',
            `/services/data/v66.0/ui-api/records/${centerId}?fields=${fields}&optionalFields=Buying_Center__c.Nothing_Here__c,Account.Name`
        );
        expect(response.status).toBe(200);
        const record = response.body as RecordRepresentation;
        expect(record).toMatchObject({
            apiName: 'Buying_Center__c',
            id: centerId,
            recordTypeId: '012000000000000AAA'
        });
        expect(record.fields.Name).toEqual({ displayValue: null, value: 'Commercial Banking' });
        expect(record.fields.Wallet_Size__c).toEqual({
            displayValue: '$5,000,000.00',
            value: 5000000
        });
        expect(record.fields.Relationship_Status__c).toEqual({
            displayValue: 'Vendor',
            value: 'Vendor'
        });
        expect(record.fields.Account__c).toEqual({ displayValue: null, value: accountId });
        expect(record.fields.Account__r).toMatchObject({
            displayValue: 'Meridian Global Bank',
            value: {
                apiName: 'Account',
                id: accountId,
                fields: { Name: { displayValue: null, value: 'Meridian Global Bank' } }
            }
        });
        expect(record.eTag).toMatch(/^[0-9a-f]{32}$/);
        expect(record.weakEtag).toBeGreaterThan(0);
        const unknown = await call(
            org,
            'GET',
            `/services/data/v66.0/ui-api/records/${centerId}?fields=Buying_Center__c.Nothing_Here__c`
        );
        expect(unknown).toMatchObject({ status: 400, body: [{ errorCode: 'INVALID_FIELD' }] });
        const layouts = await call(
            org,
            'GET',
            `/services/data/v66.0/ui-api/records/${centerId}?layoutTypes=Full`
        );
        expect(layouts).toMatchObject({
            status: 403,
            body: [{ errorCode: 'FUNCTIONALITY_NOT_ENABLED' }]
        });
    });

    it('reads several records in one batch, with a per-record status', async () => {
        const response = await call(
            org,
            'GET',
            `/services/data/v66.0/ui-api/records/batch/${centerId},${accountId},001000000000000AAA?optionalFields=Account.Name,Buying_Center__c.Name`
        );
        const results = (response.body as { results: { statusCode: number; result: unknown }[] })
            .results;
        expect(results.map((result) => result.statusCode)).toEqual([200, 200, 404]);
        expect(results[1]?.result).toMatchObject({
            apiName: 'Account',
            fields: { Name: { value: 'Meridian Global Bank' } }
        });
    });

    it('creates, updates and deletes records as lightning/uiRecordApi does', async () => {
        const created = await call(org, 'POST', '/services/data/v66.0/ui-api/records', {
            apiName: 'Buying_Center__c',
            fields: { Name: 'UI Created', Account__c: accountId, Growth_Trend__c: 'Stable' }
        });
        expect(created.status).toBe(201);
        const record = created.body as RecordRepresentation;
        expect(record.fields.Growth_Trend__c).toEqual({ displayValue: 'Stable', value: 'Stable' });
        const updated = await call(
            org,
            'PATCH',
            `/services/data/v66.0/ui-api/records/${record.id}`,
            { fields: { Growth_Trend__c: 'Growing' } },
            { 'If-Match': record.eTag }
        );
        expect(updated.status).toBe(200);
        expect((updated.body as RecordRepresentation).fields.Growth_Trend__c?.value).toBe(
            'Growing'
        );
        const stale = await call(
            org,
            'PATCH',
            `/services/data/v66.0/ui-api/records/${record.id}`,
            { fields: { Growth_Trend__c: 'Stable' } },
            { 'If-Match': record.eTag }
        );
        expect(stale).toMatchObject({ status: 412, body: [{ errorCode: 'PRECONDITION_FAILED' }] });
        expect(
            (await call(org, 'DELETE', `/services/data/v66.0/ui-api/records/${record.id}`)).status
        ).toBe(204);
        expect(
            (
                await call(
                    org,
                    'GET',
                    `/services/data/v66.0/ui-api/records/${record.id}?fields=Buying_Center__c.Name`
                )
            ).status
        ).toBe(404);
    });

    it('reports save failures as RecordError output with field errors, and stores nothing', async () => {
        const before = countAll(org);
        const missing = await call(org, 'POST', '/services/data/v66.0/ui-api/records', {
            apiName: 'Buying_Center__c',
            fields: { Account__c: accountId }
        });
        expect(missing.status).toBe(400);
        expect(missing.body).toMatchObject({
            enhancedErrorType: 'RecordError',
            output: {
                errors: [],
                fieldErrors: {
                    Name: [
                        {
                            errorCode: 'REQUIRED_FIELD_MISSING',
                            field: 'Name',
                            fieldLabel: 'Buying Center Name'
                        }
                    ]
                }
            }
        });
        const rule = await call(org, 'PATCH', `/services/data/v66.0/ui-api/records/${centerId}`, {
            fields: { Wallet_Share__c: 250 }
        });
        expect(rule.body).toMatchObject({
            enhancedErrorType: 'RecordError',
            // The rule names Wallet_Share__c as its error display field, so the error sits on that field.
            output: {
                fieldErrors: {
                    Wallet_Share__c: [
                        {
                            errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                            message: expect.any(String)
                        }
                    ]
                }
            }
        });
        const picklist = await call(
            org,
            'PATCH',
            `/services/data/v66.0/ui-api/records/${centerId}`,
            { fields: { Growth_Trend__c: 'Sideways' } }
        );
        expect(picklist.body).toMatchObject({
            output: {
                fieldErrors: {
                    Growth_Trend__c: [{ errorCode: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST' }]
                }
            }
        });
        expect(countAll(org)).toEqual(before);
    });

    it('describes objects and picklist values for the UI', async () => {
        const info = (
            await call(
                org,
                'GET',
                '/services/data/v66.0/ui-api/object-info/Buying_Center_Member__c'
            )
        ).body as {
            apiName: string;
            fields: Record<
                string,
                { dataType: string; required: boolean; referenceToInfos: { apiName: string }[] }
            >;
            defaultRecordTypeId: string;
        };
        expect(info.apiName).toBe('Buying_Center_Member__c');
        expect(info.fields.Contact__c).toMatchObject({
            dataType: 'Reference',
            required: true,
            referenceToInfos: [{ apiName: 'Contact' }]
        });
        expect(info.fields.Support__c?.dataType).toBe('Picklist');
        const values = (
            await call(
                org,
                'GET',
                `/services/data/v66.0/ui-api/object-info/Buying_Center_Member__c/picklist-values/${info.defaultRecordTypeId}/Support__c`
            )
        ).body as {
            values: { value: string; label: string }[];
        };
        expect(values.values.map((value) => value.value)).toEqual([
            'Mentor',
            'Supporter',
            'Neutral',
            'Non-Supporter',
            'Enemy'
        ]);
    });

    it("marks each Opportunity stage closed or won, as the UI API's stage attributes do", async () => {
        const stages = (
            await call(
                org,
                'GET',
                '/services/data/v66.0/ui-api/object-info/Opportunity/picklist-values/012000000000000AAA/StageName'
            )
        ).body as {
            values: { value: string; attributes: { closed: boolean; won: boolean } | null }[];
        };
        const closed = stages.values.filter((value) => value.attributes?.closed === true);
        expect(closed.map((value) => [value.value, value.attributes?.won])).toEqual([
            ['Closed Won', true],
            ['Closed Lost', false]
        ]);
        expect(stages.values.every((value) => value.attributes !== null)).toBe(true);
    });
});

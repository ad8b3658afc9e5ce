/** @jest-environment node */
// check-metadata-ignore-file: these tests name standard fields and unsupported objects on purpose.
// The standard objects as a real client (jsforce 3.10.16, plain fetch) sees them: the catalog's
// fields, types and relationships, activities on the objects that enable them, and the UI API and
// GraphQL serving only the objects Salesforce's UI API serves.
import { call, startTestOrg, type TestOrg } from './testOrg';

interface ApiFailure {
    errorCode?: string;
    message?: string;
}

async function failureOf(promise: Promise<unknown>): Promise<ApiFailure> {
    try {
        await promise;
    } catch (error) {
        return error as ApiFailure;
    }
    throw new Error('expected the call to fail');
}

interface GraphqlReply {
    data: unknown;
    errors?: { message: string }[];
}

describe('standard objects in the local org', () => {
    let org: TestOrg;
    let opportunityId: string;
    let contactId: string;

    beforeAll(async () => {
        org = await startTestOrg();
        const opportunity = await org.conn.query<{ Id: string }>(
            'SELECT Id FROM Opportunity ORDER BY Name LIMIT 1'
        );
        opportunityId = opportunity.records[0]?.Id ?? '';
        const contact = await org.conn.query<{ Id: string }>(
            'SELECT Id FROM Contact ORDER BY LastName LIMIT 1'
        );
        contactId = contact.records[0]?.Id ?? '';
    });

    afterAll(async () => {
        await org.stop();
    });

    it("stores and queries Account's address parts and other standard fields", async () => {
        const created = await org.conn.sobject('Account').create({
            Name: 'Standard Fields Co',
            BillingStreet: '1 Market St',
            BillingCity: 'San Francisco',
            BillingPostalCode: '94105',
            Phone: '+1 415 555 0100',
            AccountNumber: 'SF-1'
        });
        const result = await org.conn.query<{ BillingCity: string; Phone: string }>(
            `SELECT BillingCity, BillingPostalCode, Phone FROM Account WHERE Id = '${String(
                (created as { id: string }).id
            )}'`
        );
        expect(result.records[0]).toMatchObject({
            BillingCity: 'San Francisco',
            BillingPostalCode: '94105',
            Phone: '+1 415 555 0100'
        });
        // Lengths are the platform's: BillingCity is 40 characters.
        const tooLong = await failureOf(
            org.conn.sobject('Account').create({ Name: 'Long City', BillingCity: 'x'.repeat(41) })
        );
        expect(tooLong.errorCode).toBe('STRING_TOO_LONG');
    });

    it("follows User's Profile, UserRole and Manager relationships", async () => {
        const users = await org.conn.query<{ Name: string; Profile: unknown }>(
            'SELECT Name, Profile.Name, UserRole.Name, Manager.Name, TimeZoneSidKey FROM User'
        );
        expect(users.records.length).toBeGreaterThan(0);
        expect(users.records.map((user) => user.Name)).toContain('Atlas Local User');
        const unknown = await failureOf(
            Promise.resolve(org.conn.query('SELECT Profile.Nickname FROM User'))
        );
        expect(unknown.errorCode).toBe('INVALID_FIELD');
    });

    it('records a task on an opportunity and a contact, and reads it from both sides', async () => {
        const task = (await org.conn.sobject('Task').create({
            Subject: 'Call the economic buyer',
            WhatId: opportunityId,
            WhoId: contactId,
            ActivityDate: '2026-12-10',
            Status: 'Not Started'
        })) as { id: string; success: boolean };
        expect(task.success).toBe(true);
        expect(task.id.startsWith('00T')).toBe(true);

        const tasks = await org.conn.query<{
            Subject: string;
            Who: { Name: string };
            What: { Name: string };
        }>(
            `SELECT Subject, ActivityDate, Who.Name, What.Name FROM Task WHERE WhatId = '${opportunityId}'`
        );
        const opportunity = await org.conn.query<{ Name: string }>(
            `SELECT Name FROM Opportunity WHERE Id = '${opportunityId}'`
        );
        const contact = await org.conn.query<{ Name: string }>(
            `SELECT Name FROM Contact WHERE Id = '${contactId}'`
        );
        expect(tasks.records).toHaveLength(1);
        expect(tasks.records[0]?.Subject).toBe('Call the economic buyer');
        expect(tasks.records[0]?.What.Name).toBe(opportunity.records[0]?.Name);
        expect(tasks.records[0]?.Who.Name).toBe(contact.records[0]?.Name);

        const viaOpportunity = await org.conn.query<{
            Tasks: { records: { Subject: string }[] } | null;
        }>(
            `SELECT Name, (SELECT Subject FROM Tasks) FROM Opportunity WHERE Id = '${opportunityId}'`
        );
        expect(viaOpportunity.records[0]?.Tasks?.records.map((row) => row.Subject)).toEqual([
            'Call the economic buyer'
        ]);
        const viaContact = await org.conn.query<{
            Tasks: { records: { Subject: string }[] } | null;
        }>(`SELECT LastName, (SELECT Subject FROM Tasks) FROM Contact WHERE Id = '${contactId}'`);
        expect(viaContact.records[0]?.Tasks?.records).toHaveLength(1);
    });

    it('relates activities to custom objects that enable them, and only to those', async () => {
        const describe = await org.conn.sobject('Task').describe();
        // jsforce's Field type lacks polymorphicForeignKey, which the describe JSON carries.
        const whatId = describe.fields.find((field) => field.name === 'WhatId') as
            { polymorphicForeignKey?: boolean; referenceTo?: string[] | null } | undefined;
        expect(whatId?.polymorphicForeignKey).toBe(true);
        expect(whatId?.referenceTo).toEqual(
            expect.arrayContaining(['Account', 'Opportunity', 'Buying_Center__c'])
        );
        // Scoring_Settings__c says <enableActivities>false</enableActivities>.
        expect(whatId?.referenceTo).not.toContain('Scoring_Settings__c');

        const center = await org.conn.query<{ Id: string }>(
            'SELECT Id FROM Buying_Center__c LIMIT 1'
        );
        const event = (await org.conn.sobject('Event').create({
            Subject: 'Workshop with the division',
            WhatId: center.records[0]?.Id,
            StartDateTime: '2026-12-11T09:00:00.000Z',
            EndDateTime: '2026-12-11T10:00:00.000Z',
            DurationInMinutes: 60,
            ActivityDateTime: '2026-12-11T09:00:00.000Z'
        })) as { id: string; success: boolean };
        expect(event.success).toBe(true);
        const settings = (await org.conn.sobject('Scoring_Settings__c').create({
            Name: 'Activity test settings',
            Settings_Key__c: 'Activity test'
        })) as { id: string };
        const refused = await failureOf(
            org.conn.sobject('Task').create({ Subject: 'Not allowed', WhatId: settings.id })
        );
        expect(refused.errorCode).toBe('FIELD_INTEGRITY_EXCEPTION');
    });

    it('knows Lead, Case and OpportunityContactRole, and keeps OpportunityHistory for the platform', async () => {
        const lead = (await org.conn.sobject('Lead').create({
            FirstName: 'Ada',
            LastName: 'Buyer',
            Company: 'Prospect Inc'
        })) as { id: string };
        const leads = await org.conn.query<{ Name: string }>(
            `SELECT Name, Company, Status FROM Lead WHERE Id = '${lead.id}'`
        );
        expect(leads.records[0]?.Name).toBe('Ada Buyer');
        const supportCase = (await org.conn.sobject('Case').create({
            Subject: 'Renewal question',
            Status: 'New',
            Origin: 'Email'
        })) as { id: string };
        const cases = await org.conn.query<{ CaseNumber: string }>(
            `SELECT CaseNumber, Subject, Account.Name FROM Case WHERE Id = '${supportCase.id}'`
        );
        expect(cases.records[0]?.CaseNumber).toMatch(/^\d{8}$/);
        // What.Name reads the Name entity: a case's name is its number.
        await org.conn.sobject('Task').create({ Subject: 'Answer', WhatId: supportCase.id });
        const onCase = await org.conn.query<{ What: { Name: string } }>(
            `SELECT Subject, What.Name FROM Task WHERE WhatId = '${supportCase.id}'`
        );
        expect(onCase.records[0]?.What.Name).toBe(cases.records[0]?.CaseNumber);
        const role = (await org.conn.sobject('OpportunityContactRole').create({
            OpportunityId: opportunityId,
            ContactId: contactId,
            Role: 'Decision Maker',
            IsPrimary: true
        })) as { success: boolean };
        expect(role.success).toBe(true);

        const history = await org.conn.query(
            'SELECT StageName, Amount, CloseDate, CreatedDate FROM OpportunityHistory'
        );
        expect(history.records).toEqual([]);
        const refused = await failureOf(
            org.conn.sobject('OpportunityHistory').create({ OpportunityId: opportunityId })
        );
        expect(refused.errorCode).toBe('INVALID_TYPE_FOR_OPERATION');
    });

    it('serves Task through the UI API and GraphQL, and answers for objects the UI API does not serve', async () => {
        const taskInfo = await call(org, 'GET', '/services/data/v66.0/ui-api/object-info/Task');
        expect(taskInfo.status).toBe(200);
        const history = await call(
            org,
            'GET',
            '/services/data/v66.0/ui-api/object-info/OpportunityHistory'
        );
        expect(history).toMatchObject({
            status: 400,
            body: [{ message: 'Object OpportunityHistory is not supported in UI API' }]
        });

        const graphql = async (query: string): Promise<GraphqlReply> =>
            (await call(org, 'POST', '/services/data/v66.0/graphql', { query }))
                .body as GraphqlReply;
        const tasks = await graphql(
            '{ uiapi { query { Task { edges { node { Subject { value } } } } } } }'
        );
        expect(tasks.errors ?? []).toEqual([]);
        const profiles = await graphql('{ uiapi { query { Profile { edges { node { Id } } } } } }');
        expect(profiles.errors?.[0]?.message).toMatch(/Profile/);
    });
});

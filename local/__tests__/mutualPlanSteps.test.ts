/** @jest-environment node */
// Mutual plan steps in the local org seeded with the sample data, through jsforce as a real client
// would: the three sample plans, and the rule that a step's customer owner is a contact of its deal's
// account (Customer_Owner_Of_Deal_Account), answered with Salesforce's own error shape.
import { call, startTestOrg, type TestOrg } from './testOrg';

interface StepRow {
    Name: string;
    Due_Date__c: string;
    Status__c: string;
    Opportunity__r: { Name: string; CloseDate: string };
}

describe('mutual plan steps in the local org', () => {
    let org: TestOrg;

    beforeAll(async () => {
        org = await startTestOrg();
    }, 120000);

    afterAll(async () => {
        await org?.stop();
    });

    it('seeds three sample plans, one of them with a step due after its deal closes', async () => {
        const result = await org.conn.query<StepRow>(
            'SELECT Name, Due_Date__c, Status__c, Opportunity__r.Name, Opportunity__r.CloseDate FROM Mutual_Plan_Step__c ORDER BY Due_Date__c'
        );
        const perDeal = new Map<string, number>();
        for (const step of result.records) {
            perDeal.set(step.Opportunity__r.Name, (perDeal.get(step.Opportunity__r.Name) ?? 0) + 1);
        }
        expect([...perDeal.entries()].sort()).toEqual([
            ['Cascade - Billing Compliance Suite', 4],
            ['Kestrel - Supply Chain Integration', 5],
            ['Meridian - Regulatory Reporting Suite', 5]
        ]);
        const afterClose = result.records.filter(
            (step) => step.Due_Date__c > step.Opportunity__r.CloseDate
        );
        expect(afterClose.map((step) => [step.Opportunity__r.Name, step.Name])).toEqual([
            ['Kestrel - Supply Chain Integration', 'IT security review']
        ]);
    });

    it("refuses a customer owner from another account with the rule's message on the field", async () => {
        const deal = await org.conn.query<{ Id: string }>(
            "SELECT Id FROM Opportunity WHERE Name = 'Kestrel - Supply Chain Integration'"
        );
        const meridianContact = await org.conn.query<{ Id: string }>(
            "SELECT Id FROM Contact WHERE LastName = 'Holloway'"
        );
        const response = await call(
            org,
            'POST',
            '/services/data/v66.0/sobjects/Mutual_Plan_Step__c',
            {
                Name: 'Reference call',
                Opportunity__c: deal.records[0]?.Id,
                Due_Date__c: '2027-01-15',
                Customer_Owner__c: meridianContact.records[0]?.Id
            }
        );
        expect(response.status).toBe(400);
        expect(response.body).toEqual([
            {
                errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                fields: ['Customer_Owner__c'],
                message:
                    "The customer owner must be a contact of the deal's account: pick one of that account's contacts, or leave it blank."
            }
        ]);
    });
});

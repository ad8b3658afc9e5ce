/** @jest-environment node */
// Sales frameworks in the local org seeded with the sample data, through jsforce as a real client
// would: the active TAS framework with its four groups, the qualification questions linked to them,
// and the rule that a group's weight is never negative, answered with Salesforce's error shape.
import { call, startTestOrg, type TestOrg } from './testOrg';

interface GroupRow {
    Id: string;
    Name: string;
    Key__c: string;
    Weight__c: number;
    Sales_Framework__r: { Name: string; Active__c: boolean };
}

describe('sales frameworks in the local org', () => {
    let org: TestOrg;

    beforeAll(async () => {
        org = await startTestOrg();
    }, 120000);

    afterAll(async () => {
        await org?.stop();
    });

    it('seeds TAS as the active framework, its questions linked to its four groups', async () => {
        const groups = await org.conn.query<GroupRow>(
            'SELECT Id, Name, Key__c, Weight__c, Sales_Framework__r.Name, Sales_Framework__r.Active__c FROM Framework_Group__c ORDER BY Order__c'
        );
        expect(
            groups.records.map((g) => [
                g.Sales_Framework__r.Name,
                g.Sales_Framework__r.Active__c,
                g.Name,
                g.Weight__c
            ])
        ).toEqual([
            ['TAS', true, 'Is there an opportunity?', 1],
            ['TAS', true, 'Can we compete?', 1],
            ['TAS', true, 'Can we win?', 1],
            ['TAS', true, 'Is it worth winning?', 1]
        ]);
        const questions = await org.conn.query<{
            Category__c: string;
            Framework_Group__r: { Name: string };
        }>(
            'SELECT Category__c, Framework_Group__r.Name FROM Stage_Criterion__c WHERE Stage__c = null ORDER BY Sort_Order__c'
        );
        for (const question of questions.records) {
            expect(question.Framework_Group__r.Name).toBe(question.Category__c);
        }
        expect(questions.records).toHaveLength(4);
    });

    it('refuses a negative weight with the rule’s message on the field', async () => {
        const [group] = (
            await org.conn.query<{ Id: string }>(
                "SELECT Id FROM Framework_Group__c WHERE Key__c = 'COMPETE'"
            )
        ).records;
        const response = await call(
            org,
            'PATCH',
            `/services/data/v66.0/sobjects/Framework_Group__c/${group?.Id}`,
            { Weight__c: -1 }
        );
        expect(response.status).toBe(400);
        expect(response.body).toEqual([
            {
                errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                fields: ['Weight__c'],
                message:
                    'The weight cannot be negative: enter 0 to leave the group out of the score, 1 for a normal group.'
            }
        ]);
    });
});

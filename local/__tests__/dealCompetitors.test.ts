/** @jest-environment node */
// Deal competitors in the local org seeded with the sample data, through jsforce as a real client
// would: the sample's competitors read from their deals, and the rules that a competitor is named
// (an account or a name) and that a Yes carries the customer's evidence, in Salesforce's error shape.
import { call, startTestOrg, type TestOrg } from './testOrg';

interface DealRow {
    Name: string;
    Deal_Competitors__r: {
        records: { Competitor_Name__c: string; Can_We_Compete__c: string; Can_We_Win__c: string }[];
    } | null;
}

describe('deal competitors in the local org', () => {
    let org: TestOrg;
    let dealId: string;

    beforeAll(async () => {
        org = await startTestOrg();
        const deal = await org.conn.query<{ Id: string }>(
            "SELECT Id FROM Opportunity WHERE Name = 'Kestrel - Quality Analytics'"
        );
        dealId = String(deal.records[0]?.Id);
    }, 120000);

    afterAll(async () => {
        await org?.stop();
    });

    it('seeds the competitors of three deals, read through the deal as a child relationship', async () => {
        const result = await org.conn.query<DealRow>(
            'SELECT Name, (SELECT Competitor_Name__c, Can_We_Compete__c, Can_We_Win__c FROM Deal_Competitors__r ORDER BY Competitor_Name__c) FROM Opportunity WHERE Id IN (SELECT Opportunity__c FROM Deal_Competitor__c) ORDER BY Name'
        );
        expect(
            result.records.map((deal) => [
                deal.Name,
                (deal.Deal_Competitors__r?.records ?? []).map(
                    (c) => `${c.Competitor_Name__c}: ${c.Can_We_Compete__c}/${c.Can_We_Win__c}`
                )
            ])
        ).toEqual([
            ['Kestrel - Supply Chain Integration', ['Vantage Analytics: In Progress/Yes']],
            ['Meridian - Enterprise AI Assistant', ['In-house build: In Progress/No']],
            [
                'Meridian - Regulatory Reporting Suite',
                ['Helix Data: Yes/In Progress', 'Orbis Software: Yes/In Progress']
            ]
        ]);
    });

    it('refuses a competitor with neither an account nor a name, on the name field', async () => {
        const response = await call(
            org,
            'POST',
            '/services/data/v66.0/sobjects/Deal_Competitor__c',
            { Opportunity__c: dealId, Can_We_Win__c: 'No' }
        );
        expect(response.status).toBe(400);
        expect(response.body).toEqual([
            {
                errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                fields: ['Competitor_Name__c'],
                message: 'Name the competitor: pick its account or type its name.'
            }
        ]);
    });

    it('refuses Can We Win = Yes without the customer evidence, and takes it with evidence', async () => {
        const refused = await call(
            org,
            'POST',
            '/services/data/v66.0/sobjects/Deal_Competitor__c',
            { Opportunity__c: dealId, Competitor_Name__c: 'Orbis Software', Can_We_Win__c: 'Yes' }
        );
        expect(refused.status).toBe(400);
        expect(refused.body).toEqual([
            {
                errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                fields: ['Win_Evidence__c'],
                message:
                    'Can We Win marked Yes needs the evidence: write what the customer did or said.'
            }
        ]);
        const saved = await org.conn.sobject('Deal_Competitor__c').create({
            Opportunity__c: dealId,
            Competitor_Name__c: 'Orbis Software',
            Can_We_Win__c: 'Yes',
            Win_Evidence__c: 'The plant director chose our pilot over theirs.'
        });
        expect(saved.success).toBe(true);
        const read = await org.conn.query<{ Name: string }>(
            `SELECT Name FROM Deal_Competitor__c WHERE Id = '${String(saved.id)}'`
        );
        expect(read.records[0]?.Name).toMatch(/^DC-\d{6}$/);
    });
});

/** @jest-environment node */
// Sales frameworks in the local org seeded with the sample data, through jsforce as a real client
// would: the active TAS framework with its four groups, the qualification questions linked to them,
// and the rule that a group's weight is never negative, answered with Salesforce's error shape.
import { DEAL_SCORE_TEXT, dealScoreFromGraphQL, dealScoringInputOf } from 'c/atlasRecords';
import { MEDDICC, mapCriteriaToTemplate } from 'c/salesFramework';
import { scoreDeal } from 'c/dealScoring';
import type { FrameworkGroupRecord, StageCriterionRecord } from 'c/atlasModel';
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

    it('scores a deal by MEDDICC’s letters once MEDDICC is the active framework (the panel’s query and reader)', async () => {
        const criteria = (
            await org.conn.query<StageCriterionRecord>(
                'SELECT Id, Stage__c, Category__c, Question__c, Framework_Group__c FROM Stage_Criterion__c'
            )
        ).records;
        const tas = (
            await org.conn.query<FrameworkGroupRecord>(
                'SELECT Id, Name, Key__c, Weight__c, Sales_Framework__c FROM Framework_Group__c'
            )
        ).records;
        const mapped = mapCriteriaToTemplate(MEDDICC, criteria, tas, 'TAS');
        const framework = await org.conn.sobject('Sales_Framework__c').create({
            Name: 'MEDDICC',
            Template__c: 'MEDDICC'
        });
        const ids = new Map<string, string>();
        for (const group of mapped.groups) {
            const { Id, Sales_Framework__c: _ignored, ...fields } = group;
            const created = await org.conn
                .sobject('Framework_Group__c')
                .create({ ...fields, Sales_Framework__c: framework.id });
            ids.set(Id, String(created.id));
        }
        for (const criterion of mapped.criteria.filter((c) => !c.Stage__c)) {
            await org.conn.sobject('Stage_Criterion__c').update({
                Id: criterion.Id,
                Framework_Group__c: ids.get(String(criterion.Framework_Group__c))
            });
        }
        const tasFramework = (
            await org.conn.query<{ Id: string }>(
                "SELECT Id FROM Sales_Framework__c WHERE Name = 'TAS'"
            )
        ).records[0];
        await org.conn
            .sobject('Sales_Framework__c')
            .update({ Id: String(tasFramework?.Id), Active__c: false });
        await org.conn
            .sobject('Sales_Framework__c')
            .update({ Id: String(framework.id), Active__c: true });

        const [deal] = (
            await org.conn.query<{ Id: string }>(
                "SELECT Id FROM Opportunity WHERE Name = 'Meridian - Commercial Relationship Analytics'"
            )
        ).records;
        const response = await call(org, 'POST', '/services/data/v66.0/graphql', {
            query: DEAL_SCORE_TEXT,
            variables: { opportunityId: deal?.Id }
        });
        expect(response.status).toBe(200);
        const data = dealScoreFromGraphQL((response.body as { data: unknown }).data);
        expect(data.frameworkGroups.map((g) => g.Key__c).join('')).toBe('MEDDICC');
        const input = dealScoringInputOf(data, '2026-11-22');
        const qualification = input
            ? scoreDeal(input).factors.find((f) => f.key === 'qualification')
            : undefined;
        expect(
            qualification?.details.filter((d) => d.status === 'not configured').map((d) => d.key)
        ).toEqual(['Economic Buyer', 'Decision Process', 'Competition']);
        expect(JSON.stringify(qualification?.reason)).toContain('I · Identify Pain');
    });
});

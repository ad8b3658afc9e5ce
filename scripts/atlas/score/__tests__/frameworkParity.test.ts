/** @jest-environment node */
// Everyone scores with the active framework: on the seeded local org with MEDDICC imported and made
// active (the records and the switch's writes the setup page makes, sent through the REST API),
// every open deal gets the same score from the Deal Score panel's query, the Deal Review Queue's
// query, the Stage Criteria Setup's preview sample and `atlas score`'s Bulk reads; and the scores
// are MEDDICC's, not TAS's (some deals move), until TAS is made active again.
import { scoreDeal } from 'c/dealScoring';
import {
    DEAL_SCORE_QUERY,
    STAGE_CRITERIA_SETUP_QUERY,
    dealScoreFromGraphQL,
    dealScoringInputOf,
    queueDealScoringInput,
    reviewQueueFromGraphQL,
    sampleScoringInputs,
    stageCriteriaSetupFromGraphQL
} from 'c/atlasData';
import { REVIEW_QUEUE_TEXT } from 'c/atlasRecords';
import { MEDDICC, importRecords, switchSteps } from 'c/salesFramework';
import type {
    FrameworkGroupRecord,
    SalesFrameworkRecord,
    StageCriterionRecord
} from 'c/atlasModel';
import { graphqlData, startTestOrg, type TestOrg } from '../../../../local/__tests__/testOrg';
import { BulkHttp } from '../bulkHttp';
import { dealsToScore } from '../dealInputs';
import { isPendingSnapshot } from '../scorePlan';
import { readRecords } from '../scoreRun';

// The panels' modules tag their queries with gql; here, as in the preview, a query is its text.
jest.mock('lightning/graphql', () => jest.requireActual('../../../../jest/graphqlText'));

const AS_OF = '2026-11-22';
const quiet = { start: () => {}, update: () => {}, finish: () => {}, note: () => {} };

describe('scoring with the active framework, on the seeded local org', () => {
    jest.setTimeout(180_000);
    let org: TestOrg;

    beforeAll(async () => {
        org = await startTestOrg();
    });

    afterAll(async () => {
        await org.stop();
    });

    /** Every open deal's score, by name, as each reader scores it. */
    interface ByReader {
        bulk: Record<string, number>;
        panel: Record<string, number>;
        queue: Record<string, number>;
        preview: Record<string, number>;
    }

    async function scoresByReader(): Promise<ByReader> {
        const records = await readRecords(
            new BulkHttp(org.conn),
            { where: null, pageSize: 10_000, pollMs: 20, jobTimeoutMs: 60_000 },
            quiet
        );
        const bulk: Record<string, number> = {};
        const panel: Record<string, number> = {};
        for (const deal of dealsToScore(records, AS_OF, (o, s) => !isPendingSnapshot(o, s))) {
            bulk[deal.opportunity.Name] = scoreDeal(deal.input).score;
            const data = await graphqlData(org, DEAL_SCORE_QUERY, {
                opportunityId: deal.opportunity.Id
            });
            panel[deal.opportunity.Name] = scoreDeal(
                dealScoringInputOf(dealScoreFromGraphQL(data), AS_OF)!
            ).score;
        }
        const queueData = reviewQueueFromGraphQL(await graphqlData(org, REVIEW_QUEUE_TEXT));
        const queue = Object.fromEntries(
            queueData.deals.map((deal) => [
                deal.opportunity.Name,
                scoreDeal(queueDealScoringInput(deal, queueData, AS_OF)).score
            ])
        );
        const setup = stageCriteriaSetupFromGraphQL(
            await graphqlData(org, STAGE_CRITERIA_SETUP_QUERY)
        );
        const preview = Object.fromEntries(
            sampleScoringInputs(setup, setup.criteria, AS_OF).map((input) => [
                input.opportunity.Name,
                scoreDeal(input).score
            ])
        );
        return { bulk, panel, queue, preview };
    }

    async function all<T>(soql: string): Promise<T[]> {
        return (await org.conn.query<Record<string, unknown>>(soql)).records as unknown as T[];
    }

    /** The switch the setup page makes, sent as the same record writes. */
    async function activate(frameworkId: string): Promise<void> {
        const steps = switchSteps(
            await all<StageCriterionRecord>(
                'SELECT Id, Stage__c, Category__c, Question__c, Framework_Group__c FROM Stage_Criterion__c'
            ),
            await all<SalesFrameworkRecord>(
                'SELECT Id, Name, Active__c, Template__c FROM Sales_Framework__c'
            ),
            await all<FrameworkGroupRecord>(
                'SELECT Id, Name, Sales_Framework__c, Key__c, Order__c FROM Framework_Group__c'
            ),
            frameworkId
        );
        for (const step of steps) {
            if (step.kind === 'move') {
                for (const move of step.moves) {
                    await org.conn.sobject('Stage_Criterion__c').update(move);
                }
            } else {
                await org.conn
                    .sobject('Sales_Framework__c')
                    .update({ Id: step.frameworkId, Active__c: step.kind === 'activate' });
            }
        }
    }

    it('gives every reader the same scores with MEDDICC active, MEDDICC’s own, and TAS’s again after switching back', async () => {
        const tas = await scoresByReader();
        expect(Object.keys(tas.bulk).length).toBeGreaterThanOrEqual(10);
        expect(tas.panel).toEqual(tas.bulk);
        expect(tas.queue).toEqual(tas.bulk);
        expect(tas.preview).toEqual(tas.bulk);

        const [tasFramework] = await all<{ Id: string }>(
            'SELECT Id FROM Sales_Framework__c WHERE Active__c = true'
        );
        const records = importRecords(MEDDICC, ['TAS']);
        const created = await org.conn.sobject('Sales_Framework__c').create(records.framework);
        for (const group of records.groups) {
            await org.conn
                .sobject('Framework_Group__c')
                .create({ ...group, Sales_Framework__c: created.id });
        }
        // Imported, not yet active: nothing moves.
        expect((await scoresByReader()).bulk).toEqual(tas.bulk);

        await activate(created.id!);
        const meddicc = await scoresByReader();
        expect(meddicc.panel).toEqual(meddicc.bulk);
        expect(meddicc.queue).toEqual(meddicc.bulk);
        expect(meddicc.preview).toEqual(meddicc.bulk);
        const moved = Object.keys(tas.bulk).filter((name) => tas.bulk[name] !== meddicc.bulk[name]);
        // frameworkComparison.test.ts explains each move (Pain and Champion dearer, Decision
        // Criteria cheaper); here it is enough that MEDDICC's weights reach every reader.
        expect(moved.length).toBeGreaterThan(0);
        expect(
            await all<{ Id: string }>('SELECT Id FROM Sales_Framework__c WHERE Active__c = true')
        ).toHaveLength(1);

        await activate(tasFramework!.Id);
        const back = await scoresByReader();
        expect(back).toEqual(tas);
    });
});

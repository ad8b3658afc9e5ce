/** @jest-environment node */
// A competitor caps a deal's score for every scorer: on the seeded local org, one deal gets a
// competitor we cannot compete with nor win against, and the Deal Score panel's query, the Deal
// Review Queue's, Stage Criteria Setup's preview sample, the framework switch preview and
// `atlas score`'s Bulk reads all give it the same, lower score.
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
import { TAS, importRecords } from 'c/salesFramework';
import { switchPreview } from '../../../../force-app/main/default/lwc/frameworkSwitch/switchPreview';
import { graphqlData, startTestOrg, type TestOrg } from '../../../../local/__tests__/testOrg';
import { BulkHttp } from '../bulkHttp';
import { dealsToScore } from '../dealInputs';
import { isPendingSnapshot } from '../scorePlan';
import { readRecords } from '../scoreRun';

// The panels' modules tag their queries with gql; here, as in the preview, a query is its text.
jest.mock('lightning/graphql', () => jest.requireActual('../../../../jest/graphqlText'));

const AS_OF = '2026-11-22';
/** A sample deal whose own "Can we compete?" and "Can we win?" answers are better than No. */
const DEAL = 'Kestrel - Dayton Dashboards Add-on';
const quiet = { start: () => {}, update: () => {}, finish: () => {}, note: () => {} };

describe('a competitor caps the deal for every scorer, on the seeded local org', () => {
    jest.setTimeout(180_000);
    let org: TestOrg;

    beforeAll(async () => {
        org = await startTestOrg();
    });

    afterAll(async () => {
        await org.stop();
    });

    async function dealId(): Promise<string> {
        const found = await org.conn.query<{ Id: string }>(
            `SELECT Id FROM Opportunity WHERE Name = '${DEAL}'`
        );
        return found.records[0]!.Id;
    }

    /** The deal's score as each scorer reads and scores it. */
    async function scoresOfDeal(): Promise<Record<string, number | undefined>> {
        const id = await dealId();
        const records = await readRecords(
            new BulkHttp(org.conn),
            { where: null, pageSize: 10_000, pollMs: 20, jobTimeoutMs: 60_000 },
            quiet
        );
        const bulk = dealsToScore(records, AS_OF, (o, s) => !isPendingSnapshot(o, s)).find(
            (deal) => deal.opportunity.Id === id
        );
        const panel = dealScoringInputOf(
            dealScoreFromGraphQL(await graphqlData(org, DEAL_SCORE_QUERY, { opportunityId: id })),
            AS_OF
        );
        const queueData = reviewQueueFromGraphQL(await graphqlData(org, REVIEW_QUEUE_TEXT));
        const queueDeal = queueData.deals.find((deal) => deal.opportunity.Id === id);
        const setup = stageCriteriaSetupFromGraphQL(
            await graphqlData(org, STAGE_CRITERIA_SETUP_QUERY)
        );
        const preview = sampleScoringInputs(setup, setup.criteria, AS_OF).find(
            (input) => input.opportunity.Id === id
        );
        return {
            bulk: bulk && scoreDeal(bulk.input).score,
            panel: panel ? scoreDeal(panel).score : undefined,
            queue: queueDeal && scoreDeal(queueDealScoringInput(queueDeal, queueData, AS_OF)).score,
            preview: preview && scoreDeal(preview).score
        };
    }

    /** The switch preview's "now" score of the deal, towards a copy of TAS weighing "Can we win?" 3. */
    async function switchPreviewScoreOfDeal(): Promise<number | undefined> {
        const setup = stageCriteriaSetupFromGraphQL(
            await graphqlData(org, STAGE_CRITERIA_SETUP_QUERY)
        );
        const row = switchPreview(
            setup,
            setup.frameworks.find((f) => !f.Active__c)!.Id,
            AS_OF
        ).scoreRows?.find((r) => r.name === DEAL);
        return row?.scoreBefore;
    }

    it('gives the capped deal one score in panel, queue, criteria preview, switch preview and atlas score', async () => {
        const records = importRecords(TAS, ['TAS']);
        const copy = await org.conn.sobject('Sales_Framework__c').create(records.framework);
        for (const group of records.groups) {
            await org.conn.sobject('Framework_Group__c').create({
                ...group,
                Weight__c: group.Key__c === 'CAN_WIN' ? 3 : group.Weight__c,
                Sales_Framework__c: copy.id
            });
        }
        const before = await scoresOfDeal();
        expect(new Set(Object.values(before))).toEqual(new Set([before.panel]));
        expect(await switchPreviewScoreOfDeal()).toBe(before.panel);

        await org.conn.sobject('Deal_Competitor__c').create({
            Opportunity__c: await dealId(),
            Competitor_Name__c: 'Northbeam Analytics',
            Can_We_Compete__c: 'No',
            Can_We_Win__c: 'No'
        });
        const capped = await scoresOfDeal();
        expect(capped.panel).toBeLessThan(before.panel!);
        expect(capped).toEqual({
            bulk: capped.panel,
            panel: capped.panel,
            queue: capped.panel,
            preview: capped.panel
        });
        expect(await switchPreviewScoreOfDeal()).toBe(capped.panel);
    });
});

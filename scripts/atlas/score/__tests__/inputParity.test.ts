/** @jest-environment node */
// One input shape: every open deal of the seeded local org scored both ways — as the Deal Score panel
// reads it (its real GraphQL query text, sent to the org's GraphQL endpoint, read by the panel's own
// dealScoreFromGraphQL and dealScoringInputOf) and as `atlas score` reads it (Bulk API 2.0 CSV, read
// by dealRecords.ts and dealInputs.ts) — gives the same score, band, reasons, risks and next actions;
// and `atlas score --dry-run` would write exactly the deals whose stored score differs from the panel's.
import { scoreDeal } from 'c/dealScoring';
import type { DealScore } from 'c/dealScoring';
import { DEAL_SCORE_QUERY, dealScoreFromGraphQL, dealScoringInputOf } from 'c/atlasData';
import { call, startTestOrg, type TestOrg } from '../../../../local/__tests__/testOrg';
import { BulkHttp } from '../bulkHttp';
import { dealsToScore } from '../dealInputs';
import { isPendingSnapshot } from '../scorePlan';
import { readRecords } from '../scoreRun';
import { connectionTo, removeDir, score, tempDir } from './scoreTestKit';
import { inEnglish } from '../../../messages/englishMessages';

// The panels' modules tag their queries with gql; here, as in the preview, a query is its text.
jest.mock('lightning/graphql', () => jest.requireActual('../../../../jest/graphqlText'));

const AS_OF = '2026-11-22';
const RUN_AT = new Date(`${AS_OF}T12:00:00.000Z`);

/** What a user sees of a result: the score, band, every reason and line, risks, actions, gate. */
function shown(result: DealScore) {
    return {
        score: result.score,
        band: result.band,
        points: result.points,
        factors: result.factors.map((factor) => ({
            label: factor.label,
            earned: factor.earned,
            possible: factor.possible,
            reason: factor.reason,
            details: factor.details.map((d) => [d.status, d.earned, d.possible, d.text])
        })),
        risks: result.risks.map((risk) => [risk.severity, risk.message]),
        nextActions: result.nextActions.map((action) => [action.gain, inEnglish(action.message)]),
        gate: result.stageGate.reason,
        warnings: result.warnings.map((warning) => warning.message)
    };
}

describe('the panel’s GraphQL mapping and the scorer’s Bulk CSV mapping, on the seeded local org', () => {
    jest.setTimeout(120_000);
    let org: TestOrg;
    let cwd: string;

    beforeAll(async () => {
        org = await startTestOrg();
        cwd = tempDir();
    });

    afterAll(async () => {
        await org.stop();
        removeDir(cwd);
    });

    async function panelScore(opportunityId: string): Promise<DealScore> {
        const answer = await call(org, 'POST', '/services/data/v66.0/graphql', {
            query: DEAL_SCORE_QUERY,
            variables: { opportunityId }
        });
        expect(answer.status).toBe(200);
        const body = answer.body as { data: unknown; errors?: unknown[] };
        expect(body.errors ?? []).toEqual([]);
        const input = dealScoringInputOf(dealScoreFromGraphQL(body.data), AS_OF);
        expect(input).not.toBeNull();
        return scoreDeal(input!);
    }

    it('scores every open sample deal the same both ways: score, band, reasons, risks and next actions', async () => {
        const http = new BulkHttp(org.conn);
        const quiet = {
            start: () => undefined,
            update: () => undefined,
            finish: () => undefined,
            note: () => undefined
        };
        const records = await readRecords(
            http,
            { where: null, pageSize: 10_000, pollMs: 20, jobTimeoutMs: 60_000 },
            quiet
        );
        const deals = dealsToScore(records, AS_OF, (o, s) => !isPendingSnapshot(o, s));
        expect(deals.length).toBeGreaterThanOrEqual(10);
        for (const deal of deals) {
            const bulk = scoreDeal(deal.input);
            const panel = await panelScore(deal.opportunity.Id);
            expect({ deal: deal.opportunity.Name, ...shown(bulk) }).toEqual({
                deal: deal.opportunity.Name,
                ...shown(panel)
            });
        }
    });

    it('has `atlas score --dry-run` write exactly the deals whose stored score differs from the panel’s, with the panel’s score', async () => {
        const run = await score(connectionTo(org.running.url, org.running.token), ['--dry-run'], {
            now: RUN_AT,
            cwd
        });
        expect(run.code).toBe(0);
        const wouldWrite = new Map(
            [
                ...run.out.matchAll(
                    /^ {2}would write (\S+) .*: \S+ .*→ (\d+) (At Risk|Watch|Healthy)$/gm
                )
            ].map((match) => [match[1]!, `${match[2]} ${match[3]}`])
        );
        const open = await org.conn.query<{
            Id: string;
            Deal_Score__c: number | null;
            Deal_Score_Band__c: string | null;
        }>('SELECT Id, Deal_Score__c, Deal_Score_Band__c FROM Opportunity WHERE IsClosed = false');
        expect(open.records.length).toBeGreaterThanOrEqual(10);
        for (const opportunity of open.records) {
            const panel = await panelScore(opportunity.Id);
            const stored = `${opportunity.Deal_Score__c} ${opportunity.Deal_Score_Band__c}`;
            const live = `${panel.score} ${panel.band}`;
            expect([opportunity.Id, wouldWrite.get(opportunity.Id) ?? null]).toEqual([
                opportunity.Id,
                stored === live ? null : live
            ]);
        }
    });
});

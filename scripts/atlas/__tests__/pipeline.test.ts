/** @jest-environment node */
// atlas pipeline against a temp local org seeded with the sample data plan, with a pinned clock, for
// the sample's Avery Brooks (Kestrel's deals, one with a close date past: a record to fix).
// The reference is the Pipeline Health panel's own path: its GraphQL query sent to the same org,
// read by pipelineFromGraphQL and assessed by assessPipeline — the command must report exactly that.
import { call, startTestOrg, type TestOrg } from '../../../local/__tests__/testOrg';
import {
    assessPipeline,
    type ShownPipelineHealth
} from '../../../force-app/main/default/lwc/pipelineHealth/pipelineHealth';
import { pipelineHealthInEnglish } from '../../messages/englishMessages';
import type { AtlasContext } from '../context';
import { captureIo } from '../io';
import { runAtlas } from '../main';
import { escapeHtml } from '../pipeline/htmlFormat';

// The panels' modules tag their queries with gql; here, as in the preview, a query is its text.
jest.mock('lightning/graphql', () => jest.requireActual('../../../jest/graphqlText'));

const NOW = new Date('2026-11-16T09:30:00Z');
const AS_OF = '2026-11-16';
const AVERY = 'account.manager@atlas.local';

interface PipelineJson {
    owner: { id: string; name: string };
    asOf: string;
    target: { Name: string } | null;
    stageHistorySource: string;
    stageLabels: Record<string, string>;
    notes: string[];
    pipeline: ShownPipelineHealth;
}

describe('atlas pipeline on the local org', () => {
    let org: TestOrg;
    let context: AtlasContext;
    let userId: string;

    const run = async (argv: string[]): Promise<{ code: number; out: string; err: string }> => {
        const io = captureIo({ now: () => NOW });
        const code = await runAtlas(['pipeline', '--owner', AVERY, ...argv], io, context);
        return { code, out: io.out(), err: io.err() };
    };

    /** What the Pipeline Health panel computes for the user, as of AS_OF. */
    const panelHealth = async (): Promise<ShownPipelineHealth> => {
        const data = await import('../../../force-app/main/default/lwc/atlasData/pipelineData');
        const response = await call(org, 'POST', '/services/data/v66.0/graphql', {
            query: data.PIPELINE_HEALTH_QUERY as unknown as string,
            variables: { ownerIds: [userId] }
        });
        const body = response.body as { data: unknown; errors: unknown[] };
        expect(body.errors).toEqual([]);
        const pipeline = data.pipelineFromGraphQL(body.data, userId);
        const target = data.currentTargetOf(data.targetsOf(pipeline, userId), AS_OF);
        return pipelineHealthInEnglish(
            assessPipeline(data.pipelineInputOf(pipeline, target, AS_OF))
        );
    };

    beforeAll(async () => {
        org = await startTestOrg();
        userId = org.running.org.users.byName(AVERY)?.id ?? '';
        context = { connect: { localDataDir: org.dataDir, localPort: 0 } };
    });

    afterAll(async () => {
        await org.stop();
    });

    it('--format json reports exactly what assessPipeline gives the panel for the same records', async () => {
        const { code, out, err } = await run(['--format', 'json']);
        expect(err).toBe('');
        expect(code).toBe(0);
        const report = JSON.parse(out) as PipelineJson;
        expect(report.owner.id).toBe(userId);
        expect(report.asOf).toBe(AS_OF);
        expect(report.target?.Name).toBe('Strategic Accounts 2026-Q4');
        expect(report.stageHistorySource).toBe('Deal_Score_Snapshot__c');
        expect(report.notes.join(' ')).toContain(
            'OpportunityHistory holds no rows for these deals in this org'
        );
        const expected = await panelHealth();
        expect(expected.stages.length).toBeGreaterThan(0);
        expect(report.pipeline).toEqual(JSON.parse(JSON.stringify(expected)));
    });

    it('--format table shows one aligned row per stage, the mix, the rates and the records to fix', async () => {
        const { code, out } = await run([]);
        expect(code).toBe(0);
        const health = await panelHealth();
        const lines = out.split('\n');
        const header = lines.findIndex((line) => /^#\s+Stage\s+PVF\s+Needed\s+Value/.test(line));
        expect(header).toBeGreaterThan(-1);
        const valueColumnEnd = (lines[header] ?? '').indexOf('Value') + 'Value'.length;
        health.stages.forEach((stage, index) => {
            const row = lines[header + 2 + index] ?? '';
            expect(row.startsWith(`${stage.position} `)).toBe(true);
            expect(row).toContain(stage.stage);
            // Numbers are right-aligned under their heading.
            const value = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(
                stage.valueThere
            );
            expect(row.slice(valueColumnEnd - value.length, valueColumnEnd)).toBe(value);
            expect(row).toContain(stage.code);
        });
        expect(out).toContain(`Balance: ${health.balance.code}`);
        expect(out).toMatch(/Rocks\s+\d+/);
        expect(out).toMatch(/Win rate\s+\d+%/);
        expect(health.integrity.length).toBeGreaterThan(0);
        for (const issue of health.integrity) {
            expect(out).toContain(issue.opportunityId);
        }
    });

    it('gives the no-decision and competitive-loss rates with the closed deals they rest on', async () => {
        const { code, out } = await run(['--period', '2026-10-01..2026-12-31']);
        expect(code).toBe(0);
        // Avery's (Kestrel's) deals closed from 2025-10-01 to 2026-09-30: Supply Chain Visibility
        // Pilot, Quality Data Capture and Mobile Inspections won; Aftermarket Parts (Orbis
        // Software) and Demand Forecasting (Cobalt Systems) lost to a competitor; Finance
        // Consolidation lost as Not Qualified. Plant Operations (2025-09-26) and Warranty Portal
        // (2026-11-06) closed outside the window.
        expect(out).toMatch(
            /Win rate\s+50%\s+\w+\s+6\s+3 won of the 6 deals closed in the window \(lost: 0 no decision, 2 to a competitor, 1 for another reason\)\./
        );
        expect(out).toMatch(/No-decision rate\s+0%\s+\w+\s+6\s+0 of the 6 deals closed/);
        expect(out).toMatch(
            /Competitive-loss rate\s+33%\s+\w+\s+6\s+2 of the 6 deals closed in the window went to a competitor: Cobalt Systems \(1\), Orbis Software \(1\)\./
        );
    });

    it('--format html is one self-contained page with the stage rows and both charts', async () => {
        const { code, out } = await run(['--format', 'html']);
        expect(code).toBe(0);
        const health = await panelHealth();
        expect(out.startsWith('<!doctype html>')).toBe(true);
        expect(out.match(/<svg /g)?.length).toBe(2);
        expect(out).toContain('Stage coverage against the Pipeline Value Factor');
        expect(out).toContain('Open value by deal size');
        for (const stage of health.stages) {
            expect(out).toContain(`<td>${escapeHtml(stage.stage)}</td>`);
        }
        // Sentences and words, never the codes meant for programs.
        expect(out).not.toMatch(
            /THIN_STAGES|BALANCED|CLOSE_DATE_PAST|NOT_ENOUGH_HISTORY|NO_TARGET|>THIN<|>COVERED</
        );
        expect(out).toContain('<h2>Balance across stages</h2>');
        expect(out).toContain(escapeHtml(health.balance.message));
        // Every deal to fix links to its record page in the org; nothing else is linked or fetched.
        for (const issue of health.integrity) {
            expect(out).toContain(
                `<a href="${escapeHtml(org.conn.instanceUrl)}/lightning/r/${issue.opportunityId}/view">${escapeHtml(issue.opportunityName)}</a>`
            );
        }
        const hrefs = [...out.matchAll(/\shref="([^"]*)"/g)].map((match) => match[1]);
        expect(hrefs.length).toBeGreaterThan(0);
        for (const href of hrefs) {
            expect(href!.startsWith(`${org.conn.instanceUrl}/lightning/r/`)).toBe(true);
        }
        expect(out).not.toMatch(/<script|<link|\ssrc=|url\(/i);
    });

    it('without a target for the period it says so and still shows the pipeline', async () => {
        const { code, out } = await run(['--period', '2030-01-01..2030-03-31', '--format', 'json']);
        expect(code).toBe(0);
        const report = JSON.parse(out) as PipelineJson;
        expect(report.target).toBeNull();
        expect(report.notes[0]).toContain('has no Sales_Target__c for 2030-01-01..2030-03-31');
        expect(report.pipeline.stages.length).toBeGreaterThan(0);
        expect(report.pipeline.stages.every((stage) => stage.coverage === null)).toBe(true);
        // Without a target nothing is needed. The value factors and the rates are learnt from the
        // deals closed in the four quarters before 2030-Q1 (all of 2029): the sample has none, so
        // every stage and rate says it has not enough history instead of borrowing from years
        // before.
        expect(report.pipeline.historyWindow).toEqual({
            from: '2029-01-01',
            to: '2029-12-31',
            quarters: 4
        });
        expect(report.pipeline.stages.map((stage) => stage.code)).toEqual(
            report.pipeline.stages.map(() => 'NOT_ENOUGH_HISTORY')
        );
        expect(report.pipeline.winRate).toMatchObject({ value: null, basedOn: 0 });
        expect(report.pipeline.competitiveLossRate.message).toBe(
            'Not enough history: no deals closed in the window to measure the competitive-loss rate.'
        );
    });

    it('--period picks the target of exactly that period; --owner takes a name', async () => {
        const { code, out } = await run([
            '--period',
            '2027-01-01..2027-03-31',
            '--owner',
            'Atlas Local User',
            '--format',
            'json'
        ]);
        expect(code).toBe(0);
        const report = JSON.parse(out) as PipelineJson;
        expect(report.target?.Name).toBe('Strategic Accounts 2027-Q1');
        expect(report.pipeline.period.start).toBe('2027-01-01');
    });

    it('an unknown owner is a clear error, exit 1', async () => {
        const { code, err } = await run(['--owner', 'Nobody Here']);
        expect(code).toBe(1);
        expect(err).toContain('no user is named "Nobody Here"');
    });

    it('escapes every text from the org in the HTML page', async () => {
        const evil = '<img src=x onerror=alert(1)> & "Co"';
        await org.conn.sobject('Opportunity').create({
            Name: evil,
            StageName: 'Prospecting',
            CloseDate: '2026-12-20',
            OwnerId: userId
        });
        const { code, out } = await run(['--format', 'html']);
        expect(code).toBe(0);
        expect(out).toContain(escapeHtml(evil));
        expect(out).not.toContain('<img');
    });
    it('--learn stores the factors on the target, and the panel reads them back with when they were learnt', async () => {
        const before = await panelHealth();
        expect(before.historySource.kind).toBe('records');
        const { code, out, err } = await run(['--format', 'json', '--learn']);
        expect(code).toBe(0);
        const report = JSON.parse(out) as PipelineJson;
        expect(err).toContain(
            `Stored on Strategic Accounts 2026-Q4: factors learnt from ${report.pipeline.outcomes.closed} closed deals (2025-10-01 to 2026-09-30)`
        );
        const after = await panelHealth();
        expect(after.historySource).toEqual({
            kind: 'stored',
            learntAt: NOW.toISOString(),
            closedDeals: report.pipeline.outcomes.closed,
            storedIgnored: false
        });
        // The figures a user reads are the same: the stored record replaces the closed deals.
        const { historySource: _after, ...storedFigures } = after;
        const { historySource: _before, ...readFigures } = before;
        expect(storedFigures).toEqual(readFigures);
    });

    it('--learn without a target for the period is a clear error, exit 1', async () => {
        const { code, err } = await run(['--learn', '--period', '2031-01-01..2031-03-31']);
        expect(code).toBe(1);
        expect(err).toContain("--learn stores the factors on the period's Sales_Target__c");
    });
});

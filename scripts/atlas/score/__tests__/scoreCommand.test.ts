/** @jest-environment node */
// atlas score against a temp local org seeded with the sample data plan: a dry run writes nothing,
// a run writes every changed deal (score, band, scored-at and one snapshot) with the scores the
// panel's own mapping gives, a rerun with nothing changed writes nothing, one changed evidence
// record rewrites exactly its deal, and --where narrows the run or is refused with a clear message.
import { scoreDeal } from 'c/dealScoring';
import { countAll, startTestOrg, type TestOrg } from '../../../../local/__tests__/testOrg';
import { sampleOpenDeals } from '../../../../force-app/main/default/lwc/dealScoring/__tests__/sampleDeals';
import {
    connectionTo,
    forgetStoredScores,
    countSnapshots,
    openOpportunities,
    type OpportunityRow,
    removeDir,
    score,
    scorerSnapshots,
    startFaultProxy,
    tempDir,
    type FaultProxy
} from './scoreTestKit';

/** The sample deals' "as of" day, so the scores can be checked against the panel's mapping. */
const RUN_AT = new Date('2026-11-22T12:00:00.000Z');
const LATER = new Date('2026-11-22T15:30:00.000Z');

/** The fields the scorer must never write. */
const untouched = (row: OpportunityRow): Partial<OpportunityRow> => ({
    Id: row.Id,
    Name: row.Name,
    StageName: row.StageName,
    Amount: row.Amount,
    CloseDate: row.CloseDate,
    Description: row.Description
});

/** Score and band of every open sample deal, by name, as the panel's mapping of data/ gives them. */
function expectedScores(): Map<string, { score: number; band: string }> {
    return new Map(
        sampleOpenDeals().map((input) => {
            const result = scoreDeal(input);
            return [input.opportunity.Name, { score: result.score, band: result.band }];
        })
    );
}

describe('atlas score on the seeded local org', () => {
    jest.setTimeout(60_000);
    let org: TestOrg;
    let cwd: string;

    beforeAll(async () => {
        org = await startTestOrg();
        await forgetStoredScores(org);
        cwd = tempDir();
    });

    afterAll(async () => {
        await org.stop();
        removeDir(cwd);
    });

    it('a dry run scores every open deal, lists what would change and writes nothing', async () => {
        const before = countAll(org);
        const run = await score(org.conn, ['--dry-run'], { now: RUN_AT, cwd });
        expect(run.err).toBe('');
        expect(run.code).toBe(0);
        expect(run.out).toContain('dry run (nothing written)');
        expect(run.out).toMatch(/scored {4}15\n/);
        expect(run.out).toMatch(/changed {3}15\n/);
        expect(run.out.match(/would write 006\w{15} /g)).toHaveLength(15);
        expect(countAll(org)).toEqual(before);
        expect(openOpportunities(org).every((row) => row.Deal_Score__c === null)).toBe(true);
    });

    it('writes every changed deal once: the panel’s score and band, the time, and one snapshot', async () => {
        const before = openOpportunities(org);
        const snapshotsBefore = countSnapshots(org);
        const run = await score(org.conn, [], { now: RUN_AT, cwd });
        expect(run.code).toBe(0);
        expect(run.out).toMatch(/written {3}15\n/);
        expect(run.out).toMatch(/failed {4}0\n/);
        expect(run.out).toMatch(/time {6}query [\d.]+ s, score [\d.]+ s, write [\d.]+ s/);

        const expected = expectedScores();
        const after = openOpportunities(org);
        expect(after).toHaveLength(15);
        for (const [i, row] of after.entries()) {
            expect({
                name: row.Name,
                score: row.Deal_Score__c,
                band: row.Deal_Score_Band__c
            }).toEqual({ name: row.Name, ...expected.get(row.Name) });
            expect(row.Deal_Scored_At__c).toBe(RUN_AT.toISOString());
            // Never other fields.
            expect(untouched(row)).toEqual(untouched(before[i]!));
        }
        const snapshots = scorerSnapshots(org);
        expect(countSnapshots(org)).toBe(snapshotsBefore + 15);
        expect(snapshots).toEqual(
            after
                .map((row) => ({
                    Opportunity__c: row.Id,
                    Snapshot_Key__c: `${row.Id}:${RUN_AT.toISOString()}`,
                    Score__c: row.Deal_Score__c,
                    Band__c: row.Deal_Score_Band__c,
                    Stage__c: row.StageName,
                    Taken_At__c: RUN_AT.toISOString()
                })) // Ordered as SQLite orders them (binary).
                .sort((a, b) => (a.Opportunity__c < b.Opportunity__c ? -1 : 1))
        );
    });

    it('rescoring with nothing changed writes nothing', async () => {
        const before = countAll(org);
        const run = await score(org.conn, [], { now: LATER, cwd });
        expect(run.code).toBe(0);
        expect(run.out).toMatch(/changed {3}0\n/);
        expect(run.out).toMatch(/written {3}0\n/);
        expect(countAll(org)).toEqual(before);
    });

    it('one changed evidence record rewrites exactly its deal', async () => {
        const [evidence] = (
            await org.conn.query<{ Id: string; Opportunity__c: string }>(
                "SELECT Id, Opportunity__c FROM Deal_Evidence__c WHERE State__c = 'Yes' AND Opportunity__r.IsClosed = false AND Stage_Criterion__r.Stage__c = 'Qualification' ORDER BY Id LIMIT 1"
            )
        ).records;
        expect(evidence).toBeDefined();
        const before = openOpportunities(org);
        const snapshotsBefore = scorerSnapshots(org);
        await org.conn.sobject('Deal_Evidence__c').update({ Id: evidence!.Id, State__c: 'No' });

        const run = await score(org.conn, [], { now: LATER, cwd });
        expect(run.code).toBe(0);
        expect(run.out).toMatch(/changed {3}1\n/);
        expect(run.out).toMatch(/written {3}1\n/);
        const after = openOpportunities(org);
        const changed = after.filter((row, i) => row.SystemModstamp !== before[i]!.SystemModstamp);
        expect(changed.map((row) => row.Id)).toEqual([evidence!.Opportunity__c]);
        const deal = changed[0]!;
        const previous = before.find((row) => row.Id === deal.Id)!;
        expect(deal.Deal_Score__c).toBeLessThan(previous.Deal_Score__c!);
        expect(deal.Deal_Scored_At__c).toBe(LATER.toISOString());
        const snapshots = scorerSnapshots(org);
        expect(snapshots).toHaveLength(snapshotsBefore.length + 1);
        expect(
            snapshots.filter(
                (row) => !snapshotsBefore.some((old) => old.Snapshot_Key__c === row.Snapshot_Key__c)
            )
        ).toEqual([
            {
                Opportunity__c: deal.Id,
                Snapshot_Key__c: `${deal.Id}:${LATER.toISOString()}`,
                Score__c: deal.Deal_Score__c,
                Band__c: deal.Deal_Score_Band__c,
                Stage__c: deal.StageName,
                Taken_At__c: LATER.toISOString()
            }
        ]);
    });

    it('--where narrows the run to the matching open deals', async () => {
        const [one] = openOpportunities(org);
        await org.conn.sobject('Opportunity').update({ Id: one!.Id, Deal_Score__c: 1 });
        const run = await score(
            org.conn,
            ['--where', `Name = '${one!.Name.replace(/'/g, "\\'")}'`, '--dry-run'],
            {
                now: LATER,
                cwd
            }
        );
        expect(run.code).toBe(0);
        expect(run.out).toContain('read      1 open opportunities');
        expect(run.out).toMatch(/changed {3}1\n/);
        expect(run.out).toContain(`would write ${one!.Id} ${one!.Name}: 1 `);
        const all = await score(org.conn, ['--where=Amount > 0'], { now: LATER, cwd });
        expect(all.code).toBe(0);
        expect(all.out).toMatch(/written {3}1\n/);
        expect(openOpportunities(org).find((row) => row.Id === one!.Id)?.Deal_Score__c).toBe(
            one!.Deal_Score__c
        );
    });

    it.each([
        ['SELECT Id FROM Opportunity', /not a whole query/],
        ['Amount > 1 LIMIT 5', /not a SOQL condition/],
        ['Amount > 1) OR (Amount < 5', /unbalanced parentheses/],
        ['Amount >', /not a SOQL condition/]
    ])('refuses --where %s with a message that says what to type', async (where, message) => {
        const before = countAll(org);
        const run = await score(org.conn, ['--where', where], { now: LATER, cwd });
        expect(run.code).toBe(2);
        expect(run.err).toMatch(message);
        expect(run.err).toContain('Usage: atlas score');
        expect(countAll(org)).toEqual(before);
    });

    it('reports an unknown field in --where as the org names it, and writes nothing', async () => {
        const before = countAll(org);
        // check-metadata-ignore-next-line: a made-up name on purpose
        const run = await score(org.conn, ['--where', 'Bogus__c = 1'], { now: LATER, cwd });
        expect(run.code).toBe(1);
        expect(run.err).toMatch(/stopped early — .*INVALID_FIELD/);
        expect(countAll(org)).toEqual(before);
    });
});

describe('atlas score with small result pages and write batches', () => {
    jest.setTimeout(60_000);
    let org: TestOrg;
    let cwd: string;
    let proxy: FaultProxy;

    beforeAll(async () => {
        org = await startTestOrg();
        await forgetStoredScores(org);
        cwd = tempDir();
        proxy = await startFaultProxy(org.running.url, () => ({ kind: 'forward' }));
    });

    afterAll(async () => {
        await proxy.close();
        await org.stop();
        removeDir(cwd);
    });

    it('follows Sforce-Locator over every page and writes batch by batch, snapshot job before opportunity job', async () => {
        const conn = connectionTo(proxy.url, org.running.token);
        const run = await score(conn, [], {
            now: RUN_AT,
            cwd,
            env: { ATLAS_SCORE_PAGE_SIZE: '7', ATLAS_SCORE_WRITE_BATCH: '4' }
        });
        expect(run.code).toBe(0);
        expect(run.out).toContain(
            'read      15 open opportunities, 214 evidence, 43 members, 28 criteria, 55 snapshots'
        );
        expect(run.out).toMatch(/written {3}15\n/);
        const pages = proxy.seen.filter((request) =>
            request.path.includes('/results?maxRecords=7')
        );
        // 214 evidence rows alone take 31 pages of 7; every page after a query's first carries a locator.
        expect(
            pages.filter((request) => request.path.includes('&locator=')).length
        ).toBeGreaterThan(30);
        const jobs = proxy.seen
            .filter((request) => request.method === 'POST' && request.path.endsWith('/jobs/ingest'))
            .map((request) => (JSON.parse(request.body) as { object: string }).object);
        expect(jobs).toEqual([
            'Deal_Score_Snapshot__c',
            'Opportunity',
            'Deal_Score_Snapshot__c',
            'Opportunity',
            'Deal_Score_Snapshot__c',
            'Opportunity',
            'Deal_Score_Snapshot__c',
            'Opportunity'
        ]);
        const expected = expectedScores();
        for (const deal of openOpportunities(org)) {
            expect(deal.Deal_Score__c).toBe(expected.get(deal.Name)?.score);
        }
        expect(scorerSnapshots(org)).toHaveLength(15);
    });
});

/** @jest-environment node */
// atlas score when things go wrong, each on a fresh seeded temp org behind a loopback proxy that
// forwards to it and fails, rewrites or cuts off chosen requests: a record the org rejects, a 500
// and a 503 mid-run, a server that keeps failing, an expired session, and the process killed between
// the snapshot and the opportunity writes. Each ends with a clear report, and a rerun completes the
// work with nothing lost and no snapshot written twice — checked on the records in the org.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { scoreDeal } from 'c/dealScoring';
import { PROJECT_DIR, startTestOrg, type TestOrg } from '../../../../local/__tests__/testOrg';
import { sampleOpenDeals } from '../../../../force-app/main/default/lwc/dealScoring/__tests__/sampleDeals';
import {
    connectionTo,
    forgetStoredScores,
    countSnapshots,
    openOpportunities,
    removeDir,
    score,
    scorerSnapshots,
    startFaultProxy,
    TEST_ENV,
    tempDir,
    type FaultProxy,
    type ProxiedRequest,
    type ProxyAction
} from './scoreTestKit';

const RUN_AT = new Date('2026-11-22T12:00:00.000Z');
const RERUN_AT = new Date('2026-11-22T13:00:00.000Z');
const OPEN_DEALS = 15;

const FORWARD: ProxyAction = { kind: 'forward' };
const isIngestCreate = (request: ProxiedRequest, object: string): boolean =>
    request.method === 'POST' &&
    /\/jobs\/ingest$/.test(request.path) &&
    (JSON.parse(request.body) as { object?: string }).object === object;
const isUpload = (request: ProxiedRequest, header: string): boolean =>
    request.method === 'PUT' &&
    request.path.endsWith('/batches') &&
    request.body.startsWith(header);
const OPPORTUNITY_HEADER = 'Id,Deal_Score__c,Deal_Score_Band__c,Deal_Scored_At__c';
const SNAPSHOT_HEADER = 'Snapshot_Key__c,';

describe('atlas score faults', () => {
    jest.setTimeout(90_000);
    let org: TestOrg;
    let cwd: string;
    let proxy: FaultProxy | undefined;
    let snapshotsAtStart: number;
    const expected = new Map(
        sampleOpenDeals().map((input) => {
            const result = scoreDeal(input);
            return [input.opportunity.Name, { score: result.score, band: result.band }];
        })
    );

    beforeEach(async () => {
        org = await startTestOrg();
        await forgetStoredScores(org);
        cwd = tempDir();
        snapshotsAtStart = countSnapshots(org);
    });

    afterEach(async () => {
        await proxy?.close();
        proxy = undefined;
        await org.stop();
        removeDir(cwd);
    });

    const throughProxy = async (
        rule: (request: ProxiedRequest) => ProxyAction | Promise<ProxyAction>
    ) => {
        proxy = await startFaultProxy(org.running.url, rule);
        return connectionTo(proxy.url, org.running.token);
    };

    /**
     * The work is complete: every open deal holds the panel's score, scored at `at`, with exactly
     * one scorer snapshot that agrees with it; and a further run finds nothing to write.
     */
    async function expectComplete(at: Date | readonly Date[]): Promise<void> {
        const times = (Array.isArray(at) ? at : [at]).map((time: Date) => time.toISOString());
        const deals = openOpportunities(org);
        expect(deals).toHaveLength(OPEN_DEALS);
        const snapshots = scorerSnapshots(org);
        expect(countSnapshots(org)).toBe(snapshotsAtStart + OPEN_DEALS);
        for (const deal of deals) {
            expect({
                name: deal.Name,
                score: deal.Deal_Score__c,
                band: deal.Deal_Score_Band__c
            }).toEqual({
                name: deal.Name,
                ...expected.get(deal.Name)
            });
            expect(times).toContain(deal.Deal_Scored_At__c);
            const own = snapshots.filter((snapshot) => snapshot.Opportunity__c === deal.Id);
            expect(own).toEqual([
                expect.objectContaining({
                    Score__c: deal.Deal_Score__c,
                    Band__c: deal.Deal_Score_Band__c,
                    Taken_At__c: deal.Deal_Scored_At__c
                })
            ]);
        }
        const last = Date.parse(times[times.length - 1] ?? '');
        const again = await score(org.conn, [], { now: new Date(last + 60_000), cwd });
        expect(again.code).toBe(0);
        expect(again.out).toMatch(/changed {3}0\n/);
    }

    /** Runs the command in a child process through the proxy; resolves when it exits. */
    async function runChild(
        running: {
            child?: ReturnType<typeof spawn>;
        },
        env: Readonly<Record<string, string>> = {}
    ): Promise<{ signal: NodeJS.Signals | null; output: string }> {
        const child = spawn(
            process.execPath,
            ['--import', 'tsx', join(__dirname, 'scoreChild.ts')],
            {
                cwd: PROJECT_DIR,
                env: {
                    ...process.env,
                    ...TEST_ENV,
                    ATLAS_TEST_URL: proxy?.url ?? '',
                    ATLAS_TEST_TOKEN: org.running.token,
                    ATLAS_TEST_NOW: RUN_AT.toISOString(),
                    ...env
                },
                stdio: ['ignore', 'pipe', 'pipe']
            }
        );
        running.child = child;
        let output = '';
        child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
        const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
            child.once('exit', (_code, killed) => resolve(killed))
        );
        return { signal, output };
    }

    it('a record the org rejects is reported with its error in a CSV; a rerun writes it, reusing its snapshot', async () => {
        let rewritten = '';
        const conn = await throughProxy((request) => {
            if (isUpload(request, OPPORTUNITY_HEADER)) {
                // One row gets a score the validation rule refuses.
                const lines = request.body.split('\n');
                const cells = lines[1]!.split(',');
                rewritten = cells[0]!;
                cells[1] = '150';
                lines[1] = cells.join(',');
                return { kind: 'forward', body: lines.join('\n') };
            }
            return FORWARD;
        });
        const failures = join(cwd, 'failed.csv');
        const run = await score(conn, ['--failures', failures], { now: RUN_AT, cwd });
        expect(run.code).toBe(1);
        expect(run.out).toMatch(/written {3}14\n/);
        expect(run.out).toMatch(/failed {4}1\n/);
        expect(run.err).toContain(`their Salesforce errors are in ${failures}`);
        const rows = parse(readFileSync(failures, 'utf8'), { columns: true }) as Record<
            string,
            string
        >[];
        expect(rows).toEqual([
            expect.objectContaining({
                object: 'Opportunity',
                opportunityId: rewritten,
                error: expect.stringMatching(
                    /^FIELD_CUSTOM_VALIDATION_EXCEPTION:A deal score runs from 0 to 100/
                )
            })
        ]);
        // In the org: the rejected deal keeps its old (blank) score; its snapshot waits for it.
        const rejected = openOpportunities(org).find((deal) => deal.Id === rewritten)!;
        expect(rejected.Deal_Score__c).toBeNull();
        expect(scorerSnapshots(org).filter((row) => row.Opportunity__c === rewritten)).toHaveLength(
            1
        );

        const rerun = await score(org.conn, [], { now: RERUN_AT, cwd });
        expect(rerun.code).toBe(0);
        expect(rerun.out).toMatch(/changed {3}1 \(1 finishing an interrupted run\)\n/);
        expect(rerun.out).toMatch(/written {3}1\n/);
        const deals = openOpportunities(org);
        expect(deals.find((deal) => deal.Id === rewritten)?.Deal_Scored_At__c).toBe(
            RERUN_AT.toISOString()
        );
        // Everyone else was scored by the first run.
        const snapshots = scorerSnapshots(org);
        expect(snapshots).toHaveLength(OPEN_DEALS);
        expect(snapshots.find((row) => row.Opportunity__c === rewritten)).toMatchObject({
            Snapshot_Key__c: `${rewritten}:${RUN_AT.toISOString()}`,
            Taken_At__c: RERUN_AT.toISOString()
        });
        for (const deal of deals) {
            expect(deal.Deal_Score__c).toBe(expected.get(deal.Name)?.score);
        }
    });

    it('a 503 on a query page and a 500 on an upload are retried and the run completes', async () => {
        let pages = 0;
        let uploads = 0;
        const conn = await throughProxy((request) => {
            if (request.method === 'GET' && request.path.includes('/results?') && ++pages === 3) {
                return {
                    kind: 'respond',
                    status: 503,
                    body: '[{"errorCode":"SERVER_UNAVAILABLE","message":"try later"}]'
                };
            }
            if (isUpload(request, SNAPSHOT_HEADER) && ++uploads === 1) {
                return {
                    kind: 'respond',
                    status: 500,
                    body: '[{"errorCode":"UNKNOWN_EXCEPTION","message":"boom"}]'
                };
            }
            return FORWARD;
        });
        const run = await score(conn, [], { now: RUN_AT, cwd });
        expect(run.code).toBe(0);
        expect(run.err).toMatch(/retrying GET \/jobs\/query\/\w+\/results.*503 SERVER_UNAVAILABLE/);
        expect(run.err).toMatch(
            /retrying Deal_Score_Snapshot__c ingest job.*500 UNKNOWN_EXCEPTION/
        );
        expect(run.out).toMatch(/retries {3}2\n/);
        expect(run.out).toMatch(/written {3}15\n/);
        // The job whose upload failed was aborted, not left open.
        const firstJob = proxy!.seen.find((request) => isUpload(request, SNAPSHOT_HEADER))!;
        const jobId = /jobs\/ingest\/(\w+)\/batches/.exec(firstJob.path)![1]!;
        const info = (await (
            await fetch(`${org.running.url}/services/data/v66.0/jobs/ingest/${jobId}`, {
                headers: { Authorization: `Bearer ${org.running.token}` }
            })
        ).json()) as { state: string };
        expect(info.state).toBe('Aborted');
        await expectComplete(RUN_AT);
    });

    it('a server that keeps answering 503 stops the run with a report; a rerun finishes without duplicates', async () => {
        const conn = await throughProxy((request) =>
            isIngestCreate(request, 'Opportunity')
                ? {
                      kind: 'respond',
                      status: 503,
                      body: '[{"errorCode":"SERVER_UNAVAILABLE","message":"down"}]'
                  }
                : FORWARD
        );
        const run = await score(conn, [], { now: RUN_AT, cwd });
        expect(run.code).toBe(1);
        expect(run.err).toMatch(
            /stopped early — POST \/jobs\/ingest: 503 SERVER_UNAVAILABLE: down \(gave up after 3 tries; rerun/
        );
        expect(run.out).toMatch(/failed {4}15\n/);
        // Snapshots are in, scores are not: nothing half-done is visible as a score.
        expect(scorerSnapshots(org)).toHaveLength(OPEN_DEALS);
        expect(openOpportunities(org).every((deal) => deal.Deal_Score__c === null)).toBe(true);

        const rerun = await score(org.conn, [], { now: RUN_AT, cwd });
        expect(rerun.code).toBe(0);
        expect(rerun.out).toMatch(/changed {3}15 \(15 finishing an interrupted run\)\n/);
        await expectComplete(RUN_AT);
    });

    it('an expired session stops the run with "session expired: log in again"; a rerun finishes', async () => {
        const expired = {
            kind: 'respond',
            status: 401,
            body: '[{"errorCode":"INVALID_SESSION_ID","message":"Session expired or invalid"}]'
        } as const;
        // Expired before anything is read: nothing is written.
        const early = await score(await throughProxy(() => expired), [], { now: RUN_AT, cwd });
        expect(early.code).toBe(1);
        expect(early.err).toContain('session expired: log in again');
        expect(early.err).toContain('Session expired or invalid');
        expect(scorerSnapshots(org)).toHaveLength(0);
        await proxy!.close();

        // Expired between the snapshot and the opportunity writes.
        const conn = await throughProxy((request) =>
            isIngestCreate(request, 'Opportunity') ? expired : FORWARD
        );
        const run = await score(conn, [], { now: RUN_AT, cwd });
        expect(run.code).toBe(1);
        expect(run.err).toMatch(/stopped early — session expired: log in again/);
        expect(run.out).toMatch(/retries {3}0\n/);
        expect(openOpportunities(org).every((deal) => deal.Deal_Score__c === null)).toBe(true);

        const rerun = await score(org.conn, [], { now: RERUN_AT, cwd });
        expect(rerun.code).toBe(0);
        const snapshots = scorerSnapshots(org);
        // The snapshots of the broken run were reused (their keys keep its time), not added to.
        expect(
            snapshots.every((row) => row.Snapshot_Key__c.endsWith(`:${RUN_AT.toISOString()}`))
        ).toBe(true);
        await expectComplete(RERUN_AT);
    });

    it('a process killed after the snapshot ingest, before the opportunity update: the rerun completes, no duplicate', async () => {
        // The proxy kills the child; it is spawned once the proxy is up.
        const running: { child?: ReturnType<typeof spawn> } = {};
        await throughProxy((request) => {
            if (isIngestCreate(request, 'Opportunity')) {
                running.child?.kill('SIGKILL');
                return { kind: 'hang' };
            }
            return FORWARD;
        });
        const { signal, output } = await runChild(running);
        expect(signal).toBe('SIGKILL');
        expect(output).toContain('write score snapshots: 15 of 15 upserted');
        expect(scorerSnapshots(org)).toHaveLength(OPEN_DEALS);
        expect(openOpportunities(org).every((deal) => deal.Deal_Score__c === null)).toBe(true);

        const rerun = await score(org.conn, [], { now: RERUN_AT, cwd });
        expect(rerun.code).toBe(0);
        expect(rerun.out).toMatch(/changed {3}15 \(15 finishing an interrupted run\)\n/);
        await expectComplete(RERUN_AT);
    });

    it('a process killed in its second slice (slices of 5): the first slice stays written, the rerun finishes the other 10, no duplicate', async () => {
        const running: { child?: ReturnType<typeof spawn> } = {};
        let opportunityJobs = 0;
        await throughProxy((request) => {
            // The second slice's opportunity update: its snapshots are stored, its deals are not.
            if (isIngestCreate(request, 'Opportunity') && ++opportunityJobs === 2) {
                running.child?.kill('SIGKILL');
                return { kind: 'hang' };
            }
            return FORWARD;
        });
        const { signal, output } = await runChild(running, { ATLAS_SCORE_SLICE_SIZE: '5' });
        expect(signal).toBe('SIGKILL');
        expect(output).toContain('score slice 2: 5 scored, 5 to write (10 so far)');
        expect(output).not.toContain('score slice 3');
        const scored = openOpportunities(org).filter((deal) => deal.Deal_Score__c !== null);
        expect(scored).toHaveLength(5);
        expect(scorerSnapshots(org)).toHaveLength(10);

        const rerun = await score(org.conn, [], {
            now: RERUN_AT,
            cwd,
            env: { ATLAS_SCORE_SLICE_SIZE: '5' }
        });
        expect(rerun.code).toBe(0);
        expect(rerun.out).toMatch(/changed {3}10 \(5 finishing an interrupted run\)\n/);
        await expectComplete([RUN_AT, RERUN_AT]);
    });

    it('a process killed during the opportunity update (7 of 15 landed): the rerun writes the other 8, no duplicate', async () => {
        const running: { child?: ReturnType<typeof spawn> } = {};
        let opportunityJob = '';
        await throughProxy((request) => {
            if (isUpload(request, OPPORTUNITY_HEADER)) {
                // The server gets only the first 7 rows before the process dies.
                opportunityJob = /jobs\/ingest\/(\w+)\/batches/.exec(request.path)?.[1] ?? '';
                const lines = request.body.split('\n');
                return { kind: 'forward', body: [...lines.slice(0, 8), ''].join('\n') };
            }
            if (
                opportunityJob &&
                request.path.endsWith(`/jobs/ingest/${opportunityJob}`) &&
                request.method === 'GET'
            ) {
                running.child?.kill('SIGKILL');
                return { kind: 'hang' };
            }
            return FORWARD;
        });
        const { signal } = await runChild(running);
        expect(signal).toBe('SIGKILL');
        // The server finishes the job it was given.
        for (let tries = 0; tries < 200; tries++) {
            const info = (await (
                await fetch(
                    `${org.running.url}/services/data/v66.0/jobs/ingest/${opportunityJob}`,
                    {
                        headers: { Authorization: `Bearer ${org.running.token}` }
                    }
                )
            ).json()) as { state: string };
            if (info.state === 'JobComplete') {
                break;
            }
            await new Promise((resolve) => setTimeout(resolve, 25));
        }
        const scored = openOpportunities(org).filter((deal) => deal.Deal_Score__c !== null);
        expect(scored).toHaveLength(7);
        expect(scorerSnapshots(org)).toHaveLength(OPEN_DEALS);

        const rerun = await score(org.conn, [], { now: RERUN_AT, cwd });
        expect(rerun.code).toBe(0);
        expect(rerun.out).toMatch(/changed {3}8 \(8 finishing an interrupted run\)\n/);
        expect(rerun.out).toMatch(/written {3}8\n/);
        // The 7 that landed keep the first run's time; the 8 others carry the rerun's.
        const after = openOpportunities(org);
        for (const deal of scored) {
            expect(after.find((row) => row.Id === deal.Id)?.SystemModstamp).toBe(
                deal.SystemModstamp
            );
        }
        await expectComplete([RUN_AT, RERUN_AT]);
    });
});

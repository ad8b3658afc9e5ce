/** @jest-environment node */
// atlas score through the dispatcher: --target-org is taken out and resolved here, the rest of the
// command line goes to runScoreCommand with the connection. A dry run on a temp local org writes
// nothing.
import { startTestOrg, type TestOrg } from '../../../local/__tests__/testOrg';
import { captureIo } from '../io';
import { runAtlas } from '../main';
import type { SfRunner } from '../orgConnection';

describe('atlas score through the dispatcher', () => {
    let org: TestOrg;

    beforeAll(async () => {
        org = await startTestOrg();
    });

    afterAll(async () => {
        await org.stop();
    });

    // The open deals' stored scores and when they were computed: any write by a dry run shows here.
    const stored = async (): Promise<unknown[]> =>
        (
            await org.conn.query(
                'SELECT Id, Deal_Score__c, Deal_Score_Band__c, Deal_Scored_At__c FROM Opportunity WHERE IsClosed = false ORDER BY Id'
            )
        ).records;

    it('runs on the local org by default; a dry run writes nothing', async () => {
        const before = await stored();
        expect(before).toHaveLength(15);
        const io = captureIo();
        expect(
            await runAtlas(['score', '--dry-run'], io, { connect: { localDataDir: org.dataDir } })
        ).toBe(0);
        expect(io.out()).toContain('dry run');
        expect(io.out()).toMatch(/scored\s+15/);
        expect(await stored()).toEqual(before);
    });

    it('resolves --target-org=alias through the sf CLI and passes the other options on', async () => {
        const asked: string[][] = [];
        const runSf: SfRunner = async (args) => {
            asked.push([...args]);
            const result =
                args[1] === 'auth'
                    ? { accessToken: org.running.token }
                    : { instanceUrl: org.running.url, username: 'ops@acme.example' };
            return { exitCode: 0, stdout: JSON.stringify({ status: 0, result }), stderr: '' };
        };
        const before = await stored();
        const io = captureIo();
        const code = await runAtlas(
            ['score', '--target-org=acme', '--dry-run', '--where', "StageName = 'Prospecting'"],
            io,
            { connect: { runSf } }
        );
        expect(io.err()).not.toContain('unknown');
        expect(code).toBe(0);
        expect(asked.map((args) => args.slice(0, 4))).toEqual([
            ['org', 'display', '--target-org', 'acme'],
            ['org', 'auth', 'show-access-token', '--target-org']
        ]);
        const prospecting = (
            await org.conn.query(
                "SELECT COUNT() FROM Opportunity WHERE IsClosed = false AND StageName = 'Prospecting'"
            )
        ).totalSize;
        expect(prospecting).toBeGreaterThan(0);
        expect(io.out()).toMatch(new RegExp(`scored\\s+${prospecting}\\b`));
        expect(await stored()).toEqual(before);
    });
});

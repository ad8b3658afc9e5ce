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

    // Open deals with a stored score: none in the sample (its closed deals keep the final score
    // they were closed with), so any write by a dry run would show here.
    const scored = async (): Promise<number> =>
        (
            await org.conn.query(
                'SELECT COUNT() FROM Opportunity WHERE Deal_Score__c != null AND IsClosed = false'
            )
        ).totalSize;

    it('runs on the local org by default; a dry run writes nothing', async () => {
        const io = captureIo();
        expect(
            await runAtlas(['score', '--dry-run'], io, { connect: { localDataDir: org.dataDir } })
        ).toBe(0);
        expect(io.out()).toContain('dry run');
        expect(io.out()).toMatch(/scored\s+15/);
        expect(await scored()).toBe(0);
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
        expect(await scored()).toBe(0);
    });
});

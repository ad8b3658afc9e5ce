/** @jest-environment node */
// A short smoke run of the load generator (`npm run bench:local-org` is the full one): 50 concurrent
// clients mixing GraphQL reads with record writes for about a second and a half (and at least ten requests each), on loopback. It
// asserts no errors and no lost writes, and prints the figures without asserting any timing.
import { formatReport, runLoad } from '../bench/load';
import { startTestOrg, type TestOrg } from './testOrg';

describe('the local org under concurrent load', () => {
    jest.setTimeout(60_000);
    let org: TestOrg;

    beforeAll(async () => {
        org = await startTestOrg();
    });

    afterAll(async () => {
        await org.stop();
    });

    it('serves 50 concurrent clients mixing GraphQL reads and writes with no errors and no lost writes', async () => {
        const report = await runLoad({
            url: org.running.url,
            token: org.running.token,
            clients: 50,
            durationMs: 1500,
            maxRequests: 1500,
            warmupMs: 500,
            // Ten consecutive steps cover every kind (6 reads, 3 updates, 1 create), so the counts
            // below hold however loaded the machine is: nothing here measures speed.
            minRequestsPerClient: 10
        });
        process.stdout.write(`${formatReport(report, 50)}\n`);
        expect(report.errors).toEqual([]);
        expect(report.lostWrites).toEqual([]);
        expect(report.requests).toBeGreaterThanOrEqual(500);
        expect(report.byKind.graphql).toBeGreaterThan(0);
        expect(report.byKind.update).toBeGreaterThan(0);
        expect(report.byKind.create).toBeGreaterThan(0);
    });
});

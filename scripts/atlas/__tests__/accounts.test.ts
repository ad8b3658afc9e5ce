/** @jest-environment node */
// atlas accounts against a temp local org seeded with the sample data plan, on the sample day. The
// reference is the Account Growth tab's own path: its two GraphQL queries sent to the same org, read
// by the panels' readers and computed by accountGrowth and networkValue — the command must print
// exactly those figures, ranked by network value, with totals that add up as printed.
import { parse } from 'csv-parse/sync';
import { call, startTestOrg, type TestOrg } from '../../../local/__tests__/testOrg';
import {
    accountGrowth,
    growthInputFrom
} from '../../../force-app/main/default/lwc/accountGrowth/accountGrowth';
import { networkValue } from '../../../force-app/main/default/lwc/networkValue/networkValue';
import { SAMPLE_AS_OF } from '../../../force-app/main/default/lwc/pipelineHealth/__tests__/samplePlan';
import type { AtlasContext } from '../context';
import { captureIo } from '../io';
import { runAtlas } from '../main';
import type { AccountsReport } from '../accounts/accountsFormat';

// The panels' modules tag their queries with gql; here, as in the preview, a query is its text.
jest.mock('lightning/graphql', () => jest.requireActual('../../../jest/graphqlText'));

// Noon UTC on the sample day: the same calendar day in every time zone the tests run in.
const NOW = new Date(`${SAMPLE_AS_OF}T12:00:00Z`);

describe('atlas accounts on the local org', () => {
    let org: TestOrg;
    let context: AtlasContext;

    const run = async (argv: string[]): Promise<{ code: number; out: string; err: string }> => {
        const io = captureIo({ now: () => NOW });
        const code = await runAtlas(['accounts', ...argv], io, context);
        return { code, out: io.out(), err: io.err() };
    };

    /** What the Account Growth tab shows for one account on the sample day. */
    const panelFigures = async (accountId: string) => {
        const growthData =
            await import('../../../force-app/main/default/lwc/atlasData/accountGrowthData');
        const networkData =
            await import('../../../force-app/main/default/lwc/atlasData/networkValueData');
        const { networkValueFromGraphQL } =
            await import('../../../force-app/main/default/lwc/atlasRecords/networkValueRecords');
        const ask = async (query: unknown): Promise<unknown> => {
            const response = await call(org, 'POST', '/services/data/v66.0/graphql', {
                query: query as string,
                variables: { accountId }
            });
            const body = response.body as { data: unknown; errors: unknown[] };
            expect(body.errors).toEqual([]);
            return body.data;
        };
        const growth = accountGrowth(
            growthInputFrom({
                ...growthData.accountGrowthFromGraphQL(await ask(growthData.ACCOUNT_GROWTH_QUERY)),
                today: SAMPLE_AS_OF
            })
        );
        const network = networkValue({
            ...networkValueFromGraphQL(await ask(networkData.NETWORK_VALUE_QUERY)),
            accountId,
            today: SAMPLE_AS_OF
        });
        return { growth: growth.account, network: network.network, own: network.own };
    };

    beforeAll(async () => {
        org = await startTestOrg();
        context = { connect: { localDataDir: org.dataDir, localPort: 0 } };
    });

    afterAll(async () => {
        await org.stop();
    });

    it('--format json gives each sample account exactly the figures the Account Growth tab shows', async () => {
        const { code, out, err } = await run(['--format', 'json']);
        expect(err).toBe('');
        expect(code).toBe(0);
        const report = JSON.parse(out) as AccountsReport;
        expect(report.asOf).toBe(SAMPLE_AS_OF);
        expect(report.accounts.map((account) => account.name)).toEqual([
            'Meridian Global Bank',
            'Kestrel Precision Manufacturing',
            'Cascade Valley Health'
        ]);
        for (const account of report.accounts) {
            const shown = await panelFigures(account.id);
            expect({ growth: account.growth, network: account.network, own: account.own }).toEqual(
                shown
            );
        }
    });

    it('prints the golden table of the sample org: the #15 closing note’s figures, ranked by network value', async () => {
        const { code, out } = await run([]);
        expect(code).toBe(0);
        const table = out.split('\n').slice(3, 10).join('\n');
        expect(table).toBe(
            [
                '#  Account                               Base    At risk  Kept   Not kept  Weighted pipeline  Net growth   Net %  Network won  Network open  Network value',
                '-  -------------------------------  ---------  ---------  ----  ---------  -----------------  ----------  ------  -----------  ------------  -------------',
                '1  Meridian Global Bank             3,630,000    120,000     0    120,000          4,272,850   4,272,850  117.7%      730,000     2,220,000      2,950,000',
                '2  Kestrel Precision Manufacturing    715,000    155,000     0    155,000          1,018,700   1,018,700  142.5%            0       310,000        310,000',
                '3  Cascade Valley Health            1,010,000    735,000     0    735,000          1,657,900   1,657,900  164.1%            0        60,000         60,000',
                '----------------------------------------------------------------------------------------------------------------------------------------------------------',
                '   Total                            5,355,000  1,010,000     0  1,010,000          6,949,450   6,949,450              730,000     2,590,000      3,320,000'
            ].join('\n')
        );
    });
    it('each totals cell is the sum of the amounts printed above it, and each row adds up as printed', async () => {
        const { out } = await run([]);
        const lines = out.split('\n');
        const header = lines.findIndex((line) => line.startsWith('#  Account'));
        const rows = lines.slice(header + 2).filter((line) => /^\d+ /.test(line));
        const totals = lines.find((line) => line.trim().startsWith('Total')) ?? '';
        const numbers = (line: string): number[] =>
            (line.match(/-?[\d,]+(?:\.\d)?%?/g) ?? [])
                .filter((cell) => !cell.endsWith('%'))
                .map((cell) => Number(cell.replace(/,/g, '')));
        // A row: rank, base, at risk, kept, not kept, weighted pipeline, net growth, won, open, value.
        const printed = rows.map((line) => numbers(line).slice(1));
        expect(printed).toHaveLength(3);
        for (const [
            ,
            atRisk,
            kept = NaN,
            notKept = NaN,
            weighted = NaN,
            net,
            won = NaN,
            open = NaN,
            value
        ] of printed) {
            expect(kept + notKept).toBe(atRisk);
            expect(kept + weighted).toBe(net);
            expect(won + open).toBe(value);
        }
        const columnSums = (printed[0] ?? []).map((_, column) =>
            printed.reduce((total, row) => total + (row[column] ?? 0), 0)
        );
        expect(numbers(totals)).toEqual(columnSums);
    });

    it('lists accounts by network value, highest first, and --format csv holds the same figures', async () => {
        const json = JSON.parse((await run(['--format', 'json'])).out) as AccountsReport;
        const values = json.accounts.map((account) => account.network.total);
        expect(values).toEqual([...values].sort((a, b) => b - a));
        expect(json.accounts.map((account) => account.rank)).toEqual([1, 2, 3]);
        const { code, out } = await run(['--format', 'csv']);
        expect(code).toBe(0);
        const rows = parse(out, { columns: true }) as Record<string, string>[];
        expect(rows.map((row) => row.account)).toEqual(json.accounts.map((a) => a.name));
        rows.forEach((row, index) => {
            const account = json.accounts[index];
            expect(Number(row.base)).toBe(account?.growth.base);
            expect(Number(row.not_kept)).toBe(account?.growth.notKept);
            expect(Number(row.net_growth)).toBe(account?.growth.netGrowth);
            expect(Number(row.network_won)).toBe(account?.network.won);
            expect(Number(row.network_open)).toBe(account?.network.pipeline);
            expect(Number(row.network_value)).toBe(account?.network.total);
        });
    });

    it('--account lists one account by name; an unknown one or a bad --format says what to do', async () => {
        const one = await run(['--account', 'Kestrel Precision Manufacturing', '--format', 'csv']);
        expect(one.code).toBe(0);
        const rows = parse(one.out, { columns: true }) as Record<string, string>[];
        expect(rows.map((row) => [row.rank, row.account, row.network_value])).toEqual([
            ['1', 'Kestrel Precision Manufacturing', '310000']
        ]);
        const unknown = await run(['--account', 'Nobody Ltd']);
        expect(unknown.code).toBe(1);
        expect(unknown.err).toContain('no account named "Nobody Ltd"');
        const bad = await run(['--format', 'xml']);
        expect(bad.code).toBe(2);
        expect(bad.err).toContain('--format takes table, csv, json (got "xml")');
    });
});

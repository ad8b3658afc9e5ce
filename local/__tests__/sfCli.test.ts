/** @jest-environment node */
// The real sf CLI (node_modules/.bin/sf, @salesforce/cli 2.146.3) against an empty local org: log in
// with the access token, query, import the sample data plan with `sf data import tree`, and query
// the records and relationships that arrived. HOME is a temp directory, so the user's own sf
// configuration is never read or written.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_DIR, startTestOrg, type TestOrg } from './testOrg';

const SF = join(PROJECT_DIR, 'node_modules', '.bin', 'sf');
const COMMAND_TIMEOUT_MS = 90_000;

interface SfResult {
    readonly code: number;
    readonly json: { status: number; result?: unknown; message?: string };
    readonly output: string;
}

function runSf(
    home: string,
    args: readonly string[],
    env: Record<string, string> = {}
): Promise<SfResult> {
    return new Promise((resolve) => {
        execFile(
            SF,
            [...args, '--json'],
            {
                cwd: PROJECT_DIR,
                timeout: COMMAND_TIMEOUT_MS,
                maxBuffer: 64 * 1024 * 1024,
                env: {
                    PATH: `${join(PROJECT_DIR, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
                    HOME: home,
                    SF_DISABLE_TELEMETRY: 'true',
                    SF_SKIP_NEW_VERSION_CHECK: 'true',
                    SF_AUTOUPDATE_DISABLE: 'true',
                    SF_USE_GENERIC_UNIX_KEYCHAIN: 'true',
                    SF_DISABLE_AUTOUPDATE: 'true',
                    NODE_NO_WARNINGS: '1',
                    ...env
                }
            },
            (error, stdout, stderr) => {
                const output = `$ sf ${args.join(' ')}\n--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`;
                let json: SfResult['json'] = { status: -1 };
                try {
                    json = JSON.parse(stdout) as SfResult['json'];
                } catch {
                    // left as status -1: the output below says why
                }
                const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
                resolve({ code, json, output });
            }
        );
    });
}

/** Fails with the whole command output, so a CI log shows what the CLI said. */
function expectSuccess(result: SfResult): void {
    if (result.code !== 0 || result.json.status !== 0) {
        throw new Error(`sf failed (exit ${result.code}):\n${result.output}`);
    }
}

function planRecordCount(): number {
    const planPath = join(PROJECT_DIR, 'data', 'sample-data-plan.json');
    const plan = JSON.parse(readFileSync(planPath, 'utf8')) as { files: string[] }[];
    let count = 0;
    for (const step of plan) {
        for (const file of step.files) {
            count += (
                JSON.parse(readFileSync(join(PROJECT_DIR, 'data', file), 'utf8')) as {
                    records: unknown[];
                }
            ).records.length;
        }
    }
    return count;
}

describe('the sf CLI against the local org', () => {
    jest.setTimeout(300_000);
    let org: TestOrg;
    let home: string;
    let login: SfResult;

    beforeAll(async () => {
        org = await startTestOrg({ seed: false });
        home = mkdtempSync(join(tmpdir(), 'atlas-sf-home-'));
        login = await runSf(
            home,
            [
                'org',
                'login',
                'access-token',
                '--instance-url',
                org.running.url,
                '--no-prompt',
                '--alias',
                'atlas-local'
            ],
            {
                SF_ACCESS_TOKEN: org.running.token
            }
        );
        expectSuccess(login);
    });

    afterAll(async () => {
        await org.stop();
        rmSync(home, { recursive: true, force: true });
    });

    it('logs in with sf org login access-token over http on 127.0.0.1', () => {
        expect(login.json.result).toMatchObject({
            orgId: org.running.org.store.orgId,
            username: 'atlas.user@atlas.local'
        });
    });

    it('queries the org with sf data query after logging in with the access token', async () => {
        const result = await runSf(home, [
            'data',
            'query',
            '--query',
            'SELECT Name, IsSandbox FROM Organization',
            '--target-org',
            'atlas-local'
        ]);
        expectSuccess(result);
        expect(result.json.result).toMatchObject({
            totalSize: 1,
            records: [
                expect.objectContaining({ Name: 'Account Atlas Local Org', IsSandbox: false })
            ]
        });
    });

    it('imports the sample data plan into the empty org with sf data import tree, relationships intact', async () => {
        const empty = await runSf(home, [
            'data',
            'query',
            '--query',
            'SELECT COUNT() FROM Account',
            '--target-org',
            'atlas-local'
        ]);
        expectSuccess(empty);
        expect(empty.json.result).toMatchObject({ totalSize: 0 });

        const imported = await runSf(home, [
            'data',
            'import',
            'tree',
            '--plan',
            'data/sample-data-plan.json',
            '--target-org',
            'atlas-local'
        ]);
        expectSuccess(imported);
        const results = imported.json.result as { refId: string; type: string; id: string }[];
        expect(results.length).toBe(planRecordCount());
        expect(results.find((entry) => entry.refId === 'AccountRef1')?.id).toMatch(/^001\w{15}$/);

        const query = await runSf(home, [
            'data',
            'query',
            '--query',
            'SELECT Name, Account__r.Name, Parent_Buying_Center__r.Name, (SELECT Member_Key__c, Contact__r.Name, Contact__r.AccountId FROM Members__r) FROM Buying_Center__c WHERE Parent_Buying_Center__c != null ORDER BY Name',
            '--target-org',
            'atlas-local'
        ]);
        expectSuccess(query);
        const centers = (query.json.result as { records: Record<string, unknown>[] }).records as {
            Name: string;
            Account__r: { Name: string };
            Parent_Buying_Center__r: { Name: string };
            Members__r: {
                records: { Member_Key__c: string; Contact__r: { Name: string } }[];
            } | null;
        }[];
        expect(centers.length).toBeGreaterThan(0);
        for (const center of centers) {
            expect(center.Account__r.Name).toEqual(expect.any(String));
            expect(center.Name.startsWith(center.Parent_Buying_Center__r.Name)).toBe(true);
        }
        const members = centers.flatMap((center) => center.Members__r?.records ?? []);
        expect(members.length).toBeGreaterThan(0);
        // The before-save flow set every key from the two lookups.
        expect(members.every((member) => /^a\w{17}:003\w{15}$/.test(member.Member_Key__c))).toBe(
            true
        );

        const evidence = await runSf(home, [
            'data',
            'query',
            '--query',
            'SELECT COUNT() FROM Deal_Evidence__c WHERE Opportunity__r.IsClosed = false',
            '--target-org',
            'atlas-local'
        ]);
        expectSuccess(evidence);
        expect((evidence.json.result as { totalSize: number }).totalSize).toBeGreaterThan(0);
    });
});

/** @jest-environment node */
// check-metadata-ignore-file: these tests feed made-up object and field names on purpose.
// How atlas reaches an org. --target-org: the sf CLI's stored auth (a fake runner for the failure
// cases, the real pinned CLI with a temp HOME for the happy path); no flag: the local org's
// connection file, or a local org the command starts. Every failure ends in a message saying what
// to do.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_DIR, startTestOrg, type TestOrg } from '../../../local/__tests__/testOrg';
import { CONNECTION_FILE } from '../../../local/org/server';
import type { AtlasContext } from '../context';
import { captureIo } from '../io';
import { runAtlas } from '../main';
import {
    checkAtlasAccess,
    connectToOrg,
    OrgConnectionError,
    type SfResult,
    type SfRunner
} from '../orgConnection';

/** What the pinned sf CLI prints for an alias it does not know (captured from sf 2.146.3). */
const UNKNOWN_ALIAS: SfResult = {
    exitCode: 2,
    stdout: JSON.stringify({
        name: 'NamedOrgNotFoundError',
        message:
            'Parsing --target-org \n\tNo authorization information found for nosuch.\nSee more help with --help',
        exitCode: 2,
        context: 'OrgDisplayCommand',
        code: 'NamedOrgNotFoundError',
        status: 2,
        commandName: 'OrgDisplayCommand'
    }),
    stderr: ''
};

/** What sf 2.146.3 prints for org display: the token hidden, the URL with a trailing slash. */
function displayOf(instanceUrl: string, username: string): SfResult {
    return {
        exitCode: 0,
        stdout: JSON.stringify({
            status: 0,
            result: {
                accessToken: "[REDACTED] Use 'sf org auth show-access-token' to view",
                instanceUrl: `${instanceUrl}/`,
                username,
                connectedStatus: 'Connected'
            },
            warnings: []
        }),
        stderr: ''
    };
}

function showAccessTokenOf(accessToken: string): SfResult {
    return {
        exitCode: 0,
        stdout: JSON.stringify({ status: 0, result: { accessToken }, warnings: [] }),
        stderr: ''
    };
}

describe('connecting with --target-org through the sf CLI', () => {
    let org: TestOrg;
    const calls: { args: readonly string[]; env: NodeJS.ProcessEnv }[] = [];

    /** A fake sf: org display answers `display`, org auth show-access-token answers `token`. */
    const contextAnswering = (display: SfResult, token?: SfResult): AtlasContext => ({
        connect: {
            runSf: (async (args, env) => {
                calls.push({ args, env });
                return args[1] === 'auth' && token !== undefined ? token : display;
            }) as SfRunner
        }
    });

    beforeAll(async () => {
        org = await startTestOrg();
        // The first connection loads jsforce (seconds through Jest's module registry on a busy
        // machine): load it here, so no test's own time limit pays for it.
        await import('../jsforceConnection');
    });

    afterAll(async () => {
        await org.stop();
    });

    it('asks sf org display for the alias, quietly, and works with the org it names', async () => {
        calls.length = 0;
        const io = captureIo({ now: () => new Date('2026-11-16T09:00:00Z') });
        const context = contextAnswering(
            displayOf(org.running.url, 'ops@acme.example'),
            showAccessTokenOf(org.running.token)
        );
        const code = await runAtlas(
            ['pipeline', '--target-org', 'acme', '--format', 'json'],
            io,
            context
        );
        expect(io.err()).toBe('');
        expect(code).toBe(0);
        expect(calls.map((call) => call.args)).toEqual([
            ['org', 'display', '--target-org', 'acme', '--json'],
            ['org', 'auth', 'show-access-token', '--target-org', 'acme', '--json']
        ]);
        expect(calls[0]?.env).toMatchObject({
            SF_DISABLE_TELEMETRY: 'true',
            SF_SKIP_NEW_VERSION_CHECK: 'true',
            SF_AUTOUPDATE_DISABLE: 'true'
        });
        expect((JSON.parse(io.out()) as { org: string }).org).toBe('org acme (ops@acme.example)');
    });

    it('an alias the sf CLI does not know says how to log in (exit 1)', async () => {
        const io = captureIo();
        expect(
            await runAtlas(
                ['pipeline', '--target-org', 'nosuch'],
                io,
                contextAnswering(UNKNOWN_ALIAS)
            )
        ).toBe(1);
        expect(io.err()).toContain('the sf CLI knows no org "nosuch"');
        expect(io.err()).toContain('sf org login web --alias nosuch');
    });

    it('an expired session says to log in again (exit 1)', async () => {
        const io = captureIo();
        const context = contextAnswering(
            displayOf(org.running.url, 'ops@acme.example'),
            showAccessTokenOf('00D000000000001!expired')
        );
        expect(await runAtlas(['seed', '--target-org', 'acme'], io, context)).toBe(1);
        expect(io.err()).toContain(
            'the session for "acme" has expired: run sf org login web --alias acme'
        );
    });

    it('a missing sf CLI and unreadable output are explained', async () => {
        const missing = captureIo();
        expect(
            await runAtlas(
                ['pipeline', '--target-org', 'acme'],
                missing,
                contextAnswering({ exitCode: 127, stdout: '', stderr: 'spawn sf ENOENT' })
            )
        ).toBe(1);
        expect(missing.err()).toContain('could not run the sf CLI (spawn sf ENOENT): run npm ci');

        const garbled = captureIo();
        expect(
            await runAtlas(
                ['pipeline', '--target-org', 'acme'],
                garbled,
                contextAnswering({ exitCode: 1, stdout: 'Error: boom', stderr: '' })
            )
        ).toBe(1);
        expect(garbled.err()).toContain(
            'sf org display --target-org acme did not answer JSON (exit 1): Error: boom'
        );
    });

    it('an org without the package, or without the permission sets, gets told what to do', async () => {
        const noPackage = checkAtlasAccess(org.conn, 'acme', { Atlas_Not_Installed__c: ['Name'] });
        await expect(noPackage).rejects.toThrow(OrgConnectionError);
        await expect(noPackage).rejects.toThrow(
            'Atlas_Not_Installed__c does not exist in "acme" (or you cannot see it): install Account Atlas first: npm run atlas:install'
        );
        const noFields = checkAtlasAccess(org.conn, 'acme', {
            Opportunity: ['Deal_Score__c', 'Hidden_Score__c']
        });
        await expect(noFields).rejects.toThrow(
            'you cannot see Opportunity.Hidden_Score__c: assign the Atlas_User permission set'
        );
        await expect(
            checkAtlasAccess(org.conn, 'acme', { Opportunity: ['Deal_Score__c'] })
        ).resolves.toBeUndefined();
    });
});

describe('the local org without --target-org', () => {
    it('starts a local org for the command when the stored one does not answer, and stops it after', async () => {
        const dataDir = mkdtempSync(join(tmpdir(), 'atlas-conn-'));
        try {
            writeFileSync(
                join(dataDir, CONNECTION_FILE),
                JSON.stringify({ instanceUrl: 'http://127.0.0.1:9', accessToken: 'stale' })
            );
            const io = captureIo();
            const handle = await connectToOrg({ localDataDir: dataDir, localPort: 0 }, io);
            expect(handle.isLocal).toBe(true);
            expect(handle.startedLocalOrg).toBeDefined();
            expect(io.err()).toContain('started the local org at http://127.0.0.1:');
            const accounts = await handle.conn.query('SELECT COUNT() FROM Account');
            expect(accounts.totalSize).toBe(3);
            await handle.close();
            await expect(fetch(handle.startedLocalOrg!.url)).rejects.toThrow();
        } finally {
            rmSync(dataDir, { recursive: true, force: true });
        }
    });

    it('does not start a second org over the database of a live local org process that does not answer', async () => {
        const dataDir = mkdtempSync(join(tmpdir(), 'atlas-conn-'));
        // Stands in for a local org process that hangs: alive, listening nowhere.
        const hung = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], {
            stdio: 'ignore'
        });
        try {
            writeFileSync(
                join(dataDir, CONNECTION_FILE),
                JSON.stringify({
                    instanceUrl: 'http://127.0.0.1:9',
                    accessToken: 'token',
                    pid: hung.pid
                })
            );
            await expect(
                connectToOrg({ localDataDir: dataDir, localPort: 0 }, captureIo())
            ).rejects.toThrow(
                `the local org process ${hung.pid} does not answer at http://127.0.0.1:9: stop it`
            );
        } finally {
            hung.kill();
            rmSync(dataDir, { recursive: true, force: true });
        }
    });

    it('refuses a server that does not take the stored token, rather than starting a second org', async () => {
        const org = await startTestOrg();
        try {
            writeFileSync(
                join(org.dataDir, CONNECTION_FILE),
                JSON.stringify({ instanceUrl: org.running.url, accessToken: '00D!wrong' })
            );
            await expect(connectToOrg({ localDataDir: org.dataDir }, captureIo())).rejects.toThrow(
                `something answers at ${org.running.url} but refuses the token`
            );
        } finally {
            await org.stop();
        }
    });
});

describe('the real sf CLI', () => {
    const SF = join(PROJECT_DIR, 'node_modules', '.bin', 'sf');
    let org: TestOrg;
    let home: string;

    beforeAll(async () => {
        org = await startTestOrg();
        home = mkdtempSync(join(tmpdir(), 'atlas-sf-home-'));
    });

    afterAll(async () => {
        await org.stop();
        rmSync(home, { recursive: true, force: true });
    });

    it('reads the auth sf stored at login, and names an alias it does not know', async () => {
        const env = {
            PATH: process.env.PATH ?? '',
            HOME: home,
            SF_USE_GENERIC_UNIX_KEYCHAIN: 'true',
            SF_DISABLE_TELEMETRY: 'true',
            SF_SKIP_NEW_VERSION_CHECK: 'true',
            SF_AUTOUPDATE_DISABLE: 'true',
            NODE_NO_WARNINGS: '1'
        };
        const login = await new Promise<{ error: Error | null; stdout: string }>((resolve) =>
            execFile(
                SF,
                [
                    'org',
                    'login',
                    'access-token',
                    '--instance-url',
                    org.running.url,
                    '--no-prompt',
                    '--alias',
                    'atlas-test',
                    '--json'
                ],
                {
                    cwd: PROJECT_DIR,
                    env: { ...env, SF_ACCESS_TOKEN: org.running.token },
                    timeout: 90_000
                },
                (error, stdout) => resolve({ error, stdout })
            )
        );
        expect(login.stdout).toContain('"status": 0');

        const io = captureIo({ env });
        const handle = await connectToOrg({ targetOrg: 'atlas-test' }, io);
        try {
            expect(handle.isLocal).toBe(false);
            expect(handle.description).toBe('org atlas-test (atlas.user@atlas.local)');
            const accounts = await handle.conn.query('SELECT COUNT() FROM Account');
            expect(accounts.totalSize).toBe(3);
        } finally {
            await handle.close();
        }
        await expect(connectToOrg({ targetOrg: 'not-logged-in' }, io)).rejects.toThrow(
            'the sf CLI knows no org "not-logged-in"'
        );
    }, 120_000);
});

// The sf CLI's stored auth for an alias or username, read through the project's pinned CLI: `sf org
// display --json` names the org (and refreshes an OAuth session); sf 2.14x hides the token there, so
// it comes from `sf org auth show-access-token --json`. We run the CLI and keep nothing.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { OrgConnectionError, type SfResult, type SfRunner } from './orgTypes';

export type { SfResult, SfRunner } from './orgTypes';

export function sfEnv(base: Readonly<Record<string, string | undefined>>): NodeJS.ProcessEnv {
    return {
        ...base,
        SF_DISABLE_TELEMETRY: 'true',
        SF_SKIP_NEW_VERSION_CHECK: 'true',
        SF_AUTOUPDATE_DISABLE: 'true',
        SF_HIDE_RELEASE_NOTES: 'true',
        FORCE_COLOR: '0'
    };
}

/** The real runner: the project's node_modules/.bin/sf (npx sf when it is missing), no shell. */
export function projectSfRunner(projectDir: string): SfRunner {
    const local = join(projectDir, 'node_modules', '.bin', 'sf');
    const [command, prefix] = existsSync(local) ? [local, []] : ['npx', ['--no-install', 'sf']];
    return (args, env) =>
        new Promise((done) => {
            const child = spawn(command, [...prefix, ...args], {
                cwd: projectDir,
                env,
                stdio: ['ignore', 'pipe', 'pipe']
            });
            let stdout = '';
            let stderr = '';
            child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
            child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
            child.on('error', (error) => done({ exitCode: 127, stdout, stderr: error.message }));
            child.on('close', (code) => done({ exitCode: code ?? 1, stdout, stderr }));
        });
}

interface SfOrgDisplay {
    /** Absent when the CLI hides it (sf 2.14x prints "[REDACTED] …" in org display). */
    readonly accessToken?: string;
    readonly instanceUrl: string;
    readonly username?: string;
}

interface SfJson {
    status?: number;
    name?: string;
    message?: string;
    result?: Record<string, unknown>;
}

/** The JSON an sf command printed; a missing CLI and unreadable output get their own messages. */
function parseSfJson(command: string, result: SfResult): SfJson {
    if (result.exitCode === 127) {
        throw new OrgConnectionError(
            'SF_CLI_MISSING',
            `could not run the sf CLI (${result.stderr.trim()}): run npm ci in the project first`
        );
    }
    try {
        return JSON.parse(result.stdout) as SfJson;
    } catch {
        throw new OrgConnectionError(
            'SF_CLI_OUTPUT',
            `${command} did not answer JSON (exit ${result.exitCode}): ${
                (result.stderr || result.stdout).trim().slice(0, 300) || 'no output'
            }`
        );
    }
}

function failureOf(targetOrg: string, command: string, parsed: SfJson): OrgConnectionError {
    const name = parsed.name ?? '';
    if (/NamedOrgNotFound|NoAuthInfoFound|AuthInfoNotFound|NoOrgFound/i.test(name)) {
        return new OrgConnectionError(
            'UNKNOWN_ORG',
            `the sf CLI knows no org "${targetOrg}": log in first with ` +
                `sf org login web --alias ${targetOrg} (sf org list shows the aliases it knows)`
        );
    }
    return new OrgConnectionError(
        'SF_CLI_ERROR',
        `${command} failed: ${name ? `${name}: ` : ''}${(parsed.message ?? '').trim()}`
    );
}

/** A usable token: no spaces, not the placeholder the CLI prints instead of the secret. */
function usableToken(value: unknown): string | undefined {
    return typeof value === 'string' && value !== '' && !/\s|REDACTED/i.test(value)
        ? value
        : undefined;
}

function noSession(targetOrg: string): OrgConnectionError {
    return new OrgConnectionError(
        'EXPIRED_SESSION',
        `the sf CLI has no session for "${targetOrg}": run sf org login web --alias ${targetOrg}`
    );
}

/** Parses `sf org display --json`: the instance URL, the username and (older CLIs) the token. */
export function parseOrgDisplay(targetOrg: string, result: SfResult): SfOrgDisplay {
    const command = `sf org display --target-org ${targetOrg}`;
    const parsed = parseSfJson(command, result);
    if (parsed.status !== 0 || parsed.result === undefined) {
        throw failureOf(targetOrg, command, parsed);
    }
    const { accessToken, instanceUrl, username } = parsed.result;
    if (typeof instanceUrl !== 'string' || instanceUrl === '') {
        throw noSession(targetOrg);
    }
    return {
        accessToken: usableToken(accessToken),
        // The CLI stores it with a trailing slash; jsforce would then send "//services/…".
        instanceUrl: instanceUrl.replace(/\/+$/, ''),
        username: typeof username === 'string' ? username : undefined
    };
}

/** Parses `sf org auth show-access-token --json`. */
export function parseAccessToken(targetOrg: string, result: SfResult): string {
    const command = `sf org auth show-access-token --target-org ${targetOrg}`;
    const parsed = parseSfJson(command, result);
    if (parsed.status !== 0 || parsed.result === undefined) {
        throw failureOf(targetOrg, command, parsed);
    }
    const token = usableToken(parsed.result.accessToken);
    if (token === undefined) {
        throw noSession(targetOrg);
    }
    return token;
}

export interface SfAuth {
    readonly instanceUrl: string;
    readonly accessToken: string;
    readonly username?: string;
}

/** The instance URL, token and username the sf CLI holds for targetOrg. */
export async function readSfAuth(
    targetOrg: string,
    runSf: SfRunner,
    env: NodeJS.ProcessEnv
): Promise<SfAuth> {
    const display = parseOrgDisplay(
        targetOrg,
        await runSf(['org', 'display', '--target-org', targetOrg, '--json'], env)
    );
    const accessToken =
        display.accessToken ??
        parseAccessToken(
            targetOrg,
            await runSf(
                ['org', 'auth', 'show-access-token', '--target-org', targetOrg, '--json'],
                env
            )
        );
    return { instanceUrl: display.instanceUrl, accessToken, username: display.username };
}

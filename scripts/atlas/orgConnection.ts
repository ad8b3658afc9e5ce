// The org an atlas command works on. With --target-org, the sf CLI's stored auth for that alias or
// username (read with `sf org display` and `sf org auth show-access-token`; we never store
// credentials of our own). Without it, the local org: the URL and token in .atlas/local-org.json,
// started for the command's lifetime when no server answers there. Every failure a user can cause ends in an OrgConnectionError whose
// message says what to do.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Connection } from 'jsforce';
import { CONNECTION_FILE, startOrgServer, type RunningOrg } from '../../local/org/server';
import type { AtlasIo } from './io';

export const API_VERSION = '66.0';
export const PROJECT_DIR = resolve(__dirname, '..', '..');
export const DEFAULT_LOCAL_PORT = 6166;

/** A failure the user can fix; `message` says how. Commands print it and exit 1. */
export class OrgConnectionError extends Error {
    // `declare`: a subclass with class fields looks like a component to the LWC Jest transform.
    declare readonly code: string;
    constructor(code: string, message: string) {
        super(message);
        this.name = 'OrgConnectionError';
        this.code = code;
    }
}

export interface SfResult {
    readonly exitCode: number;
    readonly stdout: string;
    readonly stderr: string;
}

/** Runs the project's pinned sf CLI with arguments; tests pass a fake one. */
export type SfRunner = (args: readonly string[], env: NodeJS.ProcessEnv) => Promise<SfResult>;

export interface ConnectOptions {
    /** An alias or username the sf CLI knows; absent means the local org. */
    readonly targetOrg?: string;
    /** The project whose pinned sf CLI runs and whose .atlas/ holds the local org (tests: a copy). */
    readonly projectDir?: string;
    /** The local org's data directory (default <projectDir>/.atlas). */
    readonly localDataDir?: string;
    /** Port for a local org this command starts (default: the stored one, else 6166). */
    readonly localPort?: number;
    /** Seed a local org this command starts when it is empty (default true). */
    readonly seedLocalOrg?: boolean;
    /** Throw the local database away before starting it (only when no server is running). */
    readonly resetLocalOrg?: boolean;
    /** Fields each object must show in describe (package installed, permission sets assigned). */
    readonly requiredFields?: Readonly<Record<string, readonly string[]>>;
    readonly runSf?: SfRunner;
}

export interface OrgHandle {
    readonly conn: Connection;
    /** "local org at http://…" or "org <alias> (<username>)", for messages. */
    readonly description: string;
    /** True for the local org (the only org `atlas seed --reset` may reset). */
    readonly isLocal: boolean;
    /** Set when this command started the local org (it stops on close()). */
    readonly startedLocalOrg?: RunningOrg;
    close(): Promise<void>;
}

/** The objects and fields every atlas command relies on. */
export const ATLAS_CORE_FIELDS: Readonly<Record<string, readonly string[]>> = {
    Buying_Center__c: ['Name'],
    Opportunity: ['Deal_Score__c']
};

function messageOf(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}

function errorCodeOf(error: unknown): string | undefined {
    const candidate = error as { errorCode?: unknown; name?: unknown };
    if (typeof candidate?.errorCode === 'string') {
        return candidate.errorCode;
    }
    return typeof candidate?.name === 'string' ? candidate.name : undefined;
}

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

interface LocalConnectionFile {
    readonly url: string;
    readonly token: string;
    /** The process serving the org when the file was written. */
    readonly pid?: number;
}

function readLocalConnectionFile(dataDir: string): LocalConnectionFile | undefined {
    const file = join(dataDir, CONNECTION_FILE);
    if (!existsSync(file)) {
        return undefined;
    }
    try {
        // The local org writes { instanceUrl, accessToken, … }; { url, token } is accepted too.
        const parsed = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
        const url = parsed.instanceUrl ?? parsed.url;
        const token = parsed.accessToken ?? parsed.token;
        const pid = typeof parsed.pid === 'number' ? parsed.pid : undefined;
        return typeof url === 'string' && typeof token === 'string'
            ? { url, token, pid }
            : undefined;
    } catch {
        return undefined;
    }
}

/** 'ok', 'refused' (no server) or 'wrong-token' (a server that is not this org, or was reset). */
async function probeLocalOrg(
    stored: LocalConnectionFile
): Promise<'ok' | 'refused' | 'wrong-token'> {
    try {
        const response = await fetch(`${stored.url}/services/data/v${API_VERSION}/`, {
            headers: { Authorization: `Bearer ${stored.token}` },
            signal: AbortSignal.timeout(2000)
        });
        await response.arrayBuffer();
        return response.ok ? 'ok' : 'wrong-token';
    } catch {
        return 'refused';
    }
}

function processAlive(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        // EPERM: it exists but belongs to someone else.
        return (error as { code?: string }).code === 'EPERM';
    }
}

function portOf(url: string): number | undefined {
    try {
        const port = Number(new URL(url).port);
        return Number.isInteger(port) && port > 0 ? port : undefined;
    } catch {
        return undefined;
    }
}

async function connectToLocalOrg(options: ConnectOptions, io: AtlasIo): Promise<OrgHandle> {
    const projectDir = options.projectDir ?? PROJECT_DIR;
    const dataDir = options.localDataDir ?? join(projectDir, '.atlas');
    const stored = readLocalConnectionFile(dataDir);
    if (stored !== undefined) {
        const state = await probeLocalOrg(stored);
        if (state === 'ok') {
            if (options.resetLocalOrg === true) {
                throw new OrgConnectionError(
                    'LOCAL_ORG_RUNNING',
                    `the local org is running at ${stored.url}: stop it (Ctrl-C where npm run org runs) ` +
                        'and run this again, or restart it with npm run org -- --reset'
                );
            }
            return {
                conn: new Connection({
                    instanceUrl: stored.url,
                    accessToken: stored.token,
                    version: API_VERSION
                }),
                description: `local org at ${stored.url}`,
                isLocal: true,
                close: async () => undefined
            };
        }
        if (state === 'wrong-token') {
            throw new OrgConnectionError(
                'LOCAL_ORG_MISMATCH',
                `something answers at ${stored.url} but refuses the token in ${join(dataDir, CONNECTION_FILE)}: ` +
                    'stop the process on that port, or restart the local org with npm run org'
            );
        }
        // A local org process that is alive but does not answer still holds the database: a
        // second server on the same file (or a reset under it) would fight it.
        if (stored.pid !== undefined && stored.pid !== process.pid && processAlive(stored.pid)) {
            throw new OrgConnectionError(
                'LOCAL_ORG_NOT_ANSWERING',
                `the local org process ${stored.pid} does not answer at ${stored.url}: ` +
                    'stop it (or wait until it has started), then run this again'
            );
        }
    }
    const port =
        options.localPort ?? (stored ? portOf(stored.url) : undefined) ?? DEFAULT_LOCAL_PORT;
    let running: RunningOrg;
    try {
        running = await startOrgServer({
            projectDir,
            dataDir,
            port,
            seed: options.seedLocalOrg ?? true,
            reset: options.resetLocalOrg ?? false
        });
    } catch (error) {
        throw new OrgConnectionError(
            'LOCAL_ORG_START',
            `could not start the local org on port ${port} (${messageOf(error)}): ` +
                'start it yourself with npm run org, or free the port'
        );
    }
    io.stderr.write(`started the local org at ${running.url} for this command\n`);
    return {
        conn: new Connection({
            instanceUrl: running.url,
            accessToken: running.token,
            version: API_VERSION
        }),
        description: `local org at ${running.url}`,
        isLocal: true,
        startedLocalOrg: running,
        close: () => running.close()
    };
}

async function connectToSfOrg(
    targetOrg: string,
    options: ConnectOptions,
    io: AtlasIo
): Promise<OrgHandle> {
    const projectDir = options.projectDir ?? PROJECT_DIR;
    const runSf = options.runSf ?? projectSfRunner(projectDir);
    const env = sfEnv(io.env);
    // org display names the org (and refreshes an OAuth session); sf 2.14x hides the token there,
    // so it comes from org auth show-access-token. Both read the CLI's own store; we keep nothing.
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
    return {
        conn: new Connection({
            instanceUrl: display.instanceUrl,
            accessToken,
            version: API_VERSION
        }),
        description: `org ${targetOrg}${display.username && display.username !== targetOrg ? ` (${display.username})` : ''}`,
        isLocal: false,
        close: async () => undefined
    };
}

/** Describes each required object and checks its fields; the first call also checks the session. */
export async function checkAtlasAccess(
    conn: Connection,
    targetOrg: string | undefined,
    requiredFields: Readonly<Record<string, readonly string[]>>
): Promise<void> {
    const missing: string[] = [];
    for (const [object, fields] of Object.entries(requiredFields)) {
        let names: Set<string>;
        try {
            const described = await conn.describe(object);
            names = new Set(described.fields.map((field) => field.name));
        } catch (error) {
            const code = errorCodeOf(error);
            if (code === 'INVALID_SESSION_ID') {
                throw new OrgConnectionError(
                    'EXPIRED_SESSION',
                    targetOrg === undefined
                        ? 'the local org refused its own token: restart it with npm run org'
                        : `the session for "${targetOrg}" has expired: run sf org login web --alias ${targetOrg}`
                );
            }
            if (
                code === 'NOT_FOUND' ||
                code === 'INVALID_TYPE' ||
                /not found|does not exist/i.test(messageOf(error))
            ) {
                throw new OrgConnectionError(
                    'PACKAGE_MISSING',
                    `${object} does not exist in ${targetOrg === undefined ? 'the local org' : `"${targetOrg}"`}` +
                        ' (or you cannot see it): install Account Atlas first: npm run atlas:install' +
                        (targetOrg === undefined ? '' : ` -- --target-org ${targetOrg}`)
                );
            }
            throw new OrgConnectionError(
                'ORG_ERROR',
                `describing ${object} failed: ${code ? `${code}: ` : ''}${messageOf(error)}`
            );
        }
        for (const field of fields) {
            if (!names.has(field)) {
                missing.push(`${object}.${field}`);
            }
        }
    }
    if (missing.length > 0) {
        throw new OrgConnectionError(
            'FIELDS_MISSING',
            `you cannot see ${missing.join(', ')}: assign the Atlas_User permission set ` +
                '(and Atlas_Sales_Ops for sales ops) — ' +
                `sf org assign permset --name Atlas_User${targetOrg === undefined ? '' : ` --target-org ${targetOrg}`}`
        );
    }
}

/**
 * Connects to the org the command runs against and checks that Account Atlas is there and
 * readable. Call close() when done (it stops a local org this command started).
 */
export async function connectToOrg(options: ConnectOptions, io: AtlasIo): Promise<OrgHandle> {
    const handle =
        options.targetOrg === undefined
            ? await connectToLocalOrg(options, io)
            : await connectToSfOrg(options.targetOrg, options, io);
    try {
        await checkAtlasAccess(
            handle.conn,
            options.targetOrg,
            options.requiredFields ?? ATLAS_CORE_FIELDS
        );
    } catch (error) {
        await handle.close();
        throw error;
    }
    return handle;
}

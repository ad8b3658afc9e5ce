// The local org for commands run without --target-org: the URL and token its server wrote to
// <dataDir>/local-org.json when one answers there, else a server this command starts on the same
// data (port: the stored one, else 6166) and stops when done.
import { existsSync, readFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { join } from 'node:path';
import { CONNECTION_FILE } from '../../local/org/connectionFile';
import type { RunningOrg } from '../../local/org/server';
import type { AtlasIo } from './io';
import {
    API_VERSION,
    DEFAULT_LOCAL_PORT,
    messageOf,
    OrgConnectionError,
    PROJECT_DIR,
    type ConnectOptions,
    type OrgHandle
} from './orgTypes';

interface LocalUserEntry {
    readonly key: string;
    readonly username: string;
    readonly accessToken: string;
}

interface LocalConnectionFile {
    readonly url: string;
    readonly token: string;
    /** The process serving the org when the file was written. */
    readonly pid?: number;
    /** Each local org user's token (written by the org since it has several users). */
    readonly users: readonly LocalUserEntry[];
}

function usersOf(value: unknown): LocalUserEntry[] {
    return Array.isArray(value)
        ? value.filter(
              (entry): entry is LocalUserEntry =>
                  typeof entry === 'object' &&
                  entry !== null &&
                  typeof (entry as LocalUserEntry).key === 'string' &&
                  typeof (entry as LocalUserEntry).username === 'string' &&
                  typeof (entry as LocalUserEntry).accessToken === 'string'
          )
        : [];
}

/** The token of the user --as names (key or username), or a clear error listing the users. */
function tokenOfUser(users: readonly LocalUserEntry[], name: string): string {
    const wanted = name.toLowerCase();
    const user = users.find(
        (entry) => entry.key === wanted || entry.username.toLowerCase() === wanted
    );
    if (user === undefined) {
        throw new OrgConnectionError(
            'LOCAL_USER_UNKNOWN',
            `the local org has no user ${name}: use one of ${users.map((entry) => entry.key).join(', ')}`
        );
    }
    return user.accessToken;
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
            ? { url, token, pid, users: usersOf(parsed.users) }
            : undefined;
    } catch {
        return undefined;
    }
}

/**
 * 'ok', 'refused' (no server) or 'wrong-token' (a server that is not this org, or was reset). Asked
 * with node:http rather than fetch: the local org is plain http on 127.0.0.1, and fetch would load
 * undici, a noticeable part of a command's start on a busy machine.
 */
function probeLocalOrg(stored: LocalConnectionFile): Promise<'ok' | 'refused' | 'wrong-token'> {
    return new Promise((settle) => {
        try {
            const request = httpGet(
                `${stored.url}/services/data/v${API_VERSION}/`,
                { headers: { Authorization: `Bearer ${stored.token}` }, timeout: 2000 },
                (response) => {
                    response.resume();
                    const status = response.statusCode ?? 0;
                    settle(status >= 200 && status < 300 ? 'ok' : 'wrong-token');
                }
            );
            request.once('timeout', () => request.destroy());
            request.once('error', () => settle('refused'));
        } catch {
            // A stored URL that is not http://… cannot be ours.
            settle('refused');
        }
    });
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

function asWhom(options: ConnectOptions): string {
    return options.localUser === undefined ? '' : ` as ${options.localUser}`;
}

export async function connectToLocalOrg(options: ConnectOptions, io: AtlasIo): Promise<OrgHandle> {
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
                conn: (await import('./jsforceConnection')).openConnection({
                    instanceUrl: stored.url,
                    accessToken:
                        options.localUser === undefined
                            ? stored.token
                            : tokenOfUser(stored.users, options.localUser),
                    version: API_VERSION
                }),
                description: `local org at ${stored.url}${asWhom(options)}`,
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
        // The server and its store (SQLite, GraphQL, formulas) load only when no org is running.
        const { startOrgServer } = await import('../../local/org/server');
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
    let accessToken = running.token;
    if (options.localUser !== undefined) {
        try {
            accessToken = tokenOfUser(
                running.org.users.all.map((user) => ({
                    key: user.persona.key,
                    username: user.username,
                    accessToken: user.token
                })),
                options.localUser
            );
        } catch (error) {
            await running.close();
            throw error;
        }
    }
    return {
        conn: (await import('./jsforceConnection')).openConnection({
            instanceUrl: running.url,
            accessToken,
            version: API_VERSION
        }),
        description: `local org at ${running.url}${asWhom(options)}`,
        isLocal: true,
        startedLocalOrg: running,
        close: () => running.close()
    };
}

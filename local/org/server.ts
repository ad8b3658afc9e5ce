// The local org's HTTP server: 127.0.0.1 only, a bearer token on every call, and the REST, composite,
// Bulk API 2.0, UI API and GraphQL routes over one store.
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { runAs } from './access/runningUser';
import { registerBulk, type BulkOptions } from './bulk';
import { registerComposite } from './composite';
import { CONNECTION_FILE } from './connectionFile';
import { invalidSession, notFound, SalesforceError } from './errors';
import { registerGraphql } from './graphql/route';
import { errorReply, Request, Router, send, type BodyLimits } from './http';
import { LocalOrg, type OrgOptions } from './org';
import { registerRest } from './rest';
import { seedFromPlan } from './seed';
import { registerUiApi } from './uiApi';
import { registerUnimplementedObjectResources, registerUnknownResources } from './unimplemented';
import { LATEST_API_VERSION } from './versions';

export { CONNECTION_FILE } from './connectionFile';

export interface ServerOptions extends OrgOptions {
    /** 0 picks a free port. */
    readonly port?: number;
    /** Seed from data/sample-data-plan.json when the org has never been seeded (default true). */
    readonly seed?: boolean;
    readonly limits?: Partial<BodyLimits>;
    readonly bulk?: BulkOptions;
    /** Write <dataDir>/local-org.json (URL and token) for the local tools (default true). */
    readonly writeConnectionFile?: boolean;
    /** Called with one line per request (method, path, status, milliseconds). */
    readonly log?: (line: string) => void;
}

export interface RunningOrg {
    readonly url: string;
    readonly port: number;
    readonly token: string;
    readonly org: LocalOrg;
    readonly seeded: number;
    close(): Promise<void>;
}

const HOST = '127.0.0.1';

/** The bearer token of a request (Authorization: Bearer/OAuth, or ?oauth_token= on identity URLs). */
function presentedToken(request: Request): string | undefined {
    const header = request.header('authorization');
    const match = header === undefined ? null : /^(?:Bearer|OAuth)\s+(.+)$/i.exec(header.trim());
    if (match?.[1] !== undefined) {
        return match[1];
    }
    return request.path.startsWith('/id/')
        ? (request.query.get('oauth_token') ?? undefined)
        : undefined;
}

export async function startOrgServer(options: ServerOptions): Promise<RunningOrg> {
    const org = LocalOrg.open(options);
    let seeded = 0;
    if (options.seed !== false && !org.isSeeded() && org.isEmpty()) {
        seeded = seedFromPlan(org, join(options.projectDir, 'data', 'sample-data-plan.json'));
    }
    const limits: BodyLimits = {
        json: 10 * 1024 * 1024,
        csv: 100 * 1024 * 1024,
        ...options.limits
    };
    const router = new Router();
    let baseUrl = '';
    registerUnimplementedObjectResources(router, org);
    registerRest(router, org, () => baseUrl);
    registerComposite(router, org);
    const bulk = registerBulk(router, org, options.bulk ?? {});
    registerUiApi(router, org);
    registerGraphql(router, org);
    // Last, so it only catches what no module serves.
    registerUnknownResources(router);

    const server: Server = createServer((incoming, response) => {
        const request = new Request(incoming, limits);
        const started = Date.now();
        if (options.log !== undefined) {
            const log = options.log;
            response.on('finish', () =>
                log(
                    `${request.method} ${incoming.url ?? ''} ${response.statusCode} ${Date.now() - started}ms`
                )
            );
        }
        const handle = async (): Promise<void> => {
            const token = presentedToken(request);
            const user = token === undefined ? undefined : org.users.byToken(token);
            if (user === undefined) {
                throw invalidSession();
            }
            // Everything the request does runs as the token's user.
            await runAs(user, () => route());
        };
        const route = async (): Promise<void> => {
            const match = router.match(request.method, request.path);
            if ('allowed' in match) {
                if (match.allowed.length === 0) {
                    throw notFound();
                }
                throw new SalesforceError(
                    405,
                    'METHOD_NOT_ALLOWED',
                    `HTTP Method '${request.method}' not allowed. Allowed are ${match.allowed.join(',')}`
                );
            }
            send(response, await match.handler(request, match.params));
        };
        handle().catch((error: unknown) => {
            if (!response.headersSent) {
                send(response, errorReply(error));
            } else {
                response.destroy();
            }
        });
    });
    server.keepAliveTimeout = 5000;
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, HOST, () => resolve());
    });
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    baseUrl = `http://${HOST}:${port}`;
    if (options.writeConnectionFile !== false) {
        writeFileSync(
            join(options.dataDir, CONNECTION_FILE),
            `${JSON.stringify(
                {
                    instanceUrl: baseUrl,
                    accessToken: org.token,
                    orgId: org.store.orgId,
                    userId: org.store.userId,
                    username: org.users.admin.username,
                    apiVersion: LATEST_API_VERSION,
                    pid: process.pid,
                    // Each persona's token, for tools run as that user (`atlas … --as`).
                    users: org.users.all.map((user) => ({
                        key: user.persona.key,
                        username: user.username,
                        userId: user.id,
                        accessToken: user.token
                    }))
                },
                null,
                4
            )}\n`,
            { mode: 0o600 }
        );
    }
    bulk.resume();
    return {
        url: baseUrl,
        port,
        token: org.token,
        org,
        seeded,
        close: async () => {
            bulk.stop();
            await new Promise<void>((resolve) => {
                server.close(() => resolve());
                server.closeAllConnections();
            });
            org.close();
        }
    };
}

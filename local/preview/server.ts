// The preview host: the local org started in-process, the preview build (cached), and an HTTP
// server on 127.0.0.1 serving the pages (Lightning Experience's addresses), the app script, the
// SLDS assets, and /services/* proxied to the local org with its bearer token added here, so the
// token never reaches the browser. The proxy answers same-origin requests only: another site open
// in the same browser cannot use it to write to the org.
import { createReadStream, existsSync, statSync } from 'node:fs';
import {
    createServer,
    request as httpRequest,
    type IncomingMessage,
    type Server,
    type ServerResponse
} from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { startOrgServer, type RunningOrg } from '../org/server';
import { APP_SCRIPT, buildPreview, type BuildMode, type PreviewBuild } from './build';
import { pageHtml } from './page';
import { choosePersona, pageConfigFor, PERSONA_PATH, previewUser } from './personas';

export interface PreviewOptions {
    projectDir: string;
    dataDir: string;
    /** 0 (the default) picks a free port. */
    port?: number;
    /** Throw the org's database away and start again from the sample data. */
    reset?: boolean;
    /** Seed the org from data/ when it has never been seeded (default true). */
    seed?: boolean;
    /** Build mode (default production). */
    mode?: BuildMode;
    /** Progress lines. */
    log?: (line: string) => void;
    /** The local org user pages run as until the header's picker chooses another (default admin). */
    as?: string;
}

export interface RunningPreview {
    url: string;
    org: RunningOrg;
    build: PreviewBuild;
    close(): Promise<void>;
}

const HOST = '127.0.0.1';
const ASSETS_PREFIX = '/assets/';
const SCRIPT_PREFIX = '/preview/';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
    '.css': 'text/css; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.gif': 'image/gif',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2',
    '.json': 'application/json'
};

const RECORD_ID = '[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?';
const PAGE_PATHS = [
    /^\/$/,
    /^\/lightning\/page\/home\/?$/,
    new RegExp(`^/lightning/r/\\w+/${RECORD_ID}/(?:view|edit)/?$`),
    new RegExp(`^/lightning/r/\\w+/${RECORD_ID}/related/\\w+/view/?$`),
    /^\/lightning\/n\/\w+\/?$/
];
const RECORD_WITHOUT_OBJECT = new RegExp(`^/lightning/r/(${RECORD_ID})/(view|edit)/?$`);

function sendText(
    response: ServerResponse,
    status: number,
    text: string,
    type = 'text/plain; charset=utf-8'
): void {
    response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    response.end(text);
}

/** A file under root, or undefined when the path leaves it or names no file. */
function fileUnder(root: string, relativePath: string): string | undefined {
    let decoded: string;
    try {
        decoded = decodeURIComponent(relativePath);
    } catch {
        return undefined;
    }
    const file = resolve(root, `.${sep}${decoded}`);
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
        return undefined;
    }
    return file;
}

function sendFile(response: ServerResponse, file: string, cacheControl: string): void {
    response.writeHead(200, {
        'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': statSync(file).size,
        'Cache-Control': cacheControl
    });
    createReadStream(file).pipe(response);
}

/** Same-origin only: the Host must be ours and a browser's cross-site request is refused. */
function sameOrigin(incoming: IncomingMessage, port: number): boolean {
    const allowedHosts = [`${HOST}:${port}`, `localhost:${port}`];
    if (!allowedHosts.includes(incoming.headers.host ?? '')) {
        return false;
    }
    const origin = incoming.headers.origin;
    if (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`)) {
        return false;
    }
    const site = incoming.headers['sec-fetch-site'];
    return site === undefined || site === 'same-origin' || site === 'none';
}

function proxyToOrg(
    incoming: IncomingMessage,
    response: ServerResponse,
    org: RunningOrg,
    token: string
): void {
    const target = new URL(incoming.url ?? '/', org.url);
    const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
    for (const name of [
        'content-type',
        'content-length',
        'accept',
        'if-match',
        'sforce-query-options'
    ]) {
        const value = incoming.headers[name];
        if (typeof value === 'string') {
            headers[name] = value;
        }
    }
    const outgoing = httpRequest(target, { method: incoming.method, headers }, (answer) => {
        const forwarded: Record<string, string | string[]> = {};
        for (const [name, value] of Object.entries(answer.headers)) {
            if (value !== undefined && name !== 'connection' && name !== 'keep-alive') {
                forwarded[name] = value;
            }
        }
        response.writeHead(answer.statusCode ?? 502, forwarded);
        answer.pipe(response);
    });
    outgoing.on('error', (error) => {
        if (!response.headersSent) {
            sendText(
                response,
                502,
                JSON.stringify([
                    {
                        errorCode: 'SERVER_UNAVAILABLE',
                        message: `The local org did not answer: ${error.message}`
                    }
                ]),
                'application/json'
            );
        } else {
            response.destroy();
        }
    });
    incoming.pipe(outgoing);
}

export async function startPreview(options: PreviewOptions): Promise<RunningPreview> {
    const log = options.log ?? (() => undefined);
    const projectDir = resolve(options.projectDir);
    const dataDir = resolve(options.dataDir);
    const build = await buildPreview({
        projectDir,
        cacheDir: join(dataDir, 'preview'),
        mode: options.mode ?? 'production',
        log
    });
    // The port is taken before the org starts, so a busy port changes nothing in dataDir.
    let org: RunningOrg | undefined;
    const assetsDir = resolve(
        projectDir,
        'node_modules',
        '@salesforce-ux',
        'design-system',
        'assets'
    );
    const scriptUrl = `${SCRIPT_PREFIX}${build.fingerprint}/${APP_SCRIPT}`;
    let port = 0;

    const server: Server = createServer((incoming, response) => {
        if (org === undefined) {
            sendText(response, 503, 'Account Atlas is starting.');
            return;
        }
        const url = new URL(incoming.url ?? '/', `http://${HOST}`);
        const path = url.pathname;
        if (path.startsWith('/services/')) {
            if (!sameOrigin(incoming, port)) {
                sendText(
                    response,
                    403,
                    JSON.stringify([
                        {
                            errorCode: 'FORBIDDEN',
                            message: 'The preview proxy answers its own pages only.'
                        }
                    ]),
                    'application/json'
                );
                return;
            }
            proxyToOrg(incoming, response, org, previewUser(incoming, org, options.as).token);
            return;
        }
        if (incoming.method !== 'GET' && incoming.method !== 'HEAD') {
            sendText(response, 405, 'Method not allowed');
            return;
        }
        const persona = PERSONA_PATH.exec(path);
        if (persona !== null) {
            choosePersona(incoming, response, org, persona[1] ?? '');
            return;
        }
        if (path === scriptUrl) {
            sendFile(response, join(build.dir, APP_SCRIPT), 'public, max-age=31536000, immutable');
            return;
        }
        if (path.startsWith(ASSETS_PREFIX)) {
            const file = fileUnder(assetsDir, path.slice(ASSETS_PREFIX.length));
            if (file === undefined) {
                sendText(response, 404, 'Not found');
            } else {
                sendFile(response, file, 'public, max-age=3600');
            }
            return;
        }
        const withoutObject = RECORD_WITHOUT_OBJECT.exec(path);
        if (withoutObject !== null) {
            // /lightning/r/<id>/view, as Lightning Experience accepts: the id's key prefix names the object.
            const object = org.org.model.objectOfId(withoutObject[1] ?? '');
            if (object !== undefined) {
                response.writeHead(302, {
                    Location: `/lightning/r/${object.name}/${withoutObject[1] ?? ''}/${withoutObject[2] ?? 'view'}`
                });
                response.end();
                return;
            }
        }
        if (path === '/favicon.ico') {
            response.writeHead(204);
            response.end();
            return;
        }
        const isPage = PAGE_PATHS.some((pattern) => pattern.test(path));
        // An unknown address still gets the app, which says the preview has no such page.
        const html = pageHtml(
            scriptUrl,
            pageConfigFor(previewUser(incoming, org, options.as), org)
        );
        sendText(response, isPage ? 200 : 404, html, 'text/html; charset=utf-8');
    });
    server.keepAliveTimeout = 5000;
    try {
        await new Promise<void>((resolveListen, rejectListen) => {
            server.once('error', rejectListen);
            server.listen(options.port ?? 0, HOST, () => resolveListen());
        });
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
            throw new Error(
                `Port ${options.port ?? 0} on ${HOST} is in use (another npm start?): stop it, or pass --port N (--port 0 picks a free one).`
            );
        }
        throw error;
    }
    try {
        org = await startOrgServer({
            projectDir,
            dataDir,
            port: 0,
            reset: options.reset === true,
            seed: options.seed !== false
        });
    } catch (error) {
        await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
        throw error;
    }
    const runningOrg = org;
    if (options.as !== undefined && runningOrg.org.users.byName(options.as) === undefined) {
        const known = runningOrg.org.users.all.map((user) => user.persona.key).join(', ');
        await runningOrg.close();
        await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
        throw new Error(`--as ${options.as}: no such local org user; use one of ${known}`);
    }
    const address = server.address();
    port = typeof address === 'object' && address !== null ? address.port : 0;
    let closed = false;
    return {
        url: `http://${HOST}:${port}`,
        org: runningOrg,
        build,
        close: async () => {
            if (closed) {
                return;
            }
            closed = true;
            await new Promise<void>((resolveClose) => {
                server.close(() => resolveClose());
                server.closeAllConnections();
            });
            await runningOrg.close();
        }
    };
}

// Which local org user a preview page runs as: the `atlas_as` cookie the header's picker sets through
// /preview/as/<key>, else `npm start -- --as <user>`, else the administrator. The proxy sends that
// user's token, and the page configuration tells the components who they are.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OrgUser } from '../org/access/orgUsers';
import type { RunningOrg } from '../org/server';
import type { PageConfig } from './page';

export const PERSONA_PATH = /^\/preview\/as\/([\w.@-]+)\/?$/;
const COOKIE = 'atlas_as';

function cookieValue(incoming: IncomingMessage, name: string): string | undefined {
    for (const part of (incoming.headers.cookie ?? '').split(';')) {
        const [key, ...value] = part.trim().split('=');
        if (key === name) {
            return decodeURIComponent(value.join('='));
        }
    }
    return undefined;
}

/** The user of this request: the picker's cookie, else the start option, else the administrator. */
export function previewUser(
    incoming: IncomingMessage,
    org: RunningOrg,
    fallback?: string
): OrgUser {
    const users = org.org.users;
    const chosen = cookieValue(incoming, COOKIE);
    return (
        (chosen === undefined ? undefined : users.byName(chosen)) ??
        (fallback === undefined ? undefined : users.byName(fallback)) ??
        users.admin
    );
}

export function pageConfigFor(user: OrgUser, org: RunningOrg): PageConfig {
    return {
        userId: user.id,
        persona: user.persona.key,
        customPermissions: user.access.customPermissions,
        personas: org.org.users.all.map((candidate) => ({
            key: candidate.persona.key,
            name: candidate.name,
            title: candidate.persona.title
        }))
    };
}

/** GET /preview/as/<key>?next=/path: remembers the choice and goes back to the page. */
export function choosePersona(
    incoming: IncomingMessage,
    response: ServerResponse,
    org: RunningOrg,
    key: string
): void {
    const user = org.org.users.byName(key);
    if (user === undefined) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end(`No local org user is called ${key}.`);
        return;
    }
    const next = new URL(incoming.url ?? '/', 'http://127.0.0.1').searchParams.get('next') ?? '/';
    // Only a path of this site: never another origin (//host) or a scheme.
    const location = next.startsWith('/') && !next.startsWith('//') ? next : '/';
    response.writeHead(302, {
        Location: location,
        'Set-Cookie': `${COOKIE}=${encodeURIComponent(user.persona.key)}; Path=/; SameSite=Strict; HttpOnly`
    });
    response.end();
}

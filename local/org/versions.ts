// API versions the local org answers to (/services/data lists them; /services/data/vNN.N/… checks).
import { notFound } from './errors';
import type { Handler, Request, Router } from './http';

export const LATEST_API_VERSION = '66.0';
const OLDEST = 31;
const LATEST = 66;

/** Release label of a version: 66.0 → "Spring '26", 65.0 → "Winter '26", 64.0 → "Summer '25". */
function releaseLabel(version: number): string {
    const distance = LATEST - version;
    const season = ['Spring', 'Winter', 'Summer'][distance % 3] ?? 'Spring';
    const year = 26 - Math.floor((distance + 1) / 3);
    return `${season} '${String(year).padStart(2, '0')}`;
}

export function versionList(): { label: string; url: string; version: string }[] {
    const versions = [];
    for (let version = OLDEST; version <= LATEST; version++) {
        versions.push({
            label: releaseLabel(version),
            url: `/services/data/v${version}.0`,
            version: `${version}.0`
        });
    }
    return versions;
}

/** 'v66.0' → '66.0' when the local org serves it; NOT_FOUND otherwise. */
export function parseVersion(segment: string): string {
    const match = /^v(\d+)\.0$/.exec(segment);
    const major = match === null ? Number.NaN : Number(match[1]);
    if (!(major >= OLDEST && major <= LATEST)) {
        throw notFound();
    }
    return `${major}.0`;
}

/** Registers a route under /services/data/vNN.N. */
export function api(router: Router, method: string, path: string, handler: Handler): void {
    router.on(method, `/services/data/:version${path}`, (request: Request, params) => {
        request.apiVersion = parseVersion(params[0] ?? '');
        return handler(request, params.slice(1));
    });
}

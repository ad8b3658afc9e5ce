// Bulk API 2.0 (placeholder until the ingest and query jobs land).
import { notImplemented } from './errors';
import type { Router } from './http';
import type { LocalOrg } from './org';
import { api } from './versions';

export interface BulkOptions {
    readonly chunkSize?: number;
    readonly pauseMs?: number;
}

export function registerBulk(
    router: Router,
    _org: LocalOrg,
    _options: BulkOptions
): { resume(): void; stop(): void } {
    for (const method of ['GET', 'POST', 'PATCH', 'PUT', 'DELETE']) {
        api(router, method, '/jobs/*', () => {
            throw notImplemented('Bulk API 2.0');
        });
    }
    return { resume: () => undefined, stop: () => undefined };
}

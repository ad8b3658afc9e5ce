// Bulk API 2.0: ingest jobs (insert, update, upsert, delete from CSV) and query jobs (CSV results
// paged with Sforce-Locator), persisted in the org's database.
import { notImplemented } from '../errors';
import type { Router } from '../http';
import type { LocalOrg } from '../org';
import { api } from '../versions';
import { IngestProcessor, registerIngest, type IngestOptions } from './ingest';
import { JobStore } from './jobs';
import { registerQueryJobs } from './query';

export type BulkOptions = IngestOptions;

export function registerBulk(
    router: Router,
    org: LocalOrg,
    options: BulkOptions
): { resume(): void; stop(): void } {
    const jobs = new JobStore(org.db);
    const processor = new IngestProcessor(org, jobs, options);
    registerIngest(router, org, jobs, processor);
    registerQueryJobs(router, org, jobs);
    for (const method of ['GET', 'POST', 'PATCH', 'PUT', 'DELETE']) {
        api(router, method, '/jobs/*', () => {
            throw notImplemented('this Bulk API 2.0 resource');
        });
    }
    return {
        // Jobs interrupted by a stop (or a crash) continue from their last committed chunk.
        resume: () => processor.kick(),
        stop: () => processor.stop()
    };
}

// GraphQL (placeholder until the schema builder lands).
import { notImplemented } from '../errors';
import type { Router } from '../http';
import type { LocalOrg } from '../org';
import { api } from '../versions';

export function registerGraphql(router: Router, _org: LocalOrg): void {
    api(router, 'POST', '/graphql', () => {
        throw notImplemented('GraphQL');
    });
}

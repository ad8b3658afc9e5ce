// UI API (placeholder until records land).
import { notImplemented } from './errors';
import type { Router } from './http';
import type { LocalOrg } from './org';
import { api } from './versions';

export function registerUiApi(router: Router, _org: LocalOrg): void {
    for (const method of ['GET', 'POST', 'PATCH', 'DELETE']) {
        api(router, method, '/ui-api/*', () => {
            throw notImplemented('the UI API');
        });
    }
}

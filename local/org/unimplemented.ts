// REST resources Salesforce has and the local org does not: each answers as a real org answers for a
// feature it lacks (403 FUNCTIONALITY_NOT_ENABLED, naming the resource); a path no org has answers
// 404 NOT_FOUND. Register before the record routes, so `sobjects/X/updated` is never read as an id.
import { notFound, notImplemented } from './errors';
import type { Router } from './http';
import type { LocalOrg } from './org';
import { api } from './versions';

const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'HEAD'];

/**
 * The top-level resources of the REST API (REST API Developer Guide, "Reference" resource list,
 * developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_list.htm), other than
 * the ones the local org implements: a path under one of these is a feature the org lacks.
 */
const PLATFORM_RESOURCES: Readonly<Record<string, string>> = {
    actions: 'invocable and quick actions',
    analytics: 'the Analytics (reports and dashboards) API',
    appMenu: 'the AppMenu resource',
    'async-queries': 'async SOQL',
    chatter: 'the Connect (Chatter) API',
    compactLayouts: 'the compact layouts resource',
    connect: 'the Connect API',
    consent: 'the consent resources',
    composite: 'the composite resource (use composite/tree or composite/sobjects)',
    'composite/batch': 'composite/batch',
    'composite/graph': 'composite/graph',
    eclair: 'the maps (eclair) resource',
    event: 'the platform event resources',
    folders: 'the folders resource',
    knowledgeManagement: 'Knowledge',
    licensing: 'the licensing resource',
    localizedvalue: 'the localized value resource',
    metadata: 'the Metadata REST resources',
    nouns: 'the nouns resource',
    parameterizedSearch: 'SOSL search',
    process: 'processes and approvals',
    prechatForms: 'the pre-chat forms resource',
    quickActions: 'quick actions',
    recent: 'the recently viewed items resource',
    scheduling: 'Salesforce Scheduler',
    search: 'SOSL search',
    support: 'the support (data category) resources',
    tabs: 'the tabs resource',
    theme: 'the theme resource',
    tooling: 'the Tooling API',
    wave: 'CRM Analytics'
};

/** Longest first, so composite/batch is found before composite. */
const RESOURCE_NAMES = Object.keys(PLATFORM_RESOURCES).sort((a, b) => b.length - a.length);

/**
 * Resources under sobjects/{object}/ (REST API Developer Guide: sObject Get Deleted, Get Updated,
 * Named Layouts, Describe Layouts, Approval Layouts, Quick Actions, List Views, PlatformAction).
 */
const OBJECT_RESOURCES: Readonly<Record<string, string>> = {
    updated: 'sobjects/{object}/updated (records changed in a time span)',
    deleted: 'sobjects/{object}/deleted (records deleted in a time span)',
    listviews: 'list views',
    quickActions: 'quick actions',
    eventSchema: 'platform event schemas'
};

const DESCRIBE_RESOURCES: Readonly<Record<string, string>> = {
    layouts: 'page layouts (sobjects/{object}/describe/layouts)',
    namedLayouts: 'named layouts',
    approvalLayouts: 'approval layouts',
    quickActions: 'quick actions'
};

export function registerUnimplementedObjectResources(router: Router, org: LocalOrg): void {
    for (const [resource, feature] of Object.entries(OBJECT_RESOURCES)) {
        for (const method of METHODS) {
            api(router, method, `/sobjects/:object/${resource}`, (_request, [name = '']) => {
                throw notImplemented(
                    feature.replace('{object}', org.model.requireObject(name).name)
                );
            });
        }
    }
    for (const [resource, feature] of Object.entries(DESCRIBE_RESOURCES)) {
        for (const path of [
            `/sobjects/:object/describe/${resource}`,
            `/sobjects/:object/describe/${resource}/:id`
        ]) {
            api(router, 'GET', path, (_request, [name = '']) => {
                throw notImplemented(
                    feature.replace('{object}', org.model.requireObject(name).name)
                );
            });
        }
    }
}

/** Last of all routes: what no module serves is a feature the org lacks, or a path no org has. */
export function registerUnknownResources(router: Router): void {
    for (const method of METHODS) {
        api(router, method, '/*', (request) => {
            const path = request.path.replace(/^\/services\/data\/v[\d.]+\//, '');
            const known = RESOURCE_NAMES.find(
                (resource) => path === resource || path.startsWith(`${resource}/`)
            );
            if (known === undefined) {
                throw notFound();
            }
            throw notImplemented(`${PLATFORM_RESOURCES[known] ?? known} (/${path})`);
        });
    }
}

/** @jest-environment node */
// check-metadata-ignore-file: these tests feed made-up object and field names on purpose.
// The preview host end to end without a browser: a cold build then a cache hit, every page address
// answering with the app script, the SLDS assets, the same-origin proxy to the local org (token
// added by the server), and the label and schema modules the build generates.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadSchema } from '../../../schema/schema';
import { APP_SCRIPT, buildPreview } from '../build';
import { LABELS_DIR, readLabels } from '../labels';
import { labelModule, schemaModule, UnknownPlatformModuleError } from '../platformModules';
import { startPreview, type RunningPreview } from '../server';

const PROJECT_DIR = resolve(__dirname, '..', '..', '..');
const LWC_DIR = join(PROJECT_DIR, 'force-app', 'main', 'default', 'lwc');

let dataDir: string;
let preview: RunningPreview;

beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'atlas-preview-'));
    preview = await startPreview({ projectDir: PROJECT_DIR, dataDir, port: 0 });
}, 600_000);

afterAll(async () => {
    await preview?.close();
    rmSync(dataDir, { recursive: true, force: true });
});

async function graphqlThroughProxy(query: string, headers: Record<string, string> = {}) {
    return fetch(`${preview.url}/services/data/v66.0/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ query })
    });
}

async function sampleIds(): Promise<{ accountId: string; opportunityId: string }> {
    const response = await graphqlThroughProxy(
        '{ uiapi { query { Account(first: 1, orderBy: { Name: { order: ASC } }) { edges { node { Id Opportunities(first: 1) { edges { node { Id } } } } } } } } }'
    );
    const body = (await response.json()) as {
        data: {
            uiapi: {
                query: {
                    Account: {
                        edges: {
                            node: {
                                Id: string;
                                Opportunities: { edges: { node: { Id: string } }[] };
                            };
                        }[];
                    };
                };
            };
        };
    };
    const account = body.data.uiapi.query.Account.edges[0]?.node;
    const opportunityId = account?.Opportunities.edges[0]?.node.Id;
    if (account === undefined || opportunityId === undefined) {
        throw new Error('the sample data has no account with an opportunity');
    }
    return { accountId: account.Id, opportunityId };
}

describe('preview build', () => {
    it('builds cold once, then reuses the build while nothing changed', async () => {
        expect(preview.build.cached).toBe(false);
        const again = await buildPreview({
            projectDir: PROJECT_DIR,
            cacheDir: join(dataDir, 'preview')
        });
        expect(again.cached).toBe(true);
        expect(again.fingerprint).toBe(preview.build.fingerprint);
        expect(readdirSync(join(dataDir, 'preview'))).toEqual([preview.build.fingerprint]);
        process.stdout.write(
            `preview build: cold ${(preview.build.milliseconds / 1000).toFixed(1)} s (tsc ran first: ${String(preview.build.compiledTypeScript)}), cached ${again.milliseconds.toFixed(0)} ms\n`
        );
    });

    it('bundles the force-app components, the shell and the labels into one script', () => {
        const script = readFileSync(join(preview.build.dir, APP_SCRIPT), 'utf8');
        expect(script).toContain('preview-shell');
        const labels = readLabels(PROJECT_DIR);
        for (const name of [
            'Atlas_BC_Title',
            'Atlas_DS_Title',
            'Atlas_PH_Title',
            'Atlas_SC_Title'
        ]) {
            expect(script).toContain(JSON.stringify(labels.get(name)));
        }
    });
});

describe('preview server', () => {
    it('answers every page address with the app script', async () => {
        const { accountId, opportunityId } = await sampleIds();
        const scriptTag = `<script type="module" src="/preview/${preview.build.fingerprint}/${APP_SCRIPT}"></script>`;
        for (const path of [
            '/',
            `/lightning/r/Account/${accountId}/view`,
            `/lightning/r/Opportunity/${opportunityId}/view`,
            '/lightning/n/Stage_Criteria_Setup'
        ]) {
            const response = await fetch(`${preview.url}${path}`);
            expect([path, response.status]).toEqual([path, 200]);
            const html = await response.text();
            expect(html).toContain(scriptTag);
            expect(html).toContain(preview.org.org.store.userId);
        }
        const script = await fetch(
            `${preview.url}/preview/${preview.build.fingerprint}/${APP_SCRIPT}`
        );
        expect(script.status).toBe(200);
        expect(script.headers.get('content-type')).toContain('text/javascript');
        expect(await script.text()).toContain('preview-shell');

        const unknown = await fetch(`${preview.url}/lightning/o/Nothing/list`);
        expect(unknown.status).toBe(404);
        expect(await unknown.text()).toContain(scriptTag);

        // /lightning/r/<id>/view, as Lightning Experience accepts it: the key prefix names the object.
        const short = await fetch(`${preview.url}/lightning/r/${opportunityId}/view`, {
            redirect: 'manual'
        });
        expect(short.status).toBe(302);
        expect(short.headers.get('location')).toBe(
            `/lightning/r/Opportunity/${opportunityId}/view`
        );
    });

    it('serves the SLDS assets and nothing outside them', async () => {
        const css = await fetch(
            `${preview.url}/assets/styles/salesforce-lightning-design-system.min.css`
        );
        expect(css.status).toBe(200);
        expect(css.headers.get('content-type')).toContain('text/css');
        expect((await css.text()).length).toBeGreaterThan(100_000);
        const escape = await fetch(`${preview.url}/assets/..%2F..%2F..%2F..%2Fpackage.json`);
        expect(escape.status).toBe(404);
    });

    it('proxies /services to the local org with the token added server-side, same origin only', async () => {
        const response = await graphqlThroughProxy(
            '{ uiapi { query { Account { edges { node { Name { value } } } } } } }'
        );
        expect(response.status).toBe(200);
        const body = (await response.json()) as {
            data: {
                uiapi: { query: { Account: { edges: { node: { Name: { value: string } } }[] } } };
            };
        };
        expect(body.data.uiapi.query.Account.edges.length).toBeGreaterThan(0);

        // The org itself refuses a call without the token: the proxy is what adds it.
        const direct = await fetch(`${preview.org.url}/services/data/v66.0/graphql`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({
                query: '{ uiapi { query { Account { edges { node { Id } } } } } }'
            })
        });
        expect(direct.status).toBe(401);

        const crossSite = await graphqlThroughProxy(
            '{ uiapi { query { Account { edges { node { Id } } } } } }',
            {
                Origin: 'http://evil.example'
            }
        );
        expect(crossSite.status).toBe(403);

        // UI API errors come through unchanged: what uiRecordApi hands the panels as `body`.
        const invalid = await fetch(`${preview.url}/services/data/v66.0/ui-api/records`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ apiName: 'Buying_Center__c', fields: {} })
        });
        expect(invalid.status).toBe(400);
        const error = (await invalid.json()) as { enhancedErrorType?: string; output?: unknown };
        expect(error.enhancedErrorType).toBe('RecordError');
    });
});

describe('generated platform modules', () => {
    it('gives every custom label its text from force-app', () => {
        const labels = readLabels(PROJECT_DIR);
        const files = readdirSync(join(PROJECT_DIR, LABELS_DIR)).filter((file) =>
            file.endsWith('.label-meta.xml')
        );
        expect(labels.size).toBe(files.length);
        for (const file of files) {
            const xml = readFileSync(join(PROJECT_DIR, LABELS_DIR, file), 'utf8');
            const name = /<fullName>([^<]+)<\/fullName>/.exec(xml)?.[1] ?? '';
            const value = (/<value>([\s\S]*?)<\/value>/.exec(xml)?.[1] ?? '')
                .replace(/&lt;/g, '<')
                .replace(/&gt;/g, '>')
                .replace(/&quot;/g, '"')
                .replace(/&apos;/g, "'")
                .replace(/&amp;/g, '&');
            expect(labelModule(`@salesforce/label/c.${name}`, labels)).toBe(
                `export default ${JSON.stringify(value)};`
            );
        }
        expect(() => labelModule('@salesforce/label/c.Atlas_No_Such_Label', labels)).toThrow(
            /add force-app\/main\/default\/labels\/Atlas_No_Such_Label\.label-meta\.xml/
        );
    });

    it('gives schema imports their object and field names, checked against the schema', () => {
        const schema = loadSchema(PROJECT_DIR);
        expect(schemaModule('@salesforce/schema/Buying_Center__c', schema)).toBe(
            'export default {"objectApiName":"Buying_Center__c"};'
        );
        expect(schemaModule('@salesforce/schema/Opportunity.StageName', schema)).toBe(
            'export default {"objectApiName":"Opportunity","fieldApiName":"StageName"};'
        );
        expect(schemaModule('@salesforce/schema/Buying_Center__c.Account__r.Name', schema)).toBe(
            'export default {"objectApiName":"Buying_Center__c","fieldApiName":"Account__r.Name"};'
        );
        expect(() => schemaModule('@salesforce/schema/No_Such_Object__c', schema)).toThrow(
            UnknownPlatformModuleError
        );
        expect(() =>
            schemaModule('@salesforce/schema/Opportunity.No_Such_Field__c', schema)
        ).toThrow(/Opportunity has no field No_Such_Field__c/);
    });

    it('resolves every label and schema import the components make', () => {
        const labels = readLabels(PROJECT_DIR);
        const schema = loadSchema(PROJECT_DIR);
        const specifiers = new Set<string>();
        for (const bundle of readdirSync(LWC_DIR)) {
            for (const file of readdirSync(join(LWC_DIR, bundle))) {
                if (!file.endsWith('.ts') || file.endsWith('.d.ts')) {
                    continue;
                }
                const source = readFileSync(join(LWC_DIR, bundle, file), 'utf8');
                for (const match of source.matchAll(
                    /from '(@salesforce\/(?:label\/c\.|schema\/)[^']+)'/g
                )) {
                    specifiers.add(match[1] ?? '');
                }
            }
        }
        expect(specifiers.size).toBeGreaterThan(100);
        for (const specifier of specifiers) {
            const text = specifier.startsWith('@salesforce/label/')
                ? labelModule(specifier, labels)
                : schemaModule(specifier, schema);
            expect(text).toMatch(/^export default /);
        }
    });
});

/** @jest-environment node */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { isExcluded, listScanTargets } from '../projectFiles';
import { scanProject } from '../scanner';

const PROJECT_DIR = resolve(__dirname, '..', '..', '..');
const LWC = 'force-app/main/default/lwc';
const ACCOUNT_ID = '0015g00000AbCdEAAV';

let root: string;

beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'atlas-security-'));
});

afterEach(() => {
    rmSync(root, { recursive: true, force: true });
});

function write(path: string, text: string): void {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
}

function writeCleanComponent(): void {
    write(`${LWC}/panel/panel.ts`, "export default class Panel { label = 'ok'; }\n");
    write(`${LWC}/panel/panel.js`, "export default class Panel { label = 'ok'; }\n");
    write(`${LWC}/panel/panel.html`, '<template><p>{label}</p></template>\n');
    write(`${LWC}/panel/panel.js-meta.xml`, '<LightningComponentBundle/>\n');
}

describe('exclusions', () => {
    it.each([
        ['force-app/main/default/lwc/x/__tests__/x.test.ts', true],
        ['force-app/main/default/lwc/x/__tests__/__snapshots__/x.snap', true],
        ['force-app/main/default/lwc/__mocks__/x.js', true],
        ['force-app/test/fixtures/ids.json', true],
        ['data/Account.json', true],
        ['force-app/main/default/lwc/x/x.js', false],
        ['force-app/main/default/objects/Account/Account.object-meta.xml', false]
    ])('%s excluded: %s', (path, excluded) => {
        expect(isExcluded(path)).toBe(excluded);
    });
});

describe('scanProject', () => {
    it('passes a clean project', () => {
        writeCleanComponent();
        const result = scanProject(root);
        expect(result.findings).toEqual([]);
        expect(result.unbuilt).toEqual([]);
        expect(result.filesScanned).toBe(4);
    });

    it('finds every kind of finding in its file and line, and honours the exclusions', () => {
        writeCleanComponent();
        write(
            `${LWC}/panel/panel.js`,
            "export function show(el, html) {\n    el.innerHTML = html;\n    eval('x');\n}\n"
        );
        write(
            `${LWC}/panel/panel.html`,
            '<template>\n    <div lwc:dom="manual"></div>\n</template>\n'
        );
        write(`${LWC}/panel/config.js`, `export const OWNER = '${ACCOUNT_ID}';\n`);
        write(
            // check-metadata-ignore-next-line: a field of the scanned fixture project, not of ours
            'force-app/main/default/objects/Account/fields/Link__c.field-meta.xml',
            '<CustomField>\n<formula>"https://acme.my.salesforce.com/" &amp; Id</formula>\n</CustomField>\n'
        );
        // Test code, snapshots and the sample data hold made-up ids on purpose.
        write(`${LWC}/panel/__tests__/panel.test.ts`, `el.innerHTML = '${ACCOUNT_ID}';\n`);
        write(`${LWC}/panel/__tests__/__snapshots__/panel.test.ts.snap`, `"${ACCOUNT_ID}"\n`);
        write('data/Account.json', `{"OwnerId": "${ACCOUNT_ID}"}\n`);

        const found = scanProject(root).findings.map(
            (finding) => `${finding.file}:${finding.line} ${finding.rule}`
        );
        expect(found).toEqual([
            `${LWC}/panel/config.js:1 org-id`,
            `${LWC}/panel/panel.html:2 manual-dom`,
            `${LWC}/panel/panel.js:2 html-sink`,
            `${LWC}/panel/panel.js:3 dynamic-code`,
            // check-metadata-ignore-next-line: the fixture's field again
            'force-app/main/default/objects/Account/fields/Link__c.field-meta.xml:2 org-url'
        ]);
    });

    it('reports TypeScript sources that were never compiled, since their JavaScript cannot be scanned', () => {
        writeCleanComponent();
        write(`${LWC}/other/other.ts`, 'export const x = 1;\n');
        write(`${LWC}/other/types.d.ts`, 'export type X = number;\n');
        expect(listScanTargets(root).unbuilt).toEqual([`${LWC}/other/other.ts`]);
    });
});

describe('npm run check:security', () => {
    const run = (): ReturnType<typeof spawnSync> =>
        spawnSync(
            join(PROJECT_DIR, 'node_modules', '.bin', 'tsx'),
            [join(PROJECT_DIR, 'scripts/security/scanProject.ts'), '--project', root],
            { encoding: 'utf8' }
        );

    it('exits 0 and says so on a clean project', () => {
        writeCleanComponent();
        const result = run();
        expect(result.stdout).toContain('✓ check:security: no findings in 4 files');
        expect(result.status).toBe(0);
    });

    it('exits 1 and prints each finding as file:line with the rule in words', () => {
        writeCleanComponent();
        write(`${LWC}/panel/panel.js`, "\nsetTimeout('refresh()', 100);\n");
        const result = run();
        expect(result.stdout).toContain(
            `${LWC}/panel/panel.js:2  setTimeout with a string — code built from a string at run time`
        );
        expect(result.stdout).toContain('✗ check:security: 1 finding(s)');
        expect(result.status).toBe(1);
    });

    it('exits 1 with what to do when the components were not built', () => {
        write(`${LWC}/panel/panel.ts`, 'export const x = 1;\n');
        const result = run();
        expect(result.stderr).toContain('Run `npm run build` first.');
        expect(result.status).toBe(1);
    });
});

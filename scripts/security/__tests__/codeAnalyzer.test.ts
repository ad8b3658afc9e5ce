/** @jest-environment node */
// Salesforce Code Analyzer as check:security runs it, on a small project with known problems in
// what deploys (a debugger statement, an old API version, a library with known vulnerabilities, a
// Lightning message channel exposed to every namespace) and the same problems where nothing deploys
// (TypeScript sources, tests), which it must not scan.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
    deployableFiles,
    formatCodeAnalyzerReport,
    isBlocking,
    runCodeAnalyzer,
    type CodeAnalyzerReport
} from '../codeAnalyzer';

jest.setTimeout(300_000);

const LWC = 'force-app/main/default/lwc/widget';
const FILES: Record<string, string> = {
    [`${LWC}/widget.js`]: 'export function pause() {\n    debugger;\n    return 1;\n}\n',
    [`${LWC}/widget.ts`]: 'export function pause(): number {\n    debugger;\n    return 1;\n}\n',
    [`${LWC}/widget.js-meta.xml`]:
        '<?xml version="1.0" encoding="UTF-8" ?>\n<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>30.0</apiVersion>\n    <isExposed>false</isExposed>\n</LightningComponentBundle>\n',
    [`${LWC}/__tests__/widget.test.js`]: 'it("pauses", () => {\n    debugger;\n});\n',
    'force-app/main/default/messageChannels/Alerts.messageChannel-meta.xml':
        '<?xml version="1.0" encoding="UTF-8" ?>\n<LightningMessageChannel xmlns="http://soap.sforce.com/2006/04/metadata">\n    <description>Alerts</description>\n    <isExposed>true</isExposed>\n    <masterLabel>Alerts</masterLabel>\n</LightningMessageChannel>\n',
    'force-app/main/default/staticresources/handlebars-3.0.0.js':
        '/*! handlebars v3.0.0 */\n(function () {\n    return 1;\n})();\n'
};

describe('Salesforce Code Analyzer in check:security', () => {
    let root: string;
    let report: CodeAnalyzerReport;

    beforeAll(async () => {
        root = mkdtempSync(join(tmpdir(), 'atlas-code-analyzer-project-'));
        for (const [file, text] of Object.entries(FILES)) {
            mkdirSync(dirname(join(root, file)), { recursive: true });
            writeFileSync(join(root, file), text);
        }
        report = await runCodeAnalyzer(root);
    });

    afterAll(() => {
        rmSync(root, { recursive: true, force: true });
    });

    it('scans only what deploys: no TypeScript source, no test', () => {
        expect(deployableFiles(root).map((file) => file.slice(root.length + 1))).toEqual([
            'force-app/main/default/lwc/widget/widget.js',
            'force-app/main/default/lwc/widget/widget.js-meta.xml',
            'force-app/main/default/messageChannels/Alerts.messageChannel-meta.xml',
            'force-app/main/default/staticresources/handlebars-3.0.0.js'
        ]);
        expect(report.findings.map((finding) => finding.file)).not.toContain(`${LWC}/widget.ts`);
        expect(report.findings.filter((finding) => finding.file.includes('__tests__'))).toEqual([]);
    });

    it('fails on a debugger statement, an old API version, an exposed message channel and a library with known High vulnerabilities, each by its engine', () => {
        const blocking = report.findings
            .filter(isBlocking)
            .map((finding) => `${finding.engine}/${finding.rule} ${finding.file}`);
        expect(blocking).toEqual(
            expect.arrayContaining([
                `eslint/no-debugger ${LWC}/widget.js`,
                `regex/AvoidOldSalesforceApiVersions ${LWC}/widget.js-meta.xml`,
                'pmd/AvoidLmcIsExposedTrue force-app/main/default/messageChannels/Alerts.messageChannel-meta.xml'
            ])
        );
        expect(
            blocking.some((line) =>
                /^retire-js\/LibraryWithKnown(Critical|High)SeverityVulnerability .*handlebars-3\.0\.0\.js$/.test(
                    line
                )
            )
        ).toBe(true);
    });

    it('reports every engine that ran and every one that did not, with the counts by severity', () => {
        const text = formatCodeAnalyzerReport(report).join('\n');
        expect(text).toMatch(/ran {6}eslint \d+\.\d+\.\d+: \d+ rules, [1-9]\d* violation/);
        expect(text).toMatch(/ran {6}regex /);
        expect(text).toMatch(/ran {6}retire-js /);
        expect(text).toMatch(/ran {6}pmd \d+\.\d+\.\d+: \d+ rules, [1-9]\d* violation/);
        expect(text).toMatch(/ran {6}cpd /);
        expect(text).toContain('not run  flow:');
        expect(text).not.toContain('not run  pmd');
        expect(text).toContain('not run  sfge:');
        expect(text).toMatch(/violations by severity: Critical \d+, High [1-9]\d*, /);
        expect(text).toContain(`High: ${LWC}/widget.js:2 eslint/no-debugger:`);
    });
});

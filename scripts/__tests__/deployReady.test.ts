/** @jest-environment node */
// check-metadata-ignore-file: these tests break metadata on purpose to prove the checks catch them.
// What Salesforce receives: text as sent, documented length limits, the Metadata API types and what a
// package may carry — the atlas-mini fixture broken one way at a time, and each limit at its edge.
import type { Check, Finding } from '../metadata/checks/check';
import { valuesOverLimit } from '../metadata/checks/lengthLimits';
import { lengthLimits } from '../metadata/checks/lengthLimits';
import { metadataTypesCheck } from '../metadata/checks/metadataTypesCheck';
import { packageContents } from '../metadata/checks/packageContents';
import { picklistSize } from '../metadata/checks/picklistSize';
import { tabMotifs } from '../metadata/checks/tabMotifs';
import { textAsSent } from '../metadata/checks/textAsSent';
import { LENGTH_LIMITS, PICKLIST_VALUE_LIMIT } from '../metadata/limits';
import { metadataTypes } from '../metadata/metadataTypes';
import { formatReport, runChecks, runChecksWithSummary } from '../metadata/runChecks';
import { checkFindings, fixtureForEachTest } from './fixtureProject';

const DEFAULT = 'force-app/main/default';
const REPORT = `${DEFAULT}/reports/Account_Atlas/Atlas_Deals_By_Score.report-meta.xml`;
const WALLET_SIZE = `${DEFAULT}/objects/Buying_Center__c/fields/Wallet_Size__c.field-meta.xml`;
const RELATIONSHIP_STATUS = `${DEFAULT}/objects/Buying_Center__c/fields/Relationship_Status__c.field-meta.xml`;
const REPORT_FOLDER = `${DEFAULT}/reports/Account_Atlas.reportFolder-meta.xml`;
const DASHBOARD_FOLDER = `${DEFAULT}/dashboards/Account_Atlas.dashboardFolder-meta.xml`;
const GROUP = `${DEFAULT}/groups/Atlas_Users.group-meta.xml`;

const project = fixtureForEachTest();

async function findings(check: Check): Promise<readonly Finding[]> {
    return checkFindings(project.dir, check);
}

/** Makes force-app the unlocked package, as the real project's sfdx-project.json does. */
function makePackage(postInstall?: string): void {
    const config = JSON.parse(project.read('sfdx-project.json')) as Record<string, unknown>;
    const [directory] = config.packageDirectories as Record<string, unknown>[];
    project.write(
        'sfdx-project.json',
        JSON.stringify({
            ...config,
            packageDirectories: [{ ...directory, package: 'Atlas Mini' }],
            ...(postInstall === undefined
                ? {}
                : { plugins: { accountAtlas: { postInstallDirectory: postInstall } } })
        })
    );
}

describe('text as sent', () => {
    it('fails a wrapped report name with the file, the element and the text', async () => {
        project.replace(
            REPORT,
            '<name>Deals by Score</name>',
            '<name>\n        Deals by Score\n    </name>'
        );
        expect(await findings(textAsSent)).toEqual([
            {
                file: REPORT,
                line: 21,
                message:
                    '<name> in Report has a line break as sent to Salesforce (reports/Account_Atlas/Atlas_Deals_By_Score.report): "⏎        Deals by Score⏎    "',
                fix: 'write the value on one line between <name> and </name>, with no spaces or line breaks around it'
            }
        ]);
    });

    it('judges what is sent: a field label the conversion trims passes, a report description it copies fails', async () => {
        project.replace(WALLET_SIZE, '<label>Wallet Size</label>', '<label> Wallet Size</label>');
        expect(await findings(textAsSent)).toEqual([]);
        project.replace(REPORT, '<description>Open deals', '<description> Open deals');
        const [finding] = await findings(textAsSent);
        expect(finding?.file).toBe(REPORT);
        expect(finding?.message).toContain(
            '<description> in Report has whitespace before or after it as sent to Salesforce'
        );
    });

    it('lets a formula span lines', async () => {
        const rule = `${DEFAULT}/objects/Buying_Center_Member__c/validationRules/Member_Contact_Of_Buying_Center_Account.validationRule-meta.xml`;
        project.replace(
            rule,
            '<errorConditionFormula>Contact__r.AccountId != Buying_Center__r.Account__c</errorConditionFormula>',
            '<errorConditionFormula>\n        Contact__r.AccountId !=\n        Buying_Center__r.Account__c\n    </errorConditionFormula>'
        );
        expect(await findings(textAsSent)).toEqual([]);
    });
});

describe('documented length limits', () => {
    /** Where each limited element sits in a converted file: the root type and the path down to it. */
    const PATHS: Readonly<Record<string, readonly string[]>> = {
        CustomField: ['CustomObject', 'fields'],
        ValidationRule: ['CustomObject', 'validationRules'],
        CustomPermission: ['CustomPermission'],
        Report: ['Report'],
        Dashboard: ['Dashboard'],
        PermissionSet: ['PermissionSet'],
        CustomLabel: ['CustomLabels', 'labels']
    };

    it.each(LENGTH_LIMITS.map((limit) => [`${limit.type}.${limit.element}`, limit] as const))(
        '%s passes at its limit and fails one character over it',
        (_name, limit) => {
            const path = [...(PATHS[limit.type] ?? []), limit.element];
            const value = (length: number) => ({
                convertedPath: 'converted',
                path,
                text: 'x'.repeat(length) + (limit.uncountedSuffix ?? '')
            });
            const types = metadataTypes();
            expect(valuesOverLimit([value(limit.max)], types)).toEqual([]);
            expect(valuesOverLimit([value(limit.max + 1)], types)).toEqual([
                { value: value(limit.max + 1), limit, length: limit.max + 1 }
            ]);
            expect(limit.source).toMatch(/Guide|Reference|Help/);
        }
    );

    it('fails an over-long report description in the project, measured as sent', async () => {
        project.replace(
            REPORT,
            '<description>Open deals by stage with their average deal score.</description>',
            `<description>${'Open deals by stage with their average deal score. '.repeat(6).trim()}</description>`
        );
        const [finding] = await findings(lengthLimits);
        expect(finding).toMatchObject({
            file: REPORT,
            line: 14,
            message: expect.stringContaining(
                '<description> of Report is 305 characters as sent, over the limit of 255 (Object Reference, Report.Description'
            ),
            fix: 'shorten it to 255 characters or fewer'
        });
    });
});

describe('the picklist size limit', () => {
    /** Relationship_Status__c with `count` values in place of its four. */
    function withValues(count: number): void {
        const values = Array.from(
            { length: count },
            (_, index) =>
                `<value><fullName>Status ${index}</fullName><default>false</default><label>Status ${index}</label></value>`
        ).join('');
        const file = project.read(RELATIONSHIP_STATUS);
        const start = file.indexOf('<value>');
        const end = file.lastIndexOf('</value>') + '</value>'.length;
        project.write(RELATIONSHIP_STATUS, file.slice(0, start) + values + file.slice(end));
    }

    it('passes a picklist at the limit of values', async () => {
        withValues(PICKLIST_VALUE_LIMIT.max);
        expect(await findings(picklistSize)).toEqual([]);
    });

    it('fails a picklist one value over it, naming the field and the limit', async () => {
        withValues(PICKLIST_VALUE_LIMIT.max + 1);
        expect(await findings(picklistSize)).toEqual([
            {
                file: RELATIONSHIP_STATUS,
                message: expect.stringContaining(
                    'Buying_Center__c.Relationship_Status__c lists 1001 values, over the limit of 1000 (Salesforce Help, Picklist Limitations'
                ),
                fix: 'keep at most 1000 values, or make it a lookup to a custom object'
            }
        ]);
    });
});

describe('the Metadata API types (@salesforce/types)', () => {
    it('fail an element the type does not have, naming the one meant', async () => {
        project.replace(WALLET_SIZE, '<precision>16</precision>', '<precison>16</precison>');
        expect(await findings(metadataTypesCheck)).toEqual([
            {
                file: WALLET_SIZE,
                line: 8,
                message:
                    'has <precison> in CustomField, which CustomField does not have in the Metadata API types (@salesforce/types) (did you mean precision?); a deploy rejects it',
                fix: expect.stringContaining('correct or remove <precison> (CustomField has ')
            }
        ]);
    });

    it('judge nested elements by their own type', async () => {
        project.replace(RELATIONSHIP_STATUS, '<sorted>false</sorted>', '<sort>false</sort>');
        const [finding] = await findings(metadataTypesCheck);
        expect(finding?.message).toContain(
            'has <sort> in CustomField.valueSet.valueSetDefinition, which ValueSetValuesDefinition does not have'
        );
    });

    it('fail an enum value that does not exist, listing the values that do', async () => {
        project.replace(WALLET_SIZE, '<type>Currency</type>', '<type>Money</type>');
        const [finding] = await findings(metadataTypesCheck);
        expect(finding?.message).toBe(
            'has <type>Money</type> in CustomField, which is not a value of FieldType'
        );
        expect(finding?.fix).toContain('Currency');
    });

    it('fail a true/false element that holds something else', async () => {
        project.replace(WALLET_SIZE, '<required>false</required>', '<required>no</required>');
        const [finding] = await findings(metadataTypesCheck);
        expect(finding?.message).toBe(
            'has <required>no</required> in CustomField, which is not true or false'
        );
    });
});

describe('tab motifs', () => {
    it('fail a motif no cited source deploys, naming the near one', async () => {
        const tab = `${DEFAULT}/tabs/Buying_Center__c.tab-meta.xml`;
        const motif = /<motif>([^<]*)<\/motif>/.exec(project.read(tab))?.[1] ?? '';
        project.replace(tab, `<motif>${motif}</motif>`, '<motif>Custom24: Buildings</motif>');
        const [finding] = await findings(tabMotifs);
        expect(finding?.file).toBe(tab);
        expect(finding?.message).toBe(
            'uses the motif "Custom24: Buildings", which no cited source shows to exist (did you mean Custom24: Building?)'
        );
    });
});

describe('what the package carries', () => {
    it('fails a folder share and a public group inside the package directory', async () => {
        makePackage();
        const found = await findings(packageContents);
        expect(found.map((finding) => [finding.file, finding.message.split(':')[0]])).toEqual([
            [DASHBOARD_FOLDER, 'shares a folder inside the package'],
            [GROUP, 'is a public group inside the package directory'],
            [REPORT_FOLDER, 'shares a folder inside the package']
        ]);
    });

    it('passes once the group and the sharing move to the post-install directory', async () => {
        makePackage('unpackaged/post-install');
        for (const path of [GROUP, REPORT_FOLDER, DASHBOARD_FOLDER]) {
            project.write(path.replace(DEFAULT, 'unpackaged/post-install'), project.read(path));
        }
        project.remove(GROUP);
        for (const folder of [REPORT_FOLDER, DASHBOARD_FOLDER]) {
            project.write(
                folder,
                project.read(folder).replace(/\s*<folderShares>[\s\S]*<\/folderShares>/, '')
            );
        }
        const results = await runChecks(project.dir);
        expect(results.flatMap((result) => result.findings)).toEqual([]);
    });

    it('fails a post-install folder the package does not have', async () => {
        makePackage('unpackaged/post-install');
        project.write(
            'unpackaged/post-install/reports/Elsewhere.reportFolder-meta.xml',
            '<?xml version="1.0" encoding="UTF-8"?>\n<ReportFolder xmlns="http://soap.sforce.com/2006/04/metadata">\n    <name>Elsewhere</name>\n</ReportFolder>\n'
        );
        const found = await findings(packageContents);
        expect(found.map((finding) => finding.file)).toContain(
            'unpackaged/post-install/reports/Elsewhere.reportFolder-meta.xml'
        );
    });
});

describe('the one-line verdict', () => {
    it('says deploy-ready with the component count when nothing is wrong', async () => {
        const { results, components } = await runChecksWithSummary(project.dir);
        expect(components).toBeGreaterThan(20);
        expect(formatReport(results, components)).toMatch(
            new RegExp(`\\ndeploy-ready: ${components} components, 0 problems$`)
        );
    });

    it('counts the problems when something is wrong', async () => {
        project.replace(REPORT, '<name>Deals by Score</name>', '<name>Deals by Score </name>');
        const { results, components } = await runChecksWithSummary(project.dir);
        expect(formatReport(results, components)).toMatch(
            new RegExp(`\\nnot deploy-ready: ${components} components, 1 problem$`)
        );
    });
});

/** @jest-environment node */
// check-metadata-ignore-file: these tests break names on purpose to prove the checks catch them.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Check, Finding } from '../metadata/checks/check';
import { customNames } from '../metadata/checks/customNames';
import { dataPlan } from '../metadata/checks/dataPlan';
import { deployConversion } from '../metadata/checks/deployConversion';
import { graphqlQueries } from '../metadata/checks/graphqlQueries';
import { lwcBundles } from '../metadata/checks/lwcBundles';
import { permissionSets } from '../metadata/checks/permissionSets';
import { schemaImports } from '../metadata/checks/schemaImports';
import { schemaIntegrity } from '../metadata/checks/schemaIntegrity';
import { CHECKS, formatReport, runChecks } from '../metadata/runChecks';
import { checkFindings, fixtureForEachTest } from './fixtureProject';

const DEFAULT = 'force-app/main/default';
const BUNDLE = `${DEFAULT}/lwc/buyingCenterData/buyingCenterData.ts`;
const TEMPLATE = `${DEFAULT}/lwc/buyingCenterData/buyingCenterData.html`;
const ATLAS_USER = `${DEFAULT}/permissionsets/Atlas_User.permissionset-meta.xml`;
const SALES_OPS = `${DEFAULT}/permissionsets/Atlas_Sales_Ops.permissionset-meta.xml`;
const WALLET_SIZE = `${DEFAULT}/objects/Buying_Center__c/fields/Wallet_Size__c.field-meta.xml`;
const MEMBERS = 'data/Buying_Center_Member__c.json';
const BUYING_CENTERS = 'data/Buying_Center__c.json';

const project = fixtureForEachTest();

async function findings(check: Check): Promise<readonly Finding[]> {
    return checkFindings(project.dir, check);
}

/** The findings of one check, expecting exactly one and returning it. */
async function onlyFinding(check: Check): Promise<Finding> {
    const found = await findings(check);
    expect(found).toHaveLength(1);
    return found[0]!;
}

describe('the good fixture', () => {
    it('passes every check', async () => {
        const results = await runChecks(project.dir);
        expect(results.map((result) => [result.name, result.findings])).toEqual(
            CHECKS.map((check) => [check.name, []])
        );
        expect(formatReport(results)).toContain(`All ${CHECKS.length} metadata checks passed.`);
    });
});

describe('GraphQL queries', () => {
    it('name a misspelt field, its line and the field meant', async () => {
        project.replace(BUNDLE, 'Wallet_Share__c {', 'Wallet_Shares__c {');
        const finding = await onlyFinding(graphqlQueries);
        expect(finding).toEqual({
            file: BUNDLE,
            line:
                project
                    .read(BUNDLE)
                    .split('\n')
                    .findIndex((line) => line.includes('Wallet_Shares__c')) + 1,
            message: expect.stringContaining(
                'Wallet_Shares__c on Buying_Center__c, which does not exist (did you mean Wallet_Share__c?)'
            ),
            fix: expect.stringContaining('correct the name in the gql query')
        });
    });

    it('catch a misspelt field in where and orderBy arguments', async () => {
        project.replace(
            BUNDLE,
            'where: { Account__c: { eq: $accountId }',
            'where: { Acount__c: { eq: $accountId }'
        );
        project.replace(BUNDLE, 'orderBy: { Buying_Role__c:', 'orderBy: { Buying_Rol__c:');
        const found = await findings(graphqlQueries);
        expect(found.map((f) => f.message)).toEqual([
            expect.stringContaining('filter field Acount__c on Buying_Center__c'),
            expect.stringContaining('orderBy field Buying_Rol__c on Buying_Center_Member__c')
        ]);
    });

    it('reject a child relationship named without __r', async () => {
        project.replace(BUNDLE, 'Members__r(first: 200', 'Members(first: 200');
        expect((await onlyFinding(graphqlQueries)).message).toContain(
            'Members on Buying_Center__c, which does not exist (did you mean Members__r?)'
        );
    });

    it('reject a field selected without { value }', async () => {
        project.replace(
            BUNDLE,
            'Family__c {\n                                value\n                            }',
            'Family__c'
        );
        expect(await onlyFinding(graphqlQueries)).toMatchObject({
            message: 'GraphQL selects Solution__c.Family__c without { value }',
            fix: 'select Family__c { value }'
        });
    });

    it('reject a field selected directly on a polymorphic owner', async () => {
        project.replace(BUNDLE, '... on User {', 'Username {\n value }\n ... on User {');
        expect(await onlyFinding(graphqlQueries)).toMatchObject({
            message: expect.stringContaining(
                'directly on polymorphic Solution__c.Owner (Group or User)'
            ),
            fix: 'wrap it in "... on User { … }"'
        });
    });

    it('reject a query on an object that does not exist', async () => {
        project.replace(BUNDLE, 'Solution__c(where:', 'Solutions__c(where:');
        expect((await onlyFinding(graphqlQueries)).message).toBe(
            'GraphQL queries object Solutions__c, which does not exist (did you mean Solution__c?)'
        );
    });

    it('report GraphQL syntax errors on the line they occur', async () => {
        project.replace(BUNDLE, 'pageInfo {', 'pageInfo {{');
        const finding = await onlyFinding(graphqlQueries);
        expect(finding.message).toContain('gql query does not parse');
        expect(finding.line).toBe(
            project
                .read(BUNDLE)
                .split('\n')
                .findIndex((line) => line.includes('pageInfo {{')) + 1
        );
    });
});

describe('@salesforce/schema imports', () => {
    it('name a misspelt field and the file importing it', async () => {
        project.replace(
            BUNDLE,
            'Buying_Center__c.Wallet_Share__c',
            'Buying_Center__c.Wallet_Shar__c'
        );
        expect(await onlyFinding(schemaImports)).toEqual({
            file: BUNDLE,
            line: 3,
            message:
                'imports @salesforce/schema/Buying_Center__c.Wallet_Shar__c, but Buying_Center__c has no field Wallet_Shar__c (did you mean Wallet_Share__c?)',
            fix: expect.any(String)
        });
    });

    it('accept a missing field on purpose below an ignore comment', async () => {
        project.replace(
            BUNDLE,
            'export const BUYING_CENTER_FIELDS',
            "// check-metadata-ignore-next-line: a test of the error for a missing field\nexport const MISSING = '@salesforce/schema/Buying_Center__c.Nope__c';\nexport const BUYING_CENTER_FIELDS"
        );
        expect(await findings(schemaImports)).toEqual([]);
        project.replace(
            BUNDLE,
            '// check-metadata-ignore-next-line: a test of the error for a missing field\n',
            ''
        );
        expect((await onlyFinding(schemaImports)).message).toContain(
            'Buying_Center__c has no field Nope__c'
        );
    });

    it('follow relationship paths and name the wrong step', async () => {
        project.replace(BUNDLE, 'Contact__r.AccountId', 'Contact__c.AccountId');
        expect((await onlyFinding(schemaImports)).message).toContain(
            'Buying_Center_Member__c has no parent relationship Contact__c (did you mean Contact__r?)'
        );
    });
});

describe('custom names in sources', () => {
    it('name an unknown __c token in a template', async () => {
        project.replace(TEMPLATE, 'record.Wallet_Share__c', 'record.Walet_Share__c');
        expect(await onlyFinding(customNames)).toMatchObject({
            file: TEMPLATE,
            line: 2,
            message: expect.stringContaining(
                'names Walet_Share__c, which is no custom object, field or relationship'
            )
        });
    });

    it('accept an unknown name on purpose below an ignore comment', async () => {
        project.replace(
            BUNDLE,
            'export const BUYING_CENTER_FIELDS',
            "// check-metadata-ignore-next-line: a deliberately wrong name\nexport const NOT_A_FIELD = 'Nope__c';\nexport const BUYING_CENTER_FIELDS"
        );
        expect(await findings(customNames)).toEqual([]);
    });
});

describe('permission sets', () => {
    it('name a field missing from a permission set, and the block to add', async () => {
        project.replace(
            ATLAS_USER,
            '<fieldPermissions>\n        <editable>true</editable>\n        <field>Buying_Center__c.Wallet_Share__c</field>\n        <readable>true</readable>\n    </fieldPermissions>',
            ''
        );
        expect(await onlyFinding(permissionSets)).toEqual({
            file: ATLAS_USER,
            message:
                'has no <fieldPermissions> for Buying_Center__c.Wallet_Share__c, so Atlas_User users cannot see it',
            fix: `add <fieldPermissions> for Buying_Center__c.Wallet_Share__c (readable true, editable true) to ${ATLAS_USER}`
        });
    });

    it('reject field permissions on a required field', async () => {
        project.replace(
            SALES_OPS,
            '<hasActivationRequired>',
            '<fieldPermissions><editable>true</editable><field>Buying_Center_Member__c.Contact__c</field><readable>true</readable></fieldPermissions>\n<hasActivationRequired>'
        );
        expect(await onlyFinding(permissionSets)).toEqual({
            file: SALES_OPS,
            message: expect.stringContaining(
                'on Buying_Center_Member__c.Contact__c, a required field; the platform rejects'
            ),
            fix: `remove the <fieldPermissions> for Buying_Center_Member__c.Contact__c from ${SALES_OPS}`
        });
    });

    it('reject field permissions on a master-detail field', async () => {
        project.replace(
            ATLAS_USER,
            '<hasActivationRequired>',
            '<fieldPermissions><editable>false</editable><field>Buying_Center__c.Account__c</field><readable>true</readable></fieldPermissions>\n<hasActivationRequired>'
        );
        expect((await onlyFinding(permissionSets)).message).toContain('a master-detail field');
    });

    it('want flow-computed keys read-only', async () => {
        project.replace(
            ATLAS_USER,
            '<editable>false</editable>\n        <field>Buying_Center_Member__c.Member_Key__c</field>',
            '<editable>true</editable>\n        <field>Buying_Center_Member__c.Member_Key__c</field>'
        );
        expect(await onlyFinding(permissionSets)).toMatchObject({
            message:
                'makes Buying_Center_Member__c.Member_Key__c editable, but it is a key field a flow sets',
            fix: `set <editable>false</editable> for Buying_Center_Member__c.Member_Key__c in ${ATLAS_USER}`
        });
    });

    it('want fields of a read-only object read-only', async () => {
        project.replace(
            ATLAS_USER,
            '<editable>false</editable>\n        <field>Solution__c.Family__c</field>',
            '<editable>true</editable>\n        <field>Solution__c.Family__c</field>'
        );
        expect((await onlyFinding(permissionSets)).message).toBe(
            'makes Solution__c.Family__c editable, but it is Solution__c is read-only in Atlas_User'
        );
    });

    it('want fields editable on an object the set may create but not edit', async () => {
        project.replace(
            ATLAS_USER,
            '<allowCreate>false</allowCreate>\n        <allowDelete>false</allowDelete>\n        <allowEdit>false</allowEdit>',
            '<allowCreate>true</allowCreate>\n        <allowDelete>false</allowDelete>\n        <allowEdit>false</allowEdit>'
        );
        const messages = (await findings(permissionSets)).map((f) => f.message);
        expect(messages).toContain(
            'makes Solution__c.Family__c read-only, but Atlas_User may create or edit Solution__c'
        );
    });

    it('reject object permissions without the permissions they depend on, and unknown objects', async () => {
        project.replace(
            SALES_OPS,
            '<hasActivationRequired>',
            '<objectPermissions><allowCreate>false</allowCreate><allowDelete>false</allowDelete><allowEdit>true</allowEdit><allowRead>false</allowRead><modifyAllRecords>false</modifyAllRecords><object>Campaign</object><viewAllRecords>false</viewAllRecords></objectPermissions>\n<objectPermissions><allowCreate>false</allowCreate><allowDelete>false</allowDelete><allowEdit>false</allowEdit><allowRead>true</allowRead><modifyAllRecords>false</modifyAllRecords><object>Buying_Centre__c</object><viewAllRecords>false</viewAllRecords></objectPermissions>\n<hasActivationRequired>'
        );
        expect((await findings(permissionSets)).map((f) => f.message)).toEqual([
            'grants Edit on Campaign without Read; the platform rejects that ("depends on permission(s)")',
            'grants <objectPermissions> on Buying_Centre__c, which does not exist (did you mean Buying_Center__c?)'
        ]);
    });

    it('want every tab of the project visible and name tabs that do not exist', async () => {
        project.replace(ATLAS_USER, '<tab>Buying_Center__c</tab>', '<tab>Buying_Centre__c</tab>');
        expect((await findings(permissionSets)).map((f) => [f.message, f.fix])).toEqual([
            [
                'sets <tabSettings> for tab Buying_Centre__c, which the project does not define',
                'add tabs/Buying_Centre__c.tab-meta.xml or remove the <tabSettings>'
            ],
            [
                'does not make tab Buying_Center__c Visible (no <tabSettings>)',
                'add <tabSettings><tab>Buying_Center__c</tab><visibility>Visible</visibility></tabSettings>'
            ]
        ]);
    });

    it('want the app visible', async () => {
        project.replace(
            SALES_OPS,
            '<application>Account_Atlas</application>\n        <visible>true</visible>',
            '<application>Account_Atlas</application>\n        <visible>false</visible>'
        );
        expect((await onlyFinding(permissionSets)).message).toBe(
            'does not make app Account_Atlas visible'
        );
    });

    it('compare object access with what the data model intends', async () => {
        project.replace(
            ATLAS_USER,
            '<allowCreate>false</allowCreate>\n        <allowDelete>false</allowDelete>\n        <allowEdit>false</allowEdit>',
            '<allowCreate>false</allowCreate>\n        <allowDelete>false</allowDelete>\n        <allowEdit>true</allowEdit>'
        );
        const found = await findings(permissionSets);
        expect(found.map((f) => f.message)).toContain(
            'grants Read/Edit on Solution__c; the data model intends Read'
        );
    });
});

describe('XML and the offline conversion', () => {
    it('name a malformed XML file with its line', async () => {
        project.replace(WALLET_SIZE, '</label>', '</labl>');
        const finding = await onlyFinding(deployConversion);
        expect(finding).toMatchObject({
            file: WALLET_SIZE,
            line: 4,
            message: expect.stringContaining('is not well-formed XML'),
            fix: expect.stringContaining('fix the XML syntax')
        });
    });

    it('report a file source-deploy-retrieve cannot resolve', async () => {
        project.write(`${DEFAULT}/widgets/Gauge.widget-meta.xml`, '<?xml version="1.0"?><Widget/>');
        const finding = await onlyFinding(deployConversion);
        expect(finding.message).toContain('source-deploy-retrieve cannot resolve the source');
        expect(finding.fix).toContain('.forceignore');
    });

    it('report a misnamed file that a deploy would silently leave out', async () => {
        const path = `${DEFAULT}/objects/Buying_Center__c/fields/Growth_Trend__c.field.xml`;
        project.write(path, project.read(WALLET_SIZE));
        expect(await onlyFinding(deployConversion)).toEqual({
            file: path,
            message: 'belongs to no metadata component, so a deploy would silently leave it out',
            fix: expect.stringContaining('.field-meta.xml')
        });
    });
});

describe('LWC bundles', () => {
    it('name a bundle without its js-meta.xml', async () => {
        project.remove(`${DEFAULT}/lwc/buyingCenterData/buyingCenterData.js-meta.xml`);
        const found = await findings(lwcBundles);
        expect(found).toContainEqual({
            file: `${DEFAULT}/lwc/buyingCenterData`,
            message:
                'bundle buyingCenterData has no buyingCenterData.js-meta.xml, so a deploy cannot resolve it',
            fix: `add ${DEFAULT}/lwc/buyingCenterData/buyingCenterData.js-meta.xml (apiVersion 66.0, isExposed false)`
        });
    });

    it('name a .ts file that .forceignore would let deploy', async () => {
        project.replace('.forceignore', '**/*.ts\n', '');
        expect(await findings(lwcBundles)).toContainEqual({
            file: BUNDLE,
            message:
                'is a TypeScript source and would be deployed with LightningComponentBundle buyingCenterData',
            fix: 'add **/*.ts to .forceignore'
        });
    });

    it('name tests and tsconfig files that would deploy', async () => {
        project.write(`${DEFAULT}/lwc/buyingCenterData/__tests__/data/buyingCenters.json`, '{}');
        project.write(`${DEFAULT}/lwc/buyingCenterData/tsconfig.json`, '{}');
        project.write('.forceignore', '# nothing ignored\n');
        const files = (await findings(lwcBundles)).map((f) => [f.file, f.fix]);
        expect(files).toEqual(
            expect.arrayContaining([
                [
                    `${DEFAULT}/lwc/buyingCenterData/__tests__/data/buyingCenters.json`,
                    'add **/__tests__/** to .forceignore'
                ],
                [
                    `${DEFAULT}/lwc/buyingCenterData/tsconfig.json`,
                    'add **/tsconfig*.json to .forceignore'
                ]
            ])
        );
    });

    it('name a TypeScript bundle missing from tsconfig.json paths', async () => {
        project.replace('tsconfig.json', '"c/buyingCenterData"', '"c/buyingCenterDta"');
        expect(await onlyFinding(lwcBundles)).toEqual({
            file: 'tsconfig.json',
            message: 'has no compilerOptions.paths entry for c/buyingCenterData',
            fix: `add "c/buyingCenterData": ["${BUNDLE}"] to compilerOptions.paths`
        });
    });

    const PAGE = `${DEFAULT}/flexipages/Atlas_Account_Page.flexipage-meta.xml`;
    const PANEL_META = `${DEFAULT}/lwc/buyingCenterPanel/buyingCenterPanel.js-meta.xml`;

    it('name a Lightning page that places a component that does not exist', async () => {
        project.replace(
            PAGE,
            '<componentName>buyingCenterPanel</componentName>',
            '<componentName>buyingCentrePanel</componentName>'
        );
        expect(await onlyFinding(lwcBundles)).toEqual({
            file: PAGE,
            message:
                'places component buyingCentrePanel, but there is no LWC or Aura bundle buyingCentrePanel',
            fix: 'add the buyingCentrePanel bundle or remove it from the page'
        });
    });

    it('name a Lightning page that places a component not exposed for it', async () => {
        project.replace(PANEL_META, '<isExposed>true</isExposed>', '<isExposed>false</isExposed>');
        expect(await onlyFinding(lwcBundles)).toMatchObject({
            message:
                'places buyingCenterPanel, which is not exposed for lightning__RecordPage; a deploy rejects the page',
            fix: `set <isExposed>true</isExposed> and add <target>lightning__RecordPage</target> to ${PANEL_META}`
        });
    });

    it('name a record page for an object the component does not allow', async () => {
        project.replace(
            PAGE,
            '<sobjectType>Account</sobjectType>',
            '<sobjectType>Opportunity</sobjectType>'
        );
        expect((await onlyFinding(lwcBundles)).message).toBe(
            'places buyingCenterPanel on a Opportunity page, but its lightning__RecordPage targetConfig allows only Account'
        );
    });

    it('accept an Aura component placeable on any page, and name one that is not', async () => {
        const markup = `${DEFAULT}/aura/pageGuard/pageGuard.cmp`;
        project.write(
            markup,
            '<aura:component implements="flexipage:availableForAllPageTypes"></aura:component>'
        );
        project.write(
            `${DEFAULT}/aura/pageGuard/pageGuard.cmp-meta.xml`,
            '<?xml version="1.0" encoding="UTF-8" ?>\n<AuraDefinitionBundle xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>66.0</apiVersion></AuraDefinitionBundle>\n'
        );
        project.replace(
            PAGE,
            '<componentName>buyingCenterPanel</componentName>',
            '<componentName>buyingCenterPanel</componentName></componentInstance></itemInstances><itemInstances><componentInstance><componentName>c:pageGuard</componentName>'
        );
        expect(await findings(lwcBundles)).toEqual([]);
        project.write(markup, '<aura:component></aura:component>');
        expect(await onlyFinding(lwcBundles)).toEqual({
            file: PAGE,
            message:
                'places the Aura component pageGuard, which implements none of flexipage:availableForAllPageTypes, flexipage:availableForRecordHome; a deploy rejects the page',
            fix: `add implements="flexipage:availableForAllPageTypes" to ${markup}`
        });
    });

    it('ignore an empty bundle folder, which deploys nothing', async () => {
        mkdirSync(join(project.dir, DEFAULT, 'lwc', 'notYetWritten'));
        expect(await findings(lwcBundles)).toEqual([]);
    });

    it('name a bundle whose TypeScript was never compiled', async () => {
        project.remove(`${DEFAULT}/lwc/buyingCenterData/buyingCenterData.js`);
        expect((await onlyFinding(lwcBundles)).fix).toContain('npm run build');
    });
});

describe('the sample data plan', () => {
    it('names an unknown field and the data file', async () => {
        project.replace(BUYING_CENTERS, '"Wallet_Size__c"', '"Wallet_Sise__c"');
        expect(await onlyFinding(dataPlan)).toEqual({
            file: BUYING_CENTERS,
            message:
                'record Buying_Center__cRef1 sets Buying_Center__c.Wallet_Sise__c, which does not exist (did you mean Wallet_Size__c?)',
            fix: expect.stringContaining('correct or remove Wallet_Sise__c')
        });
    });

    it('names a picklist value the restricted picklist does not have', async () => {
        project.replace(MEMBERS, '"Decision Maker"', '"Decision-Maker"');
        expect(await onlyFinding(dataPlan)).toMatchObject({
            file: MEMBERS,
            message:
                "record MemberDana sets Buying_Center_Member__c.Buying_Role__c to 'Decision-Maker', which is not one of its values (did you mean Decision Maker?)"
        });
    });

    it('names an opportunity stage that is not a standard stage', async () => {
        project.replace('data/Opportunity.json', '"Needs Analysis"', '"Discovery"');
        expect((await onlyFinding(dataPlan)).message).toContain("StageName to 'Discovery'");
    });

    it('names an @Ref no earlier record defines', async () => {
        project.replace(MEMBERS, '"@ContactRef2"', '"@ContactRef9"');
        expect(await onlyFinding(dataPlan)).toMatchObject({
            file: MEMBERS,
            message:
                'record MemberRavi sets Buying_Center_Member__c.Contact__c to @ContactRef9, which no earlier record of the plan defines'
        });
    });

    it('names a same-file @Ref that the CLI cannot resolve', async () => {
        project.replace(BUYING_CENTERS, 'Buying_Center__cRef1', 'FinanceCenter');
        project.replace(BUYING_CENTERS, '"@Buying_Center__cRef1"', '"@FinanceCenter"');
        project.replace(MEMBERS, '"@Buying_Center__cRef1"', '"@FinanceCenter"');
        project.replace(MEMBERS, '"@Buying_Center__cRef1"', '"@FinanceCenter"');
        project.replace('data/Opportunity.json', '"@Buying_Center__cRef1"', '"@FinanceCenter"');
        expect((await onlyFinding(dataPlan)).message).toContain(
            'a record of the same file; sf data import tree resolves such refs only when they are named <SObject>Ref<n>'
        );
    });

    it('names a ref to a record of the wrong object', async () => {
        project.replace(MEMBERS, '"Contact__c": "@ContactRef1"', '"Contact__c": "@AcmeAccount"');
        expect((await onlyFinding(dataPlan)).message).toContain(
            'a Account, but Contact__c references Contact'
        );
    });

    it('names a missing required field and a field the platform sets', async () => {
        project.replace('data/Opportunity.json', '"CloseDate": "2027-03-31",', '"IsWon": false,');
        expect((await findings(dataPlan)).map((f) => f.message)).toEqual([
            'record AcmeAnalyticsDeal sets Opportunity.IsWon, which is a Checkbox field and cannot be set on create',
            'record AcmeAnalyticsDeal lacks Opportunity.CloseDate, which is required'
        ]);
    });

    it('names values that do not fit the field type', async () => {
        project.replace(BUYING_CENTERS, '"2026-10-02"', '"02/10/2026"');
        expect((await onlyFinding(dataPlan)).message).toContain('must be a date YYYY-MM-DD');
    });

    it('names a record that a validation rule would reject', async () => {
        project.replace(BUYING_CENTERS, '"Wallet_Share__c": 15', '"Wallet_Share__c": 115');
        expect(await onlyFinding(dataPlan)).toEqual({
            file: BUYING_CENTERS,
            message:
                'record Buying_Center__cRef1 fails validation rule Buying_Center__c.Wallet_Share_Within_0_100: "Wallet share is a percentage between 0 and 100."',
            fix: expect.stringContaining('change the record')
        });
    });

    it('follows @Refs to parents when a validation rule reads them', async () => {
        project.write(
            'data/Account.json',
            project
                .read('data/Account.json')
                .replace(
                    ']',
                    ', { "attributes": { "type": "Account", "referenceId": "GlobexAccount" }, "Name": "Globex" }]'
                )
        );
        project.replace(
            'data/Contact.json',
            '"AccountId": "@AcmeAccount",\n            "ReportsToId"',
            '"AccountId": "@GlobexAccount",\n            "ReportsToId"'
        );
        expect((await onlyFinding(dataPlan)).message).toBe(
            `record MemberRavi fails validation rule Buying_Center_Member__c.Member_Contact_Of_Buying_Center_Account: "Pick a contact of the buying center's account."`
        );
    });

    it('names two members that the flow would give the same unique key', async () => {
        project.replace(MEMBERS, '"@ContactRef2"', '"@ContactRef1"');
        expect((await onlyFinding(dataPlan)).message).toContain(
            'repeats Buying_Center__c + Contact__c of record MemberDana'
        );
    });
});

describe('the data model itself', () => {
    const RULE = `${DEFAULT}/objects/Buying_Center__c/validationRules/Wallet_Share_Within_0_100.validationRule-meta.xml`;

    it('names a validation rule formula that refers to a missing field', async () => {
        project.replace(RULE, 'Wallet_Share__c &lt; 0', 'Wallet_Shares__c &lt; 0');
        expect(await onlyFinding(schemaIntegrity)).toMatchObject({
            file: RULE,
            message: expect.stringContaining(
                'validation rule Wallet_Share_Within_0_100: formula names Wallet_Shares__c, but Buying_Center__c has no field Wallet_Shares__c'
            )
        });
    });

    it('explains an operator that formatting split in two', async () => {
        project.replace(RULE, 'Wallet_Share__c &lt; 0', 'Wallet_Share__c &lt; = 0');
        expect((await onlyFinding(schemaIntegrity)).fix).toContain('CDATA');
    });

    it('names a picklist used outside ISPICKVAL and TEXT', async () => {
        project.replace(RULE, 'Wallet_Share__c &lt; 0', 'ISBLANK(Relationship_Status__c)');
        expect((await onlyFinding(schemaIntegrity)).fix).toBe(
            "write ISPICKVAL(Relationship_Status__c, '')"
        );
    });

    it('names a required lookup that would clear itself on delete', async () => {
        const path = `${DEFAULT}/objects/Buying_Center_Member__c/fields/Contact__c.field-meta.xml`;
        project.replace(
            path,
            '<deleteConstraint>Restrict</deleteConstraint>',
            '<deleteConstraint>SetNull</deleteConstraint>'
        );
        expect(await onlyFinding(schemaIntegrity)).toMatchObject({
            file: path,
            message: expect.stringContaining('required lookup with deleteConstraint SetNull')
        });
    });

    const REPORT_TYPE = `${DEFAULT}/reportTypes/Atlas_Buying_Centers.reportType-meta.xml`;
    const REPORT = `${DEFAULT}/reports/Account_Atlas/Atlas_Vendor_Buying_Centers.report-meta.xml`;

    it('names a report type that joins through a relationship the parent lacks', async () => {
        project.replace(
            REPORT_TYPE,
            '<relationship>Buying_Centers__r</relationship>',
            '<relationship>Buying_Centers</relationship>'
        );
        expect(await onlyFinding(schemaIntegrity)).toMatchObject({
            file: REPORT_TYPE,
            message:
                'joins Account to Buying_Centers, which is no child relationship of Account (did you mean Buying_Centers__r?)'
        });
    });

    it('names a report type column through a lookup to a missing field', async () => {
        project.replace(
            REPORT_TYPE,
            'Parent_Buying_Center__c.Wallet_Size__c',
            'Parent_Buying_Center__c.Wallet_Sise__c'
        );
        expect((await onlyFinding(schemaIntegrity)).message).toContain(
            'Buying_Center__c has no field Wallet_Sise__c (did you mean Wallet_Size__c?)'
        );
    });

    it('names a report column and a picklist filter value that do not exist', async () => {
        project.replace(REPORT, '<value>Vendor</value>', '<value>Vendor,Partner</value>');
        project.replace(
            REPORT,
            '<field>Account.Buying_Centers__r$Name</field>',
            '<field>Account.Buying_Center__r$Name</field>'
        );
        expect((await findings(schemaIntegrity)).map((f) => f.message)).toEqual([
            'names column Account.Buying_Center__r$Name (column): Account has no child relationship Buying_Center__r (did you mean Buying_Centers__r?)',
            "filters Buying_Center__c.Relationship_Status__c on 'Partner', which is not one of its values"
        ]);
    });

    it('names a flow that assigns a field its object lacks', async () => {
        const path = `${DEFAULT}/flows/Buying_Center_Member_Key.flow-meta.xml`;
        project.replace(path, '$Record.Member_Key__c', '$Record.Membership_Key__c');
        expect(await onlyFinding(schemaIntegrity)).toMatchObject({
            file: path,
            message: expect.stringContaining('flow uses $Record.Membership_Key__c')
        });
    });
});

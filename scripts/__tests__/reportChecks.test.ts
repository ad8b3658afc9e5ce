/** @jest-environment node */
// check-metadata-ignore-file: these tests break names on purpose to prove the checks catch them.
// Report types, reports, dashboards and their folders: the atlas-mini fixture broken one way at a time.
import type { Check, Finding } from '../metadata/checks/check';
import { deployConversion } from '../metadata/checks/deployConversion';
import { lengthLimits } from '../metadata/checks/lengthLimits';
import { metadataTypesCheck } from '../metadata/checks/metadataTypesCheck';
import { schemaIntegrity } from '../metadata/checks/schemaIntegrity';
import { checkFindings, fixtureForEachTest } from './fixtureProject';

const DEFAULT = 'force-app/main/default';
const REPORT_TYPE = `${DEFAULT}/reportTypes/Atlas_Buying_Centers.reportType-meta.xml`;
const REPORTS = `${DEFAULT}/reports/Account_Atlas`;
const VENDOR_REPORT = `${REPORTS}/Atlas_Vendor_Buying_Centers.report-meta.xml`;
const COACH_REPORT = `${REPORTS}/Atlas_Buying_Centers_Without_Coach.report-meta.xml`;
const DEALS_REPORT = `${REPORTS}/Atlas_Deals_By_Score.report-meta.xml`;
const REPORT_FOLDER = `${DEFAULT}/reports/Account_Atlas.reportFolder-meta.xml`;
const DASHBOARD_FOLDER = `${DEFAULT}/dashboards/Account_Atlas.dashboardFolder-meta.xml`;
const DASHBOARD = `${DEFAULT}/dashboards/Account_Atlas/Atlas_Pipeline.dashboard-meta.xml`;

const project = fixtureForEachTest();

async function findings(check: Check): Promise<readonly Finding[]> {
    return checkFindings(project.dir, check);
}

/** The schema check's findings in one file (a broken report also breaks the dashboards on it). */
async function findingsIn(file: string): Promise<string[]> {
    return (await findings(schemaIntegrity))
        .filter((finding) => finding.file === file)
        .map((finding) => finding.message);
}

/** The one finding of the schema check, with its file. */
async function onlyFinding(check: Check = schemaIntegrity): Promise<Finding> {
    const found = await findings(check);
    expect(found.map((finding) => finding.message)).toHaveLength(1);
    return found[0]!;
}

describe('the fixture', () => {
    it('has report types, reports, a dashboard and folders that pass', async () => {
        expect(await findings(schemaIntegrity)).toEqual([]);
        expect(await findings(deployConversion)).toEqual([]);
    });
});

describe('report types', () => {
    it('reject a column on a table the report type does not join', async () => {
        project.replace(
            REPORT_TYPE,
            '<field>Parent_Buying_Center__c.Wallet_Size__c</field>\n            <table>Account.Buying_Centers__r</table>',
            '<field>Buying_Role__c</field>\n            <table>Account.Buying_Centers__r.Members__r</table>'
        );
        expect(await onlyFinding()).toEqual({
            file: REPORT_TYPE,
            message:
                'has a column on table Account.Buying_Centers__r.Members__r, which is not one of the tables it joins (Account, Account.Buying_Centers__r)',
            fix: 'correct <table>, or join that relationship in <join>'
        });
    });

    it('reject an inner join below an outer join', async () => {
        project.replace(
            REPORT_TYPE,
            '<join>\n        <outerJoin>false</outerJoin>\n        <relationship>Buying_Centers__r</relationship>\n    </join>',
            '<join>\n        <join>\n            <outerJoin>false</outerJoin>\n            <relationship>Members__r</relationship>\n        </join>\n        <outerJoin>true</outerJoin>\n        <relationship>Buying_Centers__r</relationship>\n    </join>'
        );
        expect((await onlyFinding()).message).toBe(
            'joins Members__r with an inner join below an outer join; the platform requires every join after an outer join to be outer too'
        );
    });

    it('reject a report type that is not deployed, an unknown category and a long label', async () => {
        project.replace(REPORT_TYPE, '<deployed>true</deployed>', '<deployed>false</deployed>');
        project.replace(
            REPORT_TYPE,
            '<category>accounts</category>',
            '<category>acounts</category>'
        );
        project.replace(
            REPORT_TYPE,
            '<label>Accounts with Buying Centers</label>',
            `<label>${'Accounts with Buying Centers and everything else '.repeat(2)}</label>`
        );
        expect((await findings(schemaIntegrity)).map((finding) => finding.message)).toEqual([
            'has a <label> of 97 characters; the platform allows 50',
            "has category 'acounts', which is not a report type category (did you mean accounts?)",
            'is not deployed (<deployed>true</deployed>), so nobody but admins can build reports on it'
        ]);
    });

    it('reject a column listed twice', async () => {
        project.replace(
            REPORT_TYPE,
            '<field>Parent_Buying_Center__c.Wallet_Size__c</field>',
            '<field>Relationship_Status__c</field>'
        );
        expect((await onlyFinding()).message).toBe(
            'lists column Account.Buying_Centers__r Relationship_Status__c twice'
        );
    });
});

describe('reports', () => {
    it('name a custom report type with the __c suffix', async () => {
        project.replace(
            VENDOR_REPORT,
            '<reportType>Atlas_Buying_Centers__c</reportType>',
            '<reportType>Atlas_Buying_Centers</reportType>'
        );
        expect(await onlyFinding()).toEqual({
            file: VENDOR_REPORT,
            message:
                'is on report type Atlas_Buying_Centers without the __c suffix; reports name a custom report type as Atlas_Buying_Centers__c',
            fix: 'write <reportType>Atlas_Buying_Centers__c</reportType>'
        });
    });

    it('name a report type that exists', async () => {
        project.replace(
            VENDOR_REPORT,
            '<reportType>Atlas_Buying_Centers__c</reportType>',
            '<reportType>Atlas_Buying_Center__c</reportType>'
        );
        expect((await onlyFinding()).message).toBe(
            'is on report type Atlas_Buying_Center__c, which is not in the project (did you mean Atlas_Buying_Centers__c?)'
        );
    });

    it('use only columns the report type offers in its sections', async () => {
        project.replace(
            VENDOR_REPORT,
            '<field>Account.Buying_Centers__r$Name</field>',
            '<field>Account.Buying_Centers__r$Wallet_Share__c</field>'
        );
        expect(await onlyFinding()).toEqual({
            file: VENDOR_REPORT,
            message:
                'names column Account.Buying_Centers__r$Wallet_Share__c (column): report type Atlas_Buying_Centers__c has no such column in its sections',
            fix: 'add <columns><field>Wallet_Share__c</field><table>Account.Buying_Centers__r</table></columns> to a section of the report type, or correct the column'
        });
    });

    it('group only by tables the report type joins', async () => {
        project.replace(
            COACH_REPORT,
            '<field>Account$Name</field>',
            '<field>Account.Buying_Centers__r.Members__r$Name</field>'
        );
        expect(await findingsIn(COACH_REPORT)).toEqual([
            'names column Account.Buying_Centers__r.Members__r$Name (grouping): report type Atlas_Buying_Centers__c does not join Account.Buying_Centers__r.Members__r'
        ]);
    });

    it('name standard report type columns the catalog knows, with the token meant', async () => {
        project.replace(DEALS_REPORT, '<field>STAGE_NAME</field>', '<field>STAGE_NAM</field>');
        expect(await findingsIn(DEALS_REPORT)).toEqual([
            'names column STAGE_NAM (grouping): not a column of standard report type Opportunity (did you mean STAGE_NAME?)'
        ]);
    });

    it('name custom fields of a standard report type that exist', async () => {
        project.replace(DEALS_REPORT, 'Opportunity.Deal_Score__c', 'Opportunity.Deal_Scores__c');
        expect((await onlyFinding()).message).toBe(
            'names column Opportunity.Deal_Scores__c (column): Opportunity has no field Deal_Scores__c (did you mean Deal_Score__c?)'
        );
    });

    it('have the groupings their format needs', async () => {
        project.replace(DEALS_REPORT, '<format>Summary</format>', '<format>Matrix</format>');
        expect((await onlyFinding()).message).toBe(
            'is a Matrix report with 0 <groupingsAcross>; it needs 1 to 2'
        );
    });

    it('have filter logic that uses every criterion and no other', async () => {
        project.replace(
            COACH_REPORT,
            '<booleanFilter>1 OR 2</booleanFilter>',
            '<booleanFilter>1 OR 3</booleanFilter>'
        );
        expect((await onlyFinding()).message).toBe('has filter logic that names criteria 3 of 2');
        project.replace(
            COACH_REPORT,
            '<booleanFilter>1 OR 3</booleanFilter>',
            '<booleanFilter>(1</booleanFilter>'
        );
        expect((await findings(schemaIntegrity)).map((finding) => finding.message)).toEqual([
            'has filter logic that leaves out criteria 2',
            'has filter logic with unbalanced parentheses'
        ]);
    });

    it('cross-filter on a field the related object has', async () => {
        project.replace(
            COACH_REPORT,
            '<relatedTableJoinColumn>Buying_Center__c</relatedTableJoinColumn>',
            '<relatedTableJoinColumn>Buying_Centre__c</relatedTableJoinColumn>'
        );
        expect((await onlyFinding()).message).toBe(
            'joins cross-filter table Buying_Center_Member__c on Buying_Centre__c, which it does not have'
        );
    });

    it('keep the name within 40 characters', async () => {
        project.replace(
            DEALS_REPORT,
            '<name>Deals by Score</name>',
            '<name>Deals by Score, Stage, Owner and Everything Else</name>'
        );
        expect((await onlyFinding(lengthLimits)).message).toBe(
            '<name> of Report is 48 characters as sent, over the limit of 40 (Salesforce Field Reference, Report.Name (string, length 40)): "Deals by Score, Stage, Owner and Everything Else"'
        );
    });

    it('sit in a folder that has its ReportFolder file', async () => {
        project.remove(REPORT_FOLDER);
        const found = await findings(schemaIntegrity);
        expect(found.map((finding) => finding.file)).toEqual([
            COACH_REPORT,
            DEALS_REPORT,
            VENDOR_REPORT
        ]);
        expect(found[0]?.message).toBe(
            'is in folder Account_Atlas, which has no reports/Account_Atlas.reportFolder-meta.xml'
        );
    });
});

describe('dashboards', () => {
    it('show reports that exist, naming the one meant', async () => {
        project.replace(
            DASHBOARD,
            '<report>Account_Atlas/Atlas_Deals_By_Score</report>',
            '<report>Account_Atlas/Atlas_Deals_By_Scores</report>'
        );
        expect(await onlyFinding()).toEqual({
            file: DASHBOARD,
            message:
                'shows report Account_Atlas/Atlas_Deals_By_Scores in component 1 "Open pipeline by stage", which is not in the project (did you mean Account_Atlas/Atlas_Deals_By_Score?)',
            fix: 'name a report as <Folder>/<ReportName> of reports/'
        });
    });

    it('chart by a grouping of the report and a summary the report computes', async () => {
        project.replace(
            DASHBOARD,
            '<groupingColumn>STAGE_NAME</groupingColumn>',
            '<groupingColumn>FULL_NAME</groupingColumn>'
        );
        project.replace(DASHBOARD, '<aggregate>Sum</aggregate>', '<aggregate>Average</aggregate>');
        expect((await findings(schemaIntegrity)).map((finding) => finding.message)).toEqual([
            'groups component 1 "Open pipeline by stage" by FULL_NAME, which is not a grouping of report Account_Atlas/Atlas_Deals_By_Score',
            'summarizes component 1 "Open pipeline by stage" as Average of AMOUNT, which report Account_Atlas/Atlas_Deals_By_Score does not compute'
        ]);
    });

    it('name no running user, which would tie the dashboard to one org', async () => {
        project.replace(
            DASHBOARD,
            '<dashboardType>LoggedInUser</dashboardType>',
            '<dashboardType>SpecifiedUser</dashboardType>\n    <runningUser>admin@atlas-demo.example</runningUser>'
        );
        expect((await onlyFinding()).message).toBe(
            'names running user admin@atlas-demo.example, a username that exists in one org only, so the dashboard deploys nowhere else'
        );
    });

    it('keep components inside the grid and apart', async () => {
        project.replace(DASHBOARD, '<columnIndex>6</columnIndex>', '<columnIndex>4</columnIndex>');
        expect((await onlyFinding()).message).toBe(
            'places component 2 over component 1 (row 0, column 4)'
        );
        project.replace(DASHBOARD, '<columnIndex>4</columnIndex>', '<columnIndex>8</columnIndex>');
        expect((await onlyFinding()).message).toBe(
            'places component 2 at column 8 with span 6×6, outside the 12-column grid'
        );
    });

    it('use only elements of the Dashboard metadata type', async () => {
        project.replace(DASHBOARD, '<titleSize>12</titleSize>', '<titelSize>12</titelSize>');
        expect((await onlyFinding(metadataTypesCheck)).message).toBe(
            'has <titelSize> in Dashboard, which Dashboard does not have in the Metadata API types (@salesforce/types) (did you mean titleSize?); a deploy rejects it'
        );
    });

    it('sit in a folder that has its DashboardFolder file', async () => {
        project.remove(DASHBOARD_FOLDER);
        expect((await onlyFinding()).message).toBe(
            'is in folder Account_Atlas, which has no dashboards/Account_Atlas.dashboardFolder-meta.xml'
        );
    });
});

describe('folders', () => {
    it('are shared with a public group the project ships', async () => {
        project.replace(
            REPORT_FOLDER,
            '<sharedTo>Atlas_Users</sharedTo>',
            '<sharedTo>Atlas_User</sharedTo>'
        );
        expect(await onlyFinding()).toEqual({
            file: REPORT_FOLDER,
            message:
                'is shared with group Atlas_User, which groups/ does not define (did you mean Atlas_Users?)',
            fix: 'share with a public group of the project (groups/<Name>.group-meta.xml) so every target org has it'
        });
    });

    it('are not shared with a role, which exists only in some orgs', async () => {
        project.replace(
            DASHBOARD_FOLDER,
            '<sharedToType>Group</sharedToType>',
            '<sharedToType>Role</sharedToType>'
        );
        expect((await onlyFinding()).message).toBe(
            'is shared with Role Atlas_Users, which exists only in some orgs, so the deploy fails elsewhere'
        );
    });
});

// Dashboards and the report and dashboard folders: every report a dashboard component names exists in
// the project, every chart groups by a grouping of its report and summarizes RowCount or a column the
// report aggregates that way, the grid holds together, no username ties a dashboard to one org, and a
// folder is shared only with what ships with the package (a public group of groups/) or the whole org.
import { reportAggregates, reportGroupings, type ReportProblem } from './reports';
import { suggestion } from '../../schema/schema';
import { childNode, childNodes, num, text, texts, type XmlNode } from '../../schema/xml';

/** Dashboard title and component header limits of the Metadata API. */
export const DASHBOARD_TITLE_MAX = 80;
export const COMPONENT_HEADER_MAX = 80;

/** Organization-wide share targets; sharedToType Organization takes one of these. */
const ORGANIZATION_SHARES = ['AllInternalUsers', 'AllPartnerUsers', 'AllCustomerPortalUsers'];

/** The project's reports by 'Folder/Name', with their parsed roots. */
export type ReportsByName = ReadonlyMap<string, XmlNode>;

/** Problems of one dashboard. */
export function checkDashboard(
    root: XmlNode,
    reports: ReportsByName,
    dashboardFolders: ReadonlySet<string>,
    folder: string
): ReportProblem[] {
    const problems: ReportProblem[] = [];
    if (!dashboardFolders.has(folder)) {
        problems.push({
            message: `is in folder ${folder}, which has no dashboards/${folder}.dashboardFolder-meta.xml`,
            fix: 'add the DashboardFolder file (a deploy cannot create the folder otherwise)'
        });
    }
    const title = (text(root, 'title') ?? '').trim();
    if (title === '' || title.length > DASHBOARD_TITLE_MAX) {
        problems.push({
            message: `has a <title> of ${title.length} characters`,
            fix: `give it a title of 1 to ${DASHBOARD_TITLE_MAX} characters`
        });
    }
    if (text(root, 'runningUser') !== undefined) {
        problems.push({
            message: `names running user ${text(root, 'runningUser') ?? ''}, a username that exists in one org only, so the dashboard deploys nowhere else`,
            fix: 'remove <runningUser> and use <dashboardType>LoggedInUser</dashboardType>, or set the running user after deploying'
        });
    }
    const grid = childNode(root, 'dashboardGridLayout');
    const components = grid === undefined ? [] : childNodes(grid, 'dashboardGridComponents');
    if (grid !== undefined) {
        checkGrid(grid, components, problems);
    }
    const sections = ['leftSection', 'middleSection', 'rightSection'].flatMap((tag) =>
        childNodes(root, tag).flatMap((section) => childNodes(section, 'components'))
    );
    const all = [
        ...components.map((cell) => childNode(cell, 'dashboardComponent') ?? {}),
        ...sections
    ];
    all.forEach((component, index) => {
        checkComponent(component, `component ${index + 1}`, reports, problems);
    });
    return problems;
}

/** Components stay inside the grid's columns and do not overlap. */
function checkGrid(grid: XmlNode, cells: readonly XmlNode[], problems: ReportProblem[]): void {
    const columns = num(grid, 'numberOfColumns') ?? 0;
    const taken = new Map<string, number>();
    cells.forEach((cell, index) => {
        const column = num(cell, 'columnIndex') ?? 0;
        const row = num(cell, 'rowIndex') ?? 0;
        const width = num(cell, 'colSpan') ?? 0;
        const height = num(cell, 'rowSpan') ?? 0;
        if (width < 1 || height < 1 || column < 0 || row < 0 || column + width > columns) {
            problems.push({
                message: `places component ${index + 1} at column ${column} with span ${width}×${height}, outside the ${columns}-column grid`,
                fix: 'correct <columnIndex>, <colSpan> and <rowSpan>'
            });
            return;
        }
        for (let r = row; r < row + height; r++) {
            for (let c = column; c < column + width; c++) {
                const other = taken.get(`${r},${c}`);
                if (other !== undefined) {
                    problems.push({
                        message: `places component ${index + 1} over component ${other} (row ${r}, column ${c})`,
                        fix: 'move one of them'
                    });
                    return;
                }
                taken.set(`${r},${c}`, index + 1);
            }
        }
    });
}

function checkComponent(
    component: XmlNode,
    label: string,
    reports: ReportsByName,
    problems: ReportProblem[]
): void {
    const header = (text(component, 'header') ?? '').trim();
    const name = header === '' ? label : `${label} "${header}"`;
    if (header.length > COMPONENT_HEADER_MAX) {
        problems.push({
            message: `has ${name} with a header over ${COMPONENT_HEADER_MAX} characters`,
            fix: 'shorten <header>'
        });
    }
    const reportName = text(component, 'report');
    if (reportName === undefined) {
        return; // a Visualforce page or rich text component names no report
    }
    const report = reports.get(reportName);
    if (report === undefined) {
        problems.push({
            message: `shows report ${reportName} in ${name}, which is not in the project${suggestion(reportName, [...reports.keys()])}`,
            fix: 'name a report as <Folder>/<ReportName> of reports/'
        });
        return;
    }
    const groupings = reportGroupings(report);
    for (const column of texts(component, 'groupingColumn')) {
        if (!groupings.includes(column)) {
            problems.push({
                message: `groups ${name} by ${column}, which is not a grouping of report ${reportName}${suggestion(column, groupings)}`,
                fix: `group by one of: ${groupings.join(', ') || '(the report has no groupings)'}`
            });
        }
    }
    const aggregates = reportAggregates(report);
    for (const summary of childNodes(component, 'chartSummary')) {
        const column = text(summary, 'column') ?? '';
        const aggregate = text(summary, 'aggregate');
        if (column === 'RowCount') {
            continue;
        }
        const computed = aggregates.get(column);
        if (computed === undefined || aggregate === undefined || !computed.includes(aggregate)) {
            problems.push({
                message: `summarizes ${name} as ${aggregate ?? '(no aggregate)'} of ${column}, which report ${reportName} does not compute`,
                fix: `add <aggregateTypes>${aggregate ?? 'Sum'}</aggregateTypes> to that column of the report, or summarize RowCount`
            });
        }
    }
}

/** Problems of a report or dashboard folder's sharing; groups are the project's public groups. */
export function checkFolderShares(root: XmlNode, groups: ReadonlySet<string>): ReportProblem[] {
    const problems: ReportProblem[] = [];
    for (const share of childNodes(root, 'folderShares')) {
        const type = text(share, 'sharedToType') ?? '';
        const to = text(share, 'sharedTo') ?? '';
        if (type === 'Group') {
            if (!groups.has(to)) {
                problems.push({
                    message: `is shared with group ${to}, which groups/ does not define${suggestion(to, [...groups])}`,
                    fix: 'share with a public group of the project (groups/<Name>.group-meta.xml) so every target org has it'
                });
            }
        } else if (type === 'Organization') {
            if (!ORGANIZATION_SHARES.includes(to)) {
                problems.push({
                    message: `is shared with the organization as '${to}'`,
                    fix: `use one of: ${ORGANIZATION_SHARES.join(', ')}`
                });
            }
        } else {
            problems.push({
                message: `is shared with ${type} ${to}, which exists only in some orgs, so the deploy fails elsewhere`,
                fix: 'share with a public group of the project, or with AllInternalUsers'
            });
        }
    }
    return problems;
}

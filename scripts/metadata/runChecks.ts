// Runs every offline metadata check against one project and returns what each found: the API behind
// `npm run check:metadata`, usable from tests and other scripts.
import { resolve } from 'node:path';
import { projectLayout } from '../../schema/projectConfig';
import { loadSchema } from '../../schema/schema';
import type { Check, CheckContext, Finding } from './checks/check';
import { customNames } from './checks/customNames';
import { deployments } from './checks/deployConversion';
import { dataPlan } from './checks/dataPlan';
import { deployConversion } from './checks/deployConversion';
import { graphqlQueries } from './checks/graphqlQueries';
import { lengthLimits } from './checks/lengthLimits';
import { lwcBundles } from './checks/lwcBundles';
import { metadataTypesCheck } from './checks/metadataTypesCheck';
import { packageContents } from './checks/packageContents';
import { permissionSets } from './checks/permissionSets';
import { picklistSize } from './checks/picklistSize';
import { picklistValues } from './checks/picklistValues';
import { schemaImports } from './checks/schemaImports';
import { schemaIntegrity } from './checks/schemaIntegrity';
import { tabMotifs } from './checks/tabMotifs';
import { textAsSent } from './checks/textAsSent';

export type { Check, Finding } from './checks/check';

/** Every check, in the order they are reported. */
export const CHECKS: readonly Check[] = [
    deployConversion,
    textAsSent,
    lengthLimits,
    picklistSize,
    packageContents,
    metadataTypesCheck,
    tabMotifs,
    schemaIntegrity,
    schemaImports,
    graphqlQueries,
    customNames,
    picklistValues,
    dataPlan,
    permissionSets,
    lwcBundles
];

export interface CheckResult {
    readonly name: string;
    readonly findings: readonly Finding[];
    readonly milliseconds: number;
}

function contextFor(projectDir: string): CheckContext {
    const root = resolve(projectDir);
    const layout = projectLayout(root);
    return {
        projectDir: root,
        packageDirs: layout.packageDirs,
        packagedDirs: layout.packagedDirs,
        postInstallDirs: layout.postInstallDirs,
        schema: loadSchema(root),
        memo: new Map()
    };
}

async function runIn(context: CheckContext, checks: readonly Check[]): Promise<CheckResult[]> {
    const results: CheckResult[] = [];
    for (const check of checks) {
        const started = performance.now();
        const findings = await check.run(context);
        results.push({
            name: check.name,
            findings: [...findings].sort(
                (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)
            ),
            milliseconds: performance.now() - started
        });
    }
    return results;
}

/** Runs the checks (all by default) on the project at projectDir. Findings never throw; bugs do. */
export function runChecks(
    projectDir: string,
    checks: readonly Check[] = CHECKS
): Promise<CheckResult[]> {
    return runIn(contextFor(projectDir), checks);
}

/**
 * The checks' results and how many components a full install deploys (the package directories plus
 * the post-install directory, as source-deploy-retrieve resolves them; undefined if none converted).
 */
export async function runChecksWithSummary(
    projectDir: string,
    checks: readonly Check[] = CHECKS
): Promise<{ results: CheckResult[]; components: number | undefined }> {
    const context = contextFor(projectDir);
    const results = await runIn(context, checks);
    const converted = (await deployments(context)).filter((result) => result.ok);
    const components =
        converted.length === 0
            ? undefined
            : converted.reduce((sum, result) => sum + result.componentCount, 0);
    return { results, components };
}

/** One finding as the report prints it: `file:line: message → fix`. */
export function formatFinding(finding: Finding): string {
    const location = finding.line === undefined ? finding.file : `${finding.file}:${finding.line}`;
    return `${location}: ${finding.message}\n      fix: ${finding.fix}`;
}

/**
 * The whole report: ✓/✗ per check, findings indented below a failed one, then the verdict
 * (`deploy-ready: N components, 0 problems`) when the component count is known.
 */
export function formatReport(results: readonly CheckResult[], components?: number): string {
    const lines: string[] = [];
    for (const result of results) {
        lines.push(`${result.findings.length === 0 ? '✓' : '✗'} ${result.name}`);
        for (const finding of result.findings) {
            lines.push(`    ${formatFinding(finding)}`);
        }
    }
    const failed = results.filter((result) => result.findings.length > 0);
    const count = failed.reduce((sum, result) => sum + result.findings.length, 0);
    lines.push(
        failed.length === 0
            ? `All ${results.length} metadata checks passed.`
            : `${count} finding${count === 1 ? '' : 's'} in ${failed.length} of ${results.length} checks.`
    );
    if (components !== undefined) {
        lines.push(
            `${count === 0 ? 'deploy-ready' : 'not deploy-ready'}: ${components} components, ${count} problem${count === 1 ? '' : 's'}`
        );
    }
    return lines.join('\n');
}

// Runs every offline metadata check against one project and returns what each found: the API behind
// `npm run check:metadata`, usable from tests and other scripts.
import { resolve } from 'node:path';
import { loadSchema, packageDirectories } from './schema';
import type { Check, CheckContext, Finding } from './checks/check';
import { customNames } from './checks/customNames';
import { dataPlan } from './checks/dataPlan';
import { deployConversion } from './checks/deployConversion';
import { graphqlQueries } from './checks/graphqlQueries';
import { lwcBundles } from './checks/lwcBundles';
import { permissionSets } from './checks/permissionSets';
import { schemaImports } from './checks/schemaImports';
import { schemaIntegrity } from './checks/schemaIntegrity';

export type { Check, Finding } from './checks/check';

/** Every check, in the order they are reported. */
export const CHECKS: readonly Check[] = [
    deployConversion,
    schemaIntegrity,
    schemaImports,
    graphqlQueries,
    customNames,
    dataPlan,
    permissionSets,
    lwcBundles
];

export interface CheckResult {
    readonly name: string;
    readonly findings: readonly Finding[];
    readonly milliseconds: number;
}

/** Runs the checks (all by default) on the project at projectDir. Findings never throw; bugs do. */
export async function runChecks(
    projectDir: string,
    checks: readonly Check[] = CHECKS
): Promise<CheckResult[]> {
    const root = resolve(projectDir);
    const context: CheckContext = {
        projectDir: root,
        packageDirs: packageDirectories(root),
        schema: loadSchema(root),
        memo: new Map()
    };
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

/** One finding as the report prints it: `file:line: message → fix`. */
export function formatFinding(finding: Finding): string {
    const location = finding.line === undefined ? finding.file : `${finding.file}:${finding.line}`;
    return `${location}: ${finding.message}\n      fix: ${finding.fix}`;
}

/** The whole report: ✓/✗ per check, findings indented below a failed one. */
export function formatReport(results: readonly CheckResult[]): string {
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
    return lines.join('\n');
}

// `npm run check:security [-- --project <dir>]`: the security rules ESLint cannot express — HTML
// sinks and run-time code in the emitted LWC JavaScript, lwc:dom="manual" in templates, and ids or
// URLs of one org anywhere in force-app — then Salesforce Code Analyzer on what deploys. Prints each
// finding as file:line and exits 1 on any of ours or any Critical or High one of Code Analyzer's.
import { formatCodeAnalyzerReport, isBlocking, runCodeAnalyzer } from './codeAnalyzer';
import { formatFinding, RULE_TEXT } from './findings';
import { scanProject } from './scanner';
import { projectArgument } from '../projectArgument';

async function main(): Promise<void> {
    const root = projectArgument(
        process.argv.slice(2),
        'tsx scripts/security/scanProject.ts [--project <dir>]'
    );
    const result = scanProject(root);
    if (result.unbuilt.length > 0) {
        process.stderr.write(
            `check:security: ${result.unbuilt.length} TypeScript source(s) have no compiled .js to scan ` +
                `(first: ${result.unbuilt[0]}). Run \`npm run build\` first.\n`
        );
        process.exitCode = 1;
        return;
    }
    for (const finding of result.findings) {
        process.stdout.write(`${formatFinding(finding)}\n`);
    }
    const rules = Object.keys(RULE_TEXT).length;
    if (result.findings.length > 0) {
        process.stdout.write(
            `✗ check:security: ${result.findings.length} finding(s) in ${result.filesScanned} files (${rules} rules)\n`
        );
        process.exitCode = 1;
    } else {
        process.stdout.write(
            `✓ check:security: no findings in ${result.filesScanned} files (${rules} rules)\n`
        );
    }
    const analyzed = await runCodeAnalyzer(root);
    process.stdout.write(`${formatCodeAnalyzerReport(analyzed).join('\n')}\n`);
    const blocking = analyzed.findings.filter(isBlocking).length;
    if (blocking > 0) {
        process.stdout.write(
            `✗ check:security: Code Analyzer found ${blocking} Critical or High violation(s)\n`
        );
        process.exitCode = 1;
    } else {
        process.stdout.write(
            '✓ check:security: Code Analyzer found no Critical or High violation\n'
        );
    }
}

main().catch((error: unknown) => {
    process.stderr.write(
        `check:security crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
    );
    process.exitCode = 2;
});

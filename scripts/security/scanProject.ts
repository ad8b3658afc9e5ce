// `npm run check:security [-- --project <dir>]`: the security rules ESLint cannot express — HTML
// sinks and run-time code in the emitted LWC JavaScript, lwc:dom="manual" in templates, and ids or
// URLs of one org anywhere in force-app. Prints each finding as file:line and exits 1 on any.
import { formatFinding, RULE_TEXT } from './findings';
import { scanProject } from './scanner';
import { projectArgument } from '../projectArgument';

function main(): void {
    const result = scanProject(
        projectArgument(
            process.argv.slice(2),
            'tsx scripts/security/scanProject.ts [--project <dir>]'
        )
    );
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
}

try {
    main();
} catch (error: unknown) {
    process.stderr.write(
        `check:security crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
    );
    process.exitCode = 2;
}

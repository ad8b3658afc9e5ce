// `npm run check:metadata [-- --project <dir>]`: proves offline what a deploy, a GraphQL query or a data
// import would reject — one ✓/✗ line per check, findings with file and fix, exit code 1 on any finding.
import { formatReport, runChecks } from './metadata/runChecks';

function projectArgument(argv: readonly string[]): string {
    const index = argv.indexOf('--project');
    if (index === -1) {
        return process.cwd();
    }
    const value = argv[index + 1];
    if (value === undefined || value.startsWith('--')) {
        process.stderr.write('usage: tsx scripts/checkMetadata.ts [--project <dir>]\n');
        process.exit(2);
    }
    return value;
}

async function main(): Promise<void> {
    const results = await runChecks(projectArgument(process.argv.slice(2)));
    process.stdout.write(`${formatReport(results)}\n`);
    process.exitCode = results.some((result) => result.findings.length > 0) ? 1 : 0;
}

main().catch((error: unknown) => {
    process.stderr.write(
        `check:metadata crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
    );
    process.exitCode = 2;
});

// `npm run check:metadata [-- --project <dir>]`: proves offline what a deploy, a GraphQL query or a data
// import would reject — one ✓/✗ line per check, findings with file and fix, then
// `deploy-ready: N components, 0 problems` (or the count of problems); exit code 1 on any finding.
import { formatReport, runChecksWithSummary } from './metadata/runChecks';
import { projectArgument } from './projectArgument';

async function main(): Promise<void> {
    const { results, components } = await runChecksWithSummary(
        projectArgument(process.argv.slice(2), 'tsx scripts/checkMetadata.ts [--project <dir>]')
    );
    process.stdout.write(`${formatReport(results, components)}\n`);
    process.exitCode = results.some((result) => result.findings.length > 0) ? 1 : 0;
}

main().catch((error: unknown) => {
    process.stderr.write(
        `check:metadata crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
    );
    process.exitCode = 2;
});

// `npx tsx scripts/docs/workedExample.ts [--deal "<name>"] [--as-of YYYY-MM-DD]`: scores one deal of
// the sample data with the same scoreDeal the panels and `atlas score` run, and prints the breakdown
// the admin guide's worked example quotes.
import { join, resolve } from 'node:path';
import { resolveConfig, scoreDeal } from 'c/dealScoring';
import { formatBreakdown } from './breakdown';
import { DEFAULT_DEAL, loadSamplePlan, SAMPLE_TODAY, sampleDealInput } from './sampleDeal';

function option(argv: readonly string[], name: string, fallback: string): string {
    const index = argv.indexOf(name);
    if (index === -1) {
        return fallback;
    }
    const value = argv[index + 1];
    if (value === undefined || value.startsWith('--')) {
        throw new Error(`${name} needs a value.`);
    }
    return value;
}

function main(): void {
    const argv = process.argv.slice(2);
    const dealName = option(argv, '--deal', DEFAULT_DEAL);
    const asOf = option(argv, '--as-of', SAMPLE_TODAY);
    const dataDir = join(resolve(__dirname, '..', '..'), 'data');
    const input = sampleDealInput(loadSamplePlan(dataDir), dealName, asOf);
    process.stdout.write(`${formatBreakdown(input, scoreDeal(input), resolveConfig())}\n`);
}

try {
    main();
} catch (error: unknown) {
    process.stderr.write(
        `workedExample: ${error instanceof Error ? error.message : String(error)}\n`
    );
    process.exitCode = 1;
}

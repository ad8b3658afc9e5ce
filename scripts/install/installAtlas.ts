// `npm run atlas:install -- --target-org <alias> [--sample-data] [--package <04t…>] [--dry-run]`:
// installs Account Atlas into an org the project's sf CLI knows (see install.ts for the steps).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { USAGE, install, parseArguments } from './install';
import { processRunner } from './runner';

const projectDir = join(__dirname, '..', '..');

async function main(): Promise<void> {
    const parsed = parseArguments(process.argv.slice(2));
    if (!parsed.ok) {
        process.stderr.write(`${parsed.error}\n\n${USAGE}\n`);
        process.exitCode = 2;
        return;
    }
    process.exitCode = await install(parsed.options, {
        projectDir,
        runner: processRunner(projectDir),
        fileExists: existsSync,
        readFile: (path) => readFileSync(path, 'utf8'),
        log: (line) => process.stdout.write(`${line}\n`)
    });
}

main().catch((error: unknown) => {
    process.stderr.write(
        `atlas:install crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
    );
    process.exitCode = 1;
});

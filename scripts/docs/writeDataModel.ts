// `npm run docs:data-model`: writes DATA_MODEL.md (dataModel.ts), formatted with the project's
// Prettier settings so that `prettier --check` passes on it.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as prettier from 'prettier';
import { loadSchema } from '../../schema/schema';
import { DATA_MODEL_FILE, dataModelMarkdown } from './dataModel';

async function main(): Promise<void> {
    const projectDir = resolve(__dirname, '..', '..');
    const filepath = join(projectDir, DATA_MODEL_FILE);
    const options = (await prettier.resolveConfig(filepath)) ?? {};
    const markdown = dataModelMarkdown(loadSchema(projectDir));
    writeFileSync(filepath, await prettier.format(markdown, { ...options, filepath }));
    process.stdout.write(`wrote ${DATA_MODEL_FILE}\n`);
}

main().catch((error: unknown) => {
    process.stderr.write(
        `docs:data-model: ${error instanceof Error ? error.message : String(error)}\n`
    );
    process.exitCode = 1;
});

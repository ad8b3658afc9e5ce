// Check: every metadata file that would deploy uses only elements, true/false values, numbers and enum
// values of its Metadata API type, as published in @salesforce/types (lib/metadata.d.ts).
import { readFileSync } from 'node:fs';
import { projectPath } from '../../../schema/files';
import { metadataTypes } from '../metadataTypes';
import { typeProblems } from '../typeValidation';
import type { Check, Finding } from './check';
import { deployments } from './deployConversion';

export const metadataTypesCheck: Check = {
    name: 'every metadata file uses only the elements and enum values of its Metadata API type (@salesforce/types)',
    async run(context) {
        // A conversion that fails is the conversion check's finding; its files are not read here.
        const files = (await deployments(context)).flatMap((result) =>
            result.ok ? result.files : []
        );
        const types = metadataTypes();
        const findings: Finding[] = [];
        const seen = new Set<string>();
        for (const file of files) {
            if (!file.path.endsWith('.xml') || seen.has(file.path)) {
                continue;
            }
            seen.add(file.path);
            for (const problem of typeProblems(readFileSync(file.path, 'utf8'), types)) {
                findings.push({
                    file: projectPath(context.projectDir, file.path),
                    line: problem.line,
                    message: problem.message,
                    fix: problem.fix
                });
            }
        }
        return findings;
    }
};

// Check: every tab's motif (tab style) is one a cited Salesforce-maintained project deploys
// (tabMotifs.ts); a motif the org does not know fails the deploy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, projectPath } from '../../../schema/files';
import { suggestion } from '../../../schema/schema';
import { CITED_MOTIFS } from '../tabMotifs';
import { xmlElements } from '../xmlElements';
import type { Check, Finding } from './check';

export const tabMotifs: Check = {
    name: 'every tab motif is one a Salesforce-maintained sample app deploys (scripts/metadata/tabMotifs.ts)',
    run(context) {
        const known = CITED_MOTIFS.map((cited) => cited.motif);
        const findings: Finding[] = [];
        for (const dir of [...context.packageDirs, ...context.postInstallDirs]) {
            for (const file of listFiles(join(context.projectDir, dir))) {
                if (!file.endsWith('.tab-meta.xml')) {
                    continue;
                }
                for (const element of xmlElements(readFileSync(file, 'utf8'))) {
                    if (element.path.join('.') !== 'CustomTab.motif' || element.text === null) {
                        continue;
                    }
                    if (!known.includes(element.text)) {
                        findings.push({
                            file: projectPath(context.projectDir, file),
                            line: element.line,
                            message: `uses the motif "${element.text}", which no cited source shows to exist${suggestion(element.text, known)}`,
                            fix: `use a motif of scripts/metadata/tabMotifs.ts, or add a row citing a Salesforce-maintained project that deploys "${element.text}"`
                        });
                    }
                }
            }
        }
        return Promise.resolve(findings);
    }
};

// Runs every rule over the files it applies to and returns the findings in file and line order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleHit, SecurityFinding } from './findings';
import { findOrgIds, findOrgUrls } from './orgReferences';
import { listScanTargets } from './projectFiles';
import { scanScript } from './scriptRules';
import { scanTemplate } from './templateRules';

export interface ScanResult {
    readonly findings: readonly SecurityFinding[];
    readonly filesScanned: number;
    /** TypeScript sources with no emitted .js beside them: run `npm run build` first. */
    readonly unbuilt: readonly string[];
}

export function scanProject(root: string): ScanResult {
    const targets = listScanTargets(root);
    const findings: SecurityFinding[] = [];
    const read = (file: string): string => readFileSync(join(root, file), 'utf8');
    const add = (file: string, hits: readonly RuleHit[]): void => {
        findings.push(...hits.map((hit) => ({ ...hit, file })));
    };
    for (const file of targets.scripts) {
        add(file, scanScript(file, read(file)));
    }
    for (const file of targets.templates) {
        add(file, scanTemplate(read(file)));
    }
    for (const file of targets.deployed) {
        const text = read(file);
        add(file, [...findOrgIds(text), ...findOrgUrls(text)]);
    }
    findings.sort((left, right) => left.file.localeCompare(right.file) || left.line - right.line);
    const filesScanned = new Set([...targets.scripts, ...targets.templates, ...targets.deployed])
        .size;
    return { findings, filesScanned, unbuilt: targets.unbuilt };
}

// Salesforce Code Analyzer (@salesforce/code-analyzer-core) on what deploys: the compiled LWC
// JavaScript, templates and styles and the metadata of force-app — never the .ts sources or tests.
// Its ESLint, regex and RetireJS engines run in process and offline (RetireJS reads the vulnerability
// file its package ships); PMD and CPD run on the Java runtime when there is one. The report lists
// every engine that ran and every one that could not.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
    CodeAnalyzer,
    CodeAnalyzerConfig,
    SeverityLevel,
    type Violation
} from '@salesforce/code-analyzer-core';
import * as eslintEngine from '@salesforce/code-analyzer-eslint-engine';
import * as pmdEngine from '@salesforce/code-analyzer-pmd-engine';
import * as regexEngine from '@salesforce/code-analyzer-regex-engine';
import * as retireJsEngine from '@salesforce/code-analyzer-retirejs-engine';
import { listScanTargets } from './projectFiles';

/**
 * The rules run: Code Analyzer's Recommended set plus every rule tagged Security. (Selecting every
 * rule adds the style rules of ESLint's core set — thousands of findings on sort order and ternaries
 * that say nothing about security.)
 */
export const RULE_SELECTORS = ['Recommended', 'Security'];

/**
 * ESLint rules of the selection that are turned off here: eslint-plugin-import resolves every
 * imported module across files (import/namespace alone took 70% of the ESLint engine's rule time
 * on the compiled components), and what they check — that imported names exist — the TypeScript
 * compiler already proves on the sources (npm run typecheck). None is a security rule.
 */
export const ESLINT_RULES_OFF = [
    'import/namespace',
    'import/export',
    'import/default',
    'import/named'
];

/** Engines Code Analyzer has that this check does not run, and why (the report says so). */
export const ENGINES_NOT_RUN: Readonly<Record<string, string>> = {
    flow: 'the newest flow engine on the registry (0.22, engine API 0.24) crashes under core 0.52 (engine.removeEventListener is not a function); with that method patched in it reports 0 violations on the flows even with no Python on PATH, so its answer proves nothing: the flows are not scanned by Code Analyzer',
    sfge: 'Salesforce Graph Engine analyses Apex paths: the project has no Apex'
};

/**
 * Why PMD cannot run here, or undefined when a Java runtime answers. PMD's rules that apply to this
 * project are its AppExchange security rules on metadata XML (Lightning message channels exposed,
 * JavaScript in custom objects and web links, sensitive data in custom fields, remote sites…), on
 * Aura markup and on LWC events (bubbles + composed); its other JavaScript rules are outside the
 * Recommended + Security selection.
 */
export function pmdUnavailable(): string | undefined {
    const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
    return java.error === undefined && java.status === 0
        ? undefined
        : 'PMD and CPD need a Java runtime (11 or later) and none answers `java -version`: install one (apt-get install -y openjdk-17-jre-headless); .ci/run does';
}

export interface CodeAnalyzerEngineReport {
    name: string;
    version: string;
    rules: number;
    violations: number;
}

export interface CodeAnalyzerFinding {
    severity: SeverityLevel;
    engine: string;
    rule: string;
    file: string;
    line: number | undefined;
    message: string;
}

export interface CodeAnalyzerReport {
    files: number;
    engines: CodeAnalyzerEngineReport[];
    findings: CodeAnalyzerFinding[];
    bySeverity: Record<SeverityLevel, number>;
    /** Engines that did not run, with why. */
    notRun: Record<string, string>;
    ms: number;
}

export const SEVERITY_NAMES: Record<SeverityLevel, string> = {
    [SeverityLevel.Critical]: 'Critical',
    [SeverityLevel.High]: 'High',
    [SeverityLevel.Moderate]: 'Moderate',
    [SeverityLevel.Low]: 'Low',
    [SeverityLevel.Info]: 'Info'
};

/** What deploys: force-app outside tests, without the TypeScript sources .forceignore keeps out. */
export function deployableFiles(root: string): string[] {
    return listScanTargets(root)
        .deployed.filter((file) => !file.endsWith('.ts'))
        .map((file) => join(root, file));
}

function findingOf(root: string, violation: Violation): CodeAnalyzerFinding {
    const rule = violation.getRule();
    const location = violation.getPrimaryLocation();
    const file = location.getFile() ?? '';
    return {
        severity: rule.getSeverityLevel(),
        engine: rule.getEngineName(),
        rule: rule.getName(),
        file: file.startsWith(root) ? file.slice(root.length + 1) : file,
        line: location.getStartLine(),
        message: violation.getMessage()
    };
}

/** Runs the engines on the deployable files of the project at `root` (PMD and CPD when Java answers). */
export async function runCodeAnalyzer(
    root: string,
    files: readonly string[] = deployableFiles(root)
): Promise<CodeAnalyzerReport> {
    const started = Date.now();
    const workingFolder = mkdtempSync(join(tmpdir(), 'atlas-code-analyzer-'));
    try {
        const config = CodeAnalyzerConfig.fromObject({
            config_root: root,
            log_folder: workingFolder,
            root_working_folder: workingFolder,
            rules: {
                eslint: Object.fromEntries(
                    ESLINT_RULES_OFF.map((rule) => [rule, { disabled: true }])
                )
            },
            engines: {
                // The base LWC and JavaScript configs only: the project's own ESLint run (npm run
                // lint) covers the TypeScript sources, nothing here is React, and the SLDS styling
                // rules (hard-coded sizes in CSS) are design advice, not security, and took most of
                // the engine's time.
                eslint: {
                    auto_discover_eslint_config: false,
                    disable_typescript_base_config: true,
                    disable_react_base_config: true,
                    disable_slds_base_config: true
                }
            }
        });
        const analyzer = new CodeAnalyzer(config);
        const pmdWhyNot = pmdUnavailable();
        for (const engine of [eslintEngine, regexEngine, retireJsEngine]) {
            await analyzer.addEnginePlugin(engine.createEnginePlugin());
        }
        if (pmdWhyNot === undefined) {
            await analyzer.addEnginePlugin(pmdEngine.createEnginePlugin());
        }
        const workspace = await analyzer.createWorkspace([...files]);
        const selection = await analyzer.selectRules(RULE_SELECTORS, { workspace });
        const results = await analyzer.run(selection, { workspace });
        const engines = results.getEngineNames().map((name) => {
            const run = results.getEngineRunResults(name);
            return {
                name,
                version: run.getEngineVersion(),
                rules: selection.getRulesFor(name).length,
                violations: run.getViolationCount()
            };
        });
        const bySeverity = {} as Record<SeverityLevel, number>;
        for (const level of Object.keys(SEVERITY_NAMES).map(Number) as SeverityLevel[]) {
            bySeverity[level] = results.getViolationCountOfSeverity(level);
        }
        return {
            files: files.length,
            engines,
            findings: results.getViolations().map((violation) => findingOf(root, violation)),
            bySeverity,
            notRun: {
                ...(pmdWhyNot === undefined ? {} : { 'pmd, cpd': pmdWhyNot }),
                ...ENGINES_NOT_RUN
            },
            ms: Date.now() - started
        };
    } finally {
        rmSync(workingFolder, { recursive: true, force: true });
    }
}

/** Critical and High fail the check; Moderate and below are reported. */
export function isBlocking(finding: CodeAnalyzerFinding): boolean {
    return finding.severity <= SeverityLevel.High;
}

/** The report's lines: engines that ran and did not, counts by severity, blocking findings in full. */
export function formatCodeAnalyzerReport(report: CodeAnalyzerReport): string[] {
    const lines = [
        `Salesforce Code Analyzer on ${report.files} deployable files (${RULE_SELECTORS.join(' + ')} rules, offline):`
    ];
    for (const engine of report.engines) {
        lines.push(
            `  ran      ${engine.name} ${engine.version}: ${engine.rules} rules, ${engine.violations} violation(s)`
        );
    }
    for (const [name, why] of Object.entries(report.notRun)) {
        lines.push(`  not run  ${name}: ${why}`);
    }
    lines.push(
        `  violations by severity: ${Object.entries(SEVERITY_NAMES)
            .map(([level, name]) => `${name} ${report.bySeverity[Number(level) as SeverityLevel]}`)
            .join(', ')}`
    );
    const byRule = new Map<string, number>();
    for (const finding of report.findings.filter((candidate) => !isBlocking(candidate))) {
        const key = `${SEVERITY_NAMES[finding.severity]} ${finding.engine}/${finding.rule}`;
        byRule.set(key, (byRule.get(key) ?? 0) + 1);
    }
    for (const [key, count] of [...byRule].sort()) {
        lines.push(`    ${key}: ${count}`);
    }
    for (const finding of report.findings.filter(isBlocking)) {
        lines.push(
            `  ${SEVERITY_NAMES[finding.severity]}: ${finding.file}${finding.line === undefined ? '' : `:${finding.line}`} ${finding.engine}/${finding.rule}: ${finding.message}`
        );
    }
    lines.push(`  time ${(report.ms / 1000).toFixed(1)} s`);
    return lines;
}

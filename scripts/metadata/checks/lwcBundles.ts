// Check (d): every LWC bundle is complete (js-meta.xml, JavaScript to deploy), every TypeScript bundle
// is mapped as c/<bundle> in tsconfig.json, and .forceignore keeps tooling (.ts, tests, tsconfig) out
// of what a deploy would send.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ts from 'typescript';
import { listDirectories, listFiles, projectPath } from '../../../schema/files';
import { childNodes, parseMetadataXml, text, texts, type XmlNode } from '../../../schema/xml';
import type { Check, CheckContext, Finding } from './check';
import { deployment } from './deployConversion';

/** Every lwc/ folder under the package directories (absolute paths). */
function lwcRoots(context: CheckContext): string[] {
    const roots = new Set<string>();
    for (const dir of context.packageDirs) {
        for (const file of listFiles(join(context.projectDir, dir))) {
            const match = /^(.*\/lwc)\/[^/]+\/[^/]+$/.exec(file.split('\\').join('/'));
            if (match?.[1] !== undefined) {
                roots.add(match[1]);
            }
        }
    }
    return [...roots].sort();
}

/** tsconfig.json's compilerOptions.paths, or a finding saying why it could not be read. */
function tsconfigPaths(projectDir: string): Map<string, string[]> | Finding {
    const path = join(projectDir, 'tsconfig.json');
    if (!existsSync(path)) {
        return {
            file: 'tsconfig.json',
            message: 'is missing, so no c/<bundle> import resolves for the type checker',
            fix: 'add tsconfig.json with compilerOptions.paths for every TypeScript bundle'
        };
    }
    const parsed = ts.parseConfigFileTextToJson(path, readFileSync(path, 'utf8'));
    if (parsed.error !== undefined) {
        return {
            file: 'tsconfig.json',
            message: `cannot be parsed: ${ts.flattenDiagnosticMessageText(parsed.error.messageText, ' ')}`,
            fix: 'fix the JSON'
        };
    }
    const config: unknown = parsed.config;
    const paths = new Map<string, string[]>();
    if (typeof config !== 'object' || config === null || !('compilerOptions' in config)) {
        return paths;
    }
    const options = (config as { compilerOptions: unknown }).compilerOptions;
    if (typeof options !== 'object' || options === null || !('paths' in options)) {
        return paths;
    }
    const entries = (options as { paths: unknown }).paths;
    if (typeof entries === 'object' && entries !== null) {
        for (const [key, value] of Object.entries(entries)) {
            if (Array.isArray(value)) {
                paths.set(
                    key,
                    value.filter((item): item is string => typeof item === 'string')
                );
            }
        }
    }
    return paths;
}

const TOOLING = [
    {
        test: (path: string) => path.endsWith('.ts'),
        what: 'a TypeScript source',
        pattern: '**/*.ts'
    },
    {
        test: (path: string) => path.split('/').includes('__tests__'),
        what: 'a test file',
        pattern: '**/__tests__/**'
    },
    {
        test: (path: string) => /^(tsconfig.*|jsconfig)\.json$/.test(basename(path)),
        what: 'a TypeScript/JavaScript project config',
        pattern: '**/tsconfig*.json'
    }
];

/** What a bundle's js-meta.xml exposes: targets, and the objects a target is limited to. */
interface Exposure {
    readonly exposed: boolean;
    readonly targets: readonly string[];
    /** target → objects its targetConfig limits it to (absent: any object). */
    readonly objects: ReadonlyMap<string, readonly string[]>;
}

function readExposure(metaXml: string): Exposure | undefined {
    const parsed = parseMetadataXml(metaXml);
    if (parsed === null) {
        return undefined;
    }
    const targets = childNodes(parsed.root, 'targets').flatMap((node) => texts(node, 'target'));
    const objects = new Map<string, string[]>();
    // The parser drops attributes, so read targetConfig's targets="…" from the text.
    for (const match of metaXml.matchAll(
        /<targetConfig\s+targets="([^"]*)"\s*>([\s\S]*?)<\/targetConfig>/g
    )) {
        const listed = [...(match[2] ?? '').matchAll(/<object>\s*([^<\s]+)\s*<\/object>/g)].map(
            (m) => m[1] ?? ''
        );
        if (listed.length > 0) {
            for (const target of (match[1] ?? '').split(',').map((t) => t.trim())) {
                objects.set(target, listed);
            }
        }
    }
    return { exposed: text(parsed.root, 'isExposed') === 'true', targets, objects };
}

const PAGE_TARGETS: Readonly<Record<string, string>> = {
    RecordPage: 'lightning__RecordPage',
    AppPage: 'lightning__AppPage',
    HomePage: 'lightning__HomePage'
};

/** Every itemInstances/componentInstance componentName of a FlexiPage. */
function componentNames(root: XmlNode): string[] {
    return childNodes(root, 'flexiPageRegions')
        .flatMap((region) => childNodes(region, 'itemInstances'))
        .flatMap((item) => childNodes(item, 'componentInstance'))
        .flatMap((instance) => texts(instance, 'componentName'));
}

/** Every Aura bundle's markup (aura/<name>/<name>.cmp) under the package directories, by name. */
function auraMarkupFiles(context: CheckContext): Map<string, string> {
    const bundles = new Map<string, string>();
    for (const dir of context.packageDirs) {
        for (const file of listFiles(join(context.projectDir, dir))) {
            const match = /\/aura\/([^/]+)\/([^/]+)\.cmp$/.exec(file.split('\\').join('/'));
            if (match !== null && match[1] === match[2] && match[1] !== undefined) {
                bundles.set(match[1], file);
            }
        }
    }
    return bundles;
}

/**
 * The interfaces that make an Aura component placeable on a Lightning page (Lightning Aura
 * Components Developer Guide, "Configure Components for Lightning Pages and the Lightning App
 * Builder"): any page, or the page type's own.
 */
const AURA_PAGE_INTERFACES: Readonly<Record<string, readonly string[]>> = {
    RecordPage: ['flexipage:availableForAllPageTypes', 'flexipage:availableForRecordHome'],
    AppPage: ['flexipage:availableForAllPageTypes'],
    HomePage: ['flexipage:availableForAllPageTypes']
};

function checkAuraPlacement(
    context: CheckContext,
    page: string,
    bundle: string,
    markupPath: string,
    pageType: string,
    findings: Finding[]
): void {
    const allowed = AURA_PAGE_INTERFACES[pageType];
    if (allowed === undefined) {
        return;
    }
    const implemented = (
        /<aura:component\b[^>]*\bimplements="([^"]*)"/.exec(
            readFileSync(markupPath, 'utf8')
        )?.[1] ?? ''
    )
        .split(',')
        .map((name) => name.trim());
    if (!allowed.some((name) => implemented.includes(name))) {
        findings.push({
            file: page,
            message: `places the Aura component ${bundle}, which implements none of ${allowed.join(', ')}; a deploy rejects the page`,
            fix: `add implements="${allowed[0] ?? ''}" to ${projectPath(context.projectDir, markupPath)}`
        });
    }
}

/** Lightning pages may only place custom components that exist and are exposed for the page. */
function checkFlexiPages(
    context: CheckContext,
    bundles: ReadonlyMap<string, string>,
    findings: Finding[]
): void {
    const auraBundles = auraMarkupFiles(context);
    for (const dir of context.packageDirs) {
        for (const absolute of listFiles(join(context.projectDir, dir))) {
            if (!absolute.endsWith('.flexipage-meta.xml')) {
                continue;
            }
            const parsed = parseMetadataXml(readFileSync(absolute, 'utf8'));
            if (parsed === null) {
                continue;
            }
            const file = projectPath(context.projectDir, absolute);
            const pageType = text(parsed.root, 'type') ?? '';
            const target = PAGE_TARGETS[pageType];
            const sobject = text(parsed.root, 'sobjectType');
            for (const name of new Set(componentNames(parsed.root))) {
                const bundle = name.startsWith('c:')
                    ? name.slice(2)
                    : name.includes(':')
                      ? undefined
                      : name;
                if (bundle === undefined) {
                    continue; // a platform component such as force:detailPanel
                }
                const metaPath = bundles.get(bundle);
                const auraMarkup = metaPath === undefined ? auraBundles.get(bundle) : undefined;
                if (auraMarkup !== undefined) {
                    checkAuraPlacement(context, file, bundle, auraMarkup, pageType, findings);
                    continue;
                }
                if (metaPath === undefined) {
                    findings.push({
                        file,
                        message: `places component ${name}, but there is no LWC or Aura bundle ${bundle}`,
                        fix: `add the ${bundle} bundle or remove it from the page`
                    });
                    continue;
                }
                const exposure = readExposure(readFileSync(metaPath, 'utf8'));
                if (exposure === undefined || target === undefined) {
                    continue;
                }
                const meta = projectPath(context.projectDir, metaPath);
                if (!exposure.exposed || !exposure.targets.includes(target)) {
                    findings.push({
                        file,
                        message: `places ${bundle}, which is not exposed for ${target}; a deploy rejects the page`,
                        fix: `set <isExposed>true</isExposed> and add <target>${target}</target> to ${meta}`
                    });
                    continue;
                }
                const objects = exposure.objects.get(target);
                if (sobject !== undefined && objects !== undefined && !objects.includes(sobject)) {
                    findings.push({
                        file,
                        message: `places ${bundle} on a ${sobject} page, but its ${target} targetConfig allows only ${objects.join(', ')}`,
                        fix: `add <object>${sobject}</object> to the targetConfig in ${meta}`
                    });
                }
            }
        }
    }
}

export const lwcBundles: Check = {
    name: 'LWC bundles are complete, mapped in tsconfig.json, placeable where pages use them, and deploy without .ts, tests or tsconfig',
    async run(context) {
        const findings: Finding[] = [];
        const paths = tsconfigPaths(context.projectDir);
        const bundleMeta = new Map<string, string>();
        if (!(paths instanceof Map)) {
            findings.push(paths);
        }
        for (const root of lwcRoots(context)) {
            for (const bundle of listDirectories(root)) {
                if (bundle.startsWith('.') || bundle.startsWith('__')) {
                    continue;
                }
                const dir = join(root, bundle);
                if (listFiles(dir).length === 0) {
                    continue; // an empty folder deploys nothing (and git does not keep it)
                }
                const relativeDir = projectPath(context.projectDir, dir);
                const has = (suffix: string): boolean =>
                    existsSync(join(dir, `${bundle}${suffix}`));
                if (has('.js-meta.xml')) {
                    bundleMeta.set(bundle, join(dir, `${bundle}.js-meta.xml`));
                }
                if (!has('.js-meta.xml')) {
                    findings.push({
                        file: relativeDir,
                        message: `bundle ${bundle} has no ${bundle}.js-meta.xml, so a deploy cannot resolve it`,
                        fix: `add ${relativeDir}/${bundle}.js-meta.xml (apiVersion 66.0, isExposed false)`
                    });
                }
                if (has('.ts')) {
                    const expected = `${relativeDir}/${bundle}.ts`;
                    if (paths instanceof Map) {
                        const mapped = paths.get(`c/${bundle}`);
                        if (mapped === undefined) {
                            findings.push({
                                file: 'tsconfig.json',
                                message: `has no compilerOptions.paths entry for c/${bundle}`,
                                fix: `add "c/${bundle}": ["${expected}"] to compilerOptions.paths`
                            });
                        } else if (!mapped.includes(expected)) {
                            findings.push({
                                file: 'tsconfig.json',
                                message: `maps c/${bundle} to ${JSON.stringify(mapped)}, not to ${expected}`,
                                fix: `set "c/${bundle}": ["${expected}"]`
                            });
                        }
                    }
                    if (!has('.js')) {
                        findings.push({
                            file: `${relativeDir}/${bundle}.ts`,
                            message: `has not been compiled: ${bundle}.js is missing, so a deploy would send a bundle without JavaScript`,
                            fix: 'run npm run build before deploying or checking (tsc emits the .js beside the .ts)'
                        });
                    }
                } else if (!has('.js') && !has('.html')) {
                    findings.push({
                        file: relativeDir,
                        message: `bundle ${bundle} has no ${bundle}.ts, ${bundle}.js or ${bundle}.html entry`,
                        fix: `add ${relativeDir}/${bundle}.ts (or remove the folder)`
                    });
                }
            }
        }
        checkFlexiPages(context, bundleMeta, findings);
        const result = await deployment(context);
        if (result.ok) {
            for (const file of result.files) {
                const path = projectPath(context.projectDir, file.path);
                const tooling = TOOLING.find((kind) => kind.test(path));
                if (tooling !== undefined) {
                    findings.push({
                        file: path,
                        message: `is ${tooling.what} and would be deployed with ${file.type} ${file.component}`,
                        fix: `add ${tooling.pattern} to .forceignore`
                    });
                }
            }
        }
        // When the conversion itself failed, the deploy check reports it; nothing more to say here.
        return findings;
    }
};

// The rollup plugin that provides the platform's scoped modules to the preview build, as the
// platform does at compile time: @salesforce/label/c.* from force-app's labels, @salesforce/schema/*
// checked against the project's schema, @salesforce/user/Id from the page (the local org's user),
// @salesforce/customPermission/* from the page's user's permission sets, @salesforce/userPermission/*
// (true), @salesforce/i18n/locale, lang and currency for force-app's components (en-US and USD:
// the local org answers in en_US, see local/org/display.ts; the base components bring their own),
// @salesforce/messageChannel/* checked against force-app's messageChannels, and lightning/* data
// modules from local/preview/platform/ instead of the base components package.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'rollup';
import { loadSchema, type Schema } from '../../schema/schema';
import { readLabels } from './labels';

const PREFIX = '\0atlas-platform:';

/** lightning/* modules the preview implements itself (platform data and navigation services). */
export const PLATFORM_SHIMS: Readonly<Record<string, string>> = {
    'lightning/graphql': 'graphql.ts',
    'lightning/uiGraphQLApi': 'graphql.ts',
    'lightning/uiRecordApi': 'uiRecordApi.ts',
    'lightning/uiObjectInfoApi': 'uiObjectInfoApi.ts',
    'lightning/navigation': 'navigation.ts',
    'lightning/platformShowToastEvent': 'platformShowToastEvent.ts',
    'lightning/refresh': 'refresh.ts',
    'lightning/messageService': 'messageService.ts'
};

/** The user's locale settings, as @salesforce/i18n gives them to a component. */
const I18N_MODULES: Readonly<Record<string, string>> = {
    '@salesforce/i18n/locale': 'en-US',
    '@salesforce/i18n/lang': 'en',
    '@salesforce/i18n/currency': 'USD'
};

/** The global the page sets before the app script runs (see page.ts). */
export const PAGE_CONFIG_GLOBAL = '__ATLAS_PREVIEW__';

export class UnknownPlatformModuleError extends Error {}

/** The module text of an @salesforce/schema/<Object>[.<path>] import, checked against the schema. */
export function schemaModule(specifier: string, schema: Schema): string {
    const reference = specifier.slice('@salesforce/schema/'.length);
    const [objectName = '', ...path] = reference.split('.');
    const object = schema.object(objectName);
    if (object === undefined) {
        throw new UnknownPlatformModuleError(
            `${specifier}: no object ${objectName} in force-app or the standard object catalog`
        );
    }
    if (path.length === 0) {
        return `export default ${JSON.stringify({ objectApiName: object.name })};`;
    }
    let current = object.name;
    for (const [index, part] of path.entries()) {
        const last = index === path.length - 1;
        if (last) {
            if (schema.field(current, part) === undefined) {
                throw new UnknownPlatformModuleError(
                    `${specifier}: ${current} has no field ${part}`
                );
            }
        } else {
            const relationship = schema.parentRelationship(current, part);
            const target = relationship?.referenceTo[0];
            if (target === undefined) {
                throw new UnknownPlatformModuleError(
                    `${specifier}: ${current} has no parent relationship ${part}`
                );
            }
            current = target;
        }
    }
    return `export default ${JSON.stringify({ objectApiName: object.name, fieldApiName: path.join('.') })};`;
}

export function labelModule(specifier: string, labels: ReadonlyMap<string, string>): string {
    const name = specifier.slice('@salesforce/label/c.'.length);
    const text = labels.get(name);
    if (text === undefined) {
        throw new UnknownPlatformModuleError(
            `${specifier}: no custom label ${name} (add force-app/main/default/labels/${name}.label-meta.xml)`
        );
    }
    return `export default ${JSON.stringify(text)};`;
}

/** The module text of an @salesforce/messageChannel/<Name>__c import: the channel must exist. */
export function messageChannelModule(specifier: string, projectDir: string): string {
    const channelName = specifier.slice('@salesforce/messageChannel/'.length);
    const file = join(
        projectDir,
        'force-app/main/default/messageChannels',
        `${channelName.replace(/__c$/, '')}.messageChannel-meta.xml`
    );
    if (!channelName.endsWith('__c') || !existsSync(file)) {
        throw new UnknownPlatformModuleError(
            `${specifier}: no message channel ${channelName} (add ${file})`
        );
    }
    return `export default ${JSON.stringify({ channelName })};`;
}

export function platformModules(projectDir: string, platformDir: string): Plugin {
    let labels: Map<string, string> | undefined;
    let schema: Schema | undefined;
    return {
        name: 'atlas-platform-modules',
        resolveId(source) {
            const shim = PLATFORM_SHIMS[source];
            if (shim !== undefined) {
                return join(platformDir, shim);
            }
            if (
                source.startsWith('@salesforce/label/c.') ||
                source.startsWith('@salesforce/schema/') ||
                source.startsWith('@salesforce/user/') ||
                I18N_MODULES[source] !== undefined ||
                source.startsWith('@salesforce/customPermission/') ||
                source.startsWith('@salesforce/userPermission/') ||
                source.startsWith('@salesforce/messageChannel/')
            ) {
                return PREFIX + source;
            }
            return null;
        },
        load(id) {
            if (!id.startsWith(PREFIX)) {
                return null;
            }
            const specifier = id.slice(PREFIX.length);
            if (specifier.startsWith('@salesforce/label/c.')) {
                labels ??= readLabels(projectDir);
                return labelModule(specifier, labels);
            }
            if (specifier.startsWith('@salesforce/schema/')) {
                schema ??= loadSchema(projectDir);
                return schemaModule(specifier, schema);
            }
            if (specifier.startsWith('@salesforce/messageChannel/')) {
                return messageChannelModule(specifier, projectDir);
            }
            if (specifier === '@salesforce/user/Id') {
                return `const config = globalThis.${PAGE_CONFIG_GLOBAL};\nexport default config ? config.userId : undefined;`;
            }
            const i18n = I18N_MODULES[specifier];
            if (i18n !== undefined) {
                return `export default ${JSON.stringify(i18n)};`;
            }
            if (specifier === '@salesforce/user/isGuest') {
                return 'export default false;';
            }
            if (specifier.startsWith('@salesforce/customPermission/')) {
                // True when the page's user has a permission set that enables it.
                const name = JSON.stringify(
                    specifier.slice('@salesforce/customPermission/'.length)
                );
                return `const config = globalThis.${PAGE_CONFIG_GLOBAL};\nexport default !!config && config.customPermissions.includes(${name});`;
            }
            if (specifier.startsWith('@salesforce/userPermission/')) {
                return 'export default true;';
            }
            throw new UnknownPlatformModuleError(
                `${specifier}: the preview does not provide this module`
            );
        }
    };
}

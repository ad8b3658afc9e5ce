// Resolves and converts the package directories the way `sf project deploy start` does, offline, with
// @salesforce/source-deploy-retrieve: what resolves, what .forceignore drops, what would deploy, and
// the metadata XML exactly as the conversion writes it for the Metadata API.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
    ComponentSet,
    ForceIgnore,
    MetadataConverter,
    RegistryAccess
} from '@salesforce/source-deploy-retrieve';
import { listFiles, projectPath } from '../../schema/files';
import type { SourceComponent } from '@salesforce/source-deploy-retrieve';

export interface DeployableFile {
    /** Absolute path of the source file that would be sent. */
    readonly path: string;
    /** The metadata type of its component, e.g. 'LightningComponentBundle'. */
    readonly type: string;
    readonly component: string;
}

/** One metadata XML file as the conversion wrote it (what a deploy sends in its zip). */
export interface ConvertedFile {
    /** Path inside the converted package, e.g. 'reports/Account_Atlas/Atlas_White_Space.report'. */
    readonly path: string;
    readonly text: string;
}

export type Deployment =
    | {
          readonly ok: true;
          /** Every source file the deploy would send (metadata XML and content), .forceignore applied. */
          readonly files: readonly DeployableFile[];
          readonly componentCount: number;
          /** Files neither in a component nor ignored: a deploy silently leaves them out. */
          readonly unplaced: readonly string[];
          /** Every metadata XML file of the converted package, untrimmed (package.xml included). */
          readonly converted: readonly ConvertedFile[];
      }
    | { readonly ok: false; readonly stage: 'resolve' | 'convert'; readonly error: string };

function componentFiles(component: SourceComponent): DeployableFile[] {
    const files: DeployableFile[] = [];
    const add = (path: string | undefined): void => {
        if (path !== undefined) {
            files.push({ path, type: component.type.name, component: component.fullName });
        }
    };
    add(component.xml);
    // A decomposed type (CustomObject) walks its whole folder as "content", stray files included;
    // what it really sends is its children (fields, validation rules…), listed below.
    if (component.type.children === undefined) {
        for (const path of component.walkContent()) {
            add(path);
        }
    }
    for (const child of component.getChildren()) {
        files.push(...componentFiles(child));
    }
    return files;
}

/**
 * Resolves every component under the given absolute directories and converts them to metadata format
 * in a temporary directory (removed afterwards). The registry comes from the project's
 * sfdx-project.json (sourceBehaviorOptions such as decomposed labels), as the sf CLI would read it. Errors
 * become a failed Deployment, never a throw.
 */
export async function convertForDeploy(
    projectDir: string,
    directories: readonly string[]
): Promise<Deployment> {
    let components: ComponentSet;
    let registry: RegistryAccess;
    try {
        registry = new RegistryAccess(undefined, projectDir);
        components = ComponentSet.fromSource({ fsPaths: [...directories], registry });
    } catch (error) {
        return { ok: false, stage: 'resolve', error: errorText(error) };
    }
    const sourceComponents = components.getSourceComponents().toArray();
    const files = sourceComponents.flatMap(componentFiles);
    const outputDirectory = mkdtempSync(join(tmpdir(), 'atlas-convert-'));
    let converted: ConvertedFile[];
    try {
        await new MetadataConverter(registry).convert(components, 'metadata', {
            type: 'directory',
            outputDirectory,
            genUniqueDir: false
        });
        converted = listFiles(outputDirectory)
            .map((path) => ({
                path: projectPath(outputDirectory, path),
                text: readFileSync(path, 'utf8')
            }))
            .filter((file) => file.text.startsWith('<?xml'));
    } catch (error) {
        return { ok: false, stage: 'convert', error: errorText(error) };
    } finally {
        rmSync(outputDirectory, { recursive: true, force: true });
    }
    const placed = new Set(files.map((file) => file.path));
    const unplaced = directories.flatMap((directory) => {
        const forceIgnore = ForceIgnore.findAndCreate(directory);
        return listFiles(directory).filter(
            (path) => !placed.has(path) && forceIgnore.accepts(path)
        );
    });
    return { ok: true, files, componentCount: sourceComponents.length, unplaced, converted };
}

function errorText(error: unknown): string {
    if (error instanceof Error) {
        return `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}`;
    }
    return String(error);
}

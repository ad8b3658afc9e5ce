// What an Account Atlas install should show an org's user, read from the project itself (never a
// list kept by hand): the custom objects and fields, the permission sets, Lightning pages, the app,
// the tabs' motifs and every panel's GraphQL query.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { panelQueries as queriesOfProject } from '../../metadata/panelQueries';
import { loadSchema, type Schema } from '../../../schema/schema';

export interface ExpectedObject {
    name: string;
    /** Custom objects: every field the project defines; standard ones: the project's custom fields. */
    fields: string[];
    custom: boolean;
}

export interface PanelQuery {
    /** The module that holds or builds it, e.g. dealScoreData.ts or accountQueries.ts. */
    file: string;
    /** The GraphQL operation name, e.g. DealScore. */
    operation: string;
    text: string;
}

export interface ExpectedInstall {
    schema: Schema;
    objects: ExpectedObject[];
    permissionSets: string[];
    flexiPages: string[];
    applications: string[];
    /** Tab name → the motif its metadata names ("Custom24: Building"). */
    tabMotifs: Record<string, string>;
    panelQueries: PanelQuery[];
}

const DEFAULT_DIR = ['force-app', 'main', 'default'];

/** The names of the metadata files of one type: Atlas_User.permissionset-meta.xml → Atlas_User. */
function metadataNames(projectDir: string, folder: string, suffix: string): string[] {
    try {
        return readdirSync(join(projectDir, ...DEFAULT_DIR, folder))
            .filter((file) => file.endsWith(suffix))
            .map((file) => file.slice(0, -suffix.length))
            .sort();
    } catch {
        return [];
    }
}

function tabMotifs(projectDir: string): Record<string, string> {
    const motifs: Record<string, string> = {};
    for (const tab of metadataNames(projectDir, 'tabs', '.tab-meta.xml')) {
        const text = readFileSync(
            join(projectDir, ...DEFAULT_DIR, 'tabs', `${tab}.tab-meta.xml`),
            'utf8'
        );
        const motif = /<motif>([^<]*)<\/motif>/.exec(text)?.[1];
        if (motif !== undefined) {
            motifs[tab] = motif;
        }
    }
    return motifs;
}

/** The panels' queries (built and static; mutations are not run by the doctor). */
function panelQueries(projectDir: string): PanelQuery[] {
    return queriesOfProject(projectDir)
        .filter((query) => /^\s*query\b/.test(query.text))
        .map((query) => ({
            file: basename(query.file),
            operation: query.operation,
            text: query.text
        }));
}

export function expectedInstall(projectDir: string): ExpectedInstall {
    const schema = loadSchema(projectDir);
    const objects: ExpectedObject[] = [];
    for (const object of schema.objects()) {
        const fields = object.fields
            .filter((field) => field.source !== undefined && (object.custom || field.custom))
            .map((field) => field.name);
        if (object.custom || fields.length > 0) {
            objects.push({ name: object.name, fields, custom: object.custom });
        }
    }
    return {
        schema,
        objects,
        permissionSets: metadataNames(projectDir, 'permissionsets', '.permissionset-meta.xml'),
        flexiPages: metadataNames(projectDir, 'flexipages', '.flexipage-meta.xml'),
        applications: metadataNames(projectDir, 'applications', '.app-meta.xml'),
        tabMotifs: tabMotifs(projectDir),
        panelQueries: panelQueries(projectDir)
    };
}

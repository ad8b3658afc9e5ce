// Check (b-iii): every …__c / …__r token in TypeScript, JavaScript and templates is a custom
// object, custom field or custom relationship the schema knows, so a renamed or misspelt field cannot
// hide in a record type, a test fixture or a template. A Lightning message channel
// (messageChannels/<Name>.messageChannel-meta.xml) is imported as <Name>__c and counts as known.
import { join } from 'node:path';
import { lineOf, listFiles } from '../../../schema/files';
import { suggestion } from '../../../schema/schema';
import { projectSources, type Check, type CheckContext, type Finding } from './check';

const CHANNEL_SUFFIX = '.messageChannel-meta.xml';

/** The message channels of the package directories, as code names them (<Name>__c). */
function messageChannelNames(context: CheckContext): Set<string> {
    return new Set(
        context.packageDirs.flatMap((dir) =>
            listFiles(join(context.projectDir, dir))
                .filter((file) => file.endsWith(CHANNEL_SUFFIX))
                .map(
                    (file) =>
                        `${(file.split(/[\\/]/).pop() ?? '').slice(0, -CHANNEL_SUFFIX.length)}__c`
                )
        )
    );
}

const CUSTOM_NAME = /\b[A-Za-z][A-Za-z0-9_]*__(c|r)\b/g;

/**
 * For names that are unknown on purpose (a test feeding a misspelt field to an error handler): a
 * comment with IGNORE_NEXT_LINE skips the line below it; IGNORE_FILE anywhere skips the whole file.
 * Built from parts so that this file does not carry the markers itself.
 */
export const IGNORE_NEXT_LINE = ['check-metadata', 'ignore-next-line'].join('-');
export const IGNORE_FILE = ['check-metadata', 'ignore-file'].join('-');

export const customNames: Check = {
    name: 'every __c and __r name in the sources of force-app, schema, scripts and local is a known custom object, field or relationship',
    run(context) {
        const findings: Finding[] = [];
        const { schema } = context;
        const known = [
            ...new Set(
                schema
                    .objects()
                    .flatMap((object) => [
                        object.name,
                        ...object.fields.map((field) => field.name),
                        ...object.parentRelationships.map((relationship) => relationship.name),
                        ...object.childRelationships.map((relationship) => relationship.name)
                    ])
            )
        ].filter((name) => /__(c|r)$/.test(name));
        const channels = messageChannelNames(context);
        for (const source of projectSources(context)) {
            if (source.text.includes(IGNORE_FILE)) {
                continue;
            }
            const lines = source.text.split('\n');
            const reported = new Set<string>();
            for (const match of source.text.matchAll(CUSTOM_NAME)) {
                const name = match[0];
                const line = lineOf(source.text, match.index);
                if (schema.isKnownCustomName(name) || channels.has(name) || reported.has(name)) {
                    continue;
                }
                if ((lines[line - 2] ?? '').includes(IGNORE_NEXT_LINE)) {
                    continue;
                }
                reported.add(name);
                findings.push({
                    file: source.path,
                    line,
                    message: `names ${name}, which is no custom object, field or relationship in the schema${suggestion(
                        name,
                        known
                    )}`,
                    fix: `${
                        name.endsWith('__r')
                            ? "correct the name (a child relationship is the field's <relationshipName> plus __r, a parent one the field name with __r)"
                            : 'correct the name, or add the field or object to force-app if it is new'
                    }; if it is unknown on purpose, put a comment with ${IGNORE_NEXT_LINE} on the line above`
                });
            }
        }
        return Promise.resolve(findings);
    }
};

// Check (a): the package directories convert offline with source-deploy-retrieve exactly as a deploy
// would convert them, and every XML file in them is well-formed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertForDeploy, type Deployment } from '../deployment';
import { listFiles, projectPath } from '../files';
import { unknownElements } from '../metadataElements';
import { suggestion } from '../schema';
import { parseMetadataXml, xmlSyntaxError } from '../xml';
import { memoized, type Check, type CheckContext, type Finding } from './check';

/** The shared, once-per-run conversion of the package directories. */
export function deployment(context: CheckContext): Promise<Deployment> {
    return memoized(context, 'deployment', () =>
        convertForDeploy(
            context.projectDir,
            context.packageDirs.map((dir) => join(context.projectDir, dir))
        )
    );
}

export const deployConversion: Check = {
    name: 'force-app converts offline with source-deploy-retrieve, and every XML file is well-formed and schema-valid',
    async run(context) {
        const findings: Finding[] = [];
        for (const dir of context.packageDirs) {
            for (const file of listFiles(join(context.projectDir, dir))) {
                if (!file.endsWith('.xml')) {
                    continue;
                }
                const text = readFileSync(file, 'utf8');
                const error = xmlSyntaxError(text);
                if (error !== null) {
                    findings.push({
                        file: projectPath(context.projectDir, file),
                        line: error.line,
                        message: `is not well-formed XML: ${error.message} (column ${error.column})`,
                        fix: 'fix the XML syntax (npx prettier --check on the file shows the same spot)'
                    });
                    continue;
                }
                const parsed = parseMetadataXml(text);
                for (const unknown of parsed === null
                    ? []
                    : unknownElements(parsed.rootTag, parsed.root)) {
                    findings.push({
                        file: projectPath(context.projectDir, file),
                        line: lineOfElement(text, unknown.element),
                        message: `has <${unknown.element}> in ${unknown.path.slice(0, -unknown.element.length - 1)}, which ${unknown.parentType} does not have in the Metadata API schema${suggestion(unknown.element, unknown.suggestions)}; a deploy rejects it`,
                        fix: `correct or remove <${unknown.element}> (if it is valid in API 66.0, add it to NEWER_ELEMENTS in scripts/metadata/metadataElements.ts)`
                    });
                }
            }
        }
        const result = await deployment(context);
        if (!result.ok) {
            findings.push({
                file: fileNamedIn(result.error, context) ?? context.packageDirs.join(', '),
                message: `source-deploy-retrieve cannot ${result.stage} the source: ${result.error}`,
                fix:
                    result.stage === 'resolve'
                        ? 'put the file where its metadata type belongs, give it the right -meta.xml suffix, or list it in .forceignore'
                        : 'fix the metadata file the error names'
            });
        } else {
            for (const path of result.unplaced) {
                findings.push({
                    file: projectPath(context.projectDir, path),
                    message:
                        'belongs to no metadata component, so a deploy would silently leave it out',
                    fix: 'name it as its metadata type expects (e.g. <Field>.field-meta.xml) or list it in .forceignore'
                });
            }
        }
        if (result.ok && result.componentCount === 0) {
            findings.push({
                file: context.packageDirs.join(', '),
                message: 'holds no deployable components',
                fix: 'check sfdx-project.json packageDirectories and .forceignore'
            });
        }
        return findings;
    }
};

/** The line of the first <element> opening tag in the text. */
function lineOfElement(text: string, element: string): number | undefined {
    const index = text.search(new RegExp(`<${element}[\\s>/]`));
    return index === -1 ? undefined : text.slice(0, index).split('\n').length;
}

/** SDR errors usually quote the offending path: report that file when they do. */
function fileNamedIn(message: string, context: CheckContext): string | undefined {
    const absolute = message.match(/(\/[^\s'"]+)/g) ?? [];
    for (const candidate of absolute) {
        if (candidate.startsWith(context.projectDir)) {
            return projectPath(context.projectDir, candidate.replace(/[.,:;)]+$/, ''));
        }
    }
    return undefined;
}

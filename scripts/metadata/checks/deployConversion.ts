// Check (a): the package directories convert offline with source-deploy-retrieve exactly as a deploy
// would convert them, and every XML file in them is well-formed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertForDeploy, type Deployment } from '../deployment';
import { listFiles, projectPath } from '../../../schema/files';
import { xmlSyntaxError } from '../../../schema/xml';
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

/**
 * The conversion of the post-install directory, deployed on its own after the package (it holds
 * copies of the package's folders with their sharing, so it cannot be converted together with them).
 */
export function postInstallDeployment(context: CheckContext): Promise<Deployment | null> {
    return memoized(context, 'postInstallDeployment', () =>
        context.postInstallDirs.length === 0
            ? Promise.resolve(null)
            : convertForDeploy(
                  context.projectDir,
                  context.postInstallDirs.map((dir) => join(context.projectDir, dir))
              )
    );
}

/** Every conversion a full install deploys: the package directories, then the post-install one. */
export async function deployments(context: CheckContext): Promise<Deployment[]> {
    const post = await postInstallDeployment(context);
    return post === null ? [await deployment(context)] : [await deployment(context), post];
}

export const deployConversion: Check = {
    name: 'force-app converts offline with source-deploy-retrieve, and every XML file is well-formed',
    async run(context) {
        const findings: Finding[] = [];
        for (const dir of [...context.packageDirs, ...context.postInstallDirs]) {
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
                }
            }
        }
        for (const result of await deployments(context)) {
            findings.push(...conversionFindings(context, result));
        }
        return findings;
    }
};

/** What one conversion says: it failed, it left files out, or it holds nothing. */
function conversionFindings(context: CheckContext, result: Deployment): Finding[] {
    if (!result.ok) {
        return [
            {
                file: fileNamedIn(result.error, context) ?? context.packageDirs.join(', '),
                message: `source-deploy-retrieve cannot ${result.stage} the source: ${result.error}`,
                fix:
                    result.stage === 'resolve'
                        ? 'put the file where its metadata type belongs, give it the right -meta.xml suffix, or list it in .forceignore'
                        : 'fix the metadata file the error names'
            }
        ];
    }
    const findings: Finding[] = result.unplaced.map((path) => ({
        file: projectPath(context.projectDir, path),
        message: 'belongs to no metadata component, so a deploy would silently leave it out',
        fix: 'name it as its metadata type expects (e.g. <Field>.field-meta.xml) or list it in .forceignore'
    }));
    if (result.componentCount === 0) {
        findings.push({
            file: context.packageDirs.join(', '),
            message: 'holds no deployable components',
            fix: 'check sfdx-project.json packageDirectories and .forceignore'
        });
    }
    return findings;
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

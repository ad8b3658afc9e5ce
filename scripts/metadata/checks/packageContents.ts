// Check: what becomes the unlocked package installs as intended. A package install ignores FolderShare
// on report and dashboard folders (Metadata API Developer Guide, FolderShare), and a public group is
// org configuration, not product: both belong in the post-install directory, which must only add
// sharing to folders the package has.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { listFiles, projectPath } from '../../../schema/files';
import { xmlElements } from '../xmlElements';
import type { Check, Finding } from './check';

const FOLDER_SUFFIXES = ['.reportFolder-meta.xml', '.dashboardFolder-meta.xml'] as const;

function folderKey(path: string): string | undefined {
    const suffix = FOLDER_SUFFIXES.find((candidate) => path.endsWith(candidate));
    return suffix === undefined ? undefined : `${suffix}:${basename(path, suffix)}`;
}

export const packageContents: Check = {
    name: 'the unlocked package carries no public group or folder sharing; the post-install directory only shares the package folders',
    run(context) {
        const findings: Finding[] = [];
        const packagedFolders = new Set<string>();
        for (const dir of context.packagedDirs) {
            for (const file of listFiles(join(context.projectDir, dir))) {
                const path = projectPath(context.projectDir, file);
                if (file.endsWith('.group-meta.xml')) {
                    findings.push({
                        file: path,
                        message:
                            'is a public group inside the package directory: a group is org configuration, and the folders shared with it lose that sharing on a package install',
                        fix: `move it to the post-install directory (${context.postInstallDirs[0] ?? 'plugins.accountAtlas.postInstallDirectory in sfdx-project.json'})`
                    });
                }
                const key = folderKey(file);
                if (key === undefined) {
                    continue;
                }
                packagedFolders.add(key);
                const share = xmlElements(readFileSync(file, 'utf8')).find(
                    (element) => element.path[1] === 'folderShares'
                );
                if (share !== undefined) {
                    findings.push({
                        file: path,
                        line: share.line,
                        message:
                            'shares a folder inside the package: a package install ignores FolderShare on report and dashboard folders (Metadata API Developer Guide, FolderShare), so nobody would see it',
                        fix: 'keep the folder in the package without <folderShares>, and share it from a copy in the post-install directory'
                    });
                }
            }
        }
        for (const dir of context.postInstallDirs) {
            for (const file of listFiles(join(context.projectDir, dir))) {
                const key = folderKey(file);
                if (
                    key !== undefined &&
                    context.packagedDirs.length > 0 &&
                    !packagedFolders.has(key)
                ) {
                    findings.push({
                        file: projectPath(context.projectDir, file),
                        message:
                            'shares a folder the package does not have, so the post-install deploy would create it outside the package',
                        fix: 'add the folder (without sharing) to the package directory, or remove this copy'
                    });
                }
            }
        }
        return Promise.resolve(findings);
    }
};

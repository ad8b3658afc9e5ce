/** @jest-environment node */
// check-metadata-ignore-file: these tests break names on purpose to prove the command reports them.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CHECKS } from '../metadata/runChecks';
import { fixtureForEachTest } from './fixtureProject';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

function checkMetadata(...args: string[]): {
    status: number | null;
    stdout: string;
    stderr: string;
} {
    const result = spawnSync(
        process.execPath,
        [TSX, join(ROOT, 'scripts', 'checkMetadata.ts'), ...args],
        {
            cwd: ROOT,
            encoding: 'utf8',
            timeout: 60000
        }
    );
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run check:metadata', () => {
    const project = fixtureForEachTest();

    it('prints a tick per check and exits 0 on a clean project', () => {
        const result = checkMetadata('--project', project.dir);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(result.stdout.split('\n').filter((line) => line.startsWith('✓'))).toHaveLength(
            CHECKS.length
        );
        expect(result.stdout).toContain(`All ${CHECKS.length} metadata checks passed.`);
        expect(result.stdout).toMatch(/\ndeploy-ready: \d+ components, 0 problems\n$/);
    });

    it('prints a cross, the file and the fix, and exits 1 on a finding', () => {
        project.replace(
            'force-app/main/default/permissionsets/Atlas_User.permissionset-meta.xml',
            '<field>Buying_Center__c.Wallet_Share__c</field>',
            '<field>Buying_Center__c.Wallet_Shares__c</field>'
        );
        const result = checkMetadata('--project', project.dir);
        expect(result.status).toBe(1);
        expect(result.stdout).toContain(
            '✗ permission sets grant the intended access and nothing the platform rejects'
        );
        expect(result.stdout).toContain(
            'force-app/main/default/permissionsets/Atlas_User.permissionset-meta.xml: has no <fieldPermissions> for Buying_Center__c.Wallet_Share__c'
        );
        expect(result.stdout).toContain(
            'fix: add <fieldPermissions> for Buying_Center__c.Wallet_Share__c (readable true, editable true) to force-app/main/default/permissionsets/Atlas_User.permissionset-meta.xml'
        );
        expect(result.stdout).toContain('✓ LWC bundles are complete');
        expect(result.stdout).toMatch(/\nnot deploy-ready: \d+ components, 2 problems\n$/);
    });

    it('refuses a --project without a directory', () => {
        const result = checkMetadata('--project');
        expect(result.status).toBe(2);
        expect(result.stderr).toContain('usage:');
    });
});

/** @jest-environment node */
// The installer against a scripted fake `sf`: it proves the checks, the order of the commands and
// what a re-run skips, without ever running the real CLI or reaching an org.
import { join } from 'node:path';
import {
    componentFailures,
    install,
    parseArguments,
    soqlString,
    type InstallEnvironment,
    type InstallOptions
} from '../install';
import { sfEnvironment, type CommandResult, type CommandRunner } from '../runner';

const PROJECT = '/projects/account-atlas';
const SF = join(PROJECT, 'node_modules', '.bin', 'sf');
const TSC = join(PROJECT, 'node_modules', '.bin', 'tsc');
const USERNAME = 'admin@atlas-demo.example';
const USER_ID = '005000000000001AAA';
const GROUP_ID = '00G000000000001AAA';
const POST_INSTALL = 'unpackaged/post-install';

const ok = (result: unknown): CommandResult => ({
    exitCode: 0,
    stdout: JSON.stringify({ status: 0, result, warnings: [] }),
    stderr: ''
});
const failed = (body: Record<string, unknown>, exitCode = 1): CommandResult => ({
    exitCode,
    stdout: JSON.stringify({ status: exitCode, ...body }),
    stderr: ''
});

/** What the fake org holds; each test changes what it needs. */
interface FakeOrg {
    aliases: { alias: string; username: string }[];
    defaultOrg?: string;
    assigned: string[];
    demoAccounts: string[];
    installedVersions: string[];
    /** Whether the org has the Account Atlas Users group, and whether the running user is in it. */
    atlasGroup: boolean;
    inAtlasGroup: boolean;
    deploy: CommandResult;
    packageInstall: CommandResult;
    tsc: CommandResult;
}

function fakeOrg(overrides: Partial<FakeOrg> = {}): FakeOrg {
    return {
        aliases: [{ alias: 'atlas', username: USERNAME }],
        assigned: [],
        demoAccounts: [],
        installedVersions: [],
        atlasGroup: true,
        inAtlasGroup: false,
        deploy: ok({ status: 'Succeeded', files: [{ state: 'Created' }, { state: 'Changed' }] }),
        packageInstall: ok({ Status: 'SUCCESS' }),
        tsc: { exitCode: 0, stdout: '', stderr: '' },
        ...overrides
    };
}

interface Harness {
    readonly environment: InstallEnvironment;
    /** Every command run, as `sf <args…>` or `tsc <args…>`. */
    readonly calls: string[];
    readonly output: () => string;
}

function harness(org: FakeOrg, files: Record<string, string> = {}): Harness {
    const calls: string[] = [];
    const lines: string[] = [];
    const allFiles: Record<string, string> = {
        [join(PROJECT, 'sfdx-project.json')]: JSON.stringify({
            packageAliases: {
                'Account Atlas': '0HoXXXXXXXXXXXXXXX',
                'Account Atlas@0.1.0-1': '04tXXXXXXXXXXXXAAA'
            },
            plugins: { accountAtlas: { postInstallDirectory: POST_INSTALL } }
        }),
        [join(PROJECT, POST_INSTALL)]: '',
        [SF]: '',
        [TSC]: '',
        [join(PROJECT, 'data', 'sample-data-plan.json')]: '[]',
        [join(PROJECT, 'data', 'Account.json')]: JSON.stringify({
            records: [{ Name: 'Meridian Global Bank' }, { Name: 'Kestrel Precision Manufacturing' }]
        }),
        ...files
    };
    const runner: CommandRunner = {
        run: (command, args) => {
            const name = command === SF ? 'sf' : command === TSC ? 'tsc' : command;
            calls.push([name, ...args].join(' '));
            return Promise.resolve(respond(org, name, args));
        }
    };
    return {
        calls,
        output: () => lines.join('\n'),
        environment: {
            projectDir: PROJECT,
            runner,
            fileExists: (path) => path in allFiles,
            readFile: (path) => {
                const text = allFiles[path];
                if (text === undefined) {
                    throw new Error(`ENOENT: ${path}`);
                }
                return text;
            },
            log: (line) => lines.push(line)
        }
    };
}

function respond(org: FakeOrg, name: string, args: readonly string[]): CommandResult {
    if (name === 'tsc') {
        return org.tsc;
    }
    const line = args.join(' ');
    if (line === '--version') {
        return {
            exitCode: 0,
            stdout: '@salesforce/cli/2.146.3 linux-x64 node-v20.20.2\n',
            stderr: ''
        };
    }
    if (line.startsWith('config get target-org')) {
        return ok([
            { name: 'target-org', key: 'target-org', value: org.defaultOrg, success: true }
        ]);
    }
    if (line.startsWith('org list auth')) {
        return ok(org.aliases.map(({ alias, username }) => ({ alias, username })));
    }
    if (line.startsWith('project deploy start')) {
        return org.deploy;
    }
    if (line.startsWith('package installed list')) {
        return ok(org.installedVersions.map((id) => ({ SubscriberPackageVersionId: id })));
    }
    if (line.startsWith('package install')) {
        return org.packageInstall;
    }
    if (line.startsWith('data query') && line.includes('PermissionSetAssignment')) {
        return ok({
            records: org.assigned.map((name) => ({ PermissionSet: { Name: name } })),
            totalSize: org.assigned.length
        });
    }
    if (line.startsWith('data query') && line.includes('FROM Account')) {
        return ok({ records: org.demoAccounts.map((Name) => ({ Name })) });
    }
    if (line.startsWith('data query') && line.includes('FROM User WHERE')) {
        return ok({ records: [{ Id: USER_ID }], totalSize: 1 });
    }
    if (line.startsWith('data query') && line.includes('FROM Group WHERE')) {
        const members = org.inAtlasGroup ? { records: [{ Id: '011000000000001AAA' }] } : null;
        return ok({
            records: org.atlasGroup ? [{ Id: GROUP_ID, GroupMembers: members }] : [],
            totalSize: org.atlasGroup ? 1 : 0
        });
    }
    if (line.startsWith('data create record --sobject GroupMember')) {
        return ok({ id: '011000000000002AAA', success: true, errors: [] });
    }
    if (line.startsWith('org assign permset')) {
        const names = args.filter((_, i) => args[i - 1] === '--name');
        return ok({ successes: names.map((value) => ({ name: 'atlas', value })), failures: [] });
    }
    if (line.startsWith('data import tree')) {
        return ok([{ refId: 'AccountRef1', type: 'Account', id: '001000000000001AAA' }]);
    }
    throw new Error(`the fake sf has no answer for: sf ${line}`);
}

const options = (overrides: Partial<InstallOptions> = {}): InstallOptions => ({
    targetOrg: 'atlas',
    sampleData: false,
    dryRun: false,
    skipBuild: false,
    help: false,
    ...overrides
});

/** The commands that only read the CLI's own files: what a stopped install may have run. */
const LOCAL_ONLY = /^sf (--version|config get|org list auth)/;

describe('a source install', () => {
    it('builds, deploys, assigns both permission sets to the running user and says what is next', async () => {
        const { environment, calls, output } = harness(fakeOrg());

        await expect(install(options(), environment)).resolves.toBe(0);

        expect(calls.map((call) => call.split(' --')[0])).toEqual([
            'sf',
            'sf org list auth',
            'tsc -p tsconfig.build.json',
            'sf project deploy start',
            'sf project deploy start',
            'sf data query',
            'sf org assign permset',
            'sf data query',
            'sf data query',
            'sf data create record'
        ]);
        expect(calls).toContain(
            'sf project deploy start --source-dir force-app --target-org atlas --wait 33 --json'
        );
        expect(calls).toContain(
            `sf project deploy start --source-dir ${POST_INSTALL} --target-org atlas --wait 33 --json`
        );
        expect(calls).toContain(
            'sf org assign permset --name Atlas_User --name Atlas_Sales_Ops --target-org atlas --json'
        );
        expect(output()).toContain(`✓ Deployed ${POST_INSTALL} (2 files)`);
        expect(output()).toContain(`✓ Assigned Atlas_User and Atlas_Sales_Ops to ${USERNAME}`);
        expect(output()).toContain(
            'sf org open --target-org atlas --path lightning/app/c__Account_Atlas'
        );
        expect(output()).toContain('--on-behalf-of <username>');
    });

    it('asks which permission sets the running user already has, by username', async () => {
        const { environment, calls } = harness(fakeOrg());

        await install(options(), environment);

        const query = calls.find((call) => call.includes('PermissionSetAssignment')) ?? '';
        expect(query).toContain(`Assignee.Username = '${USERNAME}'`);
        expect(query).toContain("PermissionSet.Name IN ('Atlas_User', 'Atlas_Sales_Ops')");
        expect(query).toContain('--target-org atlas --json');
    });

    it('uses the default org of the sf CLI when no org is given', async () => {
        const { environment, calls } = harness(fakeOrg({ defaultOrg: 'atlas' }));

        await expect(install(options({ targetOrg: undefined }), environment)).resolves.toBe(0);

        expect(calls[1]).toBe('sf config get target-org --json');
        expect(calls).toContain(
            'sf project deploy start --source-dir force-app --target-org atlas --wait 33 --json'
        );
    });

    it('accepts the username in place of an alias', async () => {
        const { environment, output } = harness(fakeOrg());

        await expect(install(options({ targetOrg: USERNAME }), environment)).resolves.toBe(0);

        expect(output()).toContain(`✓ Org "${USERNAME}" is known to the sf CLI`);
    });
});

describe('checks before touching the org', () => {
    it('stop with a clear message when the sf CLI is not installed', async () => {
        const { environment, calls, output } = harness(fakeOrg(), {});
        const withoutSf: InstallEnvironment = {
            ...environment,
            fileExists: (path) => path !== SF && environment.fileExists(path)
        };

        await expect(install(options(), withoutSf)).resolves.toBe(2);

        expect(calls).toEqual([]);
        expect(output()).toContain('The Salesforce CLI is not installed in this project');
        expect(output()).toContain('Run `npm ci` first.');
        expect(output()).toContain('Nothing in the org was changed.');
    });

    it('stop when the sf CLI is there but does not run', async () => {
        const { environment, output } = harness(fakeOrg());
        const broken: InstallEnvironment = {
            ...environment,
            runner: {
                run: () => Promise.resolve({ exitCode: 127, stdout: '', stderr: 'spawn sf EACCES' })
            }
        };

        await expect(install(options(), broken)).resolves.toBe(2);

        expect(output()).toContain('does not run: spawn sf EACCES');
    });

    it('stop when the org is unknown, naming the orgs the CLI knows and how to log in', async () => {
        const { environment, calls, output } = harness(
            fakeOrg({ aliases: [{ alias: 'sandbox', username: 'me@corp.example' }] })
        );

        await expect(install(options({ targetOrg: 'atlas' }), environment)).resolves.toBe(2);

        expect(calls.every((call) => LOCAL_ONLY.test(call))).toBe(true);
        expect(output()).toContain('The sf CLI knows no org called "atlas".');
        expect(output()).toContain('Known orgs: sandbox.');
        expect(output()).toContain('sf org login web --alias atlas');
        expect(output()).toContain('Nothing in the org was changed.');
    });

    it('stop when no org is given and the CLI has no default org', async () => {
        const { environment, calls, output } = harness(fakeOrg());

        await expect(install(options({ targetOrg: undefined }), environment)).resolves.toBe(2);

        expect(calls.every((call) => LOCAL_ONLY.test(call))).toBe(true);
        expect(output()).toContain('Pass --target-org <alias>');
    });

    it('stop when the sample data plan is missing', async () => {
        const { environment, calls, output } = harness(fakeOrg());
        const noPlan: InstallEnvironment = {
            ...environment,
            fileExists: (path) =>
                !path.endsWith('sample-data-plan.json') && environment.fileExists(path)
        };

        await expect(install(options({ sampleData: true }), noPlan)).resolves.toBe(2);

        expect(calls.every((call) => LOCAL_ONLY.test(call))).toBe(true);
        expect(output()).toContain('The sample data plan data/sample-data-plan.json is missing.');
    });

    it('stop when the package argument is neither a version id nor a version alias', async () => {
        const { environment, calls, output } = harness(fakeOrg());

        await expect(
            install(options({ packageVersion: '0HoXXXXXXXXXXXXXXX' }), environment)
        ).resolves.toBe(2);

        expect(calls.every((call) => LOCAL_ONLY.test(call))).toBe(true);
        expect(output()).toContain('is neither a package version id (04t…)');
    });

    it('stop when the TypeScript build fails, before anything is deployed', async () => {
        const { environment, calls, output } = harness(
            fakeOrg({
                tsc: {
                    exitCode: 2,
                    stdout: "force-app/main/default/lwc/dealScore/dealScore.ts(3,1): error TS2304: Cannot find name 'x'.",
                    stderr: ''
                }
            })
        );

        await expect(install(options(), environment)).resolves.toBe(2);

        expect(calls.some((call) => call.startsWith('sf project deploy'))).toBe(false);
        expect(output()).toContain('The TypeScript build failed');
        expect(output()).toContain('error TS2304');
    });
});

describe('the Account Atlas Users group', () => {
    it('gets the running user, because the report and dashboard folders are shared with it', async () => {
        const { environment, calls, output } = harness(fakeOrg());

        await expect(install(options(), environment)).resolves.toBe(0);

        expect(calls.find((call) => call.includes('FROM User WHERE'))).toContain(
            `Username = '${USERNAME}'`
        );
        expect(calls.find((call) => call.includes('FROM Group WHERE'))).toContain(
            `(SELECT Id FROM GroupMembers WHERE UserOrGroupId = '${USER_ID}') FROM Group WHERE DeveloperName = 'Atlas_Users' AND Type = 'Regular'`
        );
        expect(calls).toContain(
            `sf data create record --sobject GroupMember --values GroupId=${GROUP_ID} UserOrGroupId=${USER_ID} --target-org atlas --json`
        );
        expect(output()).toContain(`✓ Added ${USERNAME} to the Account Atlas Users group`);
        expect(output()).toContain('add them to the Account Atlas Users public group');
    });

    it('is left alone when the running user is in it already', async () => {
        const { environment, calls, output } = harness(fakeOrg({ inAtlasGroup: true }));

        await expect(install(options(), environment)).resolves.toBe(0);

        expect(calls.some((call) => call.startsWith('sf data create record'))).toBe(false);
        expect(output()).toContain(`✓ ${USERNAME} is already in the Account Atlas Users group`);
    });

    it('stops with what to do when the org lacks the group', async () => {
        const { environment, calls, output } = harness(fakeOrg({ atlasGroup: false }), {});

        await expect(install(options({ sampleData: true }), environment)).resolves.toBe(1);

        expect(calls.some((call) => call.startsWith('sf data create record'))).toBe(false);
        expect(calls.some((call) => call.startsWith('sf data import tree'))).toBe(false);
        expect(output()).toContain(
            'The org has no Account Atlas Users group (Atlas_Users), which the post-install deploy creates.'
        );
    });

    it('is created by the post-install deploy before the running user joins it', async () => {
        const { environment, calls } = harness(fakeOrg());

        await expect(
            install(options({ packageVersion: 'Account Atlas@0.1.0-1' }), environment)
        ).resolves.toBe(0);

        const postInstall = calls.findIndex((call) =>
            call.startsWith(`sf project deploy start --source-dir ${POST_INSTALL}`)
        );
        const join = calls.findIndex((call) => call.startsWith('sf data create record'));
        expect(postInstall).toBeGreaterThan(-1);
        expect(join).toBeGreaterThan(postInstall);
    });
});

describe('running it again', () => {
    it('leaves permission sets that are already assigned and sample data that is already there', async () => {
        const { environment, calls, output } = harness(
            fakeOrg({
                assigned: ['Atlas_User', 'Atlas_Sales_Ops'],
                demoAccounts: ['Meridian Global Bank']
            })
        );

        await expect(install(options({ sampleData: true }), environment)).resolves.toBe(0);

        expect(calls.some((call) => call.startsWith('sf org assign permset'))).toBe(false);
        expect(calls.some((call) => call.startsWith('sf data import tree'))).toBe(false);
        expect(output()).toContain('are already assigned');
        expect(output()).toContain('Sample data is already there (Meridian Global Bank)');
    });

    it('assigns only the permission set that is missing', async () => {
        const { environment, calls } = harness(fakeOrg({ assigned: ['Atlas_User'] }));

        await install(options(), environment);

        expect(calls).toContain(
            'sf org assign permset --name Atlas_Sales_Ops --target-org atlas --json'
        );
    });

    it('treats a permission set assigned in the meantime as assigned', async () => {
        const { environment, output } = harness(fakeOrg());
        const racing: InstallEnvironment = {
            ...environment,
            runner: {
                run: (command, args) =>
                    args[0] === 'org' && args[1] === 'assign'
                        ? Promise.resolve(
                              failed(
                                  {
                                      result: {
                                          successes: [{ name: 'atlas', value: 'Atlas_User' }],
                                          failures: [
                                              {
                                                  name: 'atlas',
                                                  message:
                                                      'Duplicate PermissionSetAssignment. Assignee: 005…; Permission Set: 0PS…'
                                              }
                                          ]
                                      }
                                  },
                                  68
                              )
                          )
                        : environment.runner.run(command, args)
            }
        };

        await expect(install(options(), racing)).resolves.toBe(0);

        expect(output()).toContain('✓ Assigned Atlas_User and Atlas_Sales_Ops');
    });
});

describe('the sample data', () => {
    it('is imported with the plan when the demo accounts are not in the org yet', async () => {
        const { environment, calls, output } = harness(fakeOrg());

        await expect(install(options({ sampleData: true }), environment)).resolves.toBe(0);

        const lookup = calls.find((call) => call.includes('FROM Account')) ?? '';
        expect(lookup).toContain(
            "WHERE Name IN ('Meridian Global Bank', 'Kestrel Precision Manufacturing')"
        );
        expect(calls.at(-1)).toBe(
            'sf data import tree --plan data/sample-data-plan.json --target-org atlas --json'
        );
        expect(output()).toContain('✓ Imported the sample data (1 records)');
        expect(output()).not.toContain('--sample-data');
    });

    it('is offered in the next steps when it was not asked for', async () => {
        const { environment, output } = harness(fakeOrg());

        await install(options(), environment);

        expect(output()).toContain('npm run atlas:install -- --target-org atlas --sample-data');
    });
});

describe('the post-install directory', () => {
    it('is not deployed when sfdx-project.json names none', async () => {
        const { environment, calls } = harness(fakeOrg(), {
            [join(PROJECT, 'sfdx-project.json')]: JSON.stringify({ packageAliases: {} })
        });

        await expect(install(options(), environment)).resolves.toBe(0);

        expect(calls.filter((call) => call.startsWith('sf project deploy'))).toEqual([
            'sf project deploy start --source-dir force-app --target-org atlas --wait 33 --json'
        ]);
    });

    it('stops before touching the org when the directory sfdx-project.json names is missing', async () => {
        const { environment, calls, output } = harness(fakeOrg());
        const withoutIt: InstallEnvironment = {
            ...environment,
            fileExists: (path) => !path.endsWith(POST_INSTALL) && environment.fileExists(path)
        };

        await expect(install(options(), withoutIt)).resolves.toBe(2);

        expect(calls.every((call) => LOCAL_ONLY.test(call))).toBe(true);
        expect(output()).toContain(
            `sfdx-project.json names the post-install directory ${POST_INSTALL}`
        );
        expect(output()).toContain('Nothing in the org was changed.');
    });

    it('stops with the rejected components when its deploy fails, before assigning anything', async () => {
        const { environment, calls, output } = harness(fakeOrg());
        let deploys = 0;
        const secondDeployFails: InstallEnvironment = {
            ...environment,
            runner: {
                run: (command, args) =>
                    args.includes('deploy') && ++deploys === 2
                        ? Promise.resolve(
                              failed({
                                  result: {
                                      files: [
                                          {
                                              state: 'Failed',
                                              type: 'Group',
                                              fullName: 'Atlas_Users',
                                              error: 'Name is too long'
                                          }
                                      ]
                                  }
                              })
                          )
                        : environment.runner.run(command, args)
            }
        };

        await expect(install(options(), secondDeployFails)).resolves.toBe(1);

        expect(output()).toContain('Group Atlas_Users: Name is too long');
        expect(calls.some((call) => call.startsWith('sf org assign permset'))).toBe(false);
    });
});

describe('a package install', () => {
    it('installs the package version for admins only instead of deploying source', async () => {
        const { environment, calls, output } = harness(fakeOrg());

        await expect(
            install(options({ packageVersion: '04t5g000000AbCdAAA' }), environment)
        ).resolves.toBe(0);

        expect(calls.some((call) => call.startsWith('tsc'))).toBe(false);
        expect(calls.filter((call) => call.startsWith('sf project deploy'))).toEqual([
            `sf project deploy start --source-dir ${POST_INSTALL} --target-org atlas --wait 33 --json`
        ]);
        const installAt = calls.indexOf(
            'sf package install --package 04t5g000000AbCdAAA --target-org atlas --wait 30 --publish-wait 10 --security-type AdminsOnly --no-prompt --json'
        );
        expect(installAt).toBeGreaterThan(-1);
        // The group and the folder sharing follow the package: the install ignores FolderShare.
        expect(calls.findIndex((call) => call.startsWith('sf project deploy'))).toBeGreaterThan(
            installAt
        );
        expect(output()).not.toContain('Share the "Account Atlas" report and dashboard folders');
    });

    it('deploys the post-install directory again when the version is already installed', async () => {
        const { environment, calls } = harness(
            fakeOrg({ installedVersions: ['04t5g000000AbCdAAA'] })
        );

        await expect(
            install(options({ packageVersion: '04t5g000000AbCdAAA' }), environment)
        ).resolves.toBe(0);

        expect(calls).toContain(
            `sf project deploy start --source-dir ${POST_INSTALL} --target-org atlas --wait 33 --json`
        );
    });

    it('skips the install when that version is already installed', async () => {
        const { environment, calls, output } = harness(
            fakeOrg({ installedVersions: ['04t5g000000AbCdAAA'] })
        );

        await expect(
            install(options({ packageVersion: '04t5g000000AbCd' }), environment)
        ).resolves.toBe(0);

        expect(calls.some((call) => call.startsWith('sf package install '))).toBe(false);
        expect(output()).toContain('is already installed');
    });

    it('resolves a version alias from sfdx-project.json', async () => {
        const { environment, calls } = harness(fakeOrg());

        await install(options({ packageVersion: 'Account Atlas@0.1.0-1' }), environment);

        expect(calls.some((call) => call.includes('--package 04tXXXXXXXXXXXXAAA'))).toBe(true);
    });
});

describe('a failed deploy', () => {
    it('lists the rejected components and assigns nothing', async () => {
        const { environment, calls, output } = harness(
            fakeOrg({
                deploy: failed({
                    name: 'FailedDeployError',
                    message: 'Deploy failed.',
                    result: {
                        status: 'Failed',
                        files: [
                            {
                                state: 'Changed',
                                type: 'CustomObject',
                                fullName: 'Buying_Center__c'
                            },
                            {
                                state: 'Failed',
                                type: 'Report',
                                fullName: 'Account_Atlas/Atlas_At_Risk_Deals',
                                error: 'invalid report type'
                            }
                        ]
                    }
                })
            })
        );

        await expect(install(options(), environment)).resolves.toBe(1);

        expect(output()).toContain('The deploy failed: 1 component(s) rejected');
        expect(output()).toContain(
            '- Report Account_Atlas/Atlas_At_Risk_Deals: invalid report type'
        );
        expect(calls.some((call) => call.startsWith('sf org assign'))).toBe(false);
    });

    it('says what to do when the org has no dynamic dashboard left for the Atlas dashboard', async () => {
        const limit = 'You reached the limit for dashboards run as the logged-in user.';
        const { environment, output } = harness(
            fakeOrg({
                deploy: failed({
                    name: 'FailedDeployError',
                    message: 'Deploy failed.',
                    result: {
                        status: 'Failed',
                        files: [
                            {
                                state: 'Failed',
                                type: 'Dashboard',
                                fullName: 'Account_Atlas/Atlas_Pipeline_and_Plans',
                                error: limit
                            }
                        ]
                    }
                })
            })
        );

        await expect(install(options(), environment)).resolves.toBe(1);

        expect(output()).toContain(`- Dashboard Account_Atlas/Atlas_Pipeline_and_Plans: ${limit}`);
        expect(output()).toContain('Switch one of them to a specified running user');
        expect(output()).toContain('list force-app/main/default/dashboards/ in .forceignore');
    });

    it('says the same when a package install fails on that limit', async () => {
        const { environment, output } = harness(
            fakeOrg({
                packageInstall: failed({
                    name: 'PackageInstallError',
                    message:
                        'Installation errors: 1) (Account_Atlas/Atlas_Pipeline_and_Plans) You reached the limit for dashboards run as the logged-in user.'
                })
            })
        );

        await expect(
            install(options({ packageVersion: 'Account Atlas@0.1.0-1' }), environment)
        ).resolves.toBe(1);

        expect(output()).toContain('The package install failed: Installation errors');
        expect(output()).toContain('Switch one of them to a specified running user');
    });

    it('falls back to the CLI message when the result names no component', async () => {
        const { environment, output } = harness(
            fakeOrg({
                deploy: failed({
                    name: 'NamedOrgNotFoundError',
                    message: 'No authorization information found for atlas.'
                })
            })
        );

        await expect(install(options(), environment)).resolves.toBe(1);

        expect(output()).toContain(
            'The deploy failed: No authorization information found for atlas.'
        );
    });
});

describe('a dry run', () => {
    it('runs the checks and prints the commands without changing the org', async () => {
        const { environment, calls, output } = harness(fakeOrg());

        await expect(
            install(options({ dryRun: true, sampleData: true }), environment)
        ).resolves.toBe(0);

        expect(calls.every((call) => LOCAL_ONLY.test(call))).toBe(true);
        expect(output()).toContain('tsc -p tsconfig.build.json');
        expect(output()).toContain(
            'sf project deploy start --source-dir force-app --target-org atlas --wait 33'
        );
        expect(output()).toContain(
            'sf data import tree --plan data/sample-data-plan.json --target-org atlas'
        );
        expect(output()).toContain('sf data create record --sobject GroupMember');
        expect(output()).toContain('Nothing in the org was changed.');
    });
});

describe('the command line', () => {
    it('reads the org, the sample data switch and the package, in both flag forms', () => {
        expect(
            parseArguments(['--target-org=atlas', '--sample-data', '--package', '04t5g000000AbCd'])
        ).toEqual({
            ok: true,
            options: {
                targetOrg: 'atlas',
                sampleData: true,
                packageVersion: '04t5g000000AbCd',
                dryRun: false,
                skipBuild: false,
                help: false
            }
        });
        expect(parseArguments(['-o', 'atlas', '--dry-run'])).toMatchObject({
            ok: true,
            options: { targetOrg: 'atlas', dryRun: true }
        });
    });

    it('rejects an unknown option and an option without its value', () => {
        expect(parseArguments(['--org', 'atlas'])).toEqual({
            ok: false,
            error: 'unknown option --org'
        });
        expect(parseArguments(['--target-org', '--sample-data'])).toEqual({
            ok: false,
            error: '--target-org needs an org alias or username'
        });
    });

    it('prints the usage for --help without running anything', async () => {
        const { environment, calls, output } = harness(fakeOrg());

        await expect(install(options({ help: true }), environment)).resolves.toBe(0);

        expect(calls).toEqual([]);
        expect(output()).toContain('Usage: npm run atlas:install -- [options]');
    });
});

describe('helpers', () => {
    it('runs sf without telemetry, update checks or release notes', () => {
        const env = sfEnvironment({ PATH: '/usr/bin' });
        expect(env).toMatchObject({
            PATH: '/usr/bin',
            SF_DISABLE_TELEMETRY: 'true',
            SF_SKIP_NEW_VERSION_CHECK: 'true',
            SF_AUTOUPDATE_DISABLE: 'true',
            SF_HIDE_RELEASE_NOTES: 'true'
        });
    });

    it('quotes SOQL strings so a quote in a username cannot end the literal', () => {
        expect(soqlString("o'brien@corp.example")).toBe("'o\\'brien@corp.example'");
        expect(soqlString('back\\slash')).toBe("'back\\\\slash'");
    });

    it('reads component failures from the older details shape too', () => {
        expect(
            componentFailures({
                details: {
                    componentFailures: {
                        componentType: 'Dashboard',
                        fullName: 'Account_Atlas_Dashboards/Account_Atlas_Pipeline_and_Plans',
                        problem: 'Dynamic dashboards limit reached'
                    }
                }
            })
        ).toEqual([
            'Dashboard Account_Atlas_Dashboards/Account_Atlas_Pipeline_and_Plans: Dynamic dashboards limit reached'
        ]);
    });
});

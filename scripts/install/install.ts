// The one-command install of Account Atlas into an org the `sf` CLI knows. It checks everything it
// can without touching the org first, then deploys force-app (or installs a package version), deploys
// the post-install directory (the Account Atlas Users group and the folder sharing a package install
// ignores), assigns the permission sets to the running user, adds them to the group (a folder cannot
// be shared with a permission set), optionally imports the sample data, and says what is next. Every
// step is safe to repeat: what is already there is left alone.
import { join } from 'node:path';
import { layoutFromConfig } from '../../schema/projectConfig';
import type { CommandResult, CommandRunner } from './runner';
import { isRecord } from '../../force-app/main/default/lwc/atlasValues/atlasValues';

export const PERMISSION_SETS = ['Atlas_User', 'Atlas_Sales_Ops'] as const;
/** The public group the report and dashboard folders are shared with (post-install groups/). */
export const ATLAS_GROUP = 'Atlas_Users';
const ATLAS_GROUP_LABEL = 'Account Atlas Users';
const SAMPLE_PLAN = 'data/sample-data-plan.json';
const SAMPLE_ACCOUNTS = 'data/Account.json';
const APP_PATH = 'lightning/app/c__Account_Atlas';
const DEPLOY_WAIT_MINUTES = '33';
const INSTALL_WAIT_MINUTES = '30';
const PACKAGE_VERSION_ID = /^04t[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/;

/** Exit codes: 0 done, 1 a step in the org failed, 2 stopped before touching the org. */
export type ExitCode = 0 | 1 | 2;

export interface InstallOptions {
    readonly targetOrg?: string;
    readonly sampleData: boolean;
    /** A subscriber package version id (04t…) or an alias from sfdx-project.json packageAliases. */
    readonly packageVersion?: string;
    readonly dryRun: boolean;
    readonly skipBuild: boolean;
    readonly help: boolean;
}

export interface InstallEnvironment {
    /** The Account Atlas project (where sfdx-project.json lives). */
    readonly projectDir: string;
    readonly runner: CommandRunner;
    readonly fileExists: (path: string) => boolean;
    readonly readFile: (path: string) => string;
    readonly log: (line: string) => void;
}

export const USAGE = [
    'Usage: npm run atlas:install -- [options]',
    '',
    'Installs Account Atlas into an org the sf CLI knows, assigns both permission sets to you, adds',
    'you to the Account Atlas Users group (who sees the reports and dashboard), and prints what to do',
    'next. Safe to run again.',
    '',
    'Options:',
    '  -o, --target-org <alias>   the org (alias or username); default: the sf target-org setting',
    '      --sample-data          also import the demo accounts (skipped if they are already there)',
    '      --package <04t…>       install this unlocked package version instead of deploying source',
    '                             (an id, or an alias from sfdx-project.json packageAliases)',
    '      --skip-build           deploy without compiling the TypeScript first',
    '      --dry-run              run the checks and print the commands, change nothing',
    '  -h, --help                 show this help'
].join('\n');

export type ParsedArguments =
    | { readonly ok: true; readonly options: InstallOptions }
    | { readonly ok: false; readonly error: string };

/** Reads the command line; unknown options are an error rather than silently ignored. */
export function parseArguments(argv: readonly string[]): ParsedArguments {
    let targetOrg: string | undefined;
    let packageVersion: string | undefined;
    let sampleData = false;
    let dryRun = false;
    let skipBuild = false;
    let help = false;
    for (let i = 0; i < argv.length; i++) {
        const argument = argv[i] ?? '';
        const [flag, inlineValue] =
            argument.startsWith('--') && argument.includes('=')
                ? [
                      argument.slice(0, argument.indexOf('=')),
                      argument.slice(argument.indexOf('=') + 1)
                  ]
                : [argument, undefined];
        const value = (): string | undefined => {
            if (inlineValue !== undefined) {
                return inlineValue;
            }
            const next = argv[i + 1];
            if (next === undefined || next.startsWith('-')) {
                return undefined;
            }
            i++;
            return next;
        };
        switch (flag) {
            case '-o':
            case '--target-org': {
                targetOrg = value();
                if (targetOrg === undefined || targetOrg === '') {
                    return { ok: false, error: `${flag} needs an org alias or username` };
                }
                break;
            }
            case '--package': {
                packageVersion = value();
                if (packageVersion === undefined || packageVersion === '') {
                    return { ok: false, error: '--package needs a package version id (04t…)' };
                }
                break;
            }
            case '--sample-data':
                sampleData = true;
                break;
            case '--dry-run':
                dryRun = true;
                break;
            case '--skip-build':
                skipBuild = true;
                break;
            case '-h':
            case '--help':
                help = true;
                break;
            default:
                return { ok: false, error: `unknown option ${argument}` };
        }
    }
    return {
        ok: true,
        options: { targetOrg, packageVersion, sampleData, dryRun, skipBuild, help }
    };
}

/** What `sf … --json` prints: a status, a result on success, a name and message on failure. */
interface SfJson {
    readonly status?: number;
    readonly result?: unknown;
    readonly name?: string;
    readonly message?: string;
}

function parseSfJson(output: string): SfJson | undefined {
    // Warnings can precede the JSON document on stdout; the document is the first line that opens it.
    const start = output.search(/^\{/m);
    if (start === -1) {
        return undefined;
    }
    try {
        const parsed: unknown = JSON.parse(output.slice(start));
        return isRecord(parsed) ? (parsed as SfJson) : undefined;
    } catch {
        return undefined;
    }
}

/** The most useful one-line explanation of a failed command. */
function failureMessage(result: CommandResult, json: SfJson | undefined): string {
    if (json?.message !== undefined && json.message.trim() !== '') {
        return json.message.trim().replace(/\s+/g, ' ');
    }
    const lines = `${result.stderr}\n${result.stdout}`
        .split('\n')
        .map((line) => line.trim())
        .filter(
            (line) => line !== '' && !line.startsWith('(node:') && !line.startsWith('(Use `node')
        );
    return lines.slice(-3).join(' ') || `exit code ${result.exitCode}`;
}

/** A SOQL string literal (the CLI passes the query through unchanged). */
export function soqlString(value: string): string {
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function quoteForDisplay(argument: string): string {
    return /^[\w@%+=:,./-]+$/.test(argument)
        ? argument
        : `"${argument.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** The command as a person would type it, for --dry-run and for error messages. */
export function displayCommand(command: string, args: readonly string[]): string {
    return [command, ...args].map(quoteForDisplay).join(' ');
}

/** An expected stop: the message for the admin and the exit code. (No Error subclass: the LWC Jest
 * transformer treats every subclass as a component.) */
type InstallStopped = Error & { readonly installExitCode: ExitCode };

function stopped(exitCode: ExitCode, message: string): InstallStopped {
    return Object.assign(new Error(message), { installExitCode: exitCode });
}

function isStopped(error: unknown): error is InstallStopped {
    return error instanceof Error && 'installExitCode' in error;
}

interface AuthorizedOrg {
    readonly username: string;
    readonly aliases: readonly string[];
}

interface Plan {
    readonly targetOrg: string;
    readonly username: string;
    /** The 04t id when installing a package version; undefined for a source deploy. */
    readonly packageVersionId?: string;
    /** sfdx-project.json plugins.accountAtlas.postInstallDirectory, deployed after the package. */
    readonly postInstallDir?: string;
    readonly sampleAccounts: readonly string[];
}

/** Runs the installer; never throws for an expected failure, returning its exit code instead. */
export async function install(
    options: InstallOptions,
    environment: InstallEnvironment
): Promise<ExitCode> {
    const { log } = environment;
    if (options.help) {
        log(USAGE);
        return 0;
    }
    try {
        const installer = new Installer(options, environment);
        const plan = await installer.preflight();
        if (options.dryRun) {
            installer.printDryRun(plan);
            return 0;
        }
        await installer.build(plan);
        await installer.deploy(plan);
        await installer.deployPostInstall(plan);
        await installer.assignPermissionSets(plan);
        await installer.joinAtlasGroup(plan);
        if (options.sampleData) {
            await installer.importSampleData(plan);
        }
        installer.printNextSteps(plan);
        return 0;
    } catch (error) {
        if (isStopped(error)) {
            log('');
            log(`✗ ${error.message}`);
            if (error.installExitCode === 2) {
                log('  Nothing in the org was changed.');
            }
            return error.installExitCode;
        }
        throw error;
    }
}

class Installer {
    private readonly options: InstallOptions;
    private readonly environment: InstallEnvironment;
    private readonly sfPath: string;

    constructor(options: InstallOptions, environment: InstallEnvironment) {
        this.options = options;
        this.environment = environment;
        this.sfPath = join(environment.projectDir, 'node_modules', '.bin', 'sf');
    }

    private log(line: string): void {
        this.environment.log(line);
    }

    private path(relative: string): string {
        return join(this.environment.projectDir, relative);
    }

    /** Runs `sf <args> --json` and returns its parsed output, or stops with the CLI's message. */
    private async sf(
        args: readonly string[],
        failure: { readonly exitCode: ExitCode; readonly what: string }
    ): Promise<SfJson> {
        const fullArgs = [...args, '--json'];
        const result = await this.environment.runner.run(this.sfPath, fullArgs);
        const json = parseSfJson(result.stdout);
        if (result.exitCode !== 0 || json === undefined || (json.status ?? 0) !== 0) {
            throw stopped(
                failure.exitCode,
                `${failure.what} failed: ${failureMessage(result, json)}\n  command: ${displayCommand('sf', fullArgs)}`
            );
        }
        return json;
    }

    /** Everything that can be checked without touching the org. */
    async preflight(): Promise<Plan> {
        this.log('Account Atlas installer');
        if (!this.environment.fileExists(this.path('sfdx-project.json'))) {
            throw stopped(
                2,
                `${this.environment.projectDir} is not the Account Atlas project (no sfdx-project.json).`
            );
        }
        if (!this.environment.fileExists(this.sfPath)) {
            throw stopped(
                2,
                'The Salesforce CLI is not installed in this project (node_modules/.bin/sf). Run `npm ci` first.'
            );
        }
        const version = await this.environment.runner.run(this.sfPath, ['--version']);
        if (version.exitCode !== 0) {
            throw stopped(
                2,
                `The Salesforce CLI (node_modules/.bin/sf) does not run: ${failureMessage(version, undefined)}. Run \`npm ci\` again.`
            );
        }
        const cliVersion =
            /@salesforce\/cli\/(\S+)/.exec(version.stdout)?.[1] ?? version.stdout.trim();
        this.log(`✓ Salesforce CLI ${cliVersion}`);

        const targetOrg = this.options.targetOrg ?? (await this.defaultTargetOrg());
        const org = await this.knownOrg(targetOrg);
        this.log(`✓ Org "${targetOrg}" is known to the sf CLI (user ${org.username})`);

        const packageVersionId =
            this.options.packageVersion === undefined
                ? undefined
                : this.resolvePackageVersion(this.options.packageVersion);
        if (packageVersionId !== undefined) {
            this.log(`✓ Package version ${packageVersionId}`);
        } else if (!this.options.skipBuild) {
            if (!this.environment.fileExists(this.path('node_modules/.bin/tsc'))) {
                throw stopped(
                    2,
                    'TypeScript is not installed in this project (node_modules/.bin/tsc). Run `npm ci` first.'
                );
            }
        }

        const postInstallDir = this.postInstallDirectory();
        const sampleAccounts = this.options.sampleData ? this.sampleAccountNames() : [];
        if (this.options.sampleData) {
            this.log(`✓ Sample data plan ${SAMPLE_PLAN} (${sampleAccounts.length} demo accounts)`);
        }
        return {
            targetOrg,
            username: org.username,
            packageVersionId,
            ...(postInstallDir === undefined ? {} : { postInstallDir }),
            sampleAccounts
        };
    }

    /** The post-install directory sfdx-project.json names, checked to exist before anything runs. */
    private postInstallDirectory(): string | undefined {
        const [directory] = layoutFromConfig(
            this.environment.readFile(this.path('sfdx-project.json'))
        ).postInstallDirs;
        if (directory !== undefined && !this.environment.fileExists(this.path(directory))) {
            throw stopped(
                2,
                `sfdx-project.json names the post-install directory ${directory} (plugins.accountAtlas.postInstallDirectory), which does not exist. Restore it from git, or remove the setting.`
            );
        }
        return directory;
    }

    private async defaultTargetOrg(): Promise<string> {
        const json = await this.sf(['config', 'get', 'target-org'], {
            exitCode: 2,
            what: 'Reading the default target org'
        });
        const entries = Array.isArray(json.result) ? json.result : [];
        const value = entries
            .filter(isRecord)
            .map((entry) => entry.value)
            .find(
                (candidate): candidate is string =>
                    typeof candidate === 'string' && candidate !== ''
            );
        if (value === undefined) {
            throw stopped(
                2,
                'No org given and no default org set. Pass --target-org <alias>, or set a default: sf config set target-org <alias>'
            );
        }
        return value;
    }

    private async knownOrg(targetOrg: string): Promise<AuthorizedOrg> {
        // `org list auth` reads the CLI's local auth files only; it does not contact any org.
        const json = await this.sf(['org', 'list', 'auth'], {
            exitCode: 2,
            what: 'Listing the orgs the sf CLI knows'
        });
        const orgs: AuthorizedOrg[] = (Array.isArray(json.result) ? json.result : [])
            .filter(isRecord)
            .filter((entry) => typeof entry.username === 'string')
            .map((entry) => ({
                username: entry.username as string,
                aliases:
                    typeof entry.alias === 'string'
                        ? entry.alias
                              .split(',')
                              .map((alias) => alias.trim())
                              .filter((alias) => alias !== '')
                        : []
            }));
        const wanted = targetOrg.toLowerCase();
        const org = orgs.find(
            (candidate) =>
                candidate.aliases.includes(targetOrg) || candidate.username.toLowerCase() === wanted
        );
        if (org === undefined) {
            const known = orgs.flatMap((candidate) =>
                candidate.aliases.length > 0 ? candidate.aliases : [candidate.username]
            );
            throw stopped(
                2,
                [
                    `The sf CLI knows no org called "${targetOrg}".`,
                    known.length === 0
                        ? '  It knows no orgs at all yet.'
                        : `  Known orgs: ${known.join(', ')}.`,
                    `  Log in first: sf org login web --alias ${targetOrg}`,
                    `  or create a scratch org: sf org create scratch --definition-file config/project-scratch-def.json --alias ${targetOrg}`
                ].join('\n')
            );
        }
        return org;
    }

    private resolvePackageVersion(requested: string): string {
        if (PACKAGE_VERSION_ID.test(requested)) {
            return requested;
        }
        const aliases = this.packageAliases();
        const resolved = aliases[requested];
        if (resolved !== undefined && PACKAGE_VERSION_ID.test(resolved)) {
            return resolved;
        }
        throw stopped(
            2,
            `--package ${requested} is neither a package version id (04t…) nor a version alias in sfdx-project.json packageAliases.`
        );
    }

    private packageAliases(): Readonly<Record<string, string>> {
        try {
            const project: unknown = JSON.parse(
                this.environment.readFile(this.path('sfdx-project.json'))
            );
            const aliases = isRecord(project) ? project.packageAliases : undefined;
            if (!isRecord(aliases)) {
                return {};
            }
            return Object.fromEntries(
                Object.entries(aliases).filter(
                    (entry): entry is [string, string] => typeof entry[1] === 'string'
                )
            );
        } catch {
            return {};
        }
    }

    private sampleAccountNames(): string[] {
        if (!this.environment.fileExists(this.path(SAMPLE_PLAN))) {
            throw stopped(2, `The sample data plan ${SAMPLE_PLAN} is missing.`);
        }
        try {
            const accounts: unknown = JSON.parse(
                this.environment.readFile(this.path(SAMPLE_ACCOUNTS))
            );
            const records =
                isRecord(accounts) && Array.isArray(accounts.records) ? accounts.records : [];
            const names = records
                .filter(isRecord)
                .map((record) => record.Name)
                .filter((name): name is string => typeof name === 'string');
            if (names.length > 0) {
                return names;
            }
        } catch {
            // Reported below: the same fix either way.
        }
        throw stopped(2, `${SAMPLE_ACCOUNTS} has no demo accounts to look for.`);
    }

    private postInstallArgs(plan: Plan, directory: string): string[] {
        return [
            'project',
            'deploy',
            'start',
            '--source-dir',
            directory,
            '--target-org',
            plan.targetOrg,
            '--wait',
            DEPLOY_WAIT_MINUTES
        ];
    }

    private deployArgs(plan: Plan): string[] {
        return plan.packageVersionId === undefined
            ? [
                  'project',
                  'deploy',
                  'start',
                  '--source-dir',
                  'force-app',
                  '--target-org',
                  plan.targetOrg,
                  '--wait',
                  DEPLOY_WAIT_MINUTES
              ]
            : [
                  'package',
                  'install',
                  '--package',
                  plan.packageVersionId,
                  '--target-org',
                  plan.targetOrg,
                  '--wait',
                  INSTALL_WAIT_MINUTES,
                  '--publish-wait',
                  '10',
                  '--security-type',
                  'AdminsOnly',
                  '--no-prompt'
              ];
    }

    printDryRun(plan: Plan): void {
        const org = plan.targetOrg;
        this.log('');
        this.log(
            'Dry run: these are the commands an install runs (each skips what is already done):'
        );
        if (plan.packageVersionId === undefined && !this.options.skipBuild) {
            this.log(`  ${displayCommand('tsc', ['-p', 'tsconfig.build.json'])}`);
        }
        if (plan.packageVersionId !== undefined) {
            this.log(
                `  ${displayCommand('sf', ['package', 'installed', 'list', '--target-org', org])}`
            );
        }
        this.log(`  ${displayCommand('sf', this.deployArgs(plan))}`);
        if (plan.postInstallDir !== undefined) {
            this.log(`  ${displayCommand('sf', this.postInstallArgs(plan, plan.postInstallDir))}`);
        }
        this.log(
            `  ${displayCommand('sf', ['org', 'assign', 'permset', ...PERMISSION_SETS.flatMap((name) => ['--name', name]), '--target-org', org])}`
        );
        this.log(
            `  ${displayCommand('sf', ['data', 'create', 'record', '--sobject', 'GroupMember', '--values', `GroupId=<${ATLAS_GROUP} group id> UserOrGroupId=<your user id>`, '--target-org', org])}`
        );
        if (this.options.sampleData) {
            this.log(
                `  ${displayCommand('sf', ['data', 'import', 'tree', '--plan', SAMPLE_PLAN, '--target-org', org])}`
            );
        }
        this.log('Nothing in the org was changed.');
    }

    async build(plan: Plan): Promise<void> {
        if (plan.packageVersionId !== undefined || this.options.skipBuild) {
            return;
        }
        // The components are TypeScript; the org needs the JavaScript tsc emits beside each source.
        const result = await this.environment.runner.run(this.path('node_modules/.bin/tsc'), [
            '-p',
            'tsconfig.build.json'
        ]);
        if (result.exitCode !== 0) {
            throw stopped(
                2,
                `The TypeScript build failed, so there is nothing safe to deploy: ${failureMessage(result, undefined)}\n  Fix it with: npm run build`
            );
        }
        this.log('✓ Compiled the TypeScript components (tsc -p tsconfig.build.json)');
    }

    async deploy(plan: Plan): Promise<void> {
        if (plan.packageVersionId !== undefined) {
            await this.installPackage(plan, plan.packageVersionId);
            return;
        }
        this.log(`→ Deploying force-app to "${plan.targetOrg}" (a few minutes)…`);
        const files = await this.deploySource(this.deployArgs(plan));
        this.log(`✓ Deployed force-app (${files} files)`);
    }

    /**
     * Deploys the post-install directory after the package or the source: the public group and the
     * folders' sharing, which a package install ignores. Deploying it again changes nothing.
     */
    async deployPostInstall(plan: Plan): Promise<void> {
        if (plan.postInstallDir === undefined) {
            return;
        }
        this.log(
            `→ Deploying ${plan.postInstallDir} (the ${ATLAS_GROUP_LABEL} group and the folder sharing)…`
        );
        const files = await this.deploySource(this.postInstallArgs(plan, plan.postInstallDir));
        this.log(`✓ Deployed ${plan.postInstallDir} (${files} files)`);
    }

    /** Runs one `sf project deploy start`; returns the number of files, or stops with the failures. */
    private async deploySource(deployArgs: readonly string[]): Promise<number> {
        const args = [...deployArgs, '--json'];
        const result = await this.environment.runner.run(this.sfPath, args);
        const json = parseSfJson(result.stdout);
        if (result.exitCode !== 0 || json === undefined || (json.status ?? 0) !== 0) {
            const failures = componentFailures(json?.result);
            throw stopped(
                1,
                [
                    `The deploy failed: ${failures.length > 0 ? `${failures.length} component(s) rejected` : failureMessage(result, json)}`,
                    ...failures.slice(0, 10).map((failure) => `  - ${failure}`),
                    ...(failures.length > 10 ? [`  … and ${failures.length - 10} more`] : []),
                    ...knownFailureHints([...failures, failureMessage(result, json)]),
                    '  Nothing was changed: a failed deploy rolls back. See docs/admin-guide.md, "Troubleshooting".'
                ].join('\n')
            );
        }
        const files =
            isRecord(json.result) && Array.isArray(json.result.files) ? json.result.files : [];
        return files.length;
    }

    private async installPackage(plan: Plan, versionId: string): Promise<void> {
        const installed = await this.sf(
            ['package', 'installed', 'list', '--target-org', plan.targetOrg],
            {
                exitCode: 1,
                what: 'Listing the installed packages'
            }
        );
        const already = (Array.isArray(installed.result) ? installed.result : [])
            .filter(isRecord)
            .some((row) => {
                const id = row.SubscriberPackageVersionId;
                // Compare the 15-character prefix: the org may report the 18-character form.
                return typeof id === 'string' && id.slice(0, 15) === versionId.slice(0, 15);
            });
        if (already) {
            this.log(`✓ Package version ${versionId} is already installed`);
            return;
        }
        this.log(
            `→ Installing package version ${versionId} in "${plan.targetOrg}" (a few minutes)…`
        );
        try {
            await this.sf(this.deployArgs(plan), { exitCode: 1, what: 'The package install' });
        } catch (error) {
            if (isStopped(error)) {
                const hints = knownFailureHints([error.message]);
                throw stopped(error.installExitCode, [error.message, ...hints].join('\n'));
            }
            throw error;
        }
        this.log(
            `✓ Installed package version ${versionId} (for admins only; the permission sets grant access)`
        );
    }

    async assignPermissionSets(plan: Plan): Promise<void> {
        const query = `SELECT PermissionSet.Name FROM PermissionSetAssignment WHERE Assignee.Username = ${soqlString(plan.username)} AND PermissionSet.Name IN (${PERMISSION_SETS.map(soqlString).join(', ')})`;
        const assigned = await this.sf(
            ['data', 'query', '--query', query, '--target-org', plan.targetOrg],
            { exitCode: 1, what: 'Reading your permission set assignments' }
        );
        const records =
            isRecord(assigned.result) && Array.isArray(assigned.result.records)
                ? assigned.result.records
                : [];
        const have = new Set(
            records
                .filter(isRecord)
                .map((record) => record.PermissionSet)
                .filter(isRecord)
                .map((permissionSet) => permissionSet.Name)
                .filter((name): name is string => typeof name === 'string')
        );
        const missing = PERMISSION_SETS.filter((name) => !have.has(name));
        if (missing.length === 0) {
            this.log(`✓ ${PERMISSION_SETS.join(' and ')} are already assigned to ${plan.username}`);
            return;
        }
        const args = [
            'org',
            'assign',
            'permset',
            ...missing.flatMap((name) => ['--name', name]),
            '--target-org',
            plan.targetOrg,
            '--json'
        ];
        const result = await this.environment.runner.run(this.sfPath, args);
        const json = parseSfJson(result.stdout);
        // A concurrent assignment shows up as a duplicate: that is the state we want, not a failure.
        const failures = (
            isRecord(json?.result) && Array.isArray(json.result.failures)
                ? json.result.failures
                : []
        )
            .filter(isRecord)
            .map((failure) => String(failure.message ?? ''))
            .filter((message) => !/duplicate/i.test(message));
        if (
            json === undefined ||
            failures.length > 0 ||
            (result.exitCode !== 0 && !isRecord(json.result))
        ) {
            throw stopped(
                1,
                `Assigning ${missing.join(' and ')} failed: ${failures[0] ?? failureMessage(result, json)}`
            );
        }
        this.log(`✓ Assigned ${missing.join(' and ')} to ${plan.username}`);
    }

    /** The records of a `sf data query --json` result. */
    private async query(
        plan: Plan,
        soql: string,
        what: string
    ): Promise<Record<string, unknown>[]> {
        const json = await this.sf(
            ['data', 'query', '--query', soql, '--target-org', plan.targetOrg],
            {
                exitCode: 1,
                what
            }
        );
        return isRecord(json.result) && Array.isArray(json.result.records)
            ? json.result.records.filter(isRecord)
            : [];
    }

    /**
     * Adds the running user to the Account Atlas Users group, which the report and dashboard folders
     * are shared with. The group comes with the post-install deploy, not with the package.
     */
    async joinAtlasGroup(plan: Plan): Promise<void> {
        const [user] = await this.query(
            plan,
            `SELECT Id FROM User WHERE Username = ${soqlString(plan.username)}`,
            'Looking up your user'
        );
        const userId = typeof user?.Id === 'string' ? user.Id : undefined;
        if (userId === undefined) {
            throw stopped(
                1,
                `The org has no user ${plan.username}, the user the sf CLI logs in as.`
            );
        }
        const [group] = await this.query(
            plan,
            `SELECT Id, (SELECT Id FROM GroupMembers WHERE UserOrGroupId = ${soqlString(userId)}) FROM Group WHERE DeveloperName = ${soqlString(ATLAS_GROUP)} AND Type = 'Regular'`,
            `Looking up the ${ATLAS_GROUP_LABEL} group`
        );
        const groupId = typeof group?.Id === 'string' ? group.Id : undefined;
        if (groupId === undefined) {
            throw stopped(
                1,
                `The org has no ${ATLAS_GROUP_LABEL} group (${ATLAS_GROUP}), which the post-install deploy creates. Check that sfdx-project.json names plugins.accountAtlas.postInstallDirectory and run the install again.`
            );
        }
        const members = isRecord(group?.GroupMembers) ? group.GroupMembers.records : undefined;
        if (Array.isArray(members) && members.length > 0) {
            this.log(`✓ ${plan.username} is already in the ${ATLAS_GROUP_LABEL} group`);
            return;
        }
        await this.sf(
            [
                'data',
                'create',
                'record',
                '--sobject',
                'GroupMember',
                '--values',
                `GroupId=${groupId} UserOrGroupId=${userId}`,
                '--target-org',
                plan.targetOrg
            ],
            { exitCode: 1, what: `Adding you to the ${ATLAS_GROUP_LABEL} group` }
        );
        this.log(
            `✓ Added ${plan.username} to the ${ATLAS_GROUP_LABEL} group (it can see the Account Atlas reports and dashboard)`
        );
    }

    async importSampleData(plan: Plan): Promise<void> {
        const query = `SELECT Name FROM Account WHERE Name IN (${plan.sampleAccounts.map(soqlString).join(', ')})`;
        const existing = await this.sf(
            ['data', 'query', '--query', query, '--target-org', plan.targetOrg],
            { exitCode: 1, what: 'Looking for the demo accounts' }
        );
        const found =
            isRecord(existing.result) && Array.isArray(existing.result.records)
                ? existing.result.records.filter(isRecord).map((record) => String(record.Name))
                : [];
        if (found.length > 0) {
            // The plan inserts rather than upserts: a second import would copy every record.
            this.log(
                `✓ Sample data is already there (${[...new Set(found)].join(', ')}); not importing it again`
            );
            return;
        }
        this.log(`→ Importing the sample data into "${plan.targetOrg}"…`);
        const json = await this.sf(
            ['data', 'import', 'tree', '--plan', SAMPLE_PLAN, '--target-org', plan.targetOrg],
            { exitCode: 1, what: 'The sample data import' }
        );
        const count = Array.isArray(json.result) ? json.result.length : 0;
        this.log(`✓ Imported the sample data (${count} records)`);
    }

    printNextSteps(plan: Plan): void {
        const org = plan.targetOrg;
        const lines = [
            '',
            'Account Atlas is installed. Next:',
            `  1. Open the app:  sf org open --target-org ${org} --path ${APP_PATH}`,
            '  2. Give people access (Setup > Permission Sets > Manage Assignments, or the CLI):',
            `       account teams:  sf org assign permset --name Atlas_User --on-behalf-of <username> --target-org ${org}`,
            `       sales ops:      sf org assign permset --name Atlas_Sales_Ops --on-behalf-of <username> --target-org ${org}`,
            `     and add them to the ${ATLAS_GROUP_LABEL} public group (Setup > Public Groups), which sees the`,
            '     Account Atlas reports and dashboard: folders cannot be shared with a permission set.',
            '  3. Sales ops: review the stage criteria (Stage Criteria tab) before teams start scoring deals.'
        ];
        if (!this.options.sampleData) {
            lines.push(
                `  To try it with demo accounts: npm run atlas:install -- --target-org ${org} --sample-data`
            );
        }
        lines.push('  The admin guide: docs/admin-guide.md');
        for (const line of lines) {
            this.log(line);
        }
    }
}

/**
 * What to do about failures the org's own limits cause, not the package. The dashboard runs as the
 * person viewing it (a dynamic dashboard) and every org allows only a few of those.
 */
export function knownFailureHints(messages: readonly string[]): string[] {
    if (
        messages.some((message) => /limit for dashboards run as the logged-in user/i.test(message))
    ) {
        return [
            '  The org already has as many dashboards "run as the logged-in user" as its edition allows.',
            '  Switch one of them to a specified running user (or delete one) and run this again, or leave',
            '  the Account Atlas dashboard out of a source deploy: list force-app/main/default/dashboards/ in .forceignore.'
        ];
    }
    return [];
}

/** "ApexClass Foo: message" lines from a failed deploy's JSON result, however the CLI shaped it. */
export function componentFailures(result: unknown): string[] {
    if (!isRecord(result)) {
        return [];
    }
    const fromFiles = (Array.isArray(result.files) ? result.files : [])
        .filter(isRecord)
        .filter((file) => file.state === 'Failed')
        .map((file) =>
            `${String(file.type ?? '')} ${String(file.fullName ?? '')}: ${String(file.error ?? '')}`.trim()
        );
    if (fromFiles.length > 0) {
        return fromFiles;
    }
    const details = isRecord(result.details) ? result.details.componentFailures : undefined;
    const list = Array.isArray(details) ? details : details === undefined ? [] : [details];
    return list
        .filter(isRecord)
        .map((failure) =>
            `${String(failure.componentType ?? '')} ${String(failure.fullName ?? '')}: ${String(failure.problem ?? '')}`.trim()
        );
}

// `atlas doctor [--target-org X]`: checks an org's Account Atlas install from the outside, as the
// running user, and prints each finding with its fix: objects and fields, permission sets, pages and
// app, every panel's GraphQL query (and the fields it hides from the user), scoring through the same
// code as `atlas score --dry-run`, and tab motifs. Exit 1 when anything is wrong, 0 otherwise.
import { takeTargetOrg, UsageError } from '../args';
import type { AtlasCommand } from '../command';
import { captureIo, type AtlasIo } from '../io';
import { connectToOrg, PROJECT_DIR } from '../orgConnection';
import { runScoreCommand } from '../score/scoreCommand';
import {
    checkObjects,
    checkPagesAndApp,
    checkPanelQueries,
    checkPermissionSets,
    checkTabMotifs,
    type DoctorFinding,
    type DoctorSection,
    type DoctorTarget,
    type FindingStatus
} from './checks';
import { expectedInstall } from './expected';

export const DOCTOR_USAGE = `Usage: atlas doctor [--target-org <alias> | --as <local org user>]

Checks an Account Atlas install as the user the org connection logs in as: the objects and
fields are there, the permission sets exist and are assigned, the Lightning pages and the app
are deployed, every panel's GraphQL query runs (and which fields field-level security hides),
the open deals score (atlas score --dry-run: nothing is written) and the tab motifs are ones
the org offers. Prints what is wrong with the fix; says "could not check" where the org does
not answer. Exit code 1 when something is wrong. On the local org, --as runs the checks as one of
its users (admin, account-manager, sales-ops, sales-director, no-atlas).
`;

const MARK: Record<FindingStatus, string> = {
    ok: '✓',
    problem: '✗',
    warning: '!',
    unchecked: '?'
};

/** Scores the open deals with `atlas score --dry-run` itself; its summary becomes the finding. */
async function checkScoring(target: DoctorTarget, io: AtlasIo): Promise<DoctorSection> {
    const scoreIo = captureIo({ now: () => io.now(), env: io.env, cwd: io.cwd });
    let code: number;
    try {
        code = await runScoreCommand(target.conn, ['--dry-run'], scoreIo);
    } catch (error) {
        code = 1;
        scoreIo.stderr.write(error instanceof Error ? error.message : String(error));
    }
    const summary = scoreIo
        .out()
        .split('\n')
        .filter((line) => /^\s+(read|scored|changed|failed)\s/.test(line))
        .map((line) => line.trim().replace(/\s+/g, ' '));
    const finding: DoctorFinding =
        code === 0
            ? {
                  status: 'ok',
                  subject: 'atlas score --dry-run',
                  detail: `${summary.join('; ')} (nothing written)`
              }
            : {
                  status: 'problem',
                  subject: 'atlas score --dry-run',
                  detail: `scoring failed: ${[...summary, scoreIo.err().trim()].filter(Boolean).join('; ')}`,
                  fix: 'run npx atlas score --dry-run for the full report, fix the records or access it names'
              };
    return { title: 'Scoring', findings: [finding] };
}

function formatSection(section: DoctorSection): string[] {
    const lines = [section.title];
    for (const finding of section.findings) {
        lines.push(`  ${MARK[finding.status]} ${finding.subject}: ${finding.detail}`);
        if (finding.fix !== undefined && finding.status !== 'ok') {
            lines.push(`      fix: ${finding.fix}`);
        }
    }
    return lines;
}

/** Counts by status, in the words the summary line uses. */
function summaryLine(sections: readonly DoctorSection[]): string {
    const count = (status: FindingStatus): number =>
        sections.reduce(
            (sum, section) => sum + section.findings.filter((f) => f.status === status).length,
            0
        );
    return `atlas doctor: ${count('ok')} ok, ${count('problem')} problem(s), ${count('warning')} warning(s), ${count('unchecked')} could not check`;
}

async function userOf(
    target: Pick<DoctorTarget, 'conn'>
): Promise<{ id: string; username: string }> {
    const info = await target.conn.request<{ user_id?: string; preferred_username?: string }>(
        '/services/oauth2/userinfo'
    );
    if (typeof info.user_id !== 'string') {
        throw new Error('the org did not say who the running user is (/services/oauth2/userinfo)');
    }
    return { id: info.user_id, username: info.preferred_username ?? info.user_id };
}

/** Splits `--as <user>` out of the remaining arguments. */
function takeLocalUser(argv: readonly string[]): { localUser?: string; others: string[] } {
    const others: string[] = [];
    let localUser: string | undefined;
    for (let index = 0; index < argv.length; index += 1) {
        const argument = argv[index] ?? '';
        if (argument === '--as') {
            localUser = argv[index + 1];
            if (localUser === undefined || localUser.startsWith('-')) {
                throw new UsageError(
                    `atlas doctor: --as needs a local org user\n\n${DOCTOR_USAGE}`
                );
            }
            index += 1;
        } else {
            others.push(argument);
        }
    }
    return { localUser, others };
}

export const DOCTOR_COMMAND: AtlasCommand = {
    name: 'doctor',
    help: DOCTOR_USAGE,
    async run(argv, io, context) {
        const { targetOrg, rest } = takeTargetOrg('doctor', argv);
        const { localUser, others } = takeLocalUser(rest);
        if (others.length > 0) {
            throw new UsageError(
                `unknown option for atlas doctor: ${others[0]}\n\n${DOCTOR_USAGE}`
            );
        }
        if (localUser !== undefined && targetOrg !== undefined) {
            throw new UsageError(
                `atlas doctor: --as picks a local org user; with --target-org, log in to that org as the user instead (sf org login web)\n\n${DOCTOR_USAGE}`
            );
        }
        // No required fields: a missing object or field is a finding here, not a refusal.
        const org = await connectToOrg(
            {
                ...context.connect,
                localUser: localUser ?? context.connect.localUser,
                targetOrg,
                requiredFields: {}
            },
            io
        );
        try {
            const expected = expectedInstall(context.connect.projectDir ?? PROJECT_DIR);
            const user = await userOf(org);
            const target: DoctorTarget = {
                conn: org.conn,
                userId: user.id,
                username: user.username,
                targetOrgFlag: targetOrg === undefined ? '' : `--target-org ${targetOrg}`
            };
            io.stdout.write(`atlas doctor — ${org.description}\n\n`);
            const sections: DoctorSection[] = [];
            for (const check of [
                checkObjects,
                checkPermissionSets,
                checkPagesAndApp,
                checkPanelQueries
            ]) {
                const section = await check(target, expected);
                sections.push(section);
                io.stdout.write(`${formatSection(section).join('\n')}\n\n`);
            }
            for (const section of [
                await checkScoring(target, io),
                await checkTabMotifs(target, expected)
            ]) {
                sections.push(section);
                io.stdout.write(`${formatSection(section).join('\n')}\n\n`);
            }
            io.stdout.write(`${summaryLine(sections)}\n`);
            return sections.some((section) => section.findings.some((f) => f.status === 'problem'))
                ? 1
                : 0;
        } finally {
            await org.close();
        }
    }
};

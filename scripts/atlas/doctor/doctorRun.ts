// The body of `atlas doctor` once connected: runs each check against the org, prints each section
// with its fixes and a summary line. Loaded only when the command runs (the graphql parser, the
// project's schema and the scoring core are heavy), so `atlas doctor --help` answers at once.
import type { OrgHandle } from '../orgTypes';
import { captureIo, type AtlasIo } from '../io';
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

/** Runs every check as the user `org` logs in as; resolves with the exit code (1: a problem). */
export async function runDoctor(
    org: OrgHandle,
    projectDir: string,
    targetOrg: string | undefined,
    io: AtlasIo
): Promise<number> {
    const expected = expectedInstall(projectDir);
    const user = await userOf(org);
    const target: DoctorTarget = {
        conn: org.conn,
        userId: user.id,
        username: user.username,
        targetOrgFlag: targetOrg === undefined ? '' : `--target-org ${targetOrg}`
    };
    io.stdout.write(`atlas doctor — ${org.description}\n\n`);
    const sections: DoctorSection[] = [];
    for (const check of [checkObjects, checkPermissionSets, checkPagesAndApp, checkPanelQueries]) {
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
    return sections.some((section) => section.findings.some((f) => f.status === 'problem')) ? 1 : 0;
}

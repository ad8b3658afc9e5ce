// `atlas doctor [--target-org X]`: checks an org's Account Atlas install from the outside, as the
// running user, and prints each finding with its fix: objects and fields, permission sets, pages and
// app, every panel's GraphQL query (and the fields it hides from the user), scoring through the same
// code as `atlas score --dry-run`, and tab motifs. Exit 1 when anything is wrong, 0 otherwise.
import { takeTargetOrg, UsageError } from '../args';
import type { AtlasCommand } from '../command';
import { connectToOrg, PROJECT_DIR } from '../orgConnection';

export const DOCTOR_USAGE = `Usage: atlas doctor [--target-org <alias> | --as <local org user>]

Checks an Account Atlas install as the user the org connection logs in as: the objects and
fields are there, the permission sets exist and are assigned, the Lightning pages and the app
are deployed, every panel's GraphQL query runs (and which fields field-level security hides),
the open deals score (atlas score --dry-run: nothing is written) and the tab motifs are ones
the org offers. Prints what is wrong with the fix; says "could not check" where the org does
not answer. Exit code 1 when something is wrong. On the local org, --as runs the checks as one of
its users (admin, account-manager, sales-ops, sales-director, no-atlas).
`;

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
        await import('./toolingClient');
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
            const { runDoctor } = await import('./doctorRun');
            return await runDoctor(org, context.connect.projectDir ?? PROJECT_DIR, targetOrg, io);
        } finally {
            await org.close();
        }
    }
};

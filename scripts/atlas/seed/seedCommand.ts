// `atlas seed [--target-org <alias>] [--reset]`: loads the sample data plan into an org through the
// composite tree resource, once. An org that already holds a demo account is left alone (exit 0).
// --reset starts the local org from an empty database first; in a real org it refuses, because
// deleting records in bulk in a customer's org is not something a demo loader should ever do.
import { join } from 'node:path';
import { parseOptions, stringOption } from '../args';
import { CommandError, type AtlasCommand } from '../command';
import type { AtlasIo } from '../io';
import { ATLAS_CORE_FIELDS, connectToOrg, PROJECT_DIR } from '../orgConnection';
import type { Connection } from 'jsforce';
import { DATA_PLAN, demoAccountNames, planSize, readDataPlan } from './dataPlan';
import { importPlan, ImportTreeError } from './importTree';

export const SEED_HELP = [
    'Usage: atlas seed [--target-org <alias|username>] [--reset]',
    '',
    'Loads the sample data plan (data/sample-data-plan.json: three demo accounts with their',
    'contacts, buying centers, opportunities, evidence, targets and stage criteria) into an org,',
    'as `sf data import tree` does. An org that already has the demo accounts is left as it is.',
    '',
    'Options:',
    '  --target-org <alias>  an org the sf CLI is logged in to (default: the local org,',
    '                        started for the command when it is not running)',
    '  --reset               local org only: start from an empty database, then seed',
    '                        (stop a running `npm run org` first)',
    '  -h, --help            this help',
    ''
].join('\n');

function soqlString(value: string): string {
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The demo accounts already in the org, by name. */
export async function demoAccountsIn(
    conn: Connection,
    names: readonly string[]
): Promise<string[]> {
    if (names.length === 0) {
        return [];
    }
    const result = await conn.query<{ Name: string }>(
        `SELECT Name FROM Account WHERE Name IN (${names.map(soqlString).join(', ')}) ORDER BY Name`
    );
    return result.records.map((record) => record.Name);
}

export const SEED_COMMAND: AtlasCommand = {
    name: 'seed',
    help: SEED_HELP,
    async run(argv, io: AtlasIo, context) {
        const options = parseOptions('seed', argv, {
            'target-org': { type: 'string', short: 'o' },
            reset: { type: 'boolean' }
        });
        const targetOrg = stringOption(options, 'target-org');
        const reset = options.reset === true;
        const plan = readDataPlan(join(context.connect.projectDir ?? PROJECT_DIR, DATA_PLAN));
        if (reset && targetOrg !== undefined) {
            throw new CommandError(
                `--reset only resets the local org; atlas never deletes records in bulk in a real org. ` +
                    `To seed "${targetOrg}" again, delete the demo accounts (${demoAccountNames(
                        plan
                    ).join(', ')}) by hand, then run atlas seed --target-org ${targetOrg}`
            );
        }
        const org = await connectToOrg(
            {
                ...context.connect,
                targetOrg,
                // Seed through the API below, not the local org's own start-up seeding.
                seedLocalOrg: false,
                resetLocalOrg: reset,
                requiredFields: ATLAS_CORE_FIELDS
            },
            io
        );
        try {
            const present = await demoAccountsIn(org.conn, demoAccountNames(plan));
            if (present.length > 0) {
                io.stdout.write(
                    `The ${org.description} already has the demo accounts (${present.join(', ')}): nothing seeded.\n` +
                        (org.isLocal
                            ? 'To start over: atlas seed --reset (with the local org stopped).\n'
                            : '')
                );
                return 0;
            }
            const started = io.now().getTime();
            let created: number;
            try {
                created = await importPlan(org.conn, plan, (progress) => {
                    io.stderr.write(`  ${progress.file}: ${progress.created}/${progress.total}\n`);
                });
            } catch (error) {
                if (error instanceof ImportTreeError) {
                    throw new CommandError(
                        `seeding the ${org.description} stopped after ${error.created} of ${planSize(plan)} records: ${error.message}\n` +
                            (org.isLocal
                                ? 'Fix the data, then run atlas seed --reset.'
                                : 'Fix the data, delete the demo accounts created so far by hand, then run atlas seed again.')
                    );
                }
                throw error;
            }
            const seconds = (io.now().getTime() - started) / 1000;
            io.stdout.write(
                `Seeded the ${org.description} with ${created} records from ${DATA_PLAN} in ${seconds.toFixed(1)} s.\n`
            );
            return 0;
        } finally {
            await org.close();
        }
    }
};

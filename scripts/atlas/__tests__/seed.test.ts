/** @jest-environment node */
// atlas seed against a temp local org: the whole sample data plan arrives through the composite
// tree resource into an empty org, a second run changes nothing, --reset is refused while the org
// runs and for a real org, and with the org stopped --reset starts it from an empty database.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_DIR, startTestOrg, type TestOrg } from '../../../local/__tests__/testOrg';
import { startOrgServer } from '../../../local/org/server';
import type { AtlasContext } from '../context';
import { captureIo } from '../io';
import { runAtlas } from '../main';
import { DATA_PLAN, readDataPlan } from '../seed/dataPlan';

const plan = readDataPlan(join(PROJECT_DIR, DATA_PLAN));

/** Records per object the plan holds. */
function plannedCounts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const file of plan) {
        counts[file.sobject] = (counts[file.sobject] ?? 0) + file.records.length;
    }
    return counts;
}

async function countsIn(org: TestOrg): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const sobject of Object.keys(plannedCounts())) {
        counts[sobject] = (await org.conn.query(`SELECT COUNT() FROM ${sobject}`)).totalSize;
    }
    return counts;
}

describe('atlas seed on the local org', () => {
    let org: TestOrg;
    let context: AtlasContext;

    beforeAll(async () => {
        org = await startTestOrg({ seed: false });
        context = { connect: { localDataDir: org.dataDir, localPort: 0 } };
    });

    afterAll(async () => {
        await org.stop();
    });

    it('loads every record of the plan into an empty org, with references resolved', async () => {
        const io = captureIo();
        expect(await runAtlas(['seed'], io, context)).toBe(0);
        // It used the running org (read from local-org.json), not one of its own.
        expect(io.err()).not.toContain('started the local org');
        const total = plan.reduce((sum, file) => sum + file.records.length, 0);
        expect(io.out()).toContain(`with ${total} records from data/sample-data-plan.json`);
        expect(await countsIn(org)).toEqual(plannedCounts());
        // @Ref values became real ids: every member sits in a buying center of the right account.
        const members = await org.conn.query<{
            Buying_Center__r: { Account__c: string } | null;
            Contact__r: { AccountId: string } | null;
        }>('SELECT Buying_Center__r.Account__c, Contact__r.AccountId FROM Buying_Center_Member__c');
        expect(members.records.length).toBe(plannedCounts().Buying_Center_Member__c);
        for (const member of members.records) {
            expect(member.Buying_Center__r?.Account__c).toBe(member.Contact__r?.AccountId);
        }
    });

    it('refuses to seed twice: the demo accounts are there, nothing is written, exit 0', async () => {
        const before = await countsIn(org);
        const io = captureIo();
        expect(await runAtlas(['seed'], io, context)).toBe(0);
        expect(io.out()).toContain('already has the demo accounts');
        expect(io.out()).toContain('Meridian Global Bank');
        expect(await countsIn(org)).toEqual(before);
    });

    it('refuses --reset while the local org is running, and for any real org', async () => {
        const running = captureIo();
        expect(await runAtlas(['seed', '--reset'], running, context)).toBe(1);
        expect(running.err()).toContain(`the local org is running at ${org.running.url}`);

        const real = captureIo();
        expect(
            await runAtlas(['seed', '--reset', '--target-org', 'acme-prod'], real, context)
        ).toBe(1);
        expect(real.err()).toContain('atlas never deletes records in bulk in a real org');
        expect(real.err()).toContain('delete the demo accounts (');
    });
});

describe('atlas seed --reset with the local org stopped', () => {
    it('starts the local org from an empty database, seeds it, and stops it again', async () => {
        const org = await startTestOrg();
        const dataDir = org.dataDir;
        // An extra account that only a reset removes.
        await org.conn.sobject('Account').create({ Name: 'Not in the plan' });
        await org.running.close();
        try {
            const io = captureIo();
            const code = await runAtlas(['seed', '--reset'], io, {
                connect: { localDataDir: dataDir, localPort: 0 }
            });
            expect(io.err()).toContain('started the local org at');
            expect(code).toBe(0);
            expect(io.out()).toContain('Seeded the local org');

            const reopened = await startOrgServer({ projectDir: PROJECT_DIR, dataDir, port: 0 });
            try {
                const accounts = reopened.org.db
                    .prepare('SELECT "Name" FROM "Account" ORDER BY "Name"')
                    .all() as { Name: string }[];
                expect(accounts.map((account) => account.Name)).toEqual([
                    'Cascade Valley Health',
                    'Kestrel Precision Manufacturing',
                    'Meridian Global Bank'
                ]);
            } finally {
                await reopened.close();
            }
        } finally {
            rmSync(dataDir, { recursive: true, force: true });
        }
    });
});

/** @jest-environment node */
// importPlan against a temp empty local org: requests of at most 200 records, references resolved
// across files and within a file in any order, and a refused request reported with the platform's
// errors and what was created before it (the request itself is all or none).
import { startTestOrg, type TestOrg } from '../../../local/__tests__/testOrg';
import type { PlanFile } from '../seed/dataPlan';
import { importPlan, ImportTreeError, TREE_CHUNK } from '../seed/importTree';

describe('importPlan', () => {
    let org: TestOrg;

    beforeAll(async () => {
        org = await startTestOrg({ seed: false });
    });

    afterAll(async () => {
        await org.stop();
    });

    it('posts at most 200 records a request and resolves references in any order', async () => {
        const accounts: PlanFile = {
            sobject: 'Account',
            file: 'many-accounts.json',
            records: Array.from({ length: 450 }, (_, index) => ({
                attributes: { type: 'Account', referenceId: `Acc${index}` },
                Name: `Bulk account ${index}`
            }))
        };
        // The manager comes after the report in the file: the report waits for the next request.
        const contacts: PlanFile = {
            sobject: 'Contact',
            file: 'contacts.json',
            records: [
                {
                    attributes: { type: 'Contact', referenceId: 'Report' },
                    LastName: 'Report',
                    AccountId: '@Acc7',
                    ReportsToId: '@Manager'
                },
                {
                    attributes: { type: 'Contact', referenceId: 'Manager' },
                    LastName: 'Manager',
                    AccountId: '@Acc7'
                }
            ]
        };
        const progress: number[] = [];
        const created = await importPlan(org.conn, [accounts, contacts], (step) =>
            progress.push(step.created)
        );
        expect(created).toBe(452);
        expect(progress).toEqual([TREE_CHUNK, 2 * TREE_CHUNK, 450, 451, 452]);
        const report = await org.conn.query<{
            ReportsTo: { LastName: string } | null;
            Account: { Name: string } | null;
        }>("SELECT ReportsTo.LastName, Account.Name FROM Contact WHERE LastName = 'Report'");
        expect(report.records[0]?.ReportsTo?.LastName).toBe('Manager');
        expect(report.records[0]?.Account?.Name).toBe('Bulk account 7');
    });

    it('reports a refused request with the record, the error code and what was created before', async () => {
        const good: PlanFile = {
            sobject: 'Account',
            file: 'good.json',
            records: [{ attributes: { type: 'Account', referenceId: 'Good1' }, Name: 'Good one' }]
        };
        const bad: PlanFile = {
            sobject: 'Opportunity',
            file: 'bad.json',
            records: [
                {
                    attributes: { type: 'Opportunity', referenceId: 'FineDeal' },
                    Name: 'Fine',
                    StageName: 'Prospecting',
                    CloseDate: '2027-01-31',
                    AccountId: '@Good1'
                },
                {
                    attributes: { type: 'Opportunity', referenceId: 'NoStage' },
                    Name: 'No stage',
                    CloseDate: '2027-01-31'
                }
            ]
        };
        const before = (await org.conn.query('SELECT COUNT() FROM Opportunity')).totalSize;
        const failure = importPlan(org.conn, [good, bad]);
        await expect(failure).rejects.toThrow(ImportTreeError);
        await expect(failure).rejects.toThrow(
            /bad\.json: the org refused 2 Opportunity record\(s\): NoStage: REQUIRED_FIELD_MISSING/
        );
        const refused = await failure.then(
            () => undefined,
            (error: unknown) => error as ImportTreeError
        );
        expect(refused?.created).toBe(1);
        // All or none: the fine deal of the refused request is not there either.
        expect((await org.conn.query('SELECT COUNT() FROM Opportunity')).totalSize).toBe(before);
    });

    it('names records whose references nothing provides', async () => {
        const orphan: PlanFile = {
            sobject: 'Contact',
            file: 'orphans.json',
            records: [
                {
                    attributes: { type: 'Contact', referenceId: 'Orphan' },
                    LastName: 'Orphan',
                    AccountId: '@NoSuchAccount'
                }
            ]
        };
        await expect(importPlan(org.conn, [orphan])).rejects.toThrow(
            'orphans.json: 1 record(s) point at references no earlier record has (Orphan)'
        );
    });
});

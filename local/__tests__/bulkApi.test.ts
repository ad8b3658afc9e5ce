/** @jest-environment node */
// check-metadata-ignore-file: a test names an unknown field on purpose.
// Bulk API 2.0 through jsforce 3.10.16 (ingest) and raw HTTP (query results paged by Sforce-Locator,
// which jsforce's bulk2.query cannot follow across pages), plus a crash in the middle of an ingest.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../org/org';
import { call, PROJECT_DIR, startTestOrg, type TestOrg } from './testOrg';

interface JobInfo {
    id: string;
    state: string;
    numberRecordsProcessed: number;
    numberRecordsFailed: number;
    errorMessage?: string;
}

async function waitForJob(
    org: { url: string; token: string },
    id: string,
    done: (info: JobInfo) => boolean,
    timeoutMs = 60_000
): Promise<JobInfo> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const response = await fetch(`${org.url}/services/data/v66.0/jobs/ingest/${id}`, {
            headers: { Authorization: `Bearer ${org.token}` }
        });
        const info = (await response.json()) as JobInfo;
        if (done(info)) {
            return info;
        }
        if (Date.now() > deadline) {
            throw new Error(`job ${id} did not reach the expected state: ${JSON.stringify(info)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
    }
}

/** Creates an ingest job, uploads the CSV and closes it; returns the job id. */
async function startIngest(
    org: { url: string; token: string },
    object: string,
    operation: string,
    csv: string,
    columnDelimiter = 'COMMA'
): Promise<string> {
    const headers = { Authorization: `Bearer ${org.token}`, 'Content-Type': 'application/json' };
    const created = await fetch(`${org.url}/services/data/v66.0/jobs/ingest`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
            object,
            operation,
            contentType: 'CSV',
            lineEnding: 'LF',
            columnDelimiter
        })
    });
    const { id } = (await created.json()) as { id: string };
    const upload = await fetch(`${org.url}/services/data/v66.0/jobs/ingest/${id}/batches`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${org.token}`, 'Content-Type': 'text/csv' },
        body: csv
    });
    expect(upload.status).toBe(201);
    await fetch(`${org.url}/services/data/v66.0/jobs/ingest/${id}`, {
        method: 'PATCH',
        headers,
        body: JSON.stringify({ state: 'UploadComplete' })
    });
    return id;
}

describe('Bulk API 2.0 on the local org', () => {
    let org: TestOrg;
    const endpoint = (): { url: string; token: string } => ({
        url: org.running.url,
        token: org.running.token
    });

    beforeAll(async () => {
        org = await startTestOrg();
        org.conn.bulk2.pollInterval = 50;
        org.conn.bulk2.pollTimeout = 60_000;
    });

    afterAll(async () => {
        await org.stop();
    });

    it('inserts with jsforce bulk2: successful results carry ids, failed results the Salesforce error', async () => {
        const input = Array.from({ length: 1000 }, (_, i) => ({
            Name: `Bulk Solution ${String(i).padStart(4, '0')}`,
            Family__c: 'Bulk',
            Sort_Order__c: String(i % 1000)
        }));
        input[10] = { Name: '', Family__c: 'Bulk', Sort_Order__c: '1' };
        input[20] = { Name: 'Bad number', Family__c: 'Bulk', Sort_Order__c: 'abc' };
        const results = await org.conn.bulk2.loadAndWaitForResults({
            object: 'Solution__c',
            operation: 'insert',
            input
        });
        expect(results.successfulResults.length).toBe(998);
        expect(results.failedResults.length).toBe(2);
        expect(results.unprocessedRecords.length).toBe(0);
        expect(results.successfulResults[0]).toMatchObject({
            sf__Created: 'true',
            Name: 'Bulk Solution 0000'
        });
        expect(String(results.successfulResults[0]?.sf__Id)).toMatch(/^a\w{17}$/);
        const errors = results.failedResults.map((row) => String(row.sf__Error));
        expect(errors).toEqual([
            expect.stringMatching(
                /^REQUIRED_FIELD_MISSING:Required fields are missing: \[Name\]:Name --$/
            ),
            expect.stringMatching(
                /^INVALID_TYPE_ON_FIELD_IN_RECORD:Sort Order: value not of required type: abc/
            )
        ]);
        const count = await org.conn.query(
            "SELECT COUNT() FROM Solution__c WHERE Family__c = 'Bulk'"
        );
        expect(count.totalSize).toBe(998);
    });

    it('updates, upserts on an external id and deletes with bulk2', async () => {
        const rows = (
            await org.conn.query<{ Id: string }>(
                "SELECT Id FROM Solution__c WHERE Family__c = 'Bulk' ORDER BY Name LIMIT 300"
            )
        ).records;
        const updated = await org.conn.bulk2.loadAndWaitForResults({
            object: 'Solution__c',
            operation: 'update',
            input: rows.map((row) => ({ Id: row.Id, Family__c: 'Bulk Updated' }))
        });
        expect(updated.successfulResults.length).toBe(300);
        expect(updated.successfulResults[0]).toMatchObject({ sf__Created: 'false' });
        const stillNamed = await org.conn.query(
            "SELECT COUNT() FROM Solution__c WHERE Family__c = 'Bulk Updated' AND Name LIKE 'Bulk Solution%'"
        );
        // A blank column leaves a field unchanged on update; only Family__c changed.
        expect(stillNamed.totalSize).toBe(300);

        const opportunity = (
            await org.conn.query<{ Id: string }>(
                'SELECT Id FROM Opportunity WHERE IsClosed = false LIMIT 1'
            )
        ).records[0]!;
        const key = (n: number): string => `${opportunity.Id}:2026-12-0${n}T00:00:00.000Z`;
        await org.conn
            .sobject('Deal_Score_Snapshot__c')
            .create({ Opportunity__c: opportunity.Id, Score__c: 10, Snapshot_Key__c: key(1) });
        const upserted = await org.conn.bulk2.loadAndWaitForResults({
            object: 'Deal_Score_Snapshot__c',
            operation: 'upsert',
            externalIdFieldName: 'Snapshot_Key__c',
            input: [
                { Snapshot_Key__c: key(1), Opportunity__c: opportunity.Id, Score__c: '20' },
                { Snapshot_Key__c: key(2), Opportunity__c: opportunity.Id, Score__c: '30' }
            ]
        });
        expect(upserted.successfulResults.map((row) => row.sf__Created)).toEqual(['false', 'true']);
        const scores = await org.conn.query<{ Score__c: number }>(
            `SELECT Score__c FROM Deal_Score_Snapshot__c WHERE Snapshot_Key__c IN ('${key(1)}', '${key(2)}') ORDER BY Score__c`
        );
        expect(scores.records.map((row) => row.Score__c)).toEqual([20, 30]);

        const deleted = await org.conn.bulk2.loadAndWaitForResults({
            object: 'Solution__c',
            operation: 'delete',
            input: rows.map((row) => ({ Id: row.Id }))
        });
        expect(deleted.successfulResults.length).toBe(300);
        const left = await org.conn.query(
            "SELECT COUNT() FROM Solution__c WHERE Family__c = 'Bulk Updated'"
        );
        expect(left.totalSize).toBe(0);
    });

    it('sets lookups from relationship columns by external id, in a tab-separated upload', async () => {
        const members = (
            await org.conn.query<{ Id: string; Member_Key__c: string; Buying_Center__c: string }>(
                'SELECT Id, Member_Key__c, Buying_Center__c FROM Buying_Center_Member__c WHERE Influences_Member__c = null ORDER BY Name LIMIT 40'
            )
        ).records;
        const [first] = members;
        const second = members.find(
            (member) =>
                member.Buying_Center__c === first?.Buying_Center__c && member.Id !== first?.Id
        );
        expect(first && second).toBeTruthy();
        const csv = `Id\tInfluences_Member__r.Member_Key__c\n${second!.Id}\t${first!.Member_Key__c}\n`;
        const id = await startIngest(endpoint(), 'Buying_Center_Member__c', 'update', csv, 'TAB');
        const info = await waitForJob(endpoint(), id, (job) => job.state === 'JobComplete');
        expect(info).toMatchObject({ numberRecordsProcessed: 1, numberRecordsFailed: 0 });
        const updated = await org.conn.sobject('Buying_Center_Member__c').retrieve(second!.Id);
        expect(updated.Influences_Member__c).toBe(first!.Id);
        const byKey = await call(
            org,
            'GET',
            `/services/data/v66.0/sobjects/Buying_Center_Member__c/Member_Key__c/${encodeURIComponent(first!.Member_Key__c)}`
        );
        expect(byKey).toMatchObject({ status: 200, body: { Id: first!.Id } });
    });

    it('fails a job whose CSV names an unknown field, and reports the job info in Salesforce shape', async () => {
        const id = await startIngest(endpoint(), 'Solution__c', 'insert', 'Name,Bogus__c\nA,1\n');
        const info = await waitForJob(endpoint(), id, (job) => job.state === 'Failed');
        expect(info).toMatchObject({
            state: 'Failed',
            numberRecordsProcessed: 0,
            errorMessage: 'InvalidBatch : Field name not found : Bogus__c'
        });
        const unprocessed = await call(
            org,
            'GET',
            `/services/data/v66.0/jobs/ingest/${id}/unprocessedrecords`
        );
        expect(unprocessed.text).toBe('"Name","Bogus__c"\n"A","1"\n');
        const badJob = await call(org, 'POST', '/services/data/v66.0/jobs/ingest', {
            object: 'Nothing__c',
            operation: 'insert'
        });
        expect(badJob).toMatchObject({ status: 400, body: [{ errorCode: 'INVALIDJOB' }] });
        const badCsv = await fetch(
            `${org.running.url}/services/data/v66.0/jobs/ingest/${id}/batches`,
            {
                method: 'PUT',
                headers: {
                    Authorization: `Bearer ${org.running.token}`,
                    'Content-Type': 'text/csv'
                },
                body: 'Name\n"unclosed\n'
            }
        );
        expect(badCsv.status).toBe(400);
    });

    it('pages query job results with Sforce-Locator and maxRecords until the locator is null', async () => {
        const { store } = org.running.org;
        store.transaction(() => {
            for (let i = 0; i < 2500; i++) {
                store.insert('Solution__c', {
                    Name: `Query Page ${String(i).padStart(4, '0')}`,
                    Family__c: 'Paged',
                    Sort_Order__c: i % 100
                });
            }
        });
        const created = await call(org, 'POST', '/services/data/v66.0/jobs/query', {
            operation: 'query',
            query: "SELECT Id, Name, Sort_Order__c, Active__c, CreatedBy.Name FROM Solution__c WHERE Family__c = 'Paged' ORDER BY Name"
        });
        expect(created.status).toBe(200);
        const job = created.body as { id: string; state: string; object: string };
        expect(job).toMatchObject({ object: 'Solution__c', state: 'UploadComplete' });
        const info = await call(org, 'GET', `/services/data/v66.0/jobs/query/${job.id}`);
        expect(info.body).toMatchObject({ state: 'JobComplete', numberRecordsProcessed: 2500 });
        const names: string[] = [];
        let locator: string | null = '';
        let pages = 0;
        while (locator !== 'null') {
            const page = await call(
                org,
                'GET',
                `/services/data/v66.0/jobs/query/${job.id}/results?maxRecords=1000${locator === '' ? '' : `&locator=${locator}`}`
            );
            pages++;
            const lines = page.text.trim().split('\n');
            expect(lines[0]).toBe('"Id","Name","Sort_Order__c","Active__c","CreatedBy.Name"');
            for (const line of lines.slice(1)) {
                names.push(line.split(',')[1] ?? '');
            }
            expect(page.headers.get('sforce-numberofrecords')).toBe(String(lines.length - 1));
            locator = page.headers.get('sforce-locator');
        }
        expect(pages).toBe(3);
        expect(names.length).toBe(2500);
        expect(names[0]).toBe('"Query Page 0000"');
        expect(names[2499]).toBe('"Query Page 2499"');
        expect(new Set(names).size).toBe(2500);
        const single = await org.conn.bulk2.query(
            "SELECT Name, Active__c FROM Solution__c WHERE Name = 'Query Page 0042'"
        );
        const records: Record<string, unknown>[] = [];
        for await (const record of single) {
            records.push(record as Record<string, unknown>);
        }
        expect(records).toEqual([{ Name: 'Query Page 0042', Active__c: 'true' }]);
        const malformed = await call(org, 'POST', '/services/data/v66.0/jobs/query', {
            operation: 'query',
            query: 'SELECT FROM'
        });
        expect(malformed).toMatchObject({ status: 400, body: [{ errorCode: 'MALFORMED_QUERY' }] });
    });
});

describe('a local org killed in the middle of a bulk ingest', () => {
    jest.setTimeout(120_000);
    let dataDir: string;
    let child: ChildProcess | undefined;

    beforeAll(() => {
        dataDir = mkdtempSync(join(tmpdir(), 'atlas-crash-'));
    });

    afterAll(() => {
        child?.kill('SIGKILL');
        rmSync(dataDir, { recursive: true, force: true });
    });

    it('keeps every committed record, writes no partial record, and finishes the job after a restart', async () => {
        // The org runs in a child process, slowed between chunks so the kill lands mid-job.
        child = spawn(
            process.execPath,
            [
                '--import',
                'tsx',
                join(PROJECT_DIR, 'local/org/main.ts'),
                '--port',
                '0',
                '--json',
                '--no-seed',
                '--data-dir',
                dataDir
            ],
            {
                cwd: PROJECT_DIR,
                env: { ...process.env, ATLAS_BULK_PAUSE_MS: '20' },
                stdio: ['ignore', 'pipe', 'pipe']
            }
        );
        const endpoint = await new Promise<{ url: string; token: string }>((resolve, reject) => {
            let buffer = '';
            child?.stdout?.on('data', (chunk: Buffer) => {
                buffer += chunk.toString();
                const line = buffer.split('\n')[0];
                if (buffer.includes('\n') && line !== undefined) {
                    resolve(JSON.parse(line) as { url: string; token: string });
                }
            });
            child?.once('exit', (code) =>
                reject(new Error(`the org exited early (${String(code)})`))
            );
        });
        const total = 6000;
        const csv = [
            'Name,Family__c,Sort_Order__c,Description__c',
            ...Array.from(
                { length: total },
                (_, i) =>
                    `Crash ${String(i).padStart(5, '0')},Crash,${i % 10000},row ${i} of ${total}`
            )
        ].join('\n');
        const id = await startIngest(endpoint, 'Solution__c', 'insert', csv);
        await waitForJob(endpoint, id, (job) => job.numberRecordsProcessed >= 1000);
        child.kill('SIGKILL');
        await new Promise((resolve) => child?.once('exit', resolve));
        child = undefined;

        // Read the file as the crash left it.
        const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
        const job = JSON.parse(
            (db.prepare('SELECT info FROM _bulk_jobs WHERE id = ?').get(id) as { info: string })
                .info
        ) as { nextRow: number; state: string };
        const rows = db
            .prepare(
                "SELECT Name, Family__c, Sort_Order__c, Description__c, CreatedDate, OwnerId FROM Solution__c WHERE Family__c = 'Crash' ORDER BY Name"
            )
            .all() as {
            Name: string;
            Family__c: string;
            Sort_Order__c: number;
            Description__c: string;
            CreatedDate: string;
            OwnerId: string;
        }[];
        const results = (
            db.prepare('SELECT COUNT(*) AS n FROM _bulk_job_results WHERE job_id = ?').get(id) as {
                n: number;
            }
        ).n;
        db.close();
        expect(job.state).toBe('InProgress');
        expect(job.nextRow).toBeGreaterThanOrEqual(1000);
        expect(job.nextRow).toBeLessThan(total);
        // Committed progress, stored records and stored results agree, chunk by chunk.
        expect(rows.length).toBe(job.nextRow);
        expect(results).toBe(job.nextRow);
        expect(job.nextRow % 200).toBe(0);
        rows.forEach((row, i) => {
            expect(row).toEqual({
                Name: `Crash ${String(i).padStart(5, '0')}`,
                Family__c: 'Crash',
                Sort_Order__c: i % 10000,
                Description__c: `row ${i} of ${total}`,
                CreatedDate: expect.stringMatching(/Z$/),
                OwnerId: expect.stringMatching(/^005/)
            });
        });

        // A restart resumes the job from its last committed chunk: every row once, none twice.
        const org = await startTestOrg({ dataDir, seed: false });
        try {
            const finished = await waitForJob(
                { url: org.running.url, token: org.running.token },
                id,
                (info) => info.state === 'JobComplete'
            );
            expect(finished).toMatchObject({
                numberRecordsProcessed: total,
                numberRecordsFailed: 0
            });
            const names = await org.conn.query<{ Name: string }>(
                "SELECT Name FROM Solution__c WHERE Family__c = 'Crash'",
                { autoFetch: true, maxFetch: total * 2 }
            );
            expect(names.totalSize).toBe(total);
            expect(new Set(names.records.map((record) => record.Name)).size).toBe(total);
        } finally {
            await org.stop();
        }
    });
});

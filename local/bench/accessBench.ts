// What access enforcement costs a query: the same requests as the administrator (View All Data:
// no sharing condition, the whole schema) and as an account manager (the schema of their permission
// sets, the sharing condition in SQL), in the same process, interleaved, with the ratio printed.
// `npm run bench:access -- --rounds N`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startOrgServer } from '../org/server';

const PROJECT_DIR = resolve(__dirname, '..', '..');

const REQUESTS: readonly { name: string; path: string; body?: unknown }[] = [
    {
        name: 'SOQL, opportunities with their evidence (public sharing)',
        path: `/query?q=${encodeURIComponent('SELECT Id, Name, Deal_Score__c, (SELECT Id, State__c FROM Deal_Evidence__r) FROM Opportunity')}`
    },
    {
        name: 'SOQL, buying center members (controlled by parent)',
        path: `/query?q=${encodeURIComponent('SELECT Id, Name, Buying_Center__r.Name FROM Buying_Center_Member__c')}`
    },
    {
        name: 'SOQL, sales targets (private: owner and role hierarchy)',
        path: `/query?q=${encodeURIComponent('SELECT Id, Name, Target_Amount__c FROM Sales_Target__c')}`
    },
    {
        name: 'GraphQL, opportunities with evidence',
        path: '/graphql',
        body: {
            query: '{ uiapi { query { Opportunity(first: 200) { edges { node { Id Name { value } Deal_Score__c @optional { value } Deal_Evidence__r(first: 50) { edges { node { Id } } } } } } } } }'
        }
    }
];

function option(name: string, fallback: number): number {
    const index = process.argv.indexOf(name);
    const value = index < 0 ? Number.NaN : Number(process.argv[index + 1]);
    return Number.isFinite(value) && value > 0 ? value : fallback;
}

async function main(): Promise<void> {
    const rounds = option('--rounds', 200);
    const dataDir = mkdtempSync(join(tmpdir(), 'atlas-access-bench-'));
    const org = await startOrgServer({
        projectDir: PROJECT_DIR,
        dataDir,
        port: 0,
        writeConnectionFile: false
    });
    const tokens = {
        admin: org.org.users.admin.token,
        'account-manager': org.org.users.byName('account-manager')?.token ?? ''
    };
    const time = async (token: string, request: (typeof REQUESTS)[number]): Promise<number> => {
        const started = process.hrtime.bigint();
        const response = await fetch(`${org.url}/services/data/v66.0${request.path}`, {
            method: request.body === undefined ? 'GET' : 'POST',
            headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
            body: request.body === undefined ? undefined : JSON.stringify(request.body)
        });
        const text = await response.text();
        if (!response.ok || text.includes('"errors":[{')) {
            throw new Error(`${request.name}: ${response.status} ${text.slice(0, 200)}`);
        }
        return Number(process.hrtime.bigint() - started) / 1e6;
    };
    try {
        process.stdout.write(
            `access enforcement overhead, ${rounds} interleaved rounds per request\n`
        );
        for (const request of REQUESTS) {
            // Warm-up: prepared statements and the per-user GraphQL schema.
            await time(tokens.admin, request);
            await time(tokens['account-manager'], request);
            const totals = { admin: 0, 'account-manager': 0 };
            for (let round = 0; round < rounds; round += 1) {
                totals.admin += await time(tokens.admin, request);
                totals['account-manager'] += await time(tokens['account-manager'], request);
            }
            const admin = totals.admin / rounds;
            const manager = totals['account-manager'] / rounds;
            process.stdout.write(
                `${request.name}\n  administrator (baseline) ${admin.toFixed(2)} ms, account manager ${manager.toFixed(2)} ms, ratio ${(manager / admin).toFixed(2)}\n`
            );
        }
    } finally {
        await org.close();
        rmSync(dataDir, { recursive: true, force: true });
    }
}

main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
});

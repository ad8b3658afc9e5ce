// A load generator for the local org: N concurrent clients over loopback, each mixing GraphQL reads
// with record writes (updates of a record it owns, and creates), for a bounded time and request
// count. It reports request rate and latency percentiles, and checks afterwards that no write was
// lost: every created record exists and every owned record holds the client's last written value.

export interface LoadOptions {
    readonly url: string;
    readonly token: string;
    readonly clients: number;
    readonly durationMs: number;
    readonly maxRequests: number;
    /** A first phase with the same mix, not measured: a fresh process pays for JIT compilation. */
    readonly warmupMs?: number;
    /** Each client makes at least this many measured requests, past the deadline if it must, so a
     * smoke test's counts do not depend on how fast a loaded machine happens to be. */
    readonly minRequestsPerClient?: number;
}

export interface LoadReport {
    readonly requests: number;
    readonly errors: readonly string[];
    readonly seconds: number;
    readonly rate: number;
    readonly p50: number;
    readonly p99: number;
    readonly byKind: Readonly<Record<string, number>>;
    readonly createdChecked: number;
    readonly updatesChecked: number;
    readonly lostWrites: readonly string[];
}

const READ_QUERY = `query Centers($accountId: ID) {
    uiapi {
        query {
            Buying_Center__c(where: { Account__c: { eq: $accountId } }, first: 50, orderBy: { Name: { order: ASC } }) {
                edges {
                    node {
                        Id
                        Name { value }
                        Wallet_Size__c { value displayValue }
                        Account__r { Name { value } }
                        Members__r(first: 20) { edges { node { Id Support__c { value } Contact__r { Name { value } } } } totalCount }
                    }
                }
                totalCount
            }
        }
    }
}`;

function percentile(sorted: readonly number[], fraction: number): number {
    if (sorted.length === 0) {
        return 0;
    }
    return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

export async function runLoad(options: LoadOptions): Promise<LoadReport> {
    const headers = {
        Authorization: `Bearer ${options.token}`,
        'Content-Type': 'application/json'
    };
    const api = `${options.url}/services/data/v66.0`;
    const request = async (
        method: string,
        path: string,
        body?: unknown
    ): Promise<{ status: number; json: unknown }> => {
        const response = await fetch(`${api}${path}`, {
            method,
            headers,
            body: body === undefined ? undefined : JSON.stringify(body)
        });
        const text = await response.text();
        return {
            status: response.status,
            json: text === '' ? undefined : (JSON.parse(text) as unknown)
        };
    };

    const accounts = (
        await request('GET', `/query?q=${encodeURIComponent('SELECT Id FROM Account LIMIT 10')}`)
    ).json as { records: { Id: string }[] };
    const accountIds = accounts.records.map((record) => record.Id);
    if (accountIds.length === 0) {
        throw new Error('the org has no accounts to load against (seed it first)');
    }
    const tag = `Load ${Date.now().toString(36)}`;

    // Each client owns one buying center whose Wallet_Size__c it sets to 1, 2, 3…
    const owned: string[] = [];
    for (let client = 0; client < options.clients; client++) {
        const created = await request('POST', '/sobjects/Buying_Center__c', {
            Name: `${tag} client ${client}`,
            Account__c: accountIds[client % accountIds.length],
            Wallet_Size__c: 0
        });
        owned.push((created.json as { id: string }).id);
    }

    const latencies: number[] = [];
    const errors: string[] = [];
    const byKind: Record<string, number> = { graphql: 0, update: 0, create: 0 };
    const lastWritten = new Array<number>(options.clients).fill(0);
    const created: string[] = [];
    let issued = 0;
    const sequences = new Array<number>(options.clients).fill(0);
    let measuring = false;
    let deadline = 0;

    const minimum = options.minRequestsPerClient ?? 0;
    const client = async (index: number): Promise<void> => {
        let step = index;
        let measured = 0;
        const goOn = (): boolean =>
            (performance.now() < deadline || (measuring && measured < minimum)) &&
            (!measuring || issued < options.maxRequests);
        while (goOn()) {
            if (measuring) {
                issued++;
                measured++;
            }
            step++;
            const kind = step % 10 < 6 ? 'graphql' : step % 10 < 9 ? 'update' : 'create';
            const began = performance.now();
            try {
                if (kind === 'graphql') {
                    const response = await request('POST', '/graphql', {
                        query: READ_QUERY,
                        variables: { accountId: accountIds[step % accountIds.length] }
                    });
                    const body = response.json as { errors?: unknown[]; data?: unknown };
                    if (
                        response.status !== 200 ||
                        (body.errors?.length ?? 0) > 0 ||
                        body.data === null
                    ) {
                        errors.push(`graphql ${response.status}: ${JSON.stringify(body.errors)}`);
                    }
                } else if (kind === 'update') {
                    sequences[index] = (sequences[index] ?? 0) + 1;
                    const sequence = sequences[index] ?? 0;
                    const response = await request(
                        'PATCH',
                        `/ui-api/records/${owned[index] ?? ''}`,
                        { fields: { Wallet_Size__c: sequence } }
                    );
                    if (response.status === 200) {
                        lastWritten[index] = sequence;
                    } else {
                        errors.push(`update ${response.status}: ${JSON.stringify(response.json)}`);
                    }
                } else {
                    const response = await request('POST', '/sobjects/Solution__c', {
                        Name: `${tag} ${index}-${step}`,
                        Family__c: tag
                    });
                    if (response.status === 201) {
                        created.push((response.json as { id: string }).id);
                    } else {
                        errors.push(`create ${response.status}: ${JSON.stringify(response.json)}`);
                    }
                }
            } catch (error) {
                errors.push(`${kind}: ${error instanceof Error ? error.message : String(error)}`);
            }
            if (measuring) {
                latencies.push(performance.now() - began);
                byKind[kind] = (byKind[kind] ?? 0) + 1;
            }
        }
    };
    const runClients = async (): Promise<void> => {
        await Promise.all(Array.from({ length: options.clients }, (_, index) => client(index)));
    };
    deadline = performance.now() + (options.warmupMs ?? 1000);
    await runClients();
    measuring = true;
    const started = performance.now();
    deadline = started + options.durationMs;
    await runClients();
    const seconds = (performance.now() - started) / 1000;

    // No lost writes: every create is there, and every owned record holds its client's last value.
    const lostWrites: string[] = [];
    const stored = new Set<string>();
    let next: string | undefined =
        `/query?q=${encodeURIComponent(`SELECT Id FROM Solution__c WHERE Family__c = '${tag}'`)}`;
    while (next !== undefined) {
        const page = (await request('GET', next)).json as {
            records: { Id: string }[];
            nextRecordsUrl?: string;
        };
        page.records.forEach((record) => stored.add(record.Id));
        next = page.nextRecordsUrl?.replace('/services/data/v66.0', '');
    }
    for (const id of created) {
        if (!stored.has(id)) {
            lostWrites.push(`created ${id} is missing`);
        }
    }
    if (stored.size !== created.length) {
        lostWrites.push(`${stored.size} records stored for ${created.length} creates`);
    }
    const values = (
        await request(
            'GET',
            `/query?q=${encodeURIComponent(`SELECT Id, Wallet_Size__c FROM Buying_Center__c WHERE Name LIKE '${tag} client %'`)}`
        )
    ).json as {
        records: { Id: string; Wallet_Size__c: number }[];
    };
    const byId = new Map(values.records.map((record) => [record.Id, record.Wallet_Size__c]));
    owned.forEach((id, index) => {
        if (byId.get(id) !== lastWritten[index]) {
            lostWrites.push(
                `client ${index} wrote ${lastWritten[index] ?? 0} last but ${id} holds ${String(byId.get(id))}`
            );
        }
    });

    const sorted = [...latencies].sort((a, b) => a - b);
    return {
        requests: latencies.length,
        errors,
        seconds,
        rate: latencies.length / seconds,
        p50: percentile(sorted, 0.5),
        p99: percentile(sorted, 0.99),
        byKind,
        createdChecked: created.length,
        updatesChecked: owned.length,
        lostWrites
    };
}

/** The figures as one printable block (printed, never asserted). */
export function formatReport(report: LoadReport, clients: number): string {
    return [
        `local org load: ${clients} concurrent clients, ${report.requests} requests in ${report.seconds.toFixed(2)} s`,
        `  rate ${report.rate.toFixed(0)} requests/s; latency p50 ${report.p50.toFixed(1)} ms, p99 ${report.p99.toFixed(1)} ms`,
        `  mix: ${Object.entries(report.byKind)
            .map(([kind, count]) => `${kind} ${count}`)
            .join(', ')}`,
        `  errors ${report.errors.length}; lost writes ${report.lostWrites.length} (checked ${report.createdChecked} creates, ${report.updatesChecked} owned records)`
    ].join('\n');
}

// lightning/graphql for the preview: the `graphql` wire adapter, `gql`, `refreshGraphQL` and
// `executeMutation`, answered by the local org's /graphql endpoint. As on the platform: a wire first
// emits { data: undefined, errors: undefined }, then { data, errors }; every emission carries
// refresh(); wires with the same query and variables share one cached answer, so a refresh from one
// panel re-emits to every panel showing it; an answer equal to the last one is not emitted again.
import { callOrg } from './transport';
import { mentionsAny, onRecordsChanged } from './recordEvents';

export interface GraphQLResult {
    data: unknown;
    errors: unknown[] | undefined;
    refresh: () => Promise<void>;
}

interface GraphQLConfig {
    query?: unknown;
    variables?: Record<string, unknown>;
    operationName?: string;
}

/** The query text: the platform compiles gql at build time; the local org parses the text. */
export function gql(strings: TemplateStringsArray, ...values: unknown[]): string {
    return strings.reduce(
        (text, part, index) => text + part + (index < values.length ? String(values[index]) : ''),
        ''
    );
}

/** An answer older than this is fetched again when a new wire asks for it (LDS's cache lifetime). */
const CACHE_LIFETIME_MS = 30_000;

class QueryEntry {
    readonly subscribers = new Set<(result: GraphQLResult) => void>();
    latest: GraphQLResult | undefined;
    private latestText = '';
    private fetchedAt = 0;
    private inFlight: Promise<void> | undefined;

    private readonly body: { query: string; variables?: unknown; operationName?: string };

    constructor(body: { query: string; variables?: unknown; operationName?: string }) {
        this.body = body;
    }

    readonly refresh = (): Promise<void> => this.load(true);

    get stale(): boolean {
        return Date.now() - this.fetchedAt > CACHE_LIFETIME_MS;
    }

    mentions(recordIds: readonly string[]): boolean {
        return mentionsAny(this.latestText, recordIds);
    }

    load(force = false): Promise<void> {
        if (this.inFlight !== undefined && !force) {
            return this.inFlight;
        }
        const run = this.fetchOnce().finally(() => {
            if (this.inFlight === run) {
                this.inFlight = undefined;
            }
        });
        this.inFlight = run;
        return run;
    }

    private async fetchOnce(): Promise<void> {
        let data: unknown;
        let errors: unknown[] | undefined;
        try {
            const answer = (await callOrg('POST', '/graphql', this.body)) as {
                data?: unknown;
                errors?: unknown[];
            };
            data = answer.data ?? undefined;
            errors =
                Array.isArray(answer.errors) && answer.errors.length > 0
                    ? answer.errors
                    : undefined;
        } catch (failure) {
            // A transport or HTTP failure reaches the component as GraphQL errors, as with LDS.
            const body = (failure as { body?: unknown }).body;
            errors = Array.isArray(body) ? body : [body ?? { message: String(failure) }];
        }
        this.fetchedAt = Date.now();
        const text = JSON.stringify({ data, errors });
        if (this.latest !== undefined && text === this.latestText) {
            return;
        }
        this.latestText = text;
        this.latest = { data, errors, refresh: this.refresh };
        for (const subscriber of [...this.subscribers]) {
            subscriber(this.latest);
        }
    }
}

const entries = new Map<string, QueryEntry>();

onRecordsChanged((recordIds) => {
    for (const entry of entries.values()) {
        if (entry.subscribers.size > 0 && entry.mentions(recordIds)) {
            void entry.load(true);
        }
    }
});

function entryFor(config: GraphQLConfig): QueryEntry | undefined {
    if (typeof config.query !== 'string' || config.query.trim() === '') {
        return undefined;
    }
    const body = {
        query: config.query,
        ...(config.variables === undefined ? {} : { variables: config.variables }),
        ...(config.operationName === undefined ? {} : { operationName: config.operationName })
    };
    const key = JSON.stringify(body);
    let entry = entries.get(key);
    if (entry === undefined) {
        entry = new QueryEntry(body);
        entries.set(key, entry);
    }
    return entry;
}

/** The wire adapter (the class form LWC calls with a data callback). */
export class graphql {
    private entry: QueryEntry | undefined;
    private connected = false;
    private readonly emit: (result: GraphQLResult) => void;

    constructor(dataCallback: (result: GraphQLResult) => void) {
        this.emit = (result) => dataCallback(result);
    }

    update(config: GraphQLConfig): void {
        const next = entryFor(config);
        if (next === this.entry) {
            return;
        }
        this.unsubscribe();
        this.entry = next;
        if (this.connected) {
            this.subscribe();
        }
    }

    connect(): void {
        this.connected = true;
        this.subscribe();
    }

    disconnect(): void {
        this.connected = false;
        this.unsubscribe();
    }

    private subscribe(): void {
        const entry = this.entry;
        if (entry === undefined || entry.subscribers.has(this.emit)) {
            return;
        }
        entry.subscribers.add(this.emit);
        if (entry.latest === undefined) {
            this.emit({ data: undefined, errors: undefined, refresh: entry.refresh });
            void entry.load();
        } else {
            this.emit(entry.latest);
            if (entry.stale) {
                void entry.load(true);
            }
        }
    }

    private unsubscribe(): void {
        this.entry?.subscribers.delete(this.emit);
    }
}

/** The older imperative form: refreshGraphQL(result) refreshes the wire that emitted result. */
export function refreshGraphQL(
    result: { refresh?: () => Promise<void> } | undefined
): Promise<void> {
    return result?.refresh?.() ?? Promise.resolve();
}

/** Mutations: the local org answers them with its GraphQL error (it writes through the UI API). */
export async function executeMutation(config: {
    query: unknown;
    variables?: Record<string, unknown>;
    operationName?: string;
}): Promise<{ data?: unknown; errors?: unknown[] }> {
    const answer = (await callOrg('POST', '/graphql', {
        query: String(config.query),
        variables: config.variables,
        operationName: config.operationName
    })) as { data?: unknown; errors?: unknown[] };
    return answer;
}

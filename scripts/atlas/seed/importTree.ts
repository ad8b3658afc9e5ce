// Imports a data plan as `sf data import tree` does: per file, POST /composite/tree/{sobject} in
// requests of at most 200 records, "@Ref" values replaced by the ids earlier requests returned. A
// record that points at a record later in the same file waits for the next request. Each request
// is all or none on the platform, so a failure leaves whole requests behind, never half of one.
import type { Connection } from 'jsforce';
import type { PlanFile, PlanRecord } from './dataPlan';

export const TREE_CHUNK = 200;

export interface ImportProgress {
    readonly file: string;
    readonly created: number;
    readonly total: number;
}

/** A failed request: what was created before it, and the platform's errors. */
export class ImportTreeError extends Error {
    // `declare`: a subclass with class fields looks like a component to the LWC Jest transform.
    declare readonly created: number;
    constructor(message: string, created: number) {
        super(message);
        this.name = 'ImportTreeError';
        this.created = created;
    }
}

interface TreeResult {
    referenceId?: string;
    id?: string;
    errors?: { statusCode?: string; message?: string; fields?: string[] }[];
}

interface TreeResponse {
    hasErrors?: boolean;
    results?: TreeResult[];
}

/** The record as the tree resource takes it, or undefined while a reference is unresolved. */
function resolveRecord(
    sobject: string,
    record: PlanRecord,
    referenceId: string,
    ids: ReadonlyMap<string, string>
): Record<string, unknown> | undefined {
    const body: Record<string, unknown> = { attributes: { type: sobject, referenceId } };
    for (const [key, value] of Object.entries(record)) {
        if (key === 'attributes') {
            continue;
        }
        if (typeof value === 'string' && value.startsWith('@')) {
            const id = ids.get(value.slice(1));
            if (id === undefined) {
                return undefined;
            }
            body[key] = id;
        } else {
            body[key] = value;
        }
    }
    return body;
}

function errorsOf(response: TreeResponse | undefined): string {
    const lines: string[] = [];
    for (const result of response?.results ?? []) {
        for (const error of result.errors ?? []) {
            const fields =
                error.fields && error.fields.length > 0 ? ` [${error.fields.join(', ')}]` : '';
            lines.push(
                `${result.referenceId ?? '?'}: ${error.statusCode ?? 'ERROR'}: ${error.message ?? ''}${fields}`
            );
        }
    }
    return lines.join('; ');
}

function treeResponseOf(value: unknown): TreeResponse | undefined {
    let parsed: unknown = value;
    if (typeof value === 'string') {
        try {
            parsed = JSON.parse(value);
        } catch {
            return undefined;
        }
    }
    return typeof parsed === 'object' && parsed !== null && 'results' in parsed
        ? (parsed as TreeResponse)
        : undefined;
}

async function postTree(
    conn: Connection,
    sobject: string,
    records: readonly Record<string, unknown>[]
): Promise<TreeResponse> {
    try {
        return await conn.request<TreeResponse>({
            method: 'POST',
            url: `/services/data/v${conn.version}/composite/tree/${encodeURIComponent(sobject)}`,
            body: JSON.stringify({ records }),
            headers: { 'Content-Type': 'application/json' }
        });
    } catch (error) {
        // A 400 from the tree resource carries the per-record errors ({hasErrors, results}), not
        // the [{errorCode, message}] list jsforce expects, so jsforce puts the body in the message.
        const candidates = [
            (error as { content?: unknown }).content,
            error instanceof Error ? error.message : undefined
        ];
        for (const candidate of candidates) {
            const response = treeResponseOf(candidate);
            if (response !== undefined) {
                return response;
            }
        }
        throw error;
    }
}

/** Imports every file of the plan; resolves with the number of records created. */
export async function importPlan(
    conn: Connection,
    plan: readonly PlanFile[],
    onProgress: (progress: ImportProgress) => void = () => undefined
): Promise<number> {
    const ids = new Map<string, string>();
    const total = plan.reduce((sum, file) => sum + file.records.length, 0);
    let created = 0;
    for (const file of plan) {
        let pending = file.records.map((record, index) => ({
            record,
            referenceId: record.attributes?.referenceId ?? `${file.sobject}Row${index + 1}`
        }));
        while (pending.length > 0) {
            const ready: Record<string, unknown>[] = [];
            const readyRefs: string[] = [];
            const waiting: typeof pending = [];
            for (const entry of pending) {
                const body =
                    ready.length < TREE_CHUNK
                        ? resolveRecord(file.sobject, entry.record, entry.referenceId, ids)
                        : undefined;
                if (body === undefined) {
                    waiting.push(entry);
                } else {
                    ready.push(body);
                    readyRefs.push(entry.referenceId);
                }
            }
            if (ready.length === 0) {
                throw new ImportTreeError(
                    `${file.file}: ${waiting.length} record(s) point at references no earlier record has (${waiting
                        .slice(0, 3)
                        .map((entry) => entry.referenceId)
                        .join(', ')})`,
                    created
                );
            }
            const response = await postTree(conn, file.sobject, ready);
            if (response.hasErrors !== false) {
                throw new ImportTreeError(
                    `${file.file}: the org refused ${ready.length} ${file.sobject} record(s): ${
                        errorsOf(response) || JSON.stringify(response).slice(0, 300)
                    }`,
                    created
                );
            }
            for (const result of response.results ?? []) {
                if (result.referenceId !== undefined && result.id !== undefined) {
                    ids.set(result.referenceId, result.id);
                }
            }
            const missing = readyRefs.filter((ref) => !ids.has(ref));
            if (missing.length > 0) {
                throw new ImportTreeError(
                    `${file.file}: the org answered without ids for ${missing.join(', ')}`,
                    created
                );
            }
            created += ready.length;
            onProgress({ file: file.file, created, total });
            pending = waiting;
        }
    }
    return created;
}

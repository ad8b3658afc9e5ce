// Seeds an empty local org from the project's `sf data import tree` plan (data/sample-data-plan.json),
// resolving @Ref ids the way the CLI does, through the same save pipeline as every other write; the
// sample team's records go to their reps (sampleOwners.ts).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SalesforceError } from './errors';
import type { LocalOrg } from './org';
import { sampleOwnerOf, sampleVerifiersOf } from './sampleOwners';

interface PlanStep {
    readonly sobject: string;
    readonly files: readonly string[];
}

function readJson(path: string): unknown {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

function asPlan(value: unknown, path: string): PlanStep[] {
    if (!Array.isArray(value)) {
        throw new Error(`${path} is not a data plan (a JSON array of { sobject, files })`);
    }
    return value.map((step: unknown) => {
        const candidate = step as { sobject?: unknown; files?: unknown };
        if (typeof candidate.sobject !== 'string' || !Array.isArray(candidate.files)) {
            throw new Error(`${path}: every step needs "sobject" and "files"`);
        }
        return { sobject: candidate.sobject, files: candidate.files.map(String) };
    });
}

type PlanRecord = Record<string, unknown> & {
    attributes?: { type?: string; referenceId?: string };
};

/** Imports every record of the plan in one transaction; returns how many were created. */
export function seedFromPlan(org: LocalOrg, planPath: string): number {
    const plan = asPlan(readJson(planPath), planPath);
    const ids = new Map<string, string>();
    let created = 0;
    org.store.transaction(() => {
        for (const step of plan) {
            for (const file of step.files) {
                const content = readJson(join(dirname(planPath), file)) as {
                    records?: PlanRecord[];
                };
                let pending = content.records ?? [];
                // Records that point at a record later in the same file wait for it (as the CLI does).
                while (pending.length > 0) {
                    const waiting: PlanRecord[] = [];
                    for (const record of pending) {
                        const fields: Record<string, unknown> = {};
                        let unresolved = false;
                        for (const [key, value] of Object.entries(record)) {
                            if (key === 'attributes') {
                                continue;
                            }
                            if (typeof value === 'string' && value.startsWith('@')) {
                                const id = ids.get(value.slice(1));
                                if (id === undefined) {
                                    unresolved = true;
                                    break;
                                }
                                fields[key] = id;
                            } else {
                                fields[key] = value;
                            }
                        }
                        if (unresolved) {
                            waiting.push(record);
                            continue;
                        }
                        const referenceId = record.attributes?.referenceId;
                        const owner = sampleOwnerOf(referenceId);
                        if (owner !== undefined) {
                            // The sample team's records: their rep owns them (sampleOwners.ts).
                            const ownerId = org.users.byName(owner)?.id;
                            if (ownerId === undefined) {
                                throw new Error(`seeding ${file}: no local user "${owner}"`);
                            }
                            fields.OwnerId = ownerId;
                        }
                        const verified = sampleVerifiersOf(referenceId);
                        if (verified !== undefined) {
                            // Passed champion tests name who verified them (sampleOwners.ts).
                            const verifierId = org.users.byName(verified.verifier)?.id;
                            if (verifierId === undefined) {
                                throw new Error(
                                    `seeding ${file}: no local user "${verified.verifier}"`
                                );
                            }
                            for (const field of verified.fields) {
                                fields[field] = verifierId;
                            }
                        }
                        try {
                            const id = org.store.insert(step.sobject, fields);
                            created++;
                            if (referenceId !== undefined) {
                                ids.set(referenceId, id);
                            }
                        } catch (error) {
                            const reason =
                                error instanceof SalesforceError
                                    ? `${error.errorCode}: ${error.message}`
                                    : String(error);
                            throw new Error(
                                `seeding ${file} record ${referenceId ?? '?'} failed: ${reason}`
                            );
                        }
                    }
                    if (waiting.length === pending.length) {
                        throw new Error(
                            `seeding ${file}: unresolvable references in ${waiting.length} record(s)`
                        );
                    }
                    pending = waiting;
                }
            }
        }
        org.markSeeded();
    });
    return created;
}

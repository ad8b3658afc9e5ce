// The sample data plan (data/sample-data-plan.json, the `sf data import tree` format the local org
// also seeds from): steps of { sobject, files }, each file { records: [...] } with
// attributes.referenceId and "@Ref" values pointing at records of earlier steps or the same file.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type PlanRecord = Record<string, unknown> & {
    attributes?: { type?: string; referenceId?: string };
};

export interface PlanFile {
    readonly sobject: string;
    /** The file name as the plan lists it (for messages). */
    readonly file: string;
    readonly records: readonly PlanRecord[];
}

export const DATA_PLAN = join('data', 'sample-data-plan.json');

function readJson(path: string): unknown {
    try {
        return JSON.parse(readFileSync(path, 'utf8')) as unknown;
    } catch (error) {
        throw new Error(
            `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`
        );
    }
}

/** Every file of the plan in plan order, with its records. */
export function readDataPlan(planPath: string): PlanFile[] {
    const plan = readJson(planPath);
    if (!Array.isArray(plan)) {
        throw new Error(`${planPath} is not a data plan (a JSON array of { sobject, files })`);
    }
    const files: PlanFile[] = [];
    for (const step of plan as unknown[]) {
        const candidate = step as { sobject?: unknown; files?: unknown };
        if (typeof candidate.sobject !== 'string' || !Array.isArray(candidate.files)) {
            throw new Error(`${planPath}: every step needs "sobject" and "files"`);
        }
        for (const file of candidate.files.map(String)) {
            const content = readJson(join(dirname(planPath), file)) as { records?: unknown };
            if (!Array.isArray(content.records)) {
                throw new Error(`${file}: expected { "records": [...] }`);
            }
            files.push({
                sobject: candidate.sobject,
                file,
                records: content.records as PlanRecord[]
            });
        }
    }
    return files;
}

/** The Name of every Account in the plan: how `atlas seed` recognises an org already seeded. */
export function demoAccountNames(plan: readonly PlanFile[]): string[] {
    return plan
        .filter((file) => file.sobject === 'Account')
        .flatMap((file) => file.records.map((record) => record.Name))
        .filter((name): name is string => typeof name === 'string' && name !== '');
}

/** How many records the plan holds. */
export function planSize(plan: readonly PlanFile[]): number {
    return plan.reduce((sum, file) => sum + file.records.length, 0);
}

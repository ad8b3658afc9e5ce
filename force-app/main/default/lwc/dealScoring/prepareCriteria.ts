// The stage criteria in canonical form: one per id, each field in its expected type, with the
// importance weight resolved. Sales ops' configuration is shared by every deal, so well-formed
// criteria (the usual case, in bulk) are used as they are, without a copy.
import { CRITERION_CATEGORIES } from 'c/atlasModel';
import type { CriterionCategory, StageCriterionRecord } from 'c/atlasModel';
import { frameworkGroupsOf, groupOfCriterion } from 'c/salesFramework';
import type { FrameworkGroup } from 'c/salesFramework';
import type { DealScoringConfig, DealWarning } from './types';
import { canonical, identifiedRecords } from './canonical';
import { isFiniteNumber } from './values';
import {
    badField,
    criterionStageUnknown,
    NO_QUESTION,
    noQuestion,
    readAsBlank,
    unknownCategory,
    unknownImportance
} from './warningMessages';
import type { MessageParam } from 'c/atlasMessages';

/** Stage_Criterion__c.Category__c's values: any other is read with a warning. */
const CATEGORIES: readonly CriterionCategory[] = CRITERION_CATEGORIES;

/** A criterion ready to weigh. */
export interface WeighedCriterion {
    record: StageCriterionRecord;
    /** Its stage's position in the sales process; -1 for a qualification question. */
    stageIndex: number;
    /**
     * Its importance weight (Important when blank or unknown); a qualification question's is
     * multiplied by its framework group's weight (a question in no group counts as weight 1).
     */
    weight: number;
    /** A qualification question's group in the active framework; null for a stage's criterion. */
    group: FrameworkGroup | null;
    /** Its position among all the criteria: a deal's answers are kept by it (see Answers). */
    index: number;
}

export interface PreparedCriteria {
    /** Every criterion with an id, active or not (evidence may answer any of them) → its index. */
    indexById: Map<string, number>;
    /** Active criteria of the stages in the sales process, by stage then sort order. */
    staged: WeighedCriterion[];
    /** Active qualification questions (no stage), by sort order. */
    qualification: WeighedCriterion[];
    /** The active framework's groups, in their order: the qualification factor's rows. */
    groups: readonly FrameworkGroup[];
}

const isOptional = (value: unknown, type: 'string' | 'boolean' | 'number'): boolean =>
    value === null || value === undefined || typeof value === type;

const isOptionalNumber = (value: unknown): boolean =>
    value === null || value === undefined || isFiniteNumber(value);

function isClean(raw: Record<string, unknown>): boolean {
    return (
        typeof raw.Question__c === 'string' &&
        isOptional(raw.Stage__c, 'string') &&
        isOptional(raw.Category__c, 'string') &&
        isOptional(raw.Importance__c, 'string') &&
        isOptional(raw.Required__c, 'boolean') &&
        isOptional(raw.Active__c, 'boolean') &&
        isOptionalNumber(raw.Sort_Order__c)
    );
}

/** The record as it is when clean (the usual case); else a copy with each bad field read as blank. */
function cleaned(raw: Record<string, unknown>, warnings: DealWarning[]): StageCriterionRecord {
    if (isClean(raw)) {
        return raw as unknown as StageCriterionRecord;
    }
    const id = raw.Id as string;
    const clean: Record<string, unknown> = { ...raw };
    const readAs = (field: string, as: MessageParam, value: unknown) => {
        warnings.push({
            code: 'BAD_FIELD',
            message: badField('Criterion', id, field, raw[field], as),
            recordId: id
        });
        clean[field] = value;
    };
    if (typeof raw.Question__c !== 'string') {
        readAs('Question__c', noQuestion(), NO_QUESTION);
    }
    for (const field of ['Stage__c', 'Category__c', 'Importance__c']) {
        if (!isOptional(raw[field], 'string')) {
            readAs(field, field === 'Importance__c' ? 'Important' : readAsBlank(), null);
        }
    }
    for (const field of ['Required__c', 'Active__c']) {
        if (!isOptional(raw[field], 'boolean')) {
            readAs(field, readAsBlank(), null);
        }
    }
    if (!isOptionalNumber(raw.Sort_Order__c)) {
        readAs('Sort_Order__c', readAsBlank(), null);
    }
    return clean as unknown as StageCriterionRecord;
}

const sortOrder = (criterion: WeighedCriterion): number =>
    criterion.record.Sort_Order__c ?? Number.MAX_SAFE_INTEGER;

function byPlace(a: WeighedCriterion, b: WeighedCriterion): number {
    return a.stageIndex - b.stageIndex || sortOrder(a) - sortOrder(b);
}

/** `frameworkGroups`: the active framework's Framework_Group__c records (none: the TAS template). */
export function prepareCriteria(
    value: unknown,
    stageOrder: readonly string[],
    config: DealScoringConfig,
    warnings: DealWarning[],
    frameworkGroups?: unknown
): PreparedCriteria {
    const groups = frameworkGroupsOf(
        Array.isArray(frameworkGroups) ? (frameworkGroups as never[]) : null
    );
    const records = identifiedRecords(value, 'criteria', 'Criterion', warnings);
    for (let i = 0; i < records.length; i++) {
        records[i] = cleaned(records[i] as Record<string, unknown>, warnings) as never;
    }
    // canonical() sorts by id, and the sorts below are stable: same place, id order.
    const criteria = canonical(records as unknown as StageCriterionRecord[], 'Criterion', warnings);
    const fallback = config.importanceWeights.Important;
    const staged: WeighedCriterion[] = [];
    const qualification: WeighedCriterion[] = [];
    const indexById = new Map<string, number>();
    for (let index = 0; index < criteria.length; index++) {
        const record = criteria[index] as StageCriterionRecord;
        indexById.set(record.Id, index);
        if (record.Active__c === false) {
            continue;
        }
        const importance = record.Importance__c;
        let weight = fallback;
        if (importance) {
            const configured = (config.importanceWeights as Record<string, number>)[importance];
            if (configured === undefined) {
                warnings.push({
                    code: 'UNKNOWN_IMPORTANCE',
                    message: unknownImportance(record.Question__c, importance),
                    recordId: record.Id
                });
            } else {
                weight = configured;
            }
        }
        if (record.Category__c && !CATEGORIES.includes(record.Category__c)) {
            warnings.push({
                code: 'BAD_FIELD',
                message: unknownCategory(record.Question__c, record.Category__c),
                recordId: record.Id
            });
        }
        if (!record.Stage__c) {
            const group = groupOfCriterion(record, groups);
            const groupWeight = group ? group.weight : 1;
            qualification.push({
                record,
                stageIndex: -1,
                weight: weight * groupWeight,
                group,
                index
            });
            continue;
        }
        const stageIndex = stageOrder.indexOf(record.Stage__c);
        if (stageIndex < 0) {
            warnings.push({
                code: 'CRITERION_STAGE_UNKNOWN',
                message: criterionStageUnknown(record.Question__c, record.Stage__c),
                recordId: record.Id
            });
            continue;
        }
        staged.push({ record, stageIndex, weight, group: null, index });
    }
    return {
        indexById,
        staged: staged.sort(byPlace),
        qualification: qualification.sort(byPlace),
        groups
    };
}

// The criteria of a bulk run, prepared once. Sales ops' criteria are the same for every deal of a
// run (one list, queried once), yet each deal used to copy, check, sort and index them again.
import type { DealScoringConfig, DealWarning } from './types';
import { prepareCriteria } from './prepareCriteria';
import type { PreparedCriteria } from './prepareCriteria';
import { isRecord } from './values';

// The last list prepared is kept with the values it was read from, and used again only while the
// list, every record in it and every field prepareCriteria reads are unchanged (and the stage order
// and configuration are the same): a list edited in place, or a new one, is prepared afresh.
interface Prepared {
    list: unknown[];
    /** Each entry of the list, then (for a record) the fields prepareCriteria reads: readFields(). */
    readFrom: unknown[];
    stageOrder: readonly string[];
    config: DealScoringConfig;
    /** The framework groups the list was prepared with (the same array, or both absent). */
    frameworkGroups: unknown;
    criteria: PreparedCriteria;
    warnings: DealWarning[];
}

let last: Prepared | null = null;

const READ_FIELDS = 9;

/** Every field of a criterion that preparing or scoring reads. */
function readFields(record: Record<string, unknown>, into: unknown[]): void {
    into.push(
        record.Id,
        record.Question__c,
        record.Stage__c,
        record.Category__c,
        record.Importance__c,
        record.Required__c,
        record.Active__c,
        record.Sort_Order__c,
        record.Framework_Group__c
    );
}

function readFrom(list: readonly unknown[]): unknown[] {
    const values: unknown[] = [];
    for (const item of list) {
        values.push(item);
        if (isRecord(item)) {
            readFields(item, values);
        }
    }
    return values;
}

function unchanged(memo: Prepared, list: readonly unknown[]): boolean {
    const values = memo.readFrom;
    let at = 0;
    for (const item of list) {
        if (values[at] !== item) {
            return false;
        }
        if (isRecord(item)) {
            if (
                values[at + 1] !== item.Id ||
                values[at + 2] !== item.Question__c ||
                values[at + 3] !== item.Stage__c ||
                values[at + 4] !== item.Category__c ||
                values[at + 5] !== item.Importance__c ||
                values[at + 6] !== item.Required__c ||
                values[at + 7] !== item.Active__c ||
                values[at + 8] !== item.Sort_Order__c ||
                values[at + 9] !== item.Framework_Group__c
            ) {
                return false;
            }
            at += READ_FIELDS;
        }
        at += 1;
    }
    return at === values.length;
}

function sameStages(a: readonly string[], b: readonly string[]): boolean {
    if (a.length !== b.length) {
        return false;
    }
    for (let i = 0; i < a.length; i++) {
        if (a[i] !== b[i]) {
            return false;
        }
    }
    return true;
}

export function sharedCriteria(
    value: unknown,
    stageOrder: readonly string[],
    config: DealScoringConfig,
    warnings: DealWarning[],
    frameworkGroups?: unknown
): PreparedCriteria {
    if (!Array.isArray(value)) {
        return prepareCriteria(value, stageOrder, config, warnings, frameworkGroups);
    }
    const memo = last;
    if (
        memo !== null &&
        memo.list === value &&
        memo.config === config &&
        memo.frameworkGroups === frameworkGroups &&
        sameStages(memo.stageOrder, stageOrder) &&
        unchanged(memo, value)
    ) {
        for (const warning of memo.warnings) {
            warnings.push({ ...warning });
        }
        return memo.criteria;
    }
    const own: DealWarning[] = [];
    const criteria = prepareCriteria(value, stageOrder, config, own, frameworkGroups);
    for (const warning of own) {
        warnings.push({ ...warning });
    }
    last = {
        list: value,
        readFrom: readFrom(value),
        stageOrder,
        config,
        frameworkGroups,
        criteria,
        warnings: own
    };
    return criteria;
}

// The sales process and the user's access as the deal panels read them from the same GraphQL request
// as their records: `uiapi.objectInfos` (object and field access, the StageName picklist in its
// order) and `uiapi.aggregate` (which stage names closed deals carry).
//
// Stage order: the StageName picklist values of the Opportunity object's default record type (the
// master record type when there is none), in picklist order, without the closed stages. A stage is
// closed when some closed opportunity carries it (the aggregate), or when it is one of the
// platform's default closed stages, Closed Won and Closed Lost, which exist in every new org
// whether or not a deal has reached them yet. The UI API does not say which picklist values are
// closed, and OpportunityStage is not a UI API object, so this is the closest one request can get.
import { isRecord } from 'c/atlasValues';
import { nodesOf } from './graphqlRecords';
import type { GraphQLConnection } from './graphqlRecords';
import { DEFAULT_CLOSED_STAGES } from 'c/atlasModel';
import { openStagesOf } from './dealInputs';

/** What the user may do with an object's records (object permissions; record sharing is the server's). */
export interface ObjectAccess {
    canCreate: boolean;
    canEdit: boolean;
    canDelete: boolean;
}

/** Until the object infos arrive (or when they fail), a panel is read-only. */
export const READ_ONLY: ObjectAccess = Object.freeze({
    canCreate: false,
    canEdit: false,
    canDelete: false
});

/** The master record type id: the picklist values every record type starts from. */
export const MASTER_RECORD_TYPE_ID = '012000000000000AAA';

export interface PicklistEntry {
    value: string;
    label: string;
}

interface GraphQLPicklistValues {
    recordTypeID?: string | null;
    picklistValues?: ({ value?: string | null; label?: string | null } | null)[] | null;
}

interface GraphQLFieldInfo {
    ApiName?: string | null;
    createable?: boolean | null;
    updateable?: boolean | null;
    picklistValuesByRecordTypeIDs?: (GraphQLPicklistValues | null)[] | null;
}

interface GraphQLObjectInfo {
    ApiName?: string | null;
    createable?: boolean | null;
    updateable?: boolean | null;
    deletable?: boolean | null;
    defaultRecordTypeId?: string | null;
    fields?: (GraphQLFieldInfo | null)[] | null;
}

function uiapiOf(data: unknown): Record<string, unknown> {
    const uiapi = isRecord(data) ? data.uiapi : undefined;
    return isRecord(uiapi) ? uiapi : {};
}

function objectInfoOf(data: unknown, objectApiName: string): GraphQLObjectInfo | undefined {
    const infos = uiapiOf(data).objectInfos;
    if (!Array.isArray(infos)) {
        return undefined;
    }
    return (infos as unknown[]).find(
        (info): info is GraphQLObjectInfo => isRecord(info) && info.ApiName === objectApiName
    );
}

function fieldInfoOf(
    data: unknown,
    objectApiName: string,
    fieldApiName: string
): GraphQLFieldInfo | undefined {
    const fields = objectInfoOf(data, objectApiName)?.fields ?? [];
    return fields.find((field): field is GraphQLFieldInfo => field?.ApiName === fieldApiName);
}

/** What the user may do with an object's records; read-only when the object info is missing. */
export function objectAccessOf(data: unknown, objectApiName: string): ObjectAccess {
    const info = objectInfoOf(data, objectApiName);
    if (!info) {
        return READ_ONLY;
    }
    return {
        canCreate: info.createable === true,
        canEdit: info.updateable === true,
        canDelete: info.deletable === true
    };
}

/** Whether the user may write every one of the fields (field-level security). */
export function fieldsUpdateable(
    data: unknown,
    objectApiName: string,
    fieldApiNames: readonly string[]
): boolean {
    return fieldApiNames.every(
        (name) => fieldInfoOf(data, objectApiName, name)?.updateable === true
    );
}

/**
 * A picklist's values in their order, for the object's default record type (else the master
 * record type, else the first record type answered).
 */
export function picklistEntriesOf(
    data: unknown,
    objectApiName: string,
    fieldApiName: string
): PicklistEntry[] {
    const byRecordType = (
        fieldInfoOf(data, objectApiName, fieldApiName)?.picklistValuesByRecordTypeIDs ?? []
    ).filter((entry): entry is GraphQLPicklistValues => entry !== null);
    const defaultId = objectInfoOf(data, objectApiName)?.defaultRecordTypeId;
    const chosen =
        byRecordType.find((entry) => entry.recordTypeID === defaultId) ??
        byRecordType.find((entry) => entry.recordTypeID === MASTER_RECORD_TYPE_ID) ??
        byRecordType[0];
    const entries: PicklistEntry[] = [];
    for (const item of chosen?.picklistValues ?? []) {
        if (item && typeof item.value === 'string' && item.value) {
            entries.push({ value: item.value, label: item.label || item.value });
        }
    }
    return entries;
}

/** Stage names that closed opportunities carry, from `aggregate { Opportunity(groupBy StageName) }`. */
export function closedStagesOf(data: unknown): string[] {
    const aggregate = uiapiOf(data).aggregate;
    const connection = isRecord(aggregate) ? aggregate.Opportunity : undefined;
    const stages: string[] = [];
    for (const node of nodesOf(connection as GraphQLConnection | undefined)) {
        const grouped = isRecord(node.aggregate) ? node.aggregate : {};
        const stage = isRecord(grouped.StageName) ? grouped.StageName.value : undefined;
        if (typeof stage === 'string' && stage) {
            stages.push(stage);
        }
    }
    return stages;
}

export interface SalesProcess {
    /** The open stages in order: what the scoring and pipeline helpers call stageOrder. */
    stageOrder: string[];
    /** Stage API value → the label to show (translated picklist labels). */
    stageLabels: Record<string, string>;
}

/** The open stages in picklist order, and their labels (see the top of this file for why). */
export function salesProcessOf(
    data: unknown,
    moreClosedStages: readonly string[] = []
): SalesProcess {
    const entries = picklistEntriesOf(data, 'Opportunity', 'StageName');
    const stageLabels: Record<string, string> = {};
    for (const entry of entries) {
        stageLabels[entry.value] = entry.label;
    }
    const stageOrder = openStagesOf(
        entries.map((entry) => entry.value),
        [...closedStagesOf(data), ...moreClosedStages]
    );
    return { stageOrder, stageLabels };
}

/**
 * The record type whose StageName values a new opportunity offers: the Opportunity object's
 * default record type for the user, from a getObjectInfos answer; the master record type when the
 * answer has none (no record types, or the object info not there yet).
 */
export function defaultRecordTypeIdOf(
    infos: { results?: { statusCode: number; result: unknown }[] } | undefined,
    objectApiName: string
): string {
    for (const entry of infos?.results ?? []) {
        const info = entry.result;
        if (entry.statusCode === 200 && isRecord(info) && info.apiName === objectApiName) {
            const id = info.defaultRecordTypeId;
            return typeof id === 'string' && id ? id : MASTER_RECORD_TYPE_ID;
        }
    }
    return MASTER_RECORD_TYPE_ID;
}

/**
 * The open stages, in picklist order, from a lightning/uiObjectInfoApi getPicklistValues answer for
 * Opportunity.StageName. The UI API marks each stage value closed or not in its attributes (the
 * Opportunity stage attributes: closed, won, probability); a value without attributes counts as
 * closed only when it is one of the default closed stages.
 */
export function openStagesOfPicklist(picklist: unknown): PicklistEntry[] {
    const values = isRecord(picklist) && Array.isArray(picklist.values) ? picklist.values : [];
    const stages: PicklistEntry[] = [];
    for (const item of values as unknown[]) {
        if (!isRecord(item) || typeof item.value !== 'string' || !item.value) {
            continue;
        }
        const attributes = isRecord(item.attributes) ? item.attributes : null;
        const closed =
            attributes && typeof attributes.closed === 'boolean'
                ? attributes.closed
                : DEFAULT_CLOSED_STAGES.includes(item.value);
        if (!closed && !stages.some((stage) => stage.value === item.value)) {
            const label = typeof item.label === 'string' && item.label ? item.label : item.value;
            stages.push({ value: item.value, label });
        }
    }
    return stages;
}

/** A closed stage the org offers, and whether closing there wins the deal. */
export interface ClosedStage extends PicklistEntry {
    won: boolean;
}

/**
 * The closed stages of a getPicklistValues answer for Opportunity.StageName (for the deal's record
 * type), in picklist order: the values whose stage attributes say closed, each with its won flag.
 * Stage names differ per org and record type, so only these flags decide; a value without
 * attributes is not offered.
 */
export function closedStagesOfPicklist(picklist: unknown): ClosedStage[] {
    const values = isRecord(picklist) && Array.isArray(picklist.values) ? picklist.values : [];
    const stages: ClosedStage[] = [];
    for (const item of values as unknown[]) {
        if (!isRecord(item) || typeof item.value !== 'string' || !item.value) {
            continue;
        }
        const attributes = isRecord(item.attributes) ? item.attributes : null;
        if (attributes?.closed === true && !stages.some((stage) => stage.value === item.value)) {
            const label = typeof item.label === 'string' && item.label ? item.label : item.value;
            stages.push({ value: item.value, label, won: attributes.won === true });
        }
    }
    return stages;
}

/** The values of a getPicklistValues answer, in order. */
export function picklistOptionsOf(picklist: unknown): PicklistEntry[] {
    const values = isRecord(picklist) && Array.isArray(picklist.values) ? picklist.values : [];
    const entries: PicklistEntry[] = [];
    for (const item of values as unknown[]) {
        if (isRecord(item) && typeof item.value === 'string' && item.value) {
            const label = typeof item.label === 'string' && item.label ? item.label : item.value;
            entries.push({ value: item.value, label });
        }
    }
    return entries;
}

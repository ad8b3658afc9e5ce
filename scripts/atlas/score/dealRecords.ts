// What the scorer reads, as Bulk API 2.0 SOQL, and how a result row (CSV: every value a string, a
// blank for null) becomes the typed record the Deal Score panel gets from GraphQL. The columns are
// the panel's own field lists (c/atlasRecords objectFields.ts: every field, the @optional ones too),
// so a field added for the panel reaches `atlas score` at once; only the few CLI_ONLY_COLUMNS below
// are the command's own. Each column's kind (number, checkbox, date-time) is the field's type in the
// project's metadata (schema/). __tests__/scoreColumns.test.ts compares these columns with the
// fields the Deal Score panel's query selects, object by object.
import { resolve } from 'node:path';
import type {
    BuyingCenterMemberRecord,
    DealCompetitorRecord,
    DealEvidenceRecord,
    DealScoreSnapshotRecord,
    FrameworkGroupRecord,
    OpportunityRecord,
    StageCriterionRecord
} from '../../../force-app/main/default/lwc/atlasModel/atlasModel';
import {
    BUYING_CENTER_MEMBER_FIELDS,
    CONTACT_FIELDS as CONTACT_FIELD_LIST,
    DEAL_EVIDENCE_FIELDS,
    DEAL_SCORE_SNAPSHOT_FIELDS,
    FRAMEWORK_GROUP_FIELDS as FRAMEWORK_GROUP_FIELD_LIST,
    OPPORTUNITY_FIELDS as OPPORTUNITY_FIELD_LIST,
    STAGE_CRITERION_FIELDS,
    DEAL_COMPETITOR_FIELDS
} from '../../../force-app/main/default/lwc/atlasRecords/objectFields';
import type { FieldList as ObjectFieldList } from '../../../force-app/main/default/lwc/atlasRecords/objectFields';
import { loadSchema } from '../../../schema/schema';
import type { FieldType } from '../../../schema/schema';
import type { CsvRow } from './bulkQuery';

type Kind = 'text' | 'number' | 'boolean' | 'dateTime';
/** SOQL columns in order, each with how its CSV text becomes the record's value. */
type FieldList = Readonly<Record<string, Kind>>;

/**
 * The columns the command reads beyond the panel's field lists, with why: a parent's field by
 * relationship path (the panel selects it as a nested node), a field the panel selects beside its
 * list, or one only the command's writes use.
 */
export const CLI_ONLY_COLUMNS: Readonly<Record<string, Readonly<Record<string, Kind>>>> = {
    // The buying center's name, as the panel reads it (Buying_Center__r { Name }): for the wording.
    Opportunity: { 'Buying_Center__r.Name': 'text' },
    // The competitor account's name, as the panel reads it (Competitor_Account__r { Name }).
    Deal_Competitor__c: { 'Competitor_Account__r.Name': 'text' },
    // The platform's last activity, which the panel selects beside CONTACT_FIELDS: half of a
    // person's last touch (a stale decision maker or coach).
    Contact: { LastActivityDate: 'text' },
    // The key each snapshot is written under, so a rerun updates rather than duplicates (scorePlan.ts).
    Deal_Score_Snapshot__c: { Snapshot_Key__c: 'text' }
};

const KIND_OF_TYPE: Partial<Record<FieldType, Kind>> = {
    Checkbox: 'boolean',
    Currency: 'number',
    Number: 'number',
    Percent: 'number',
    Summary: 'number',
    DateTime: 'dateTime'
};

/** The project's metadata: where each column's type comes from (read once, when first needed). */
const schema = loadSchema(resolve(__dirname, '..', '..', '..'));

function kindOf(objectApiName: string, field: string): Kind {
    const described = schema.field(objectApiName, field);
    if (!described) {
        throw new Error(`${objectApiName}.${field} is in a field list but not in the metadata`);
    }
    return KIND_OF_TYPE[described.type] ?? 'text';
}

/** The SOQL columns of one object's field list: Id, its fields, its @optional fields, then the extras. */
export function columnsOf(list: ObjectFieldList): FieldList {
    const names = ['Id', ...list.fields, ...list.optional];
    return {
        ...Object.fromEntries(names.map((name) => [name, kindOf(list.objectApiName, name)])),
        ...(CLI_ONLY_COLUMNS[list.objectApiName] ?? {})
    };
}

export const OPPORTUNITY_FIELDS: FieldList = columnsOf(OPPORTUNITY_FIELD_LIST);
// A manager's waiver opens the gate (never a point), as in the panel (c/dealScoring waivers.ts).
export const EVIDENCE_FIELDS: FieldList = columnsOf(DEAL_EVIDENCE_FIELDS);
export const CRITERION_FIELDS: FieldList = columnsOf(STAGE_CRITERION_FIELDS);
/**
 * The active framework's groups, as the panel reads them (c/atlasRecords ACTIVE_FRAMEWORK_GROUPS):
 * they group and weigh the qualification questions. None: the TAS template (c/salesFramework).
 */
export const FRAMEWORK_GROUP_FIELDS: FieldList = columnsOf(FRAMEWORK_GROUP_FIELD_LIST);
// With the champion tests: only a champion who passed all three earns a tested champion's points.
export const MEMBER_FIELDS: FieldList = columnsOf(BUYING_CENTER_MEMBER_FIELDS);
// The deal's competitors (Deal_Competitors__r): our position against each caps the competition
// questions (c/dealScoring competitorPositions.ts).
export const COMPETITOR_FIELDS: FieldList = columnsOf(DEAL_COMPETITOR_FIELDS);
/** The open deals' accounts' contacts, as the panel reads them: to name people in the wording. */
export const CONTACT_FIELDS: FieldList = columnsOf(CONTACT_FIELD_LIST);
export const SNAPSHOT_FIELDS: FieldList = columnsOf(DEAL_SCORE_SNAPSHOT_FIELDS);

export interface ContactRow {
    Id: string;
    AccountId: string | null;
    Name: string | null;
    LastActivityDate?: string | null;
}

/** A competitor row: the record with its account's name in the Bulk column the panel reads. */
export interface CompetitorRow extends DealCompetitorRecord {
    'Competitor_Account__r.Name'?: string | null;
}

export interface SnapshotRow extends DealScoreSnapshotRecord {
    Snapshot_Key__c?: string | null;
}

/** The open opportunities the run covers: open ones, narrowed by --where when given. */
export function openOpportunityCondition(where: string | null): string {
    return where ? `IsClosed = false AND (${where})` : 'IsClosed = false';
}

const select = (fields: FieldList, from: string, where?: string, orderBy?: string): string =>
    `SELECT ${Object.keys(fields).join(', ')} FROM ${from}${where ? ` WHERE ${where}` : ''}${orderBy ? ` ORDER BY ${orderBy}` : ''}`;

/**
 * The records related to the deals matching `deals` (a condition on Opportunity), each by
 * semi-join on it: their evidence, their buying centers' members, their snapshots and their
 * accounts' contacts.
 */
function relatedQueries(deals: string): Readonly<Record<RelatedName, string>> {
    return {
        evidence: select(
            EVIDENCE_FIELDS,
            'Deal_Evidence__c',
            `Opportunity__c IN (SELECT Id FROM Opportunity WHERE ${deals})`
        ),
        members: select(
            MEMBER_FIELDS,
            'Buying_Center_Member__c',
            `Buying_Center__c IN (SELECT Buying_Center__c FROM Opportunity WHERE ${deals})`
        ),
        snapshots: select(
            SNAPSHOT_FIELDS,
            'Deal_Score_Snapshot__c',
            `Opportunity__c IN (SELECT Id FROM Opportunity WHERE ${deals})`
        ),
        contacts: select(
            CONTACT_FIELDS,
            'Contact',
            `AccountId IN (SELECT AccountId FROM Opportunity WHERE ${deals})`
        ),
        competitors: select(
            COMPETITOR_FIELDS,
            'Deal_Competitor__c',
            `Opportunity__c IN (SELECT Id FROM Opportunity WHERE ${deals})`
        )
    };
}

export type RelatedName = 'evidence' | 'members' | 'snapshots' | 'contacts' | 'competitors';

/** The queries read once per run, whatever its size: the criteria and the closed stage names. */
export function sharedQueries(): Readonly<
    Record<'criteria' | 'frameworkGroups' | 'closedStages', string>
> {
    return {
        // Every criterion, as the panel reads them: the scoring core skips inactive ones itself.
        criteria: select(CRITERION_FIELDS, 'Stage_Criterion__c', undefined, 'Sort_Order__c'),
        // The groups of every active framework (the scoring core picks one if two are active).
        frameworkGroups: select(
            FRAMEWORK_GROUP_FIELDS,
            'Framework_Group__c',
            'Sales_Framework__c IN (SELECT Id FROM Sales_Framework__c WHERE Active__c = true)'
        ),
        // Which stage names closed deals carry: the panel's way of telling closed stages apart.
        // The two default closed stages count as closed anyway (dealInputs.ts), so only other
        // names are asked for: on most orgs that is no rows, not every closed deal ever.
        closedStages:
            "SELECT StageName FROM Opportunity WHERE IsClosed = true AND StageName NOT IN ('Closed Won', 'Closed Lost')"
    };
}

/** Every query of a whole-org read (the parity test's). Related records by semi-join. */
export function scoringQueries(where: string | null): Readonly<Record<string, string>> {
    const open = openOpportunityCondition(where);
    return {
        opportunities: select(OPPORTUNITY_FIELDS, 'Opportunity', open, 'Id'),
        ...relatedQueries(open),
        ...sharedQueries()
    };
}

/** An Id as a SOQL string literal (Ids are letters and digits; anything else is refused). */
function idLiteral(id: string): string {
    if (!/^[a-zA-Z0-9]{15,18}$/.test(id)) {
        throw new Error(`not a record id: ${id}`);
    }
    return `'${id}'`;
}

/**
 * The Ids of the next slice of open deals, in Id order after `afterId` (from the first when null).
 * Asked through the REST query resource, which takes ORDER BY and LIMIT; Bulk API 2.0 queries should
 * not (they turn off its PK chunking: Bulk API 2.0 Developer Guide, "Understanding Bulk API 2.0
 * Query", SOQL considerations). Keyset paging on Id costs the same however deep into the org.
 */
export function sliceIdsQuery(where: string | null, afterId: string | null, size: number): string {
    const open = openOpportunityCondition(where);
    const after = afterId === null ? open : `${open} AND Id > ${idLiteral(afterId)}`;
    return `SELECT Id FROM Opportunity WHERE ${after} ORDER BY Id LIMIT ${size}`;
}

/**
 * Everything scored about the open deals whose Ids run from `firstId` to `lastId`, read through
 * Bulk API 2.0 without ORDER BY: a range of slice-size Ids holds at most slice-size deals.
 */
export function sliceQueries(
    where: string | null,
    firstId: string,
    lastId: string
): Readonly<Record<'opportunities' | RelatedName, string>> {
    const open = openOpportunityCondition(where);
    const range = `${open} AND Id >= ${idLiteral(firstId)} AND Id <= ${idLiteral(lastId)}`;
    return {
        opportunities: select(OPPORTUNITY_FIELDS, 'Opportunity', range),
        ...relatedQueries(range)
    };
}

/** A date-time as ISO 8601 in UTC with milliseconds, whatever offset notation the server used. */
export function isoDateTime(value: string): string | null {
    const normalised = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
    const time = Date.parse(normalised);
    return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function valueOf(kind: Kind, raw: string | undefined): string | number | boolean | null {
    if (raw === undefined || raw === '') {
        return null;
    }
    switch (kind) {
        case 'number': {
            const number = Number(raw);
            return Number.isFinite(number) ? number : null;
        }
        case 'boolean':
            return raw === 'true';
        case 'dateTime':
            return isoDateTime(raw) ?? raw;
        default:
            return raw;
    }
}

/** CSV rows → typed records: numbers, booleans and nulls where the GraphQL reader has them. */
export function recordsOf<T>(rows: readonly CsvRow[], fields: FieldList): T[] {
    const entries = Object.entries(fields);
    return rows.map((row) => {
        const record: Record<string, unknown> = {};
        for (const [name, kind] of entries) {
            record[name] = valueOf(kind, row[name]);
        }
        return record as T;
    });
}

export interface ScoringRecords {
    readonly opportunities: OpportunityRecord[];
    readonly evidence: DealEvidenceRecord[];
    readonly criteria: StageCriterionRecord[];
    /** The active framework's groups (none: the TAS template). */
    readonly frameworkGroups?: FrameworkGroupRecord[];
    /** Contacts of the open deals' accounts (Id, AccountId, Name). */
    readonly contacts: ContactRow[];
    readonly members: BuyingCenterMemberRecord[];
    readonly snapshots: SnapshotRow[];
    /** The open deals' competitors (none read: none listed, the deals' own answers stand). */
    readonly competitors?: CompetitorRow[];
    /** The StageName picklist in order (active values) and the stages closed deals carry. */
    readonly stagePicklist: readonly string[];
    readonly closedStages: readonly string[];
}

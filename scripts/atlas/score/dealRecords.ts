// What the scorer reads, as Bulk API 2.0 SOQL, and how a result row (CSV: every value a string, a
// blank for null) becomes the typed record the Deal Score panel gets from GraphQL. The field lists
// are the panel's (force-app/main/default/lwc/atlasData/dealScoreData.ts, DEAL_SCORE_QUERY) minus
// what only its messages and access checks use.
import type {
    BuyingCenterMemberRecord,
    DealEvidenceRecord,
    DealScoreSnapshotRecord,
    OpportunityRecord,
    StageCriterionRecord
} from '../../../force-app/main/default/lwc/atlasModel/atlasModel';
import type { CsvRow } from './bulkQuery';

type Kind = 'text' | 'number' | 'boolean' | 'dateTime';
type FieldList = Readonly<Record<string, Kind>>;

export const OPPORTUNITY_FIELDS: FieldList = {
    Id: 'text',
    Name: 'text',
    AccountId: 'text',
    OwnerId: 'text',
    StageName: 'text',
    Amount: 'number',
    CloseDate: 'text',
    CreatedDate: 'dateTime',
    LastActivityDate: 'text',
    IsClosed: 'boolean',
    IsWon: 'boolean',
    Buying_Center__c: 'text',
    // The buying center's name, as the panel reads it (Buying_Center__r { Name }): for the wording.
    'Buying_Center__r.Name': 'text',
    Deal_Score__c: 'number',
    Deal_Score_Band__c: 'text',
    Deal_Scored_At__c: 'dateTime'
};

export const EVIDENCE_FIELDS: FieldList = {
    Id: 'text',
    Opportunity__c: 'text',
    Stage_Criterion__c: 'text',
    State__c: 'text',
    Evidence__c: 'text',
    Verified_By__c: 'text',
    Verified_On__c: 'text',
    // A manager's waiver opens the gate (never a point), as in the panel (c/dealScoring waivers.ts).
    Waived__c: 'boolean',
    Waiver_Reason__c: 'text',
    Waived_By__c: 'text',
    Waived_On__c: 'text'
};

export const CRITERION_FIELDS: FieldList = {
    Id: 'text',
    Name: 'text',
    Stage__c: 'text',
    Category__c: 'text',
    Question__c: 'text',
    Importance__c: 'text',
    Required__c: 'boolean',
    Sort_Order__c: 'number',
    Active__c: 'boolean'
};

export const MEMBER_FIELDS: FieldList = {
    Id: 'text',
    Buying_Center__c: 'text',
    Contact__c: 'text',
    Buying_Role__c: 'text',
    Influence__c: 'text',
    Support__c: 'text',
    Coverage__c: 'text',
    // A touch entered by hand: with the contact's LastActivityDate, a stale decision maker or coach.
    Last_Touch__c: 'text',
    // A champion's MEDDICC tests: only a champion who passed all three earns a tested champion's
    // points (c/buyingCenterCoverage's champion.ts), as in the panel.
    Champion_Access_Test__c: 'text',
    Champion_Access_Verified_By__c: 'text',
    Champion_Access_Verified_On__c: 'text',
    Champion_Sells_Test__c: 'text',
    Champion_Sells_Verified_By__c: 'text',
    Champion_Sells_Verified_On__c: 'text',
    Champion_Gains_Test__c: 'text',
    Champion_Gains_Verified_By__c: 'text',
    Champion_Gains_Verified_On__c: 'text',
    Counter_Champion__c: 'text'
};

/** The open deals' accounts' contacts, as the panel reads them: to name people in the wording. */
export const CONTACT_FIELDS: FieldList = {
    Id: 'text',
    AccountId: 'text',
    Name: 'text',
    LastActivityDate: 'text'
};

export const SNAPSHOT_FIELDS: FieldList = {
    Id: 'text',
    Opportunity__c: 'text',
    Score__c: 'number',
    Band__c: 'text',
    Stage__c: 'text',
    Taken_At__c: 'dateTime',
    Snapshot_Key__c: 'text'
};

export interface ContactRow {
    Id: string;
    AccountId: string | null;
    Name: string | null;
    LastActivityDate?: string | null;
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
        )
    };
}

export type RelatedName = 'evidence' | 'members' | 'snapshots' | 'contacts';

/** The queries read once per run, whatever its size: the criteria and the closed stage names. */
export function sharedQueries(): Readonly<Record<'criteria' | 'closedStages', string>> {
    return {
        // Every criterion, as the panel reads them: the scoring core skips inactive ones itself.
        criteria: select(CRITERION_FIELDS, 'Stage_Criterion__c', undefined, 'Sort_Order__c'),
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
    /** Contacts of the open deals' accounts (Id, AccountId, Name). */
    readonly contacts: ContactRow[];
    readonly members: BuyingCenterMemberRecord[];
    readonly snapshots: SnapshotRow[];
    /** The StageName picklist in order (active values) and the stages closed deals carry. */
    readonly stagePicklist: readonly string[];
    readonly closedStages: readonly string[];
}

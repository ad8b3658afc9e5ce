// What `atlas pipeline` reads from an org, mapped into the pipelineHealth helper's input the way
// the Pipeline Health panel maps its GraphQL answer (force-app/.../atlasData/pipelineData.ts): the
// owner's opportunities with the same fields, their stage histories, the owner's sales targets and
// the open stages of the sales process in picklist order. The panel's module imports
// lightning/graphql, which Node cannot load, so the mapping is mirrored here over SOQL and describe,
// which work in every org (the local one included) — this file is the one place it lives.
import type { Connection, Record as SoqlRecord } from 'jsforce';
import type {
    OpportunityRecord,
    RecordId,
    SalesTargetRecord,
    StageChange
} from '../../../force-app/main/default/lwc/atlasModel/atlasModel';
import { openStagesOf } from '../../../force-app/main/default/lwc/atlasRecords/dealInputs';
import { stageHistoryFromSnapshots } from '../../../force-app/main/default/lwc/dealScoring/dealScoring';

/** The fields the panel's PIPELINE_HEALTH_QUERY reads for each opportunity. */
export const OPPORTUNITY_FIELDS = [
    'Id',
    'Name',
    'OwnerId',
    'StageName',
    'Amount',
    'CloseDate',
    'CreatedDate',
    'LastActivityDate',
    'IsClosed',
    'IsWon',
    'Loss_Reason__c',
    'Competitor_Won__c'
] as const;

export type StageHistorySource = 'OpportunityHistory' | 'Deal_Score_Snapshot__c';

export interface PipelineRecords {
    readonly opportunities: OpportunityRecord[];
    readonly stageHistories: Record<RecordId, StageChange[]>;
    readonly stageHistorySource: StageHistorySource;
    /** The owner's targets, latest period first. */
    readonly targets: SalesTargetRecord[];
    readonly stageOrder: string[];
    readonly stageLabels: Record<string, string>;
}

export interface OwnerRecord {
    readonly Id: RecordId;
    readonly Name: string;
    readonly Username?: string;
}

interface ChildResult {
    records?: SoqlRecord[];
}

export function soqlString(value: string): string {
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Every record of a query, following nextRecordsUrl. */
export async function queryAll<T extends SoqlRecord>(conn: Connection, soql: string): Promise<T[]> {
    let result = await conn.query<T>(soql);
    const records = [...result.records];
    while (!result.done && result.nextRecordsUrl) {
        result = await conn.queryMore<T>(result.nextRecordsUrl);
        records.push(...result.records);
    }
    return records;
}

function withoutAttributes(record: SoqlRecord): Record<string, unknown> {
    const { attributes: _attributes, ...fields } = record;
    return fields;
}

/** A SOQL opportunity row as the helper takes it: the panel's fields, nothing else. */
export function opportunityRecordOf(row: SoqlRecord): OpportunityRecord {
    const record: Record<string, unknown> = {};
    for (const field of OPPORTUNITY_FIELDS) {
        record[field] = row[field] ?? null;
    }
    return record as unknown as OpportunityRecord;
}

/** Stage changes from OpportunityHistory rows (each row a save; keep the ones that moved stage). */
export function stageHistoryFromOpportunityHistory(
    rows: readonly { StageName?: unknown; CreatedDate?: unknown }[]
): StageChange[] {
    return stageHistoryFromSnapshots(
        rows.map((row) => ({ Stage__c: row.StageName, Taken_At__c: row.CreatedDate }))
    );
}

async function objectNames(conn: Connection): Promise<Set<string>> {
    const global = await conn.describeGlobal();
    return new Set(global.sobjects.map((sobject) => sobject.name));
}

/**
 * The open stages in picklist order and every stage's label. Closed stages: OpportunityStage where
 * the org has it (real orgs), else — as the panel decides — Closed Won, Closed Lost and every stage
 * a closed deal carries.
 */
export async function salesProcess(
    conn: Connection,
    objects: ReadonlySet<string>,
    closedDealStages: readonly string[]
): Promise<{ stageOrder: string[]; stageLabels: Record<string, string> }> {
    const described = await conn.describe('Opportunity');
    const stageField = described.fields.find((field) => field.name === 'StageName');
    const closed = [...closedDealStages];
    if (objects.has('OpportunityStage')) {
        const stages = await queryAll<{ ApiName: string; IsClosed: boolean }>(
            conn,
            'SELECT ApiName, IsClosed FROM OpportunityStage'
        );
        closed.push(...stages.filter((stage) => stage.IsClosed).map((stage) => stage.ApiName));
    }
    const stageLabels: Record<string, string> = {};
    const picklist: string[] = [];
    for (const entry of stageField?.picklistValues ?? []) {
        if (entry.active === false || !entry.value) {
            continue;
        }
        stageLabels[entry.value] = entry.label ?? entry.value;
        picklist.push(entry.value);
    }
    const stageOrder = openStagesOf(picklist, closed);
    return { stageOrder, stageLabels };
}

/** The running user (the default owner). */
export async function runningUserId(conn: Connection): Promise<RecordId> {
    const identity = await conn.identity();
    return identity.user_id;
}

const ID_PATTERN = /^005[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?$/;

/** The users a --owner value names: an id, a full name or a username. */
export async function findOwners(conn: Connection, owner: string): Promise<OwnerRecord[]> {
    const where = ID_PATTERN.test(owner)
        ? `Id = ${soqlString(owner)}`
        : `Name = ${soqlString(owner)} OR Username = ${soqlString(owner)}`;
    return queryAll<OwnerRecord & SoqlRecord>(
        conn,
        `SELECT Id, Name, Username FROM User WHERE ${where} ORDER BY Name LIMIT 20`
    );
}

/** Everything the pipeline of one owner needs, in the helper's shapes. */
export async function readPipelineRecords(
    conn: Connection,
    ownerId: RecordId
): Promise<PipelineRecords> {
    const owner = soqlString(ownerId);
    const objects = await objectNames(conn);
    const rows = await queryAll<SoqlRecord>(
        conn,
        `SELECT ${OPPORTUNITY_FIELDS.join(', ')}, ` +
            '(SELECT Id, Stage__c, Taken_At__c FROM Deal_Score_Snapshots__r ORDER BY Taken_At__c ASC LIMIT 50) ' +
            `FROM Opportunity WHERE OwnerId = ${owner} ORDER BY CloseDate DESC`
    );
    const opportunities = rows.map(opportunityRecordOf);
    const stageHistories: Record<RecordId, StageChange[]> = {};
    // OpportunityHistory is the org's own record of stage changes; an org whose history holds no
    // rows for these deals (the local org keeps none) falls back to the stages in the score
    // snapshots, as the Pipeline Health panel reads them.
    const history = objects.has('OpportunityHistory')
        ? await queryAll<SoqlRecord>(
              conn,
              'SELECT OpportunityId, StageName, CreatedDate FROM OpportunityHistory ' +
                  `WHERE OpportunityId IN (SELECT Id FROM Opportunity WHERE OwnerId = ${owner}) ` +
                  'ORDER BY CreatedDate ASC'
          )
        : [];
    const stageHistorySource: StageHistorySource =
        history.length > 0 ? 'OpportunityHistory' : 'Deal_Score_Snapshot__c';
    if (stageHistorySource === 'OpportunityHistory') {
        const byOpportunity = new Map<string, SoqlRecord[]>();
        for (const row of history) {
            const id = String(row.OpportunityId);
            byOpportunity.set(id, [...(byOpportunity.get(id) ?? []), row]);
        }
        for (const [id, changes] of byOpportunity) {
            const stages = stageHistoryFromOpportunityHistory(
                changes.map((row) => ({ StageName: row.StageName, CreatedDate: row.CreatedDate }))
            );
            if (stages.length > 0) {
                stageHistories[id] = stages;
            }
        }
    } else {
        for (const row of rows) {
            const snapshots = (row.Deal_Score_Snapshots__r as ChildResult | null)?.records ?? [];
            const stages = stageHistoryFromSnapshots(snapshots.map(withoutAttributes));
            if (stages.length > 0) {
                stageHistories[String(row.Id)] = stages;
            }
        }
    }
    const targets = (
        await queryAll<SoqlRecord>(
            conn,
            'SELECT Id, Name, OwnerId, Target_Amount__c, Period_Start__c, Period_End__c ' +
                `FROM Sales_Target__c WHERE OwnerId = ${owner} ORDER BY Period_Start__c DESC`
        )
    ).map((row) => withoutAttributes(row) as unknown as SalesTargetRecord);
    const closedDealStages = opportunities
        .filter((opportunity) => opportunity.IsClosed === true && opportunity.StageName)
        .map((opportunity) => opportunity.StageName as string);
    return {
        opportunities,
        stageHistories,
        stageHistorySource,
        targets,
        ...(await salesProcess(conn, objects, closedDealStages))
    };
}

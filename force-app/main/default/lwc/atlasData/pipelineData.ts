// The Pipeline Health panel's data: one GraphQL request for an owner's opportunities (open, and
// closed ones as the history the value factors are learnt from, with the stages each passed as its
// score snapshots saw them), the sales targets and who owns them, and the sales process.
import { gql } from 'lightning/graphql';
import type {
    DealScoreSnapshotRecord,
    IsoDate,
    OpportunityRecord,
    RecordId,
    SalesTargetRecord,
    StageChange
} from 'c/atlasModel';
import { readStoredHistory } from 'c/pipelineHealth';
import type { PipelineInput, PipelineTarget } from 'c/pipelineHealth';
import {
    flattenNode,
    hiddenFieldsOf,
    nodesOf,
    queryConnection,
    recordsOf,
    uniqueHiddenFields
} from 'c/atlasRecords';
import type { GraphQLConnection, GraphQLNode, HiddenField, OptionalFields } from 'c/atlasRecords';
import { objectAccessOf, salesProcessOf } from 'c/atlasRecords';
import { stageHistoryFromSnapshots } from 'c/dealScoring';
import { SCORING_SETTINGS_FIELDS } from 'c/scoringSettings';
import type { ScoringSettings } from 'c/scoringSettings';
import { hiddenSettingsFieldsOf, scoringSettingsFromGraphQL } from 'c/atlasRecords';
import { PIPELINE_HEALTH_TEXT, PIPELINE_PAGE_SIZE } from 'c/atlasRecords';

export { PIPELINE_PAGE_SIZE };

/** The fields PIPELINE_HEALTH_QUERY marks @optional: field-level security may hide them. */
export const PIPELINE_HEALTH_OPTIONAL_FIELDS: OptionalFields = {
    Opportunity: ['Amount', 'Loss_Reason__c', 'Competitor_Won__c'],
    Deal_Score_Snapshot__c: ['Stage__c', 'Taken_At__c'],
    // Without them the panel learns from the deals it reads, as before the factors were stored.
    Sales_Target__c: ['Learnt_Factors__c', 'Factors_Learnt_At__c'],
    // The settings the panel scores with: the same list as SCORING_SETTINGS_FIELDS.
    Scoring_Settings__c: SCORING_SETTINGS_FIELDS
};

/** The Pipeline Health panel's one request (its text is built in c/atlasRecords: PIPELINE_HEALTH_TEXT). */
export const PIPELINE_HEALTH_QUERY = gql`
    ${PIPELINE_HEALTH_TEXT}
`;

export interface OwnerOption {
    id: RecordId;
    name: string;
}

export interface PipelineData {
    opportunities: OpportunityRecord[];
    stageHistories: Record<RecordId, StageChange[]>;
    /** Every target the user can see. */
    targets: SalesTargetRecord[];
    /**
     * Whose pipeline the user may pick: the owners of those targets, by name (users the query
     * could not name are left out); every active user for someone who may set targets.
     */
    owners: OwnerOption[];
    /** "My team": the owners of the targets the user can see, and the user; sorted. */
    teamIds: RecordId[];
    stageOrder: string[];
    stageLabels: Record<string, string>;
    /** Fields the query asked for that field-level security hides from this user. */
    hiddenFields: HiddenField[];
    /** The scoring settings in force (the defaults when none are saved). */
    settings: ScoringSettings;
    /** The query's page was full: the owner may have more deals than were read. */
    pageFull: boolean;
    /** The user may create Sales_Target__c records (object permission, from the object info). */
    canSetTargets: boolean;
}

/**
 * Reads the PipelineHealth response; a missing part reads as no records. `userId` (the running
 * user) is always among the owners, with or without a target.
 */
export function pipelineFromGraphQL(data: unknown, userId?: RecordId): PipelineData {
    const opportunities: OpportunityRecord[] = [];
    const stageHistories: Record<RecordId, StageChange[]> = {};
    const opportunityNodes = nodesOf(queryConnection(data, 'Opportunity'));
    const snapshotNodes: GraphQLNode[] = [];
    for (const node of opportunityNodes) {
        snapshotNodes.push(
            ...nodesOf(node.Deal_Score_Snapshots__r as GraphQLConnection | undefined)
        );
        const opportunity = flattenNode(node) as unknown as OpportunityRecord;
        opportunities.push(opportunity);
        const snapshots = recordsOf<DealScoreSnapshotRecord>(
            node.Deal_Score_Snapshots__r as GraphQLConnection | undefined
        );
        if (snapshots.length > 0) {
            stageHistories[opportunity.Id] = stageHistoryFromSnapshots(snapshots);
        }
    }
    const targets = recordsOf<SalesTargetRecord>(queryConnection(data, 'Sales_Target__c'));
    const users = recordsOf<{ Id: string; Name: string }>(queryConnection(data, 'User'));
    const ownerIds = new Set(targets.map((target) => target.OwnerId));
    const canSetTargets = objectAccessOf(data, 'Sales_Target__c').canCreate;
    const closedStages = opportunities
        .filter((opportunity) => opportunity.IsClosed === true && opportunity.StageName)
        .map((opportunity) => opportunity.StageName as string);
    return {
        opportunities,
        stageHistories,
        targets,
        // Sales ops set anyone's target, so they may pick anyone; others, the owners of the
        // targets they can see.
        owners: users
            .filter((user) => canSetTargets || ownerIds.has(user.Id) || user.Id === userId)
            .map((user) => ({ id: user.Id, name: user.Name })),
        teamIds: [...new Set([...ownerIds, ...(userId ? [userId] : [])])]
            .filter((id): id is RecordId => typeof id === 'string' && id !== '')
            .sort(),
        ...salesProcessOf(data, closedStages),
        hiddenFields: uniqueHiddenFields(
            hiddenFieldsOf(
                opportunityNodes,
                'Opportunity',
                PIPELINE_HEALTH_OPTIONAL_FIELDS.Opportunity
            ),
            hiddenFieldsOf(
                snapshotNodes,
                'Deal_Score_Snapshot__c',
                PIPELINE_HEALTH_OPTIONAL_FIELDS.Deal_Score_Snapshot__c
            ),
            hiddenFieldsOf(
                nodesOf(queryConnection(data, 'Sales_Target__c')),
                'Sales_Target__c',
                PIPELINE_HEALTH_OPTIONAL_FIELDS.Sales_Target__c
            ),
            hiddenSettingsFieldsOf(data)
        ),
        settings: scoringSettingsFromGraphQL(data),
        pageFull: opportunities.length >= PIPELINE_PAGE_SIZE,
        canSetTargets
    };
}

/** The owner's targets, latest period first. */
export function targetsOf(data: PipelineData, ownerId: RecordId): SalesTargetRecord[] {
    return data.targets
        .filter((target) => target.OwnerId === ownerId)
        .sort((a, b) =>
            String(b.Period_Start__c ?? '').localeCompare(String(a.Period_Start__c ?? ''))
        );
}

/**
 * The target the panel opens on: the one whose period includes today, else the next to start,
 * else the latest that ended.
 */
export function currentTargetOf(
    targets: readonly SalesTargetRecord[],
    asOf: IsoDate
): SalesTargetRecord | null {
    const current = targets.find(
        (target) => (target.Period_Start__c ?? '') <= asOf && asOf <= (target.Period_End__c ?? '')
    );
    if (current) {
        return current;
    }
    const upcoming = targets
        .filter((target) => (target.Period_Start__c ?? '') > asOf)
        .sort((a, b) => String(a.Period_Start__c).localeCompare(String(b.Period_Start__c)));
    return upcoming[0] ?? targets[0] ?? null;
}

/**
 * The pipeline as the pipelineHealth helper takes it. A target record brings its stored history; a
 * summed team target has none (each owner's was learnt for their deals alone).
 */
export function pipelineInputOf(
    data: PipelineData,
    target: PipelineTarget | null,
    asOf: IsoDate
): PipelineInput {
    const record = target !== null && 'Id' in target ? target : null;
    return {
        opportunities: data.opportunities,
        stageHistories: data.stageHistories,
        stageOrder: data.stageOrder,
        target,
        asOf,
        storedHistory: readStoredHistory(record?.Learnt_Factors__c, record?.Factors_Learnt_At__c)
    };
}

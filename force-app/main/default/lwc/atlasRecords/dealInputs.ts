// A deal's scoring input, one rule for every reader: the Deal Score panel, the Deal Review Queue,
// Stage Criteria Setup's preview and the atlas command (scripts/atlas/score/dealInputs.ts,
// scripts/atlas/pipeline/pipelineRecords.ts) find the open stages and build a DealScoringInput here,
// from the same typed records. Pure (no platform module), so the command imports it as it is.
import { DEFAULT_CLOSED_STAGES } from 'c/atlasModel';
import type {
    BuyingCenterMemberRecord,
    ContactRecord,
    DealEvidenceRecord,
    DealScoreSnapshotRecord,
    FrameworkGroupRecord,
    IsoDate,
    OpportunityRecord,
    StageChange,
    StageCriterionRecord
} from 'c/atlasModel';
import { stageHistoryFromSnapshots } from 'c/dealScoring';
import type { DealCompetitorInput, DealScoringInput } from 'c/dealScoring';

/** The snapshots a deal's stage history is read from: its 30 newest (the panels read `first: 30`). */
export const DEAL_SNAPSHOT_LIMIT = 30;

/**
 * The open stages in picklist order, each once: a stage is closed when the org says so
 * (`closedStages`: the stages closed deals carry, or OpportunityStage's closed ones) or it is one of
 * the default closed stages.
 */
export function openStagesOf(
    stagePicklist: readonly string[],
    closedStages: readonly string[]
): string[] {
    const closed = new Set([...DEFAULT_CLOSED_STAGES, ...closedStages]);
    const order: string[] = [];
    for (const stage of stagePicklist) {
        if (!closed.has(stage) && !order.includes(stage)) {
            order.push(stage);
        }
    }
    return order;
}

/** The members of the deal's own buying center (none when it has no buying center). */
export function membersOfDeal(
    opportunity: Pick<OpportunityRecord, 'Buying_Center__c'>,
    members: readonly BuyingCenterMemberRecord[]
): BuyingCenterMemberRecord[] {
    const buyingCenterId = opportunity.Buying_Center__c;
    return buyingCenterId
        ? members.filter((member) => member.Buying_Center__c === buyingCenterId)
        : [];
}

/** When the deal entered each stage, from its newest DEAL_SNAPSHOT_LIMIT snapshots. */
export function recentStageHistoryOf(snapshots: readonly DealScoreSnapshotRecord[]): StageChange[] {
    const oldestFirst = [...snapshots].sort((a, b) =>
        String(a.Taken_At__c ?? '').localeCompare(String(b.Taken_At__c ?? ''))
    );
    return stageHistoryFromSnapshots(oldestFirst.slice(-DEAL_SNAPSHOT_LIMIT));
}

/** One deal's records, as every reader has them. */
export interface DealRecords {
    readonly opportunity: OpportunityRecord;
    readonly evidence: readonly DealEvidenceRecord[];
    /** The people scored: the members of the deal's buying center (membersOfDeal). */
    readonly members: readonly BuyingCenterMemberRecord[];
    /** The deal's competitors; absent: the reader does not read them (the deal's own answers stand). */
    readonly competitors?: readonly DealCompetitorInput[];
    /** The deal's score snapshots, in any order; absent: the reader has no stage history. */
    readonly snapshots?: readonly DealScoreSnapshotRecord[];
    /**
     * The account's contacts: their names for messages, and the platform's LastActivityDate, half
     * of a person's last touch (stale relationships).
     */
    readonly contacts?: readonly (Pick<ContactRecord, 'Id' | 'Name'> & {
        LastActivityDate?: IsoDate | null;
    })[];
    /** The deal's buying center by name, only for messages. */
    readonly buyingCenterName?: string | null;
    /** Field-level security hides Deal_Evidence__c.Evidence__c from the reader. */
    readonly evidenceTextHidden?: boolean;
}

/** What every deal of one read is scored against. */
export interface ScoringContext {
    readonly criteria: readonly StageCriterionRecord[];
    /** The active sales framework's groups; absent: the reader does not read them (the TAS template). */
    readonly frameworkGroups?: readonly FrameworkGroupRecord[];
    readonly stageOrder: readonly string[];
    readonly asOf: IsoDate;
}

/** The deal as the scoring core takes it; what the reader does not have stays out. */
export function scoringInputOf(deal: DealRecords, context: ScoringContext): DealScoringInput {
    return {
        opportunity: deal.opportunity,
        evidence: deal.evidence,
        criteria: context.criteria,
        ...(context.frameworkGroups ? { frameworkGroups: context.frameworkGroups } : {}),
        stageOrder: context.stageOrder,
        members: deal.members,
        ...(deal.competitors ? { competitors: deal.competitors } : {}),
        ...(deal.snapshots ? { stageHistory: recentStageHistoryOf(deal.snapshots) } : {}),
        ...(deal.contacts ? { contacts: deal.contacts } : {}),
        ...(deal.buyingCenterName !== undefined ? { buyingCenterName: deal.buyingCenterName } : {}),
        asOf: context.asOf,
        ...(deal.evidenceTextHidden !== undefined
            ? { evidenceTextHidden: deal.evidenceTextHidden }
            : {})
    };
}

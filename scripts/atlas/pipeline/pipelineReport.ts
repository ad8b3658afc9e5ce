// One pipeline report: whose, for which period, as of which day, read from the org and assessed by
// the very pipelineHealth module the Pipeline Health panel runs.
import type { Connection } from 'jsforce';
import type {
    IsoDate,
    SalesTargetRecord
} from '../../../force-app/main/default/lwc/atlasModel/atlasModel';
import {
    assessPipeline,
    learnPipelineHistory,
    type LearntHistory,
    type PipelineInput,
    type ShownPipelineHealth
} from '../../../force-app/main/default/lwc/pipelineHealth/pipelineHealth';
import { pipelineHealthInEnglish } from '../../messages/englishMessages';
import { CommandError } from '../command';
import { pipelineOverridesOf } from '../../../force-app/main/default/lwc/scoringSettings/scoringSettings';
import { readScoringSettings } from '../scoringSettingsRecord';
import { chooseTarget, type Period } from './period';
import {
    findOwners,
    readPipelineRecords,
    runningUserId,
    type OwnerRecord,
    type StageHistorySource
} from './pipelineRecords';

export interface PipelineReport {
    readonly owner: { readonly id: string; readonly name: string };
    readonly asOf: IsoDate;
    readonly org: string;
    /** The org's address, for links to its records ('' when unknown). */
    readonly orgUrl: string;
    readonly target: SalesTargetRecord | null;
    readonly stageHistorySource: StageHistorySource;
    readonly stageLabels: Record<string, string>;
    /** What the reader must know: a missing target, where stage history came from. */
    readonly notes: string[];
    /** The helper's input, exactly as assessed. */
    readonly input: PipelineInput;
    /** assessPipeline(input) with the org's scoring settings, its messages in English. */
    readonly health: ShownPipelineHealth;
    /** What every closed deal read left behind, for `--learn` to store with the target. */
    readonly learnt: LearntHistory;
}

async function resolveOwner(conn: Connection, owner: string | undefined): Promise<OwnerRecord> {
    if (owner === undefined) {
        const id = await runningUserId(conn);
        const [me] = await findOwners(conn, id);
        return me ?? { Id: id, Name: id };
    }
    const found = await findOwners(conn, owner);
    if (found.length === 0) {
        throw new CommandError(
            `no user is named "${owner}": give --owner a full name, a username or a 005… user id`
        );
    }
    if (found.length > 1) {
        throw new CommandError(
            `"${owner}" names ${found.length} users (${found
                .map((user) => `${user.Name} <${user.Username ?? ''}> ${user.Id}`)
                .join('; ')}): give --owner a username or user id`
        );
    }
    return found[0] as OwnerRecord;
}

export async function buildPipelineReport(
    conn: Connection,
    options: {
        readonly owner?: string;
        readonly period?: Period;
        readonly asOf: IsoDate;
        readonly orgDescription: string;
        readonly orgUrl?: string;
    }
): Promise<PipelineReport> {
    const owner = await resolveOwner(conn, options.owner);
    const records = await readPipelineRecords(conn, owner.Id);
    const scoring = await readScoringSettings(
        async (soql) => (await conn.query<Record<string, unknown>>(soql)).records
    );
    const chosen = chooseTarget(records.targets, options.period, options.asOf, owner.Name);
    const notes: string[] = [];
    if (chosen.note !== null) {
        notes.push(chosen.note);
    }
    notes.push(
        records.stageHistorySource === 'OpportunityHistory'
            ? 'Stage history: OpportunityHistory.'
            : 'Stage history: the stages recorded in Deal_Score_Snapshot__c (OpportunityHistory holds no rows for these deals in this org — the local org keeps none), as the Pipeline Health panel reads it.'
    );
    notes.push(scoring.note);
    if (records.opportunities.length === 0) {
        notes.push(`${owner.Name} owns no opportunities in the ${options.orgDescription}.`);
    }
    const input: PipelineInput = {
        opportunities: records.opportunities,
        stageHistories: records.stageHistories,
        stageOrder: records.stageOrder,
        target: chosen.target,
        asOf: options.asOf
    };
    return {
        owner: { id: owner.Id, name: owner.Name },
        asOf: options.asOf,
        org: options.orgDescription,
        orgUrl: options.orgUrl ?? '',
        target: chosen.record,
        stageHistorySource: records.stageHistorySource,
        stageLabels: records.stageLabels,
        notes,
        input,
        health: pipelineHealthInEnglish(
            assessPipeline(input, pipelineOverridesOf(scoring.settings))
        ),
        learnt: learnPipelineHistory(input, pipelineOverridesOf(scoring.settings))
    };
}

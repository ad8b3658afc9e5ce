// One deal of the sample data plan (data/, what `sf data import tree` loads) as the Deal Score panel
// would hand it to scoreDeal: the deal, its evidence, every stage criterion, the members of its
// buying center, their contacts' names and the stage history its score snapshots saw. Reference ids
// (OpportunityRef26) stand in for record ids.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
    BuyingCenterMemberRecord,
    BuyingCenterRecord,
    ContactRecord,
    DealCompetitorRecord,
    DealEvidenceRecord,
    DealScoreSnapshotRecord,
    OpportunityRecord,
    StageCriterionRecord
} from 'c/atlasModel';
import { dealStateOf } from 'c/atlasModel';
import { stageHistoryFromSnapshots } from 'c/dealScoring';
import type { DealScoringInput } from 'c/dealScoring';
import { SAMPLE_SALES_PROCESS } from '../../data/sampleSalesProcess';

/** The sales process the sample data is written for (data/sampleSalesProcess.ts). */
export const SAMPLE_STAGE_ORDER: readonly string[] = SAMPLE_SALES_PROCESS;

/** The deal the admin guide's worked example scores (docs/deal-scoring.md). */
export const DEFAULT_DEAL = 'Kestrel - Aftermarket Field Service Mobile';

/** "Today" in the sample data's story (data/README.md). */
export const SAMPLE_TODAY = '2026-11-22';

type Row = Record<string, unknown> & { Id: string };
export type SamplePlan = ReadonlyMap<string, readonly Row[]>;

interface PlanStep {
    sobject: string;
    files: string[];
}

interface TreeFile {
    records: ({ attributes: { type: string; referenceId: string } } & Record<string, unknown>)[];
}

/** Every record of the plan by object, with "@Ref" values replaced by the referenced id. */
export function loadSamplePlan(dataDir: string): SamplePlan {
    const steps = JSON.parse(
        readFileSync(join(dataDir, 'sample-data-plan.json'), 'utf8')
    ) as PlanStep[];
    const bySobject = new Map<string, Row[]>();
    for (const step of steps) {
        for (const file of step.files) {
            const tree = JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as TreeFile;
            for (const { attributes, ...fields } of tree.records) {
                const row: Row = { Id: attributes.referenceId };
                for (const [name, value] of Object.entries(fields)) {
                    row[name] =
                        typeof value === 'string' && value.startsWith('@') ? value.slice(1) : value;
                }
                const rows = bySobject.get(attributes.type) ?? [];
                rows.push(row);
                bySobject.set(attributes.type, rows);
            }
        }
    }
    return bySobject;
}

function rows<T>(plan: SamplePlan, sobject: string): T[] {
    return [...(plan.get(sobject) ?? [])] as unknown as T[];
}

/** The open deals' names, for the error that lists what can be chosen. */
export function openDealNames(plan: SamplePlan): string[] {
    return rows<OpportunityRecord>(plan, 'Opportunity')
        .filter((opportunity) => !isClosedStage(opportunity.StageName))
        .map((opportunity) => opportunity.Name);
}

/** The sample's rows carry no IsClosed (the platform computes it): its closed deals are in the default closed stages. */
function isClosedStage(stage: string | null | undefined): boolean {
    return dealStateOf({ StageName: stage }) !== 'open';
}

/** The named sample deal as scoreDeal takes it. Throws, listing the open deals, for an unknown name. */
export function sampleDealInput(
    plan: SamplePlan,
    dealName: string,
    asOf: string
): DealScoringInput {
    const opportunity = rows<OpportunityRecord>(plan, 'Opportunity').find(
        (candidate) => candidate.Name === dealName
    );
    if (opportunity === undefined) {
        throw new Error(
            `No deal called "${dealName}" in the sample data. Open deals: ${openDealNames(plan).join('; ')}.`
        );
    }
    const evidence = rows<DealEvidenceRecord>(plan, 'Deal_Evidence__c').filter(
        (record) => record.Opportunity__c === opportunity.Id
    );
    const members = rows<BuyingCenterMemberRecord>(plan, 'Buying_Center_Member__c').filter(
        (member) => member.Buying_Center__c === opportunity.Buying_Center__c
    );
    const named = new Set([
        ...members.map((member) => member.Contact__c),
        ...evidence.map((record) => record.Verified_By__c)
    ]);
    // The import files carry first and last names; the platform's Contact.Name joins them.
    const contacts: ContactRecord[] = rows<Row>(plan, 'Contact')
        .filter((contact) => named.has(contact.Id))
        .map((contact) => ({
            Id: contact.Id,
            Name: [contact.FirstName, contact.LastName]
                .filter((part) => typeof part === 'string')
                .join(' ')
        }));
    const snapshots = rows<DealScoreSnapshotRecord>(plan, 'Deal_Score_Snapshot__c').filter(
        (snapshot) => snapshot.Opportunity__c === opportunity.Id
    );
    const buyingCenter = rows<BuyingCenterRecord>(plan, 'Buying_Center__c').find(
        (center) => center.Id === opportunity.Buying_Center__c
    );
    return {
        opportunity: { ...opportunity, IsClosed: isClosedStage(opportunity.StageName) },
        evidence,
        criteria: rows<StageCriterionRecord>(plan, 'Stage_Criterion__c'),
        stageOrder: SAMPLE_STAGE_ORDER,
        members,
        // The deal's competitors: the sample names them (Competitor_Name__c), none by account.
        competitors: rows<DealCompetitorRecord>(plan, 'Deal_Competitor__c').filter(
            (competitor) => competitor.Opportunity__c === opportunity.Id
        ),
        stageHistory: stageHistoryFromSnapshots(snapshots),
        contacts,
        buyingCenterName: buyingCenter?.Name ?? null,
        asOf
    };
}

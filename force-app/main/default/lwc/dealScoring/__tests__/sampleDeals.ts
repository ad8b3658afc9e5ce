// Reads the sample data plan (data/, the `sf data import tree` files) into deal-scoring inputs:
// reference ids stand in for record ids, and members are those of the deal's buying center.
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
import { stageHistoryFromSnapshots } from 'c/dealScoring';
import type { DealScoringInput } from 'c/dealScoring';
import { SAMPLE_SALES_PROCESS } from '../../../../../../data/sampleSalesProcess';
import { loadSamplePlan as readSamplePlan } from '../../../../../../scripts/docs/sampleDeal';
import type { SamplePlan } from '../../../../../../scripts/docs/sampleDeal';

export const SAMPLE_STAGES = [...SAMPLE_SALES_PROCESS];
export const SAMPLE_AS_OF = '2026-11-22';

/** The sample data plan's rows by object, "@Ref" values as the ids they name. */
export function loadSamplePlan(dataDir = join(__dirname, '../../../../../../data')): SamplePlan {
    return readSamplePlan(dataDir);
}

/** The open sample deals as the deal score panel would load them, with names for the wording. */
export function sampleOpenDeals(): DealScoringInput[] {
    const plan = loadSamplePlan();
    const rows = <T>(sobject: string): T[] => (plan.get(sobject) ?? []) as T[];
    const criteria = rows<StageCriterionRecord>('Stage_Criterion__c');
    const evidence = rows<DealEvidenceRecord>('Deal_Evidence__c');
    const members = rows<BuyingCenterMemberRecord>('Buying_Center_Member__c');
    const snapshots = rows<DealScoreSnapshotRecord>('Deal_Score_Snapshot__c');
    const centers = rows<BuyingCenterRecord>('Buying_Center__c');
    const competitors = rows<DealCompetitorRecord>('Deal_Competitor__c');
    // The import files carry first and last names; the platform's Contact.Name joins them.
    const contacts: ContactRecord[] = rows<Record<string, unknown>>('Contact').map((contact) => ({
        Id: String(contact.Id),
        Name: [contact.FirstName, contact.LastName].filter(Boolean).join(' ')
    }));
    return rows<OpportunityRecord>('Opportunity')
        .filter((opportunity) => !String(opportunity.StageName).startsWith('Closed'))
        .map((opportunity) => {
            const dealMembers = members.filter(
                (member) => member.Buying_Center__c === opportunity.Buying_Center__c
            );
            const people = new Set(dealMembers.map((member) => member.Contact__c));
            return {
                opportunity: { ...opportunity, IsClosed: false },
                evidence: evidence.filter((record) => record.Opportunity__c === opportunity.Id),
                criteria,
                stageOrder: SAMPLE_STAGES,
                members: dealMembers,
                competitors: competitors.filter(
                    (competitor) => competitor.Opportunity__c === opportunity.Id
                ),
                stageHistory: stageHistoryFromSnapshots(
                    snapshots.filter((snapshot) => snapshot.Opportunity__c === opportunity.Id)
                ),
                contacts: contacts.filter(
                    (contact) =>
                        people.has(contact.Id) ||
                        evidence.some(
                            (record) =>
                                record.Opportunity__c === opportunity.Id &&
                                record.Verified_By__c === contact.Id
                        )
                ),
                buyingCenterName:
                    centers.find((center) => center.Id === opportunity.Buying_Center__c)?.Name ??
                    null,
                asOf: SAMPLE_AS_OF
            };
        });
}

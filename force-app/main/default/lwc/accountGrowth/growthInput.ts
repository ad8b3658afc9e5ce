// Turns the account's records (as the data layer reads them) into the growth helper's input: the
// plan's map (the one the Opportunity Map tab opens on) gives the cells and the plan period.
import type {
    BuyingCenterMemberRecord,
    BuyingCenterRecord,
    IsoDate,
    MarketingObjectiveRecord,
    OpportunityMapCellRecord,
    OpportunityMapRecord,
    OpportunityRecord,
    SolutionRecord
} from 'c/atlasModel';
import { chooseMap } from 'c/whiteSpace';
import { groupedBy } from 'c/atlasValues';
import type { GrowthInput } from './types';

export interface GrowthRecords {
    today: IsoDate;
    buyingCenters: readonly BuyingCenterRecord[];
    members: readonly (BuyingCenterMemberRecord & { contactName: string })[];
    maps: readonly OpportunityMapRecord[];
    cells: readonly OpportunityMapCellRecord[];
    solutions: readonly SolutionRecord[];
    /** The account's opportunities, each with its last score (snapshot, else stored). */
    deals: readonly (OpportunityRecord & { score: number | null })[];
    objectives: readonly MarketingObjectiveRecord[];
}

export function growthInputFrom(records: GrowthRecords): GrowthInput {
    const map = chooseMap(records.maps, null, records.today);
    const solutions = new Map(records.solutions.map((solution) => [solution.Id, solution]));
    const membersByCenter = groupedBy(records.members, (member) => member.Buying_Center__c);
    return {
        today: records.today,
        periodStart: map?.Period_Start__c ?? null,
        periodEnd: map?.Period_End__c ?? null,
        buyingCenters: records.buyingCenters.map((center) => ({
            Id: center.Id,
            Name: center.Name,
            Growth_Trend__c: center.Growth_Trend__c ?? null,
            Relationship_Status__c: center.Relationship_Status__c ?? null,
            members: (membersByCenter.get(center.Id) ?? []).map((member) => ({
                name: member.contactName,
                Coverage__c: member.Coverage__c ?? null,
                Influence__c: member.Influence__c ?? null,
                Advocacy__c: member.Advocacy__c ?? null
            }))
        })),
        cells: map
            ? records.cells
                  .filter((cell) => cell.Opportunity_Map__c === map.Id)
                  .map((cell) => ({
                      ...cell,
                      solutionName: solutions.get(cell.Solution__c)?.Name ?? '',
                      solutionRetired: solutions.get(cell.Solution__c)?.Active__c === false
                  }))
            : [],
        deals: records.deals.map((deal) => ({
            Id: deal.Id,
            Name: deal.Name,
            Amount: deal.Amount ?? null,
            CloseDate: deal.CloseDate ?? null,
            IsClosed: deal.IsClosed ?? null,
            IsWon: deal.IsWon ?? null,
            Buying_Center__c: deal.Buying_Center__c ?? null,
            score: deal.score
        })),
        objectives: records.objectives
    };
}

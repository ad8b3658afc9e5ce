// A small opportunity map worked out by hand (see whiteSpaceTotals.test.ts for the arithmetic).
import type {
    BuyingCenterRecord,
    MapCellStatus,
    OpportunityMapCellRecord,
    OpportunityRecord,
    SolutionRecord
} from 'c/atlasModel';

export const CENTERS: BuyingCenterRecord[] = [
    { Id: 'bc2', Name: 'Retail Banking', Account__c: 'a1' },
    { Id: 'bc1', Name: 'Finance', Account__c: 'a1' },
    { Id: 'bc3', Name: 'Treasury', Account__c: 'a1', Parent_Buying_Center__c: 'bc1' }
];

export const SOLUTIONS: SolutionRecord[] = [
    { Id: 's2', Name: 'Cloud', Sort_Order__c: 2, Active__c: true },
    { Id: 's1', Name: 'Analytics', Sort_Order__c: 1, Active__c: true },
    { Id: 's3', Name: 'Legacy', Sort_Order__c: 3, Active__c: false }
];

export function cell(
    Id: string,
    Buying_Center__c: string,
    Solution__c: string,
    Status__c: MapCellStatus,
    values: Partial<OpportunityMapCellRecord> = {}
): OpportunityMapCellRecord {
    return { Id, Opportunity_Map__c: 'map1', Buying_Center__c, Solution__c, Status__c, ...values };
}

export const CELLS: OpportunityMapCellRecord[] = [
    cell('x1', 'bc1', 's1', 'Current', { Current_Value__c: 300 }),
    cell('x2', 'bc1', 's2', 'Potential', { Potential_Value__c: 500 }),
    cell('x3', 'bc2', 's1', 'Pursuing', { Potential_Value__c: 200, Opportunity__c: 'o1' }),
    cell('x4', 'bc2', 's2', 'Competitor', { Potential_Value__c: 100, Competitor__c: 'Rival' }),
    cell('x5', 'bc3', 's1', 'Blocked', {
        Potential_Value__c: 50,
        Blocked_Reason__c: 'Frozen budget'
    }),
    cell('x6', 'bc3', 's2', 'Potential', { Potential_Value__c: 800, Opportunity__c: 'o2' }),
    // The retired Legacy product: real business, but no column on the grid.
    cell('x7', 'bc1', 's3', 'Current', { Current_Value__c: 40 })
];

export const OPPORTUNITIES: OpportunityRecord[] = [
    { Id: 'o1', Name: 'Retail analytics', IsClosed: true, IsWon: false },
    { Id: 'o2', Name: 'Treasury cloud', IsClosed: false, IsWon: false }
];

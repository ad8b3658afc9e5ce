// A small Opportunity Map for the helpers' unit tests: Meridian Global Bank's FY2027 map with two
// buying centers (Card Services under Retail Banking) and two solutions, one cell of each kind the
// panel treats differently (a Potential cell with its value, a Pursuing one linked to an
// opportunity) and an empty spot (Card Services × Analytics Cloud).
import type { OpportunityMapCellView, OpportunityMapsData, OpportunityMapView } from 'c/atlasData';

export const FY2027 = 'a03Dn0000000001AAA';
export const RETAIL_BANKING = 'a01Dn0000000001AAA';
export const CARD_SERVICES = 'a01Dn0000000014AAA';
export const CDP = 'a05Dn0000000001AAA';
export const ANALYTICS = 'a05Dn0000000002AAA';

export const potentialCell: OpportunityMapCellView = {
    Id: 'a04Dn0000000010AAA',
    Opportunity_Map__c: FY2027,
    Buying_Center__c: RETAIL_BANKING,
    Solution__c: CDP,
    Status__c: 'Potential',
    Potential_Value__c: 900000,
    Current_Value__c: null,
    Competitor__c: null,
    Opportunity__c: null,
    Renewal_Date__c: null,
    Blocked_Reason__c: null,
    opportunityName: null,
    opportunityStage: null,
    linkedOpportunity: null
};

export const pursuingCell: OpportunityMapCellView = {
    ...potentialCell,
    Id: 'a04Dn0000000009AAA',
    Solution__c: ANALYTICS,
    Status__c: 'Pursuing',
    Potential_Value__c: 420000,
    Opportunity__c: '006Dn0000000029AAA',
    opportunityName: 'Meridian - Retail Analytics',
    opportunityStage: 'Needs Analysis',
    linkedOpportunity: {
        Id: '006Dn0000000029AAA',
        Name: 'Meridian - Retail Analytics',
        StageName: 'Needs Analysis',
        IsClosed: false
    }
};

export const fy2027: OpportunityMapView = {
    Id: FY2027,
    Name: 'Meridian Global Bank FY2027',
    Account__c: '001Dn00000Mgb01AAE',
    Period_Start__c: '2027-01-01',
    Period_End__c: '2027-12-31',
    Status__c: 'Active',
    Last_Reviewed__c: null,
    cells: [potentialCell, pursuingCell]
};

export const fy2026: OpportunityMapView = {
    ...fy2027,
    Id: 'a03Dn0000000090AAA',
    Name: 'Meridian Global Bank FY2026',
    Period_Start__c: '2026-01-01',
    Period_End__c: '2026-12-31',
    Status__c: 'Archived',
    cells: []
};

export const meridian: OpportunityMapsData = {
    accountName: 'Meridian Global Bank',
    maps: [fy2027, fy2026],
    buyingCenters: [
        {
            Id: RETAIL_BANKING,
            Name: 'Retail Banking',
            Account__c: '001Dn00000Mgb01AAE',
            Parent_Buying_Center__c: null
        },
        {
            Id: CARD_SERVICES,
            Name: 'Retail Banking - Card Services',
            Account__c: '001Dn00000Mgb01AAE',
            Parent_Buying_Center__c: RETAIL_BANKING
        }
    ],
    solutions: [
        { Id: CDP, Name: 'Customer Data Platform', Active__c: true, Sort_Order__c: 1 },
        { Id: ANALYTICS, Name: 'Analytics Cloud', Active__c: true, Sort_Order__c: 2 }
    ],
    hiddenFields: []
};

export const STAGES = [
    { label: 'Prospecting', value: 'Prospecting' },
    { label: 'Qualification', value: 'Qualification' }
];

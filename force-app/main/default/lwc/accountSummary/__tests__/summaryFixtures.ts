// A small account for the Account Summary's helpers: two buying centers (Finance with a wallet,
// a typed share, a goal and people; Treasury under it, bare), one active map with current,
// pursuing, potential and retired-solution cells, a plan with one overdue action, and open and
// closed deals with and without a score.
import type { AccountSummaryData } from 'c/atlasData';

const ACCOUNT = 'acc1';
const FINANCE = 'bc1';
const TREASURY = 'bc2';

export function summaryData(): AccountSummaryData {
    const finance = {
        Id: FINANCE,
        Name: 'Finance',
        Account__c: ACCOUNT,
        Wallet_Size__c: 1_000_000,
        Wallet_Share__c: 20,
        Sales_Goal__c: 400_000,
        members: [
            {
                Id: 'm1',
                Buying_Center__c: FINANCE,
                Contact__c: 'c1',
                Buying_Role__c: 'Decision Maker' as const,
                Support__c: 'Supporter' as const,
                Influence__c: 'High' as const,
                contactName: 'Ada',
                contactTitle: null,
                relationshipOwnerName: null
            }
        ]
    };
    const treasury = {
        Id: TREASURY,
        Name: 'Treasury',
        Account__c: ACCOUNT,
        Parent_Buying_Center__c: FINANCE,
        Wallet_Size__c: 500_000,
        Wallet_Share__c: 0,
        Sales_Goal__c: 100_000,
        members: []
    };
    const cells = [
        {
            Id: 'cell1',
            Status__c: 'Current' as const,
            Current_Value__c: 150_000,
            solution: 's1',
            center: FINANCE
        },
        {
            Id: 'cell2',
            Status__c: 'Pursuing' as const,
            Potential_Value__c: 300_000,
            solution: 's2',
            center: FINANCE
        },
        {
            Id: 'cell3',
            Status__c: 'Potential' as const,
            Potential_Value__c: 200_000,
            solution: 's1',
            center: TREASURY
        },
        // A retired solution's current business: the map's grid leaves it out of its totals.
        {
            Id: 'cell4',
            Status__c: 'Current' as const,
            Current_Value__c: 70_000,
            solution: 'old',
            center: FINANCE
        }
    ].map(({ solution, center, ...cell }) => ({
        ...cell,
        Opportunity_Map__c: 'map1',
        Buying_Center__c: center,
        Solution__c: solution,
        opportunityName: null,
        opportunityStage: null,
        linkedOpportunity: null
    }));
    const action = {
        Id: 'act1',
        Name: 'Book the CFO lunch',
        Marketing_Strategy__c: 'str1',
        Owner__c: null,
        Due_Date__c: '2026-11-01',
        Status__c: 'Not Started' as const,
        ownerName: null,
        opportunityName: null,
        campaignName: null
    };
    return {
        plan: {
            account: { Id: ACCOUNT, Name: 'Acme', Industry: 'Banking' },
            objectives: [
                {
                    Id: 'obj1',
                    Name: 'Win Finance',
                    Account__c: ACCOUNT,
                    Buying_Center__c: FINANCE,
                    Measure__c: 'Contracts',
                    Target_Value__c: 2,
                    Due_Date__c: '2027-06-30',
                    Status__c: 'In Progress',
                    ownerName: 'Atlas Local User',
                    strategies: [
                        {
                            Id: 'str1',
                            Name: 'Sponsor',
                            Marketing_Objective__c: 'obj1',
                            Owner__c: 'u1',
                            Due_Date__c: '2027-03-31',
                            Status__c: 'In Progress',
                            ownerName: 'Atlas Local User',
                            actions: [action]
                        }
                    ]
                }
            ],
            buyingCenters: [finance, treasury],
            maps: [],
            mapCells: [],
            opportunities: [],
            hiddenFields: []
        },
        people: {
            accountName: 'Acme',
            buyingCenters: [finance, treasury],
            contacts: [{ Id: 'c1', Name: 'Ada', AccountId: ACCOUNT }],
            staleRelationshipDays: 90,
            hiddenFields: []
        },
        maps: {
            accountName: 'Acme',
            maps: [
                {
                    Id: 'map1',
                    Name: 'Acme FY2027',
                    Account__c: ACCOUNT,
                    Period_Start__c: '2027-01-01',
                    Period_End__c: '2027-12-31',
                    Status__c: 'Active',
                    cells
                }
            ],
            buyingCenters: [finance, treasury],
            solutions: [
                { Id: 's1', Name: 'Analytics', Active__c: true },
                { Id: 's2', Name: 'Payments', Active__c: true },
                { Id: 'old', Name: 'Legacy', Active__c: false }
            ],
            hiddenFields: []
        },
        openDeals: [
            {
                Id: 'o1',
                Name: 'Finance payments',
                Amount: 300_000,
                score: 35,
                band: 'At Risk',
                scoredAt: '2026-11-15T06:00:00.000Z'
            },
            {
                Id: 'o2',
                Name: 'Treasury pilot',
                Amount: null,
                score: null,
                band: null,
                scoredAt: null
            },
            {
                Id: 'o3',
                Name: 'Finance renewal',
                Amount: 90_000,
                score: 75,
                band: 'Healthy',
                scoredAt: '2026-11-22T06:00:00.000Z'
            }
        ]
    };
}

// A small pipeline worked out by hand (see assessPipeline.test.ts for the arithmetic).
import type { OpportunityRecord, StageChange } from 'c/atlasModel';
import type { PipelineInput } from 'c/pipelineHealth';

export const STAGES = ['Qualify', 'Propose', 'Negotiate'];
export const TARGET = { amount: 100, periodStart: '2026-10-01', periodEnd: '2026-12-31' };
export const AS_OF = '2026-11-22';

export function deal(Id: string, fields: Partial<OpportunityRecord> = {}): OpportunityRecord {
    return {
        Id,
        Name: `Deal ${Id}`,
        IsClosed: false,
        IsWon: false,
        CloseDate: '2026-12-15',
        LastActivityDate: '2026-11-20',
        ...fields
    };
}

export function won(Id: string, fields: Partial<OpportunityRecord> = {}): OpportunityRecord {
    return deal(Id, {
        IsClosed: true,
        IsWon: true,
        StageName: 'Closed Won',
        CloseDate: '2026-06-30',
        ...fields
    });
}

export function lost(Id: string, fields: Partial<OpportunityRecord> = {}): OpportunityRecord {
    return deal(Id, {
        IsClosed: true,
        IsWon: false,
        StageName: 'Closed Lost',
        CloseDate: '2026-06-30',
        ...fields
    });
}

// History: two won deals of 100 without stage history (so they passed every stage); two lost deals
// of 100 that entered Qualify and Propose; one lost deal of 200 without history (counted in
// Qualify only).
export const CLOSED: OpportunityRecord[] = [
    won('w1', { Amount: 100, CreatedDate: '2026-01-01T09:00:00.000Z', CloseDate: '2026-03-02' }),
    won('w2', { Amount: 100, CreatedDate: '2026-02-01T09:00:00.000Z', CloseDate: '2026-04-02' }),
    lost('l1', { Amount: 100, Loss_Reason__c: 'Outsold' }),
    lost('l2', { Amount: 100, Loss_Reason__c: 'No Decision' }),
    lost('l3', { Amount: 200, Loss_Reason__c: 'Not Qualified' })
];

export const HISTORIES: Record<string, StageChange[]> = {
    l1: [
        { StageName: 'Qualify', EnteredAt: '2026-01-01' },
        { StageName: 'Propose', EnteredAt: '2026-02-01' }
    ],
    l2: [
        { StageName: 'Qualify', EnteredAt: '2026-01-01' },
        { StageName: 'Propose', EnteredAt: '2026-02-01' }
    ]
};

export const OPEN: OpportunityRecord[] = [
    deal('o1', { StageName: 'Qualify', Amount: 300 }),
    deal('o2', { StageName: 'Propose', Amount: 150 }),
    deal('o3', { StageName: 'Negotiate', Amount: 10, CloseDate: '2026-11-01' }),
    deal('o4', { StageName: 'Negotiate', Amount: null, LastActivityDate: '2026-09-01' }),
    deal('o5', { StageName: 'Propose', Amount: 500, CloseDate: '2027-06-01' })
];

export function workedExample(): PipelineInput {
    return {
        opportunities: [...CLOSED, ...OPEN],
        stageHistories: HISTORIES,
        stageOrder: STAGES,
        target: TARGET,
        asOf: AS_OF
    };
}

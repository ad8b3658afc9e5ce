/** @jest-environment node */
// The org paths the local org cannot show: an org with OpportunityHistory (stage history from it,
// not from snapshots) and OpportunityStage (which stages are closed), and query paging. A scripted
// connection answers the calls readPipelineRecords makes and records the SOQL it sent.
import type { Connection } from 'jsforce';
import { stageHistoryFromSnapshots } from 'c/dealScoring';
import { OPPORTUNITY_FIELDS, readPipelineRecords } from '../pipeline/pipelineRecords';

const OWNER = '005000000000001AAA';

function scriptedConnection(objects: string[]): { conn: Connection; soql: string[] } {
    const soql: string[] = [];
    const page = (records: Record<string, unknown>[], next?: string) => ({
        totalSize: records.length,
        done: next === undefined,
        nextRecordsUrl: next,
        records
    });
    const answers: Record<string, ReturnType<typeof page>> = {
        Opportunity: page(
            [
                {
                    attributes: { type: 'Opportunity' },
                    Id: '006A',
                    Name: 'Open deal',
                    OwnerId: OWNER,
                    StageName: 'Qualification',
                    Amount: 1000,
                    CloseDate: '2026-12-01',
                    CreatedDate: '2026-01-05T10:00:00.000+0000',
                    LastActivityDate: null,
                    IsClosed: false,
                    IsWon: false,
                    Loss_Reason__c: null,
                    Deal_Score_Snapshots__r: {
                        records: [{ Stage__c: 'Prospecting', Taken_At__c: '2026-01-06T00:00:00Z' }]
                    }
                }
            ],
            '/services/data/v66.0/query/01g-2000'
        ),
        OpportunityHistory: page([
            {
                OpportunityId: '006A',
                StageName: 'Prospecting',
                CreatedDate: '2026-01-05T10:00:00Z'
            },
            // An amount change in the same stage is no stage change.
            {
                OpportunityId: '006A',
                StageName: 'Prospecting',
                CreatedDate: '2026-02-01T10:00:00Z'
            },
            {
                OpportunityId: '006A',
                StageName: 'Qualification',
                CreatedDate: '2026-03-01T10:00:00Z'
            },
            {
                OpportunityId: '006B',
                StageName: 'Prospecting',
                CreatedDate: '2025-05-01T10:00:00Z'
            },
            {
                OpportunityId: '006B',
                StageName: 'Lost To Nobody',
                CreatedDate: '2025-07-01T10:00:00Z'
            }
        ]),
        OpportunityStage: page([
            { ApiName: 'Prospecting', IsClosed: false },
            { ApiName: 'Qualification', IsClosed: false },
            { ApiName: 'Lost To Nobody', IsClosed: true },
            // Closed, though no deal carries it: only OpportunityStage can tell.
            { ApiName: 'Parked', IsClosed: true }
        ]),
        Sales_Target__c: page([
            {
                attributes: { type: 'Sales_Target__c' },
                Id: 'a01T',
                Name: 'Q4',
                OwnerId: OWNER,
                Target_Amount__c: 5000,
                Period_Start__c: '2026-10-01',
                Period_End__c: '2026-12-31'
            }
        ])
    };
    const fake = {
        describeGlobal: async () => ({ sobjects: objects.map((name) => ({ name })) }),
        describe: async (object: string) => {
            expect(object).toBe('Opportunity');
            return {
                fields: [
                    {
                        name: 'StageName',
                        picklistValues: [
                            { value: 'Prospecting', label: 'Prospecting', active: true },
                            { value: 'Retired Stage', label: 'Retired', active: false },
                            { value: 'Qualification', label: 'Qualify', active: true },
                            { value: 'Lost To Nobody', label: 'No decision', active: true },
                            { value: 'Parked', label: 'Parked', active: true },
                            { value: 'Closed Won', label: 'Closed Won', active: true },
                            { value: 'Closed Lost', label: 'Closed Lost', active: true }
                        ]
                    }
                ]
            };
        },
        query: async (text: string) => {
            soql.push(text);
            const object = / FROM (\w+)/.exec(text.replace(/\(SELECT[^)]*\)/g, ''))?.[1] ?? '';
            const answer = answers[object];
            if (answer === undefined) {
                throw new Error(`unexpected query ${text}`);
            }
            return answer;
        },
        queryMore: async (url: string) => {
            soql.push(`MORE ${url}`);
            return page([
                {
                    attributes: { type: 'Opportunity' },
                    Id: '006B',
                    Name: 'Old deal',
                    OwnerId: OWNER,
                    StageName: 'Lost To Nobody',
                    Amount: 700,
                    CloseDate: '2025-07-01',
                    CreatedDate: '2025-05-01T10:00:00.000+0000',
                    LastActivityDate: null,
                    IsClosed: true,
                    IsWon: false,
                    Loss_Reason__c: 'No Decision',
                    Deal_Score_Snapshots__r: null
                }
            ]);
        }
    };
    return { conn: fake as unknown as Connection, soql };
}

describe('readPipelineRecords on an org with OpportunityHistory and OpportunityStage', () => {
    it('takes stage history from OpportunityHistory, closed stages from OpportunityStage, and follows pages', async () => {
        const { conn, soql } = scriptedConnection([
            'Opportunity',
            'OpportunityHistory',
            'OpportunityStage',
            'Sales_Target__c'
        ]);
        const records = await readPipelineRecords(conn, OWNER);
        expect(records.stageHistorySource).toBe('OpportunityHistory');
        expect(records.opportunities.map((opportunity) => opportunity.Id)).toEqual([
            '006A',
            '006B'
        ]);
        expect(Object.keys(records.opportunities[0]!).sort()).toEqual(
            [...OPPORTUNITY_FIELDS].sort()
        );
        expect(records.stageHistories).toEqual({
            '006A': [
                { StageName: 'Prospecting', EnteredAt: '2026-01-05T10:00:00Z' },
                { StageName: 'Qualification', EnteredAt: '2026-03-01T10:00:00Z' }
            ],
            '006B': [
                { StageName: 'Prospecting', EnteredAt: '2025-05-01T10:00:00Z' },
                { StageName: 'Lost To Nobody', EnteredAt: '2025-07-01T10:00:00Z' }
            ]
        });
        expect(records.stageOrder).toEqual(['Prospecting', 'Qualification']);
        expect(records.stageLabels.Qualification).toBe('Qualify');
        expect(records.targets).toEqual([
            {
                Id: 'a01T',
                Name: 'Q4',
                OwnerId: OWNER,
                Target_Amount__c: 5000,
                Period_Start__c: '2026-10-01',
                Period_End__c: '2026-12-31'
            }
        ]);
        expect(soql).toContain('MORE /services/data/v66.0/query/01g-2000');
        const history = soql.find((text) => text.includes('FROM OpportunityHistory'));
        expect(history).toContain(`OwnerId = '${OWNER}'`);
    });

    it('without them, reads stages from the snapshots and treats stages closed deals carry as closed', async () => {
        const { conn, soql } = scriptedConnection(['Opportunity', 'Sales_Target__c']);
        const records = await readPipelineRecords(conn, OWNER);
        expect(records.stageHistorySource).toBe('Deal_Score_Snapshot__c');
        expect(records.stageHistories).toEqual({
            '006A': [{ StageName: 'Prospecting', EnteredAt: '2026-01-06T00:00:00Z' }]
        });
        // Lost To Nobody is closed because the closed deal 006B carries it; nothing says Parked is.
        expect(records.stageOrder).toEqual(['Prospecting', 'Qualification', 'Parked']);
        expect(soql.some((text) => text.includes('OpportunityHistory'))).toBe(false);
    });
});

describe('stageHistoryFromSnapshots', () => {
    it('orders by time, keeps one entry per change, and skips incomplete snapshots', () => {
        expect(
            stageHistoryFromSnapshots([
                { Stage__c: 'B', Taken_At__c: '2026-03-01T00:00:00Z' },
                { Stage__c: 'A', Taken_At__c: '2026-01-01T00:00:00Z' },
                { Stage__c: 'A', Taken_At__c: '2026-02-01T00:00:00Z' },
                { Stage__c: null, Taken_At__c: '2026-02-15T00:00:00Z' },
                { Stage__c: 'C', Taken_At__c: null }
            ])
        ).toEqual([
            { StageName: 'A', EnteredAt: '2026-01-01T00:00:00Z' },
            { StageName: 'B', EnteredAt: '2026-03-01T00:00:00Z' }
        ]);
    });
});

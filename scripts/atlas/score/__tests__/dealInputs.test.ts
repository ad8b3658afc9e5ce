/** @jest-environment node */
// The scorer's mirror of the panel's mapping (dealInputs.ts) against the panel's own functions in
// atlasData, which cannot run outside Jest's LWC stubs: same stage order. Stage history is the
// scoring core's own function in both, checked here on the rows the scorer reads.
import { salesProcessOf } from 'c/atlasData';
import { stageHistoryFromSnapshots } from 'c/dealScoring';
import type { SnapshotRow } from '../dealRecords';
import { stageOrderOf } from '../dealInputs';

const snapshot = (stage: string | null, takenAt: string | null): SnapshotRow => ({
    Opportunity__c: '0060L000000000QQAQ',
    Stage__c: stage,
    Taken_At__c: takenAt,
    Score__c: 50,
    Band__c: 'Watch'
});

describe('the scorer’s deal mapping equals the panel’s', () => {
    it('stage history from snapshots: the first snapshot in each new stage, in time order', () => {
        const snapshots = [
            snapshot('Needs Analysis', '2026-11-08T06:00:00.000Z'),
            snapshot('Qualification', '2026-11-01T06:00:00.000Z'),
            snapshot('Needs Analysis', '2026-11-15T06:00:00.000Z'),
            snapshot(null, '2026-11-16T06:00:00.000Z'),
            snapshot('Qualification', '2026-11-18T06:00:00.000Z'),
            snapshot('Value Proposition', null)
        ];
        const mine = stageHistoryFromSnapshots(snapshots);
        expect(mine.map((change) => change.StageName)).toEqual([
            'Qualification',
            'Needs Analysis',
            'Qualification'
        ]);
    });

    it('stage order: picklist order without the default closed stages and those closed deals carry', () => {
        const picklist = [
            'Prospecting',
            'Qualification',
            'Closed Won',
            'Needs Analysis',
            'Lost to Budget',
            'Closed Lost',
            'Proposal/Price Quote'
        ];
        const graphql = {
            uiapi: {
                objectInfos: [
                    {
                        ApiName: 'Opportunity',
                        defaultRecordTypeId: '012000000000000AAA',
                        fields: [
                            {
                                ApiName: 'StageName',
                                picklistValuesByRecordTypeIDs: [
                                    {
                                        recordTypeID: '012000000000000AAA',
                                        picklistValues: picklist.map((value) => ({
                                            value,
                                            label: value
                                        }))
                                    }
                                ]
                            }
                        ]
                    }
                ],
                aggregate: {
                    Opportunity: {
                        edges: [{ node: { aggregate: { StageName: { value: 'Lost to Budget' } } } }]
                    }
                }
            }
        };
        const mine = stageOrderOf(picklist, ['Lost to Budget']);
        expect(mine).toEqual(salesProcessOf(graphql).stageOrder);
        expect(mine).toEqual([
            'Prospecting',
            'Qualification',
            'Needs Analysis',
            'Proposal/Price Quote'
        ]);
    });
});

import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import { objectAccessOf, picklistEntriesOf, salesProcessOf } from 'c/atlasRecords';
import { dealScoreFromGraphQL, stageHistoryFromSnapshots } from 'c/atlasRecords';
import { saveDealEvidence, scoreHasChanged, storeDealScore } from '../dealWrites';
import dealScore from '../../dealScore/__tests__/data/dealScore.json';

const ORG_STAGES = [
    'Prospecting',
    'Qualification',
    'Needs Analysis',
    'Value Proposition',
    'Id. Decision Makers',
    'Perception Analysis',
    'Proposal/Price Quote',
    'Negotiation/Review',
    'Closed Won',
    'Closed Lost'
];

function objectInfos(
    byRecordType: { recordTypeID: string; stages: string[] }[],
    defaultId: string
) {
    return {
        uiapi: {
            objectInfos: [
                {
                    ApiName: 'Opportunity',
                    createable: true,
                    updateable: true,
                    deletable: false,
                    defaultRecordTypeId: defaultId,
                    fields: [
                        { ApiName: 'Name', updateable: true },
                        {
                            ApiName: 'StageName',
                            updateable: true,
                            picklistValuesByRecordTypeIDs: byRecordType.map((entry) => ({
                                recordTypeID: entry.recordTypeID,
                                picklistValues: entry.stages.map((stage) => ({
                                    label: stage === 'Prospecting' ? 'Prospection' : stage,
                                    value: stage
                                }))
                            }))
                        }
                    ]
                }
            ]
        }
    };
}

describe('deal data', () => {
    afterEach(() => {
        jest.resetAllMocks();
    });

    it('takes the open stages from the StageName picklist, in its order, without the closed ones', () => {
        const data = objectInfos(
            [{ recordTypeID: '012000000000000AAA', stages: ORG_STAGES }],
            '012000000000000AAA'
        );

        const process = salesProcessOf(data);

        expect(process.stageOrder).toEqual(ORG_STAGES.slice(0, 8));
        expect(process.stageLabels.Prospecting).toBe('Prospection');
        expect(process.stageLabels['Closed Won']).toBe('Closed Won');
    });

    it('treats a stage closed deals carry as closed, even with a custom name', () => {
        const data = {
            ...objectInfos(
                [
                    {
                        recordTypeID: '012000000000000AAA',
                        stages: ['Discover', 'Prove', 'Signed', 'Walked Away']
                    }
                ],
                '012000000000000AAA'
            ),
            aggregate: {
                Opportunity: {
                    edges: [
                        { node: { aggregate: { StageName: { value: 'Signed' } } } },
                        { node: { aggregate: { StageName: { value: 'Walked Away' } } } }
                    ]
                }
            }
        };
        const withAggregate = { uiapi: { ...data.uiapi, aggregate: data.aggregate } };

        expect(salesProcessOf(withAggregate).stageOrder).toEqual(['Discover', 'Prove']);
        // A deal's own closed stage counts too, before any aggregate knows it.
        expect(salesProcessOf(data, ['Signed']).stageOrder).toEqual([
            'Discover',
            'Prove',
            'Walked Away'
        ]);
    });

    it("reads the default record type's values, else the master's, else the first answered", () => {
        const enterprise = { recordTypeID: '012Dn0000000EntAAA', stages: ['Qualify', 'Propose'] };
        const master = { recordTypeID: '012000000000000AAA', stages: ORG_STAGES };

        expect(
            picklistEntriesOf(
                objectInfos([master, enterprise], '012Dn0000000EntAAA'),
                'Opportunity',
                'StageName'
            ).map((e) => e.value)
        ).toEqual(['Qualify', 'Propose']);
        expect(
            picklistEntriesOf(
                objectInfos([enterprise, master], '012Dn0000000OthAAA'),
                'Opportunity',
                'StageName'
            )
        ).toHaveLength(ORG_STAGES.length);
        expect(
            picklistEntriesOf(
                objectInfos([enterprise], '012Dn0000000OthAAA'),
                'Opportunity',
                'StageName'
            ).map((e) => e.value)
        ).toEqual(['Qualify', 'Propose']);
        expect(salesProcessOf({}).stageOrder).toEqual([]);
    });

    it('reads access from the object infos and is read-only when they are missing', () => {
        const data = objectInfos([], '012000000000000AAA');

        expect(objectAccessOf(data, 'Opportunity')).toEqual({
            canCreate: true,
            canEdit: true,
            canDelete: false
        });
        expect(objectAccessOf(data, 'Deal_Evidence__c')).toEqual({
            canCreate: false,
            canEdit: false,
            canDelete: false
        });
    });

    it('reads the deal with its evidence, criteria, people, snapshots oldest first and access', () => {
        const deal = dealScoreFromGraphQL(dealScore);

        expect(deal.opportunity).toMatchObject({
            Id: '006Dn0000000026AAA',
            Name: 'Meridian - Digital Channels CDP',
            StageName: 'Value Proposition',
            Amount: 1800000,
            IsClosed: false
        });
        expect(deal.evidence).toHaveLength(20);
        expect(deal.evidence[0]).toMatchObject({
            Stage_Criterion__c: 'a0ADn0000000001AAA',
            State__c: 'Yes',
            verifiedByName: 'Marcus Bell'
        });
        expect(deal.criteria).toHaveLength(28);
        expect(deal.members.map((member) => member.Buying_Role__c)).toContain('Decision Maker');
        expect(deal.contacts.find((contact) => contact.Id === '003Dn0000000009AAA')).toEqual({
            Id: '003Dn0000000009AAA',
            // The fixture predates last touch: a contact with no activity date reads as null.
            LastActivityDate: null,
            Name: 'Priya Raman',
            Title: 'Head of Retail Banking'
        });
        expect(deal.snapshots.map((snapshot) => snapshot.Score__c)).toEqual([58, 63, 68, 72]);
        expect(deal.access).toEqual({
            canRecordEvidence: true,
            canEditEvidence: true,
            canAdvanceStage: true,
            canStoreScore: true,
            canSnapshot: true,
            // The fixture answers no object info for Deal_Competitor__c: no access is assumed.
            canAddCompetitor: false,
            canEditCompetitor: false,
            canDeleteCompetitor: false
        });
    });

    it('reads the stage history from the first snapshot in each stage', () => {
        expect(
            stageHistoryFromSnapshots([
                {
                    Opportunity__c: 'o',
                    Stage__c: 'Value Proposition',
                    Taken_At__c: '2026-11-08T06:00:00.000Z'
                },
                {
                    Opportunity__c: 'o',
                    Stage__c: 'Needs Analysis',
                    Taken_At__c: '2026-11-01T06:00:00.000Z'
                },
                {
                    Opportunity__c: 'o',
                    Stage__c: 'Value Proposition',
                    Taken_At__c: '2026-11-15T06:00:00.000Z'
                },
                { Opportunity__c: 'o', Stage__c: null, Taken_At__c: '2026-11-16T06:00:00.000Z' }
            ])
        ).toEqual([
            { StageName: 'Needs Analysis', EnteredAt: '2026-11-01T06:00:00.000Z' },
            { StageName: 'Value Proposition', EnteredAt: '2026-11-08T06:00:00.000Z' }
        ]);
    });

    it('writes evidence with its opportunity and criterion on create, only the changes on update', async () => {
        (createRecord as jest.Mock).mockResolvedValue({ id: 'a0BDn0000000050AAA' });
        (updateRecord as jest.Mock).mockResolvedValue({});

        await expect(
            saveDealEvidence('006Dn0000000026AAA', 'a0ADn0000000020AAA', null, {
                State__c: 'No',
                Evidence__c: null,
                Verified_By__c: null,
                Verified_On__c: null
            })
        ).resolves.toBe('a0BDn0000000050AAA');
        await saveDealEvidence('006Dn0000000026AAA', 'a0ADn0000000018AAA', 'a0BDn0000000017AAA', {
            State__c: 'Yes'
        });

        expect(createRecord).toHaveBeenCalledWith({
            apiName: 'Deal_Evidence__c',
            fields: {
                Opportunity__c: '006Dn0000000026AAA',
                Stage_Criterion__c: 'a0ADn0000000020AAA',
                State__c: 'No',
                Evidence__c: null,
                Verified_By__c: null,
                Verified_On__c: null
            }
        });
        expect(updateRecord).toHaveBeenCalledWith({
            fields: { Id: 'a0BDn0000000017AAA', State__c: 'Yes' }
        });
    });

    it('stores a score only when it or its band differs, and skips the snapshot when not allowed', async () => {
        const opportunity = {
            Id: '006Dn0000000026AAA',
            Name: 'x',
            Deal_Score__c: 72,
            Deal_Score_Band__c: 'Healthy' as const
        };
        expect(scoreHasChanged(opportunity, 72, 'Healthy')).toBe(false);
        expect(scoreHasChanged(opportunity, 73, 'Healthy')).toBe(true);
        expect(scoreHasChanged({ ...opportunity, Deal_Score__c: null }, 72, 'Healthy')).toBe(true);

        (updateRecord as jest.Mock).mockResolvedValue({});
        await storeDealScore(
            opportunity.Id,
            {
                score: 73,
                band: 'Healthy',
                stageName: 'Value Proposition',
                takenAt: '2026-11-22T12:00:00.000Z'
            },
            false
        );
        expect(updateRecord).toHaveBeenCalledWith({
            fields: {
                Id: opportunity.Id,
                Deal_Score__c: 73,
                Deal_Score_Band__c: 'Healthy',
                Deal_Scored_At__c: '2026-11-22T12:00:00.000Z'
            }
        });
        expect(createRecord).not.toHaveBeenCalled();
    });
});

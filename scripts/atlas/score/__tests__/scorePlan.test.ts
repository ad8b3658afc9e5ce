/** @jest-environment node */
// The write plan's rules on their own: which snapshot is pending (its opportunity write never
// landed), which deals need a write, and which key and time a write carries.
import type { OpportunityRecord } from '../../../../force-app/main/default/lwc/atlasModel/atlasModel';
import type { SnapshotRow } from '../dealRecords';
import { isPendingSnapshot, pendingSnapshotOf, planWrite, takenAtFor } from '../scorePlan';

const ID = '0060L000000000QQAQ';
const deal = (fields: Partial<OpportunityRecord> = {}): OpportunityRecord => ({
    Id: ID,
    Name: 'Meridian - Digital Channels CDP',
    StageName: 'Value Proposition',
    Deal_Score__c: 70,
    Deal_Score_Band__c: 'Healthy',
    Deal_Scored_At__c: '2026-11-20T08:00:00.000Z',
    ...fields
});
const snapshot = (key: string, takenAt: string): SnapshotRow => ({
    Opportunity__c: ID,
    Snapshot_Key__c: key,
    Score__c: 70,
    Band__c: 'Healthy',
    Stage__c: 'Value Proposition',
    Taken_At__c: takenAt
});
const RUN_AT = new Date('2026-11-22T12:00:00.250Z');

describe('pending snapshots', () => {
    it('is the scorer-keyed snapshot taken after the deal was last scored', () => {
        expect(
            isPendingSnapshot(
                deal(),
                snapshot(`${ID}:2026-11-21T00:00:00.000Z`, '2026-11-21T00:00:00.000Z')
            )
        ).toBe(true);
        // Settled: the opportunity holds its time.
        expect(
            isPendingSnapshot(
                deal(),
                snapshot(`${ID}:2026-11-20T08:00:00.000Z`, '2026-11-20T08:00:00.000Z')
            )
        ).toBe(false);
        // Older history.
        expect(
            isPendingSnapshot(
                deal(),
                snapshot(`${ID}:2026-11-01T00:00:00.000Z`, '2026-11-01T00:00:00.000Z')
            )
        ).toBe(false);
        // Another key form (the sample data) is never pending, even on a deal never scored.
        expect(
            isPendingSnapshot(
                deal({ Deal_Score__c: null, Deal_Scored_At__c: null }),
                snapshot('SAMPLE:Meridian:2026-11-08T06:00:00.000Z', '2026-11-08T06:00:00.000Z')
            )
        ).toBe(false);
        // A deal never scored: any scorer-keyed snapshot is pending.
        expect(
            isPendingSnapshot(
                deal({ Deal_Scored_At__c: null }),
                snapshot(`${ID}:2026-11-08T06:00:00.000Z`, '2026-11-08T06:00:00.000Z')
            )
        ).toBe(true);
    });

    it('picks the latest pending snapshot, whatever the order given', () => {
        const early = snapshot(`${ID}:2026-11-21T00:00:00.000Z`, '2026-11-21T00:00:00.000Z');
        const late = snapshot(`${ID}:2026-11-21T05:00:00.000Z`, '2026-11-21T05:00:00.000Z');
        expect(pendingSnapshotOf(deal(), [late, early])).toBe(late);
        expect(pendingSnapshotOf(deal(), [early, late])).toBe(late);
        expect(pendingSnapshotOf(deal(), [])).toBeNull();
    });
});

describe('planWrite', () => {
    it('writes nothing when the score and band are stored and nothing is pending', () => {
        expect(planWrite(deal(), [], { score: 70, band: 'Healthy' }, RUN_AT)).toBeNull();
    });

    it('writes a changed score with a new key at the run time, to the second', () => {
        expect(planWrite(deal(), [], { score: 55, band: 'Watch' }, RUN_AT)).toEqual({
            opportunityId: ID,
            name: 'Meridian - Digital Channels CDP',
            stage: 'Value Proposition',
            score: 55,
            band: 'Watch',
            previousScore: 70,
            previousBand: 'Healthy',
            takenAt: '2026-11-22T12:00:00.000Z',
            snapshotKey: `${ID}:2026-11-22T12:00:00.000Z`,
            resumed: false
        });
        // A band change alone is a change.
        expect(planWrite(deal(), [], { score: 70, band: 'Watch' }, RUN_AT)).not.toBeNull();
    });

    it('reuses the pending snapshot’s key, even when the score now equals the stored one', () => {
        const pending = snapshot(`${ID}:2026-11-21T00:00:00.000Z`, '2026-11-21T00:00:00.000Z');
        const write = planWrite(deal(), [pending], { score: 70, band: 'Healthy' }, RUN_AT);
        expect(write).toMatchObject({
            snapshotKey: pending.Snapshot_Key__c,
            takenAt: '2026-11-22T12:00:00.000Z',
            resumed: true
        });
    });

    it('never reuses the time (and so the key) of the score it replaces', () => {
        const scoredNow = deal({ Deal_Scored_At__c: '2026-11-22T12:00:00.000Z' });
        expect(takenAtFor(scoredNow, RUN_AT)).toBe('2026-11-22T12:00:01.000Z');
        expect(takenAtFor(deal({ Deal_Scored_At__c: null }), RUN_AT)).toBe(
            '2026-11-22T12:00:00.000Z'
        );
    });
});

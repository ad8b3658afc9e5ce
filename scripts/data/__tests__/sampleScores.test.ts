// The sample data's stored scores are today's scoring, not numbers typed by hand: every open deal
// stores the score scoreDeal gives it on the story's "today", its newest snapshot holds the same,
// and its earlier snapshots are the deal scored as it stood that week. When scoring or the data
// changes, `npm run data:scores` rewrites them; until then this test fails and names the deals.
import { join } from 'node:path';
import { scoreDeal } from '../../../force-app/main/default/lwc/dealScoring/dealScoring';
import {
    loadSamplePlan,
    openDealNames,
    sampleDealInput,
    SAMPLE_TODAY
} from '../../docs/sampleDeal';
import { sampleDealScores } from '../sampleScores';

const plan = loadSamplePlan(join(__dirname, '..', '..', '..', 'data'));
const opportunities = new Map((plan.get('Opportunity') ?? []).map((row) => [row.Id, row]));
const snapshots = new Map((plan.get('Deal_Score_Snapshot__c') ?? []).map((row) => [row.Id, row]));
const scores = sampleDealScores(plan);
const RERUN = 'run `npm run data:scores` to store what scoring gives today';

test('every open deal stores the score scoreDeal gives it on the story day, and says when', () => {
    const names = openDealNames(plan);
    expect(names.length).toBeGreaterThan(10);
    const drifted = names.flatMap((name) => {
        const live = scoreDeal(sampleDealInput(plan, name, SAMPLE_TODAY));
        const stored = scores.get(name)?.stored;
        const opportunity = stored ? opportunities.get(stored.referenceId) : undefined;
        const shown = `${String(opportunity?.Deal_Score__c)} ${String(opportunity?.Deal_Score_Band__c)} at ${String(opportunity?.Deal_Scored_At__c)}`;
        const wanted = `${live.score} ${live.band} at ${SAMPLE_TODAY}T06:00:00.000Z`;
        return shown === wanted
            ? []
            : [`${name}: stores ${shown}, today's scoring gives ${wanted}`];
    });
    expect({ drifted, fix: RERUN }).toEqual({ drifted: [], fix: RERUN });
});

test("each open deal's snapshots are the deal scored as it stood that week, the newest as stored", () => {
    const drifted: string[] = [];
    for (const [name, deal] of scores) {
        expect(deal.snapshots.at(-1)).toEqual({
            ...deal.stored,
            referenceId: deal.snapshots.at(-1)?.referenceId
        });
        for (const wanted of deal.snapshots) {
            const row = snapshots.get(wanted.referenceId);
            if (row?.Score__c !== wanted.score || row.Band__c !== wanted.band) {
                drifted.push(
                    `${name} ${wanted.takenAt}: holds ${String(row?.Score__c)} ${String(row?.Band__c)}, scoring gives ${wanted.score} ${wanted.band}`
                );
            }
        }
    }
    expect({ drifted, fix: RERUN }).toEqual({ drifted: [], fix: RERUN });
});

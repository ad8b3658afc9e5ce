// `npm run data:scores`: writes the open deals' scores that sampleScores.ts works out into the sample
// data (Deal_Score__c, Deal_Score_Band__c, Deal_Scored_At__c on data/Opportunity-open.json and
// Score__c, Band__c on data/Deal_Score_Snapshot__c.json). Run it after a scoring or data change.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadSamplePlan } from '../docs/sampleDeal';
import { sampleDealScores } from './sampleScores';
import type { SampleScore } from './sampleScores';

const OPEN_DEALS_FILE = 'Opportunity-open.json';
const OPEN_SNAPSHOTS_FILE = 'Deal_Score_Snapshot__c.json';

type TreeRecord = { attributes: { referenceId: string } } & Record<string, unknown>;

function rewrite(path: string, update: (record: TreeRecord) => void): number {
    const tree = JSON.parse(readFileSync(path, 'utf8')) as { records: TreeRecord[] };
    let changed = 0;
    for (const record of tree.records) {
        const before = JSON.stringify(record);
        update(record);
        changed += before === JSON.stringify(record) ? 0 : 1;
    }
    // The files' own layout (4 spaces, a final newline), which Prettier keeps.
    writeFileSync(path, `${JSON.stringify(tree, null, 4)}\n`);
    return changed;
}

function main(): void {
    const dataDir = resolve(__dirname, '..', '..', 'data');
    const scores = [...sampleDealScores(loadSamplePlan(dataDir)).values()];
    const stored = new Map(scores.map(({ stored: score }) => [score.referenceId, score]));
    const snapshots = new Map<string, SampleScore>(
        scores.flatMap((deal) => deal.snapshots.map((score) => [score.referenceId, score]))
    );
    const deals = rewrite(join(dataDir, OPEN_DEALS_FILE), (record) => {
        const score = stored.get(record.attributes.referenceId);
        if (score) {
            record.Deal_Score__c = score.score;
            record.Deal_Score_Band__c = score.band;
            record.Deal_Scored_At__c = score.takenAt;
        }
    });
    const taken = rewrite(join(dataDir, OPEN_SNAPSHOTS_FILE), (record) => {
        const score = snapshots.get(record.attributes.referenceId);
        if (score) {
            record.Score__c = score.score;
            record.Band__c = score.band;
        }
    });
    process.stdout.write(
        `data:scores: ${deals} of ${stored.size} open deals and ${taken} of ${snapshots.size} snapshots changed\n`
    );
}

main();

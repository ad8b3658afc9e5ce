// Deterministic synthetic deals for benchmarks: 20 criteria (16 across six stages, 4 qualification
// questions) and 8 buying-center members per deal, from a seeded generator.
import type {
    BuyingCenterMemberRecord,
    DealEvidenceRecord,
    EvidenceState,
    StageCriterionRecord
} from '../../force-app/main/default/lwc/atlasModel/atlasModel';
import {
    BUYING_ROLES as ROLES,
    COVERAGES as COVERAGE,
    CRITERION_IMPORTANCES as IMPORTANCE,
    INFLUENCES as INFLUENCE,
    SUPPORTS as SUPPORT
} from '../../force-app/main/default/lwc/atlasModel/atlasModel';
import type { DealScoringInput } from '../../force-app/main/default/lwc/dealScoring/types';
import { SAMPLE_SALES_PROCESS } from '../../data/sampleSalesProcess';

/** The synthetic deals move through the sample data's sales process. */
export const BENCH_STAGES = [...SAMPLE_SALES_PROCESS];
const QUESTIONS = [
    'Is there an opportunity?',
    'Can we compete?',
    'Can we win?',
    'Is it worth winning?'
] as const;
const STATES: (EvidenceState | null)[] = [null, 'No', 'In Progress', 'Yes'];

/** mulberry32: a tiny, well-known seeded generator, so every run builds the same deals. */
export function seededRandom(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/** The item at `index`, wrapping around: lists here are fixed and never empty. */
function cycle<T>(items: readonly T[], index: number): T {
    const item = items[index % items.length];
    if (item === undefined) {
        throw new Error('cycle() needs a non-empty list');
    }
    return item;
}

export const BENCH_CRITERIA: StageCriterionRecord[] = [
    ...Array.from({ length: 16 }, (_, i): StageCriterionRecord => ({
        Id: `crit${String(i).padStart(2, '0')}`,
        Stage__c: cycle(BENCH_STAGES, i),
        Question__c: `Customer-verifiable outcome ${i}`,
        Importance__c: cycle(IMPORTANCE, i),
        Required__c: i % 3 === 0,
        Active__c: true
    })),
    ...QUESTIONS.map((question, i): StageCriterionRecord => ({
        Id: `qual${i}`,
        Stage__c: null,
        Category__c: question,
        Question__c: question,
        Importance__c: cycle(IMPORTANCE, i + 1),
        Active__c: true
    }))
];

export function syntheticDeals(count: number, seed = 42): DealScoringInput[] {
    const random = seededRandom(seed);
    const pick = <T>(items: readonly T[]): T => cycle(items, Math.floor(random() * items.length));
    const deals: DealScoringInput[] = [];
    for (let d = 0; d < count; d++) {
        const id = `opp${d}`;
        const evidence: DealEvidenceRecord[] = [];
        for (const criterion of BENCH_CRITERIA) {
            const state = pick(STATES);
            if (state) {
                evidence.push({
                    Id: `${id}-${criterion.Id}`,
                    Opportunity__c: id,
                    Stage_Criterion__c: criterion.Id,
                    State__c: state
                });
            }
        }
        const members: BuyingCenterMemberRecord[] = Array.from({ length: 8 }, (_, m) => ({
            Id: `${id}-m${m}`,
            Buying_Center__c: `bc${d % 50}`,
            Contact__c: `${id}-c${m}`,
            Buying_Role__c: pick(ROLES),
            Support__c: pick(SUPPORT),
            Coverage__c: pick(COVERAGE),
            Influence__c: pick(INFLUENCE)
        }));
        deals.push({
            opportunity: {
                Id: id,
                Name: `Deal ${d}`,
                StageName: pick(BENCH_STAGES),
                Amount: random() < 0.05 ? null : Math.round(random() * 2_000_000),
                CloseDate: `2026-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15`,
                LastActivityDate: `2026-${String(6 + Math.floor(random() * 6)).padStart(2, '0')}-10`,
                Buying_Center__c: random() < 0.1 ? null : `bc${d % 50}`,
                IsClosed: false
            },
            evidence,
            criteria: BENCH_CRITERIA,
            stageOrder: BENCH_STAGES,
            members,
            asOf: '2026-11-22'
        });
    }
    return deals;
}

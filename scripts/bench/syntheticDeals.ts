// Deterministic synthetic deals for benchmarks, from a seeded generator: by default 20 criteria (16
// across six stages, 4 qualification questions) and 8 buying-center members per deal.
import type {
    BuyingCenterMemberRecord,
    DealEvidenceRecord,
    EvidenceState,
    StageChange,
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

/** `staged` stage criteria across the six stages, then `questions` qualification questions. */
export function benchCriteria(staged: number, questions: number): StageCriterionRecord[] {
    return [
        ...Array.from({ length: staged }, (_, i): StageCriterionRecord => ({
            Id: `crit${String(i).padStart(2, '0')}`,
            Stage__c: cycle(BENCH_STAGES, i),
            Question__c: `Customer-verifiable outcome ${i}`,
            Importance__c: cycle(IMPORTANCE, i),
            Required__c: i % 3 === 0,
            Active__c: true
        })),
        ...Array.from({ length: questions }, (_, i): StageCriterionRecord => ({
            Id: `qual${i}`,
            Stage__c: null,
            Category__c: cycle(QUESTIONS, i),
            Question__c: `${cycle(QUESTIONS, i)} (${i})`,
            Importance__c: cycle(IMPORTANCE, i + 1),
            Active__c: true
        }))
    ];
}

/** The benchmark's usual configuration: 16 stage criteria and the four qualification questions. */
export const BENCH_CRITERIA: StageCriterionRecord[] = benchCriteria(16, 4);

/** The size of each generated deal: its criteria (shared by every deal) and its people. */
export interface DealShape {
    criteria: readonly StageCriterionRecord[];
    members: number;
}
const USUAL_SHAPE: DealShape = { criteria: BENCH_CRITERIA, members: 8 };

/** A large deal (#18): 60 criteria (52 across the stages, 8 qualification questions), 40 people. */
export const LARGE_DEAL_SHAPE: DealShape = Object.freeze({
    criteria: benchCriteria(52, 8),
    members: 40
});

const month = (m: number): string => String(m).padStart(2, '0');

/**
 * Deterministic open deals. A Yes mostly carries the customer's words and who verified them (some
 * lack one, and count as In Progress); most deals have a stage history, a few with a step back.
 */
export function syntheticDeals(
    count: number,
    seed = 42,
    shape: DealShape = USUAL_SHAPE
): DealScoringInput[] {
    return [...syntheticDealStream(count, seed, shape)];
}

/** The same deals one at a time, so a benchmark can score many without holding them all. */
export function* syntheticDealStream(
    count: number,
    seed = 42,
    shape: DealShape = USUAL_SHAPE
): Generator<DealScoringInput> {
    const random = seededRandom(seed);
    const pick = <T>(items: readonly T[]): T => cycle(items, Math.floor(random() * items.length));
    for (let d = 0; d < count; d++) {
        const id = `opp${d}`;
        const members: BuyingCenterMemberRecord[] = Array.from(
            { length: shape.members },
            (_, m) => ({
                Id: `${id}-m${m}`,
                Buying_Center__c: `bc${d % 50}`,
                Contact__c: `${id}-c${m}`,
                Buying_Role__c: pick(ROLES),
                Support__c: pick(SUPPORT),
                Coverage__c: pick(COVERAGE),
                Influence__c: pick(INFLUENCE)
            })
        );
        const evidence: DealEvidenceRecord[] = [];
        for (const criterion of shape.criteria) {
            const state = pick(STATES);
            if (state) {
                const lacks = random();
                evidence.push({
                    Id: `${id}-${criterion.Id}`,
                    Opportunity__c: id,
                    Stage_Criterion__c: criterion.Id,
                    State__c: state,
                    Evidence__c: lacks < 0.05 ? null : `The customer confirmed ${criterion.Id}.`,
                    Verified_By__c:
                        lacks > 0.9
                            ? null
                            : (members[Math.floor(lacks * shape.members)]?.Contact__c ?? null),
                    Verified_On__c: `2026-${month(1 + Math.floor(random() * 10))}-0${1 + Math.floor(random() * 9)}`
                });
            }
        }
        const stageIndex = Math.floor(random() * BENCH_STAGES.length);
        const stage = cycle(BENCH_STAGES, stageIndex);
        // Entered stage i in month 1 + i (of 2026), so the time in the current stage varies.
        const stageHistory: StageChange[] = [];
        if (random() < 0.8) {
            for (let i = 0; i <= stageIndex; i++) {
                stageHistory.push({
                    StageName: cycle(BENCH_STAGES, i),
                    EnteredAt: `2026-${month(2 + i)}-01`
                });
            }
            if (stageIndex > 0 && random() < 0.15) {
                // Stepped back one stage, then on again to the current one.
                stageHistory.push(
                    {
                        StageName: cycle(BENCH_STAGES, stageIndex - 1),
                        EnteredAt: `2026-${month(8 + (stageIndex % 3))}-03`
                    },
                    { StageName: stage, EnteredAt: `2026-${month(9 + (stageIndex % 3))}-05` }
                );
            }
        }
        yield {
            opportunity: {
                Id: id,
                Name: `Deal ${d}`,
                StageName: stage,
                Amount: random() < 0.05 ? null : Math.round(random() * 2_000_000),
                CloseDate: `2026-${month(1 + Math.floor(random() * 12))}-15`,
                CreatedDate: '2026-01-05T09:00:00.000Z',
                LastActivityDate: `2026-${month(6 + Math.floor(random() * 6))}-10`,
                Buying_Center__c: random() < 0.1 ? null : `bc${d % 50}`,
                IsClosed: false
            },
            evidence,
            criteria: shape.criteria,
            stageOrder: BENCH_STAGES,
            members,
            stageHistory,
            contacts: members.map((member, m) => ({
                Id: member.Contact__c,
                Name: `Person ${m} of ${id}`
            })),
            asOf: '2026-11-22'
        };
    }
}

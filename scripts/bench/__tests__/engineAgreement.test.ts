/** @jest-environment node */
// The benchmark's json-rules-engine baseline gives the same score as dealScoring, deal by deal, on
// the sample deals and on generated ones (the usual shape and the 60-criteria, 40-people one), so
// "× faster" compares the same rules on the same deals.
import { scoreDeal } from 'c/dealScoring';
import type { DealScoringInput } from 'c/dealScoring';
import { sampleOpenDeals } from '../../../force-app/main/default/lwc/dealScoring/__tests__/sampleDeals';
import { BENCH_SETTINGS, buildEngine, engineFacts, scoreWithEngine } from '../rulesEngineScoring';
import { LARGE_DEAL_SHAPE, syntheticDeals } from '../syntheticDeals';

async function disagreements(deals: readonly DealScoringInput[]): Promise<string[]> {
    const first = deals[0];
    if (!first) {
        throw new Error('no deals to compare');
    }
    const engine = buildEngine(first.criteria, first.stageOrder);
    const differing: string[] = [];
    for (const deal of deals) {
        const ours = scoreDeal(deal, BENCH_SETTINGS, { nextActions: false }).score;
        const theirs = await scoreWithEngine(engine, deal);
        if (ours !== theirs) {
            differing.push(
                `${deal.opportunity.Id}: dealScoring ${ours}, json-rules-engine ${theirs}`
            );
        }
    }
    return differing;
}

describe('the json-rules-engine baseline', () => {
    it('gives every open sample deal the score dealScoring gives it', async () => {
        const deals = sampleOpenDeals();
        expect(deals.length).toBeGreaterThan(10);
        expect(await disagreements(deals)).toEqual([]);
    });

    it('gives every generated deal the score dealScoring gives it', async () => {
        const deals = syntheticDeals(400, 11);
        expect(await disagreements(deals)).toEqual([]);
        // The deals exercise the rules that can make the two differ, not one easy case.
        const facts = deals.map(engineFacts);
        const answers = facts.flatMap((fact) => Object.values(fact.answers));
        expect(answers.some((a) => a.state === 'Yes' && !a.hasVerifier)).toBe(true);
        expect(answers.some((a) => a.state === 'Yes' && !a.hasWords)).toBe(true);
        expect(facts.some((fact) => fact.wentBackwards)).toBe(true);
        expect(facts.some((fact) => (fact.daysInStage ?? 0) > 45)).toBe(true);
        expect(facts.some((fact) => fact.daysInStage === null)).toBe(true);
        expect(facts.some((fact) => !fact.hasAmount)).toBe(true);
        expect(facts.some((fact) => !fact.hasBuyingCenter)).toBe(true);
        const scores = new Set(deals.map((deal) => scoreDeal(deal).score));
        expect(scores.size).toBeGreaterThan(20);
    });

    it('gives generated deals with competitors the score dealScoring gives them', async () => {
        // Each deal lists 0–3 competitors, positions cycling through every state, with and without
        // the customer's words and a verifier: the weakest caps "Can we compete?" / "Can we win?".
        const states = [null, 'No', 'In Progress', 'Yes'] as const;
        const deals = syntheticDeals(300, 17).map((deal, n) => ({
            ...deal,
            competitors: Array.from({ length: n % 4 }, (_, c) => {
                const k = n * 7 + c * 3;
                return {
                    Id: `dc${n}-${c}`,
                    Opportunity__c: deal.opportunity.Id,
                    Competitor_Name__c: `Rival ${c}`,
                    Can_We_Compete__c: states[k % 4],
                    Compete_Evidence__c: k % 5 === 0 ? null : 'Shortlisted us.',
                    Can_We_Win__c: states[(k >> 2) % 4],
                    Win_Evidence__c: k % 3 === 0 ? null : 'Chose our pilot.',
                    Verified_By__c: k % 7 === 0 ? null : 'k1'
                };
            })
        }));
        expect(await disagreements(deals)).toEqual([]);
        // The competitors move scores: without them, a good share of these deals scores higher.
        const moved = deals.filter(
            (deal) =>
                scoreDeal({ ...deal, competitors: [] }).score !==
                scoreDeal(deal, BENCH_SETTINGS, { nextActions: false }).score
        );
        expect(moved.length).toBeGreaterThan(30);
    });

    it('gives deals with 60 criteria and 40 people the score dealScoring gives them', async () => {
        const deals = syntheticDeals(30, 5, LARGE_DEAL_SHAPE);
        expect(deals[0]?.criteria).toHaveLength(60);
        expect(deals[0]?.members).toHaveLength(40);
        expect(await disagreements(deals)).toEqual([]);
    });

    it('refuses a closed deal rather than scoring it by rules it does not have', () => {
        const [deal] = syntheticDeals(1);
        if (!deal) {
            throw new Error('no deal generated');
        }
        expect(() =>
            engineFacts({ ...deal, opportunity: { ...deal.opportunity, IsClosed: true } })
        ).toThrow(/open deals only/);
    });
});

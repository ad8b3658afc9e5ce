/** @jest-environment node */
// Labels resolve to their names under Jest, so these check which label each count gets; the
// sentences about how deals closed read their labels' text, to check the numbers add up as shown.
import type { readFileSync as ReadFile } from 'node:fs';
import { assessPipeline } from 'c/pipelineHealth';
import { pipelineHealthInEnglish } from '../../../../../../scripts/messages/englishMessages';
import { countedDealsText, dealsText, figureViews } from '../pipelineView';
import {
    SAMPLE_AS_OF,
    SAMPLE_STAGES,
    loadSamplePlan
} from '../../pipelineHealth/__tests__/samplePlan';

describe('dealsText', () => {
    it('gives one deal a label of its own, with or without the number needed', () => {
        expect(dealsText(1, null)).toBe('c.Atlas_PH_Deal_Count_One');
        expect(dealsText(1, 6)).toBe('c.Atlas_PH_Deal_Count_One_Needed');
    });

    it('uses the plural labels for none and for several', () => {
        expect(dealsText(0, null)).toBe('c.Atlas_PH_Deals_Count');
        expect(dealsText(3, null)).toBe('c.Atlas_PH_Deals_Count');
        expect(dealsText(0, 4)).toBe('c.Atlas_PH_Deals_Count_Needed');
        expect(dealsText(2, 4)).toBe('c.Atlas_PH_Deals_Count_Needed');
    });
});

// The labels below read as they do on the platform: their text from force-app's label files.
function mockLabel(name: string): { default: string } {
    const { readFileSync } = jest.requireActual<{ readFileSync: typeof ReadFile }>('node:fs');
    const xml = readFileSync(`${__dirname}/../../../labels/${name}.label-meta.xml`, 'utf8');
    return { default: /<value>(.*)<\/value>/.exec(xml)?.[1] ?? name };
}
jest.mock(
    '@salesforce/label/c.Atlas_PH_Win_Rate_Basis',
    () => mockLabel('Atlas_PH_Win_Rate_Basis'),
    {
        virtual: true
    }
);
jest.mock(
    '@salesforce/label/c.Atlas_PH_No_Decision_Basis',
    () => mockLabel('Atlas_PH_No_Decision_Basis'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_PH_Competitive_Loss_Basis_Named',
    () => mockLabel('Atlas_PH_Competitive_Loss_Basis_Named'),
    { virtual: true }
);
jest.mock(
    '@salesforce/label/c.Atlas_PH_Competitor_Deals',
    () => mockLabel('Atlas_PH_Competitor_Deals'),
    { virtual: true }
);
jest.mock('@salesforce/label/c.Atlas_PH_Counted_Deals', () => mockLabel('Atlas_PH_Counted_Deals'), {
    virtual: true
});

describe('the sample pipeline in words', () => {
    const plan = loadSamplePlan();
    const health = pipelineHealthInEnglish(
        assessPipeline({
            opportunities: plan.opportunities,
            stageHistories: plan.stageHistories,
            stageOrder: SAMPLE_STAGES,
            target: plan.targets.find((t) => t.Name === 'Strategic Accounts 2026-Q4')!,
            asOf: SAMPLE_AS_OF
        })
    );
    const messages = Object.fromEntries(
        figureViews(health).map((figure) => [figure.key, figure.message])
    );
    const numbers = (text: string): number[] => (text.match(/\d+/g) ?? []).map(Number);

    it('says what the win rate rests on, won and lost adding up to the deals closed in the window', () => {
        expect(messages['win-rate']).toBe(
            '10 won of the 19 deals closed in the window (lost: 2 no decision, 4 to a competitor, 3 for another reason).'
        );
        const [won, closed, ...lost] = numbers(messages['win-rate']!);
        expect(won! + lost.reduce((total, count) => total + count, 0)).toBe(closed);
    });

    it('gives the no-decision and competitive-loss rates on the same closed deals, naming who won', () => {
        expect(messages['no-decision-rate']).toBe(
            '2 of the 19 deals closed in the window ended with no decision.'
        );
        expect(messages['competitive-loss-rate']).toBe(
            '4 of the 19 deals closed in the window went to a competitor: Helix Data (2), Cobalt Systems (1), Orbis Software (1).'
        );
        const competitors = figureViews(health).find((f) => f.key === 'competitive-loss-rate')!;
        expect(competitors.value).toBeCloseTo(4 / 19, 12);
    });

    it('names the open deals the stages count so they cannot be read against the other counts', () => {
        // 15 open deals (velocity's count); 14 with an amount (rocks, stones and pebbles); the
        // stages count those closing by the end of the look-ahead.
        expect(countedDealsText(health)).toBe(
            '11 of the 15 open deals count toward their stage: those closing by'
        );
        expect(health.stages.reduce((total, stage) => total + stage.dealCount, 0)).toBe(11);
        expect(health.velocityPerDay.message).toMatch(/^15 open deals/);
        expect(health.sizeMix.message).toContain('of the 14 open deals with an amount');
    });
});

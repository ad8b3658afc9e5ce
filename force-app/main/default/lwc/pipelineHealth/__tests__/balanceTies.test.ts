/** @jest-environment node */
// The balance sentence names every stage tied for weakest: two stages at 0% are both the weakest,
// not whichever came first.
import { renderMessage } from 'c/atlasMessages';
import { DEFAULT_PIPELINE_CONFIG } from 'c/pipelineHealth';
import type { StageHealth } from 'c/pipelineHealth';
import { assessBalance } from '../balance';
import { englishStyle } from '../../../../../../scripts/messages/englishMessages';

function stage(name: string, coverage: number): StageHealth {
    return {
        stage: name,
        position: 1,
        pvf: 2,
        factor: 2,
        valueNeeded: 1000,
        valueThere: coverage * 1000,
        dealCount: coverage > 0 ? 1 : 0,
        opportunityIds: [],
        dealsNeeded: 1,
        coverage,
        notCounted: { count: 0, value: 0 },
        history: { deals: 4, wonDeals: 2, passedValue: 2000, wonValue: 1000 },
        confidence: 'low',
        code: coverage < 1 ? 'THIN' : 'COVERED',
        message: { label: 'Atlas_PHM_Stage_Coverage', params: [] }
    };
}

const say = (stages: StageHealth[]) =>
    renderMessage(assessBalance(stages, DEFAULT_PIPELINE_CONFIG).message, englishStyle());

describe('the weakest stage', () => {
    it('names both stages when two are tied at 0%', () => {
        expect(
            say([stage('Prospecting', 0), stage('Qualification', 0), stage('Proposal', 1.2)])
        ).toBe(
            'Short of value in Prospecting, Qualification: fill these stages now or the gap shows up later in the period. Prospecting and Qualification are the weakest, each at 0% of what it needs.'
        );
    });

    it('names the one weakest stage when there is no tie', () => {
        expect(
            say([stage('Prospecting', 0.2), stage('Qualification', 0), stage('Proposal', 1.2)])
        ).toBe(
            'Short of value in Prospecting, Qualification: fill these stages now or the gap shows up later in the period. Qualification is the weakest at 0% of what it needs.'
        );
    });
});

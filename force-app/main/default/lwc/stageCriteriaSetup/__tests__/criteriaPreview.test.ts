/** @jest-environment node */
// The criteria change preview on the sample setup: a new required criterion in the first stage
// blocks every open deal at or past that stage whose gate was open, and says so by stage and owner;
// deactivating the criterion that blocks a deal opens its gate.
import { stageCriteriaSetupFromGraphQL, sampleScoringInputs } from 'c/atlasData';
import { scoreDeal } from 'c/dealScoring';
import { previewDraft } from '../criteriaPreview';
import setupFixture from './data/stageCriteriaSetup.json';

const AS_OF = '2026-11-22';

describe('previewDraft: stage gates', () => {
    const setup = stageCriteriaSetupFromGraphQL(setupFixture);

    it('blocks every open deal at or past the stage of a new required criterion, in stage order', () => {
        const stage = 'Prospecting';
        const result = previewDraft(
            setup,
            null,
            {
                Stage__c: stage,
                Category__c: 'Verifiable Outcome',
                Question__c: 'Customer signed off the requirements.',
                Importance__c: 'Essential',
                Required__c: true,
                Active__c: true
            },
            AS_OF
        );
        const from = setup.stageOrder.indexOf(stage);
        const openAtOrPast = sampleScoringInputs(setup, setup.criteria, AS_OF).filter(
            (input) =>
                setup.stageOrder.indexOf(input.opportunity.StageName ?? '') >= from &&
                scoreDeal(input, undefined, { nextActions: false }).stageGate.blocking.length === 0
        );
        expect(openAtOrPast.length).toBeGreaterThan(0);
        expect(result.gateChanges.map((change) => change.opportunityId).sort()).toEqual(
            openAtOrPast.map((input) => input.opportunity.Id).sort()
        );
        expect(result.gateChanges.every((change) => change.becomes === 'blocked')).toBe(true);
        const positions = result.gateChanges.map((change) =>
            setup.stageOrder.indexOf(change.stage)
        );
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
    });

    it('opens the gate of a deal whose only blocker is the criterion being deactivated', () => {
        const inputs = sampleScoringInputs(setup, setup.criteria, AS_OF);
        const blockedByOne = inputs
            .map((input) => ({ input, gate: scoreDeal(input).stageGate }))
            .find(({ gate }) => gate.blocking.length === 1);
        expect(blockedByOne).toBeDefined();
        const criterionId = blockedByOne!.gate.blocking[0]!.criterionId;

        const result = previewDraft(setup, criterionId, { Active__c: false }, AS_OF);

        expect(result.gateChanges).toContainEqual(
            expect.objectContaining({
                opportunityId: blockedByOne!.input.opportunity.Id,
                becomes: 'unblocked'
            })
        );
        expect(result.gateChanges.every((change) => change.becomes === 'unblocked')).toBe(true);
    });
});

/** @jest-environment node */
// Bulk scoring passes one criteria list to every deal, and scoreDeal prepares it once while it is
// unchanged. These tests hold that reuse invisible: a list shared, edited in place, or scored with
// other stages or settings gives exactly what a fresh copy of the list gives.
import { inEnglish } from '../../../../../../scripts/messages/englishMessages';
import type { StageCriterionRecord } from 'c/atlasModel';
import { scoreDeal } from 'c/dealScoring';
import type { DealScore, DealScoringInput, DealScoringOverrides } from 'c/dealScoring';
import { baseDeal, criterion, dealWith, evidence } from './fixtures';

const fresh = (criteria: readonly StageCriterionRecord[]): StageCriterionRecord[] =>
    criteria.map((record) => (record === null ? record : { ...record }));

/** The result with the shared list, and with a fresh copy of the list: they must be equal. */
function sharedAndFresh(
    deal: DealScoringInput,
    overrides?: DealScoringOverrides
): [DealScore, DealScore] {
    return [
        scoreDeal(deal, overrides),
        scoreDeal({ ...deal, criteria: fresh(deal.criteria) }, overrides)
    ];
}

type Edit = [string, (criteria: StageCriterionRecord[]) => void];

const EDITS: Edit[] = [
    [
        'importance raised',
        (list) => Object.assign(list[2] as object, { Importance__c: 'Essential' })
    ],
    ['made required', (list) => Object.assign(list[2] as object, { Required__c: true })],
    ['deactivated', (list) => Object.assign(list[0] as object, { Active__c: false })],
    [
        'moved to another stage',
        (list) => Object.assign(list[3] as object, { Stage__c: 'Prospecting' })
    ],
    ['reordered', (list) => Object.assign(list[2] as object, { Sort_Order__c: -1 })],
    ['question reworded', (list) => Object.assign(list[4] as object, { Question__c: 'Budget?' })],
    [
        'category changed',
        (list) => Object.assign(list[4] as object, { Category__c: 'Can we win?' })
    ],
    ['id changed', (list) => Object.assign(list[1] as object, { Id: 'c9' })],
    ['unknown importance', (list) => Object.assign(list[1] as object, { Importance__c: 'Vital' })],
    ['criterion added', (list) => list.push(criterion('c5', 'Qualification', 'Essential'))],
    ['criterion removed', (list) => list.splice(1, 1)],
    [
        'criterion replaced',
        (list) => list.splice(0, 1, criterion('c1', 'Prospecting', 'Nice to Have'))
    ],
    ['junk added', (list) => list.push(null as unknown as StageCriterionRecord)]
];

describe('scoreDeal with one criteria list shared by many deals', () => {
    it('scores every deal of a shared list as it would with its own copy', () => {
        const criteria = baseDeal().criteria;
        const deals = [
            dealWith({ criteria }),
            dealWith({ criteria, evidence: [evidence('e9', 'c4', 'No')] }),
            dealWith({
                criteria,
                opportunity: { ...baseDeal().opportunity, StageName: 'Needs Analysis' }
            })
        ];
        for (const deal of deals) {
            const [shared, copied] = sharedAndFresh(deal);
            expect(shared).toEqual(copied);
        }
    });

    it.each(EDITS)('sees a criterion list edited in place (%s)', (_, edit) => {
        const deal = baseDeal();
        const before = scoreDeal(deal);
        edit(deal.criteria as StageCriterionRecord[]);
        const [shared, copied] = sharedAndFresh(deal);
        expect(shared).toEqual(copied);
        // Each edit shows in the result: reasons, score or warnings.
        expect(shared).not.toEqual(before);
    });

    it('reads a list put in another order in place as the same list', () => {
        const deal = baseDeal();
        const before = scoreDeal(deal);
        (deal.criteria as StageCriterionRecord[]).reverse();
        const [shared, copied] = sharedAndFresh(deal);
        expect(shared).toEqual(copied);
        expect(shared).toEqual(before);
    });

    it('prepares the list again for other stages or other settings', () => {
        const deal = baseDeal();
        scoreDeal(deal);
        const variants: [DealScoringInput, DealScoringOverrides?][] = [
            [{ ...deal, stageOrder: ['Qualification', 'Prospecting', 'Needs Analysis'] }],
            [{ ...deal, stageOrder: ['Prospecting', 'Qualification'] }],
            [deal, { importanceWeights: { Essential: 10 } }],
            [deal]
        ];
        for (const [variant, overrides] of variants) {
            const [shared, copied] = sharedAndFresh(variant, overrides);
            expect(shared).toEqual(copied);
        }
    });

    it('gives each deal its own copy of the warnings about the criteria', () => {
        const criteria = [...baseDeal().criteria, criterion('c6', 'Prospecting', 'Vital' as never)];
        const first = scoreDeal(dealWith({ criteria }));
        const warning = first.warnings.find((w) => w.code === 'UNKNOWN_IMPORTANCE');
        expect(warning?.recordId).toBe('c6');
        (warning as { message: unknown }).message = 'changed by a caller';
        const second = scoreDeal(dealWith({ criteria }));
        expect(second.warnings).toEqual(
            scoreDeal(dealWith({ criteria: fresh(criteria) })).warnings
        );
        const unknown = second.warnings.find((w) => w.code === 'UNKNOWN_IMPORTANCE');
        expect(inEnglish(unknown!.message)).toContain('Vital');
    });
});

/** @jest-environment node */
// Laws of the growth figures: every figure is the sum of the items it lists, the account is the
// sum of its buying centers, kept never exceeds what is at risk, and the order records arrive in
// never changes a figure.
import fc from 'fast-check';
import { accountGrowth } from 'c/accountGrowth';
import type { AccountGrowth, GrowthFigures, GrowthInput } from 'c/accountGrowth';
import {
    ADVOCACIES,
    COVERAGES,
    GROWTH_TRENDS,
    INFLUENCES,
    MAP_CELL_STATUSES,
    RELATIONSHIP_STATUSES
} from 'c/atlasModel';

const CENTER_IDS = ['bc1', 'bc2', 'bc3'];
const amount = fc.oneof(
    fc.integer({ min: 0, max: 5_000_000 }),
    fc.constantFrom(null, 1234.56, Number.NaN)
);
const day = fc.constantFrom(
    '2026-01-15',
    '2026-06-30',
    '2026-12-01',
    '2027-03-31',
    '2027-12-31',
    null
);
const maybe = <T>(values: readonly T[]) => fc.constantFrom(...values, null);

const inputArb: fc.Arbitrary<GrowthInput> = fc.record({
    today: fc.constant('2026-12-07'),
    periodStart: fc.constantFrom('2027-01-01', null),
    periodEnd: fc.constantFrom('2027-12-31', null),
    buyingCenters: fc.constant(CENTER_IDS).chain((ids) =>
        fc.tuple(
            ...ids.map((Id) =>
                fc.record({
                    Id: fc.constant(Id),
                    Name: fc.constantFrom('Retail', 'Wealth', 'Tech'),
                    Growth_Trend__c: maybe(GROWTH_TRENDS),
                    Relationship_Status__c: maybe(RELATIONSHIP_STATUSES),
                    members: fc.array(
                        fc.record({
                            name: fc.constantFrom('Ana', 'Ben', 'Cy'),
                            Coverage__c: maybe(COVERAGES),
                            Influence__c: maybe(INFLUENCES),
                            Advocacy__c: maybe(ADVOCACIES)
                        }),
                        { maxLength: 4 }
                    )
                })
            )
        )
    ),
    cells: fc.uniqueArray(
        fc.record({
            Id: fc.string({ minLength: 1, maxLength: 4 }).map((id) => `cell-${id}`),
            Buying_Center__c: fc.constantFrom(...CENTER_IDS),
            solutionName: fc.constantFrom('Analytics', 'CDP', 'AI'),
            solutionRetired: fc.boolean(),
            Status__c: maybe(MAP_CELL_STATUSES),
            Current_Value__c: amount,
            Potential_Value__c: amount,
            Competitor__c: fc.constantFrom('Helix', '', null),
            Renewal_Date__c: day,
            Opportunity__c: fc.constantFrom('d1', 'd2', 'd3', null)
        }),
        { maxLength: 12, selector: (cell) => cell.Id }
    ),
    deals: fc
        .uniqueArray(
            fc.record({
                Id: fc.constantFrom('d1', 'd2', 'd3', 'd4', 'd5', 'd6'),
                Name: fc.constantFrom('Renewal', 'Upsell', 'Pilot'),
                Amount: amount,
                CloseDate: day,
                IsClosed: fc.boolean(),
                IsWon: fc.boolean(),
                Buying_Center__c: fc.constantFrom(...CENTER_IDS, 'elsewhere', null),
                score: fc.constantFrom(null, 0, 35, 62, 100, 140)
            }),
            { maxLength: 6, selector: (deal) => deal.Id }
        )
        // The platform sets IsWon only on a closed deal.
        .map((deals) => deals.map((deal) => ({ ...deal, IsWon: deal.IsClosed && deal.IsWon }))),
    objectives: fc.array(
        fc.record({
            Id: fc.string({ minLength: 1, maxLength: 3 }),
            Name: fc.constantFrom('Keep Retail', 'Grow Tech'),
            Buying_Center__c: fc.constantFrom(...CENTER_IDS, null),
            Growth_Kind__c: fc.constantFrom('Retain' as const, 'Grow' as const, null),
            Growth_Target__c: amount
        }),
        { maxLength: 3 }
    )
});

const total = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0);
const FIGURES: (keyof GrowthFigures)[] = [
    'base',
    'renewing',
    'atRisk',
    'kept',
    'notKept',
    'weightedPipeline',
    'whiteSpace',
    'newBusiness',
    'netGrowth'
];

function shuffled<T>(values: readonly T[], seed: number): T[] {
    return [...values]
        .map((value, index) => ({ value, key: (index * 7919 + seed) % 101 }))
        .sort((a, b) => a.key - b.key)
        .map(({ value }) => value);
}

describe('accountGrowth laws', () => {
    it('every figure is the sum of the items it lists, in whole units', () => {
        fc.assert(
            fc.property(inputArb, (input) => {
                const growth = accountGrowth(input);
                for (const center of growth.centers) {
                    expect(center.base).toBe(total(center.baseItems.map((item) => item.value)));
                    expect(center.atRisk).toBe(
                        total(
                            center.baseItems
                                .filter((item) => item.risks.length > 0)
                                .map((item) => item.value)
                        )
                    );
                    expect(center.renewing).toBe(
                        total(
                            center.baseItems
                                .filter((item) => item.renewal !== null)
                                .map((item) => item.value)
                        )
                    );
                    expect(center.kept).toBe(total(center.baseItems.map((item) => item.kept)));
                    expect(center.kept + center.notKept).toBe(center.atRisk);
                    expect(center.weightedPipeline).toBe(
                        total(center.pipeline.map((item) => item.weighted))
                    );
                    expect(center.whiteSpace).toBe(
                        total(center.whiteSpaceItems.map((item) => item.value))
                    );
                    expect(center.newBusiness).toBe(center.weightedPipeline + center.whiteSpace);
                    expect(center.netGrowth).toBe(center.kept + center.weightedPipeline);
                    for (const item of center.baseItems) {
                        expect(item.kept).toBeLessThanOrEqual(item.atRisk);
                        // A renewal alone is no risk: at risk only with a named one.
                        expect(item.atRisk > 0).toBe(item.risks.length > 0 && item.value > 0);
                        expect(item.atRisk).toBeLessThanOrEqual(item.value);
                    }
                    for (const figure of FIGURES) {
                        expect(Number.isInteger(center[figure])).toBe(true);
                    }
                }
            })
        );
    });

    it('the account is the sum of its buying centers, and its share is net growth over the base', () => {
        fc.assert(
            fc.property(inputArb, (input) => {
                const growth = accountGrowth(input);
                for (const figure of FIGURES) {
                    expect(growth.account[figure]).toBe(
                        total(growth.centers.map((center) => center[figure] as number))
                    );
                }
                const { base, netGrowth, netGrowthShare } = growth.account;
                expect(netGrowthShare).toBe(
                    base > 0 ? Math.round((netGrowth / base) * 1000) / 10 : null
                );
            })
        );
    });

    it('a piece of business is counted once: every deal is base, pipeline or neither, never two', () => {
        fc.assert(
            fc.property(inputArb, (input) => {
                const growth = accountGrowth(input);
                const ids = growth.centers.flatMap((center) => [
                    ...center.baseItems.map((item) => item.Id),
                    ...center.pipeline.map((item) => item.Id),
                    ...center.whiteSpaceItems.map((item) => item.Id)
                ]);
                expect(new Set(ids).size).toBe(ids.length);
            })
        );
    });

    it('the order records arrive in never matters', () => {
        fc.assert(
            fc.property(inputArb, fc.integer({ min: 0, max: 100 }), (input, seed) => {
                const reordered: GrowthInput = {
                    ...input,
                    buyingCenters: shuffled(input.buyingCenters, seed).map((center) => ({
                        ...center,
                        members: shuffled(center.members, seed + 1)
                    })),
                    cells: shuffled(input.cells, seed + 2),
                    deals: shuffled(input.deals, seed + 3),
                    objectives: shuffled(input.objectives, seed + 4)
                };
                expect(accountGrowth(reordered)).toEqual<AccountGrowth>(accountGrowth(input));
            })
        );
    });
});

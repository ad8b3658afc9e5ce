/** @jest-environment node */
import fc from 'fast-check';
import { shuffled } from '../../../../../../jest/laws';
import type {
    AccountRecord,
    BuyingCenterMemberRecord,
    BuyingCenterRecord,
    OpportunityMapCellRecord
} from 'c/atlasModel';
import { assessPlanCompleteness } from 'c/planCompleteness';
import { ACCOUNT, CELLS, FINANCE, MEMBERS, TREASURY } from './fixtures';

const FIELDS = [
    'Wallet_Size__c',
    'Wallet_Share__c',
    'Sales_Goal__c',
    'Key_Initiatives__c',
    'Relationship_Status__c',
    'Growth_Trend__c',
    'Competitive_Environment__c',
    'Last_Engagement_Date__c'
] as const;

/** Buying centers with any subset of Finance's filled fields, some with odd values. */
const centersArb: fc.Arbitrary<BuyingCenterRecord[]> = fc
    .uniqueArray(
        fc.record({
            n: fc.integer({ min: 1, max: 12 }),
            keep: fc.subarray([...FIELDS]),
            odd: fc.constantFrom(
                null,
                { Wallet_Share__c: 140 },
                { Growth_Trend__c: 'Booming' },
                { Sales_Goal__c: -1 }
            )
        }),
        { selector: (c) => c.n, maxLength: 8 }
    )
    .map((list) =>
        list.map(({ n, keep, odd }) => {
            const center: Record<string, unknown> = {
                Id: `bc${n}`,
                Name: `Center ${n % 5}`,
                Account__c: 'a1'
            };
            for (const field of keep) {
                center[field] = FINANCE[field];
            }
            return { ...center, ...(odd ?? {}) } as unknown as BuyingCenterRecord;
        })
    );
const membersArb: fc.Arbitrary<BuyingCenterMemberRecord[]> = fc.array(
    fc.record({
        Id: fc.constantFrom(...Array.from({ length: 20 }, (_, i) => `m${i}`)),
        Buying_Center__c: fc.constantFrom(...Array.from({ length: 13 }, (_, i) => `bc${i}`)),
        Contact__c: fc.constant('c1'),
        Buying_Role__c: fc.constantFrom('Decision Maker', 'Coach', null),
        Support__c: fc.constantFrom('Supporter', 'Enemy', null)
    }) as fc.Arbitrary<BuyingCenterMemberRecord>,
    { maxLength: 20 }
);
const cellsArb: fc.Arbitrary<OpportunityMapCellRecord[]> = fc
    .subarray(Array.from({ length: 13 }, (_, i) => `bc${i}`))
    .map((ids) => ids.map((id) => ({ ...CELLS[0]!, Id: `x-${id}`, Buying_Center__c: id })));

describe('assessPlanCompleteness: laws', () => {
    it('keeps every percentage within 0–100 and counts each check as met or missing', () => {
        fc.assert(
            fc.property(centersArb, membersArb, cellsArb, (centers, members, cells) => {
                const result = assessPlanCompleteness({
                    account: ACCOUNT,
                    buyingCenters: centers,
                    members,
                    mapCells: cells
                });
                for (const tier of result.tiers) {
                    expect(tier.percent).toBeGreaterThanOrEqual(0);
                    expect(tier.percent).toBeLessThanOrEqual(100);
                    expect(tier.met).toBeLessThanOrEqual(tier.total);
                }
                const total = result.tiers.reduce((sum, tier) => sum + tier.total, 0);
                const met = result.tiers.reduce((sum, tier) => sum + tier.met, 0);
                expect(result.checks).toHaveLength(total);
                expect(result.missing).toHaveLength(total - met);
                expect(total).toBe(2 + 10 * centers.length);
                expect(result.overall).toBe(Math.round((100 * met) / total));
            })
        );
    });

    it('gives the same result whatever the order of buying centers, members and cells', () => {
        fc.assert(
            fc.property(
                centersArb,
                membersArb,
                cellsArb,
                fc.integer(),
                (centers, members, cells, seed) => {
                    const forward = assessPlanCompleteness(
                        ACCOUNT,
                        centers,
                        members,
                        null,
                        null,
                        cells
                    );
                    const other = assessPlanCompleteness(
                        ACCOUNT,
                        shuffled(centers, seed),
                        shuffled(members, seed + 1),
                        null,
                        null,
                        shuffled(cells, seed + 2)
                    );
                    expect(other).toEqual(forward);
                }
            )
        );
    });

    it('never lowers a percentage when a missing field is filled in', () => {
        fc.assert(
            fc.property(
                centersArb,
                fc.constantFrom(...FIELDS),
                fc.nat(),
                (centers, field, pick) => {
                    fc.pre(centers.length > 0);
                    const before = assessPlanCompleteness(ACCOUNT, centers, MEMBERS);
                    const index = pick % centers.length;
                    const filledIn = centers.map((center, i) =>
                        i === index
                            ? ({ ...center, [field]: FINANCE[field] } as BuyingCenterRecord)
                            : center
                    );
                    const after = assessPlanCompleteness(ACCOUNT, filledIn, MEMBERS);
                    after.tiers.forEach((tier, i) => {
                        expect(tier.met).toBeGreaterThanOrEqual(before.tiers[i]!.met);
                    });
                    expect(after.overall).toBeGreaterThanOrEqual(before.overall);
                }
            )
        );
    });

    it('never throws, whatever it is given', () => {
        fc.assert(
            fc.property(
                fc.anything(),
                fc.array(fc.anything()),
                fc.array(fc.anything()),
                fc.anything(),
                fc.anything(),
                fc.anything(),
                (account, centers, members, contacts, opportunities, cells) => {
                    expect(() =>
                        assessPlanCompleteness(
                            account as AccountRecord,
                            centers as BuyingCenterRecord[],
                            members as BuyingCenterMemberRecord[],
                            contacts as never,
                            opportunities as never,
                            cells as never
                        )
                    ).not.toThrow();
                    expect(() =>
                        assessPlanCompleteness({
                            account: ACCOUNT,
                            buyingCenters: [TREASURY, ...(centers as BuyingCenterRecord[])],
                            members: members as BuyingCenterMemberRecord[]
                        })
                    ).not.toThrow();
                }
            )
        );
    });
});

/** @jest-environment node */
// Laws of customer network value: each total is the sum of the deals listed under it, a deal is
// listed once however many ways it came through the account's people, only referrals and
// introductions by the account's own people count, and the order records arrive in never matters.
import fc from 'fast-check';
import { networkValue } from 'c/networkValue';
import type { NetworkDeal, NetworkInput, NetworkMember } from 'c/networkValue';

const ACCOUNTS = ['acc1', 'acc2'];
const CENTERS = ['bc1', 'bc2', 'bc3', 'bc4'];
const amount = fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.constantFrom(null, 999.5));

const dealArb: fc.Arbitrary<NetworkDeal> = fc
    .record({
        Id: fc.constantFrom('d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7'),
        Name: fc.constantFrom('Renewal', 'Upsell', 'Pilot'),
        AccountId: fc.constantFrom(...ACCOUNTS),
        accountName: fc.constant(''),
        Amount: amount,
        CloseDate: fc.constantFrom('2025-10-01', '2026-03-31', '2026-12-01', '2027-02-01', null),
        IsClosed: fc.boolean(),
        IsWon: fc.boolean(),
        Buying_Center__c: fc.constantFrom(...CENTERS, null),
        Referred_By__c: fc.constantFrom('c1', 'c2', null),
        referrerName: fc.constantFrom('Ana', 'Ben'),
        referrerAccountId: fc.constantFrom(...ACCOUNTS, null)
    })
    // The platform sets IsWon only on a closed deal.
    .map((deal) => ({ ...deal, IsWon: deal.IsClosed && deal.IsWon }));

const memberArb: fc.Arbitrary<NetworkMember> = fc.record({
    Id: fc.constantFrom('m1', 'm2', 'm3', 'm4', 'm5'),
    name: fc.constantFrom('Cy', 'Di'),
    Buying_Center__c: fc.constantFrom(...CENTERS),
    centerName: fc.constantFrom('Retail', 'Tech'),
    Introduced_By__c: fc.constantFrom('m1', 'm9', null),
    introducerName: fc.constantFrom('Ana', 'Ben'),
    introducerCenterId: fc.constantFrom(...CENTERS, null),
    introducerAccountId: fc.constantFrom(...ACCOUNTS, null)
});

const inputArb: fc.Arbitrary<NetworkInput> = fc.record({
    accountId: fc.constant('acc1'),
    today: fc.constant('2026-11-22'),
    deals: fc.uniqueArray(dealArb, { maxLength: 7, selector: (deal) => deal.Id }),
    members: fc.uniqueArray(memberArb, { maxLength: 5, selector: (member) => member.Id })
});

const total = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);
const amountOf = (deal: NetworkDeal) =>
    typeof deal.Amount === 'number' ? Math.round(deal.Amount) : 0;
const wonInYear = (deal: NetworkDeal) =>
    deal.IsWon === true &&
    (deal.CloseDate ?? '') > '2025-11-22' &&
    (deal.CloseDate ?? '') <= '2026-11-22';

describe('networkValue laws', () => {
    it('each total is the sum of the deals listed under it, each listed once', () => {
        fc.assert(
            fc.property(inputArb, (input) => {
                const { network, insideAccount, items } = networkValue(input);
                const of = (status: string) =>
                    total(items.filter((item) => item.status === status).map((i) => i.amount));
                expect(network.won).toBe(of('won'));
                expect(network.pipeline).toBe(of('open'));
                expect(network.total).toBe(network.won + network.pipeline);
                expect(insideAccount).toBe(
                    total(items.filter((item) => item.inAccount).map((item) => item.amount))
                );
                expect(new Set(items.map((item) => item.Id)).size).toBe(items.length);
                for (const item of items) {
                    expect(Number.isInteger(item.amount)).toBe(true);
                    expect(item.reasons.length).toBeGreaterThan(0);
                }
            })
        );
    });

    it("lists exactly the open and recently won deals that came through the account's own people", () => {
        fc.assert(
            fc.property(inputArb, (input) => {
                const listed = new Set(networkValue(input).items.map((item) => item.Id));
                const introduced = new Set(
                    input.members
                        .filter(
                            (member) =>
                                member.Introduced_By__c &&
                                member.introducerAccountId === input.accountId &&
                                member.introducerCenterId !== member.Buying_Center__c
                        )
                        .map((member) => member.Buying_Center__c)
                );
                const expected = input.deals.filter(
                    (deal) =>
                        ((Boolean(deal.Referred_By__c) &&
                            deal.referrerAccountId === input.accountId) ||
                            introduced.has(deal.Buying_Center__c ?? '')) &&
                        (deal.IsClosed !== true || wonInYear(deal))
                );
                expect([...listed].sort()).toEqual(expected.map((deal) => deal.Id).sort());
            })
        );
    });

    it("the account's own business is its open deals and the deals it won in the last 12 months", () => {
        fc.assert(
            fc.property(inputArb, (input) => {
                const { own } = networkValue(input);
                const mine = input.deals.filter((deal) => deal.AccountId === input.accountId);
                expect(own.pipeline).toBe(
                    total(mine.filter((deal) => deal.IsClosed !== true).map(amountOf))
                );
                expect(own.won).toBe(total(mine.filter(wonInYear).map(amountOf)));
                expect(own.total).toBe(own.won + own.pipeline);
            })
        );
    });

    it('the order records arrive in never matters', () => {
        fc.assert(
            fc.property(inputArb, (input) => {
                const reversed = {
                    ...input,
                    deals: [...input.deals].reverse(),
                    members: [...input.members].reverse()
                };
                expect(networkValue(reversed)).toEqual(networkValue(input));
            })
        );
    });
});

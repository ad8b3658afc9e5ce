/** @jest-environment node */
// Laws of the order `atlas accounts` prints and the totals under it, over generated accounts:
// highest network value first, ties by name, whatever order the org answered in; totals are sums.
import fc from 'fast-check';
import { accountTotals, rankAccounts } from '../accountRanking';
import type { AccountFigures } from '../accountFigures';

const amount = fc.integer({ min: 0, max: 5_000_000 });

const account: fc.Arbitrary<AccountFigures> = fc
    .record({
        id: fc.string({ minLength: 1, maxLength: 6 }),
        name: fc.constantFrom('Acme', 'Beta', 'Cascade', 'Delta', 'acme'),
        base: amount,
        atRisk: amount,
        keptShare: fc.integer({ min: 0, max: 100 }),
        weighted: amount,
        won: amount,
        open: fc.constantFrom(0, 100_000, 250_000)
    })
    .map(({ id, name, base, atRisk, keptShare, weighted, won, open }) => {
        const kept = Math.round((atRisk * keptShare) / 100);
        return {
            id,
            name,
            growth: {
                base,
                renewing: 0,
                atRisk,
                kept,
                notKept: atRisk - kept,
                weightedPipeline: weighted,
                whiteSpace: 0,
                newBusiness: weighted,
                netGrowth: kept + weighted,
                netGrowthShare: null
            },
            network: { won, pipeline: open, total: won + open },
            own: { won: 0, pipeline: 0, total: 0 }
        };
    });

describe('the ranking of atlas accounts', () => {
    it('puts a higher network value first, and equal values in name order', () => {
        fc.assert(
            fc.property(fc.array(account, { maxLength: 12 }), (accounts) => {
                const ranked = rankAccounts(accounts);
                expect(ranked.map((a) => a.rank)).toEqual(ranked.map((_, index) => index + 1));
                const pairs = ranked.slice(1).map((next, index) => [ranked[index], next] as const);
                for (const [current, next] of pairs) {
                    const higher = (current?.network.total ?? 0) > next.network.total;
                    const tiedInNameOrder =
                        current?.network.total === next.network.total &&
                        (current?.name ?? '') <= next.name;
                    expect(higher || tiedInNameOrder).toBe(true);
                }
            })
        );
    });

    it('gives the same order whatever order the accounts came in', () => {
        fc.assert(
            fc.property(
                fc.uniqueArray(account, { selector: (a) => a.id, maxLength: 12 }),
                fc.integer(),
                (accounts, seed) => {
                    const shuffled = [...accounts].sort(
                        (a, b) =>
                            ((a.id.charCodeAt(0) * seed) % 7) - ((b.id.charCodeAt(0) * seed) % 7)
                    );
                    expect(rankAccounts(shuffled)).toEqual(rankAccounts(accounts));
                }
            )
        );
    });

    it('totals each column as the sum of the accounts, and the totals add up like the rows', () => {
        fc.assert(
            fc.property(fc.array(account, { maxLength: 12 }), (accounts) => {
                const totals = accountTotals(accounts);
                expect(totals.networkValue).toBe(
                    accounts.reduce((sum, a) => sum + a.network.total, 0)
                );
                expect(totals.kept + totals.notKept).toBe(totals.atRisk);
                expect(totals.kept + totals.weightedPipeline).toBe(totals.netGrowth);
                expect(totals.networkWon + totals.networkOpen).toBe(totals.networkValue);
            })
        );
    });
});

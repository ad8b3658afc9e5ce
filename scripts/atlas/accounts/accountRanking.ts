// The order `atlas accounts` lists accounts in and the totals it prints under them: highest customer
// network value first, ties by name (then id, so the order never depends on how the org answered).
import { compareText } from '../../../force-app/main/default/lwc/atlasValues/atlasValues';
import type { AccountFigures } from './accountFigures';

export interface RankedAccount extends AccountFigures {
    /** 1 for the highest network value. */
    readonly rank: number;
}

/** The money columns the table totals, each the sum of the rounded amounts printed above it. */
export interface AccountTotals {
    readonly base: number;
    readonly renewing: number;
    readonly atRisk: number;
    readonly kept: number;
    readonly notKept: number;
    readonly weightedPipeline: number;
    readonly netGrowth: number;
    readonly networkWon: number;
    readonly networkOpen: number;
    readonly networkValue: number;
}

export function rankAccounts(accounts: readonly AccountFigures[]): RankedAccount[] {
    return [...accounts]
        .sort(
            (a, b) =>
                b.network.total - a.network.total ||
                compareText(a.name, b.name) ||
                compareText(a.id, b.id)
        )
        .map((account, index) => ({ ...account, rank: index + 1 }));
}

export function accountTotals(accounts: readonly AccountFigures[]): AccountTotals {
    const sum = (pick: (account: AccountFigures) => number): number =>
        accounts.reduce((total, account) => total + pick(account), 0);
    return {
        base: sum((a) => a.growth.base),
        renewing: sum((a) => a.growth.renewing),
        atRisk: sum((a) => a.growth.atRisk),
        kept: sum((a) => a.growth.kept),
        notKept: sum((a) => a.growth.notKept),
        weightedPipeline: sum((a) => a.growth.weightedPipeline),
        netGrowth: sum((a) => a.growth.netGrowth),
        networkWon: sum((a) => a.network.won),
        networkOpen: sum((a) => a.network.pipeline),
        networkValue: sum((a) => a.network.total)
    };
}

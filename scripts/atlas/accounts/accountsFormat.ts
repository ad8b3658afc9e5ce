// `atlas accounts` output: an aligned terminal table with a totals row, CSV (one row per account,
// for spreadsheets) and JSON (the helpers' figures unchanged, for other tools).
import { stringify } from 'csv-stringify/sync';
import { money } from '../pipeline/figures';
import { textTable, type Align } from '../pipeline/textTable';
import type { AccountTotals, RankedAccount } from './accountRanking';

export interface AccountsReport {
    readonly asOf: string;
    readonly org: string;
    readonly accounts: readonly RankedAccount[];
    readonly totals: AccountTotals;
}

const HEADERS = [
    '#',
    'Account',
    'Base',
    'At risk',
    'Kept',
    'Not kept',
    'Weighted pipeline',
    'Net growth',
    'Net %',
    'Network won',
    'Network open',
    'Network value'
];

function share(value: number | null): string {
    return value === null ? '—' : `${value.toFixed(1)}%`;
}

function accountRow(account: RankedAccount): string[] {
    const { growth, network } = account;
    return [
        String(account.rank),
        account.name,
        money(growth.base),
        money(growth.atRisk),
        money(growth.kept),
        money(growth.notKept),
        money(growth.weightedPipeline),
        money(growth.netGrowth),
        share(growth.netGrowthShare),
        money(network.won),
        money(network.pipeline),
        money(network.total)
    ];
}

function totalsRow(totals: AccountTotals): string[] {
    return [
        '',
        'Total',
        money(totals.base),
        money(totals.atRisk),
        money(totals.kept),
        money(totals.notKept),
        money(totals.weightedPipeline),
        money(totals.netGrowth),
        '',
        money(totals.networkWon),
        money(totals.networkOpen),
        money(totals.networkValue)
    ];
}

export function formatTable(report: AccountsReport): string {
    const align: Align[] = HEADERS.map((_, column) => (column === 1 ? 'left' : 'right'));
    const rows = report.accounts.map(accountRow);
    const lines = [
        `Accounts by customer network value, as of ${report.asOf}`,
        `Org: ${report.org}`,
        ''
    ];
    if (rows.length === 0) {
        return `${[...lines, 'No account has a buying center or a contact who referred a deal.'].join('\n')}\n`;
    }
    const table = textTable(HEADERS, [...rows, totalsRow(report.totals)], align).split('\n');
    // A rule above the totals row, as wide as the table.
    const rule = '-'.repeat(Math.max(...table.map((line) => line.length)));
    return `${[
        ...lines,
        ...table.slice(0, -1),
        rule,
        ...table.slice(-1),
        '',
        'Base, at risk (= kept + not kept), weighted pipeline and net growth (= kept + weighted pipeline)',
        'are the Account Growth tab’s account figures; net % is net growth over the base.',
        'Network value = won in the last 12 months + open business that came through the account’s',
        'people: deals its contacts referred and deals of buying centers its members introduced us to.',
        'A deal that came through two accounts’ people counts for each of them.'
    ].join('\n')}\n`;
}

export const CSV_COLUMNS = [
    'rank',
    'account_id',
    'account',
    'base',
    'renewing',
    'at_risk',
    'kept',
    'not_kept',
    'weighted_pipeline',
    'white_space',
    'net_growth',
    'net_growth_percent',
    'own_won',
    'own_open',
    'network_won',
    'network_open',
    'network_value'
] as const;

export function formatCsv(report: AccountsReport): string {
    const rows = report.accounts.map((account) => {
        const { growth, network, own } = account;
        return [
            account.rank,
            account.id,
            account.name,
            growth.base,
            growth.renewing,
            growth.atRisk,
            growth.kept,
            growth.notKept,
            growth.weightedPipeline,
            growth.whiteSpace,
            growth.netGrowth,
            growth.netGrowthShare ?? '',
            own.won,
            own.pipeline,
            network.won,
            network.pipeline,
            network.total
        ];
    });
    return stringify([[...CSV_COLUMNS], ...rows]);
}

export function formatJson(report: AccountsReport): string {
    return `${JSON.stringify(report, null, 2)}\n`;
}

// `atlas accounts [--account <name|id>] [--format table|csv|json] [--target-org <alias>]`: each
// account's growth figures and customer network value, ranked by network value, computed by the
// Account Growth tab's own queries and helpers (accountFigures.ts).
import { choiceOption, parseOptions, stringOption, UsageError } from '../args';
import type { AtlasCommand } from '../command';
import { connectToOrg } from '../orgConnection';
import { todayIso } from '../../../force-app/main/default/lwc/atlasData/planningText';
import { accountFigures, accountsToList } from './accountFigures';
import { accountTotals, rankAccounts } from './accountRanking';
import { formatCsv, formatJson, formatTable, type AccountsReport } from './accountsFormat';

/** What the two panel queries read: the command checks the user can see it before it starts. */
export const ACCOUNTS_FIELDS: Readonly<Record<string, readonly string[]>> = {
    Buying_Center__c: ['Name', 'Account__c'],
    Buying_Center_Member__c: ['Contact__c', 'Introduced_By__c'],
    Opportunity: ['Buying_Center__c', 'Referred_By__c', 'Deal_Score__c']
};

const FORMATS = ['table', 'csv', 'json'] as const;

export const ACCOUNTS_HELP = [
    'Usage: atlas accounts [--account <name|id>] [--format table|csv|json]',
    '                      [--target-org <alias|username>]',
    '',
    'Each account with a buying center (or a contact who referred a deal): its growth figures as the',
    'Account Growth tab shows them — base, at risk kept and not kept, weighted pipeline, net growth —',
    'and its customer network value (won in the last 12 months + open business that came through its',
    'people), ranked by network value, ties by name. It runs the tab’s own two GraphQL queries for',
    'each account (two API requests an account) and the same accountGrowth and networkValue modules.',
    'It writes nothing.',
    '',
    'Options:',
    '  --account <a>         one account, by exact name or 001… id (default: every account above)',
    '  --format <f>          table (default, with a totals row), csv (one row per account, for',
    '                        spreadsheets), json (the helpers’ figures unchanged, for other tools)',
    '  --target-org <alias>  an org the sf CLI is logged in to (default: the local org)',
    '  -h, --help            this help',
    ''
].join('\n');

export const ACCOUNTS_COMMAND: AtlasCommand = {
    name: 'accounts',
    help: ACCOUNTS_HELP,
    async run(argv, io, context) {
        const options = parseOptions('accounts', argv, {
            account: { type: 'string' },
            format: { type: 'string' },
            'target-org': { type: 'string', short: 'o' }
        });
        const format = choiceOption('accounts', options, 'format', FORMATS);
        const only = stringOption(options, 'account');
        if (only !== undefined && only.trim() === '') {
            throw new UsageError('atlas accounts: --account needs an account name or 001… id');
        }
        const org = await connectToOrg(
            {
                ...context.connect,
                targetOrg: stringOption(options, 'target-org'),
                requiredFields: ACCOUNTS_FIELDS
            },
            io
        );
        try {
            // The day the figures are for, as the panel takes it: today in this machine's zone.
            const asOf = todayIso(io.now());
            const listed = await accountsToList(org.conn, only?.trim());
            const figures = [];
            for (const account of listed) {
                figures.push(await accountFigures(org.conn, account, asOf));
            }
            const report: AccountsReport = {
                asOf,
                org: org.description,
                accounts: rankAccounts(figures),
                totals: accountTotals(figures)
            };
            io.stdout.write(
                format === 'json'
                    ? formatJson(report)
                    : format === 'csv'
                      ? formatCsv(report)
                      : formatTable(report)
            );
            return 0;
        } finally {
            await org.close();
        }
    }
};

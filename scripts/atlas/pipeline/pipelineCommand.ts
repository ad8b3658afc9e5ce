// `atlas pipeline [--owner <user>] [--period START..END] [--format table|json|html]
// [--target-org <alias>]`: an owner's pipeline health, assessed by the pipelineHealth module the
// Pipeline Health panel runs, printed for a terminal, another tool or a browser.
import { choiceOption, parseOptions, stringOption } from '../args';
import type { AtlasCommand } from '../command';
import { connectToOrg } from '../orgConnection';
import { formatHtml } from './htmlFormat';
import { parsePeriod } from './period';
import { buildPipelineReport } from './pipelineReport';
import { formatJson, formatTable } from './tableFormat';
import { storeLearntHistory } from './storeLearnt';

export const PIPELINE_FIELDS: Readonly<Record<string, readonly string[]>> = {
    Buying_Center__c: ['Name'],
    Opportunity: ['Deal_Score__c', 'Loss_Reason__c'],
    Sales_Target__c: ['Target_Amount__c', 'Period_Start__c', 'Period_End__c'],
    Deal_Score_Snapshot__c: ['Stage__c', 'Taken_At__c']
};

/** What --learn writes besides what the report reads. */
const LEARN_FIELDS: Readonly<Record<string, readonly string[]>> = {
    ...PIPELINE_FIELDS,
    Sales_Target__c: [
        ...(PIPELINE_FIELDS.Sales_Target__c ?? []),
        'Learnt_Factors__c',
        'Factors_Learnt_At__c'
    ]
};

const FORMATS = ['table', 'json', 'html'] as const;

export const PIPELINE_HELP = [
    'Usage: atlas pipeline [--owner <user>] [--period <START..END>] [--format table|json|html]',
    '                      [--learn] [--target-org <alias|username>]',
    '',
    "Pipeline health of one owner's opportunities, with the same pipelineHealth module as the",
    'Pipeline Health panel: each stage against its Pipeline Value Factor (value needed, value',
    'there, coverage), balance across stages, rocks/stones/pebbles, win and no-decision rates,',
    'cycle and velocity, and the records to fix.',
    '',
    'Options:',
    '  --owner <user>        full name, username or 005… id (default: you)',
    "  --period <S..E>       e.g. 2026-10-01..2026-12-31: the owner's Sales_Target__c for exactly",
    '                        that period (default: the target period containing today)',
    '  --format <f>          table (default), json (for other tools), html (one self-contained page:',
    '                        atlas pipeline --format html > pipeline.html)',
    '  --learn               also store the stage factors and rates learnt from every closed deal',
    "                        of the period's history window on its Sales_Target__c, so the panel",
    '                        (which reads one page of 2,000 deals) shows figures from all of them;',
    '                        run it once a period, or when closed deals change',
    '  --target-org <alias>  an org the sf CLI is logged in to (default: the local org)',
    '  -h, --help            this help',
    ''
].join('\n');

export const PIPELINE_COMMAND: AtlasCommand = {
    name: 'pipeline',
    help: PIPELINE_HELP,
    async run(argv, io, context) {
        const options = parseOptions('pipeline', argv, {
            owner: { type: 'string' },
            period: { type: 'string' },
            format: { type: 'string' },
            learn: { type: 'boolean' },
            'target-org': { type: 'string', short: 'o' }
        });
        const format = choiceOption('pipeline', options, 'format', FORMATS);
        const periodText = stringOption(options, 'period');
        const period = periodText === undefined ? undefined : parsePeriod(periodText);
        const org = await connectToOrg(
            {
                ...context.connect,
                targetOrg: stringOption(options, 'target-org'),
                requiredFields: options.learn === true ? LEARN_FIELDS : PIPELINE_FIELDS
            },
            io
        );
        try {
            const report = await buildPipelineReport(org.conn, {
                owner: stringOption(options, 'owner'),
                period,
                asOf: io.now().toISOString().slice(0, 10),
                orgDescription: org.description,
                orgUrl: org.conn.instanceUrl
            });
            const text =
                format === 'json'
                    ? formatJson(report)
                    : format === 'html'
                      ? formatHtml(report)
                      : formatTable(report);
            io.stdout.write(text);
            if (options.learn === true) {
                io.stderr.write(`${await storeLearntHistory(org.conn, report, io.now())}\n`);
            }
            return 0;
        } finally {
            await org.close();
        }
    }
};

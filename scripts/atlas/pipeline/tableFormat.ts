// `--format table`: the pipeline report as aligned terminal tables — stages against their Pipeline
// Value Factor, balance, rocks/stones/pebbles, rates, and the data to fix with record ids.
import { FIGURE_COLUMNS, figureRows, money, percent, STAGE_COLUMNS, stageRows } from './figures';
import type { PipelineReport } from './pipelineReport';
import { textTable } from './textTable';

export function reportTitle(report: PipelineReport): string {
    const period = report.health.period;
    const target = report.target;
    const what =
        target !== null
            ? `${target.Name ?? target.Id} (${period.start ?? '?'}..${period.end ?? '?'}), target ${money(period.target)}`
            : period.start !== null
              ? `${period.start}..${period.end ?? '?'}, no target`
              : 'no target period';
    return `Pipeline health of ${report.owner.name}: ${what}, as of ${report.asOf}`;
}

export function formatTable(report: PipelineReport): string {
    const { health } = report;
    const out: string[] = [reportTitle(report), `Org: ${report.org}`];
    if (health.period.countsCloseDatesThrough !== null) {
        out.push(
            `Open deals count toward a stage when they close by ${health.period.countsCloseDatesThrough}.`
        );
    }
    for (const note of report.notes) {
        out.push(`Note: ${note}`);
    }

    out.push('', 'Stages');
    out.push(
        textTable(STAGE_COLUMNS, stageRows(report), [
            'right',
            'left',
            'right',
            'right',
            'right',
            'right',
            'right',
            'right',
            'left'
        ])
    );
    for (const stage of health.stages) {
        out.push(`  ${report.stageLabels[stage.stage] ?? stage.stage}: ${stage.message}`);
    }

    const balance = health.balance;
    out.push('', `Balance: ${balance.code}`);
    out.push(
        textTable(
            ['Evenness', 'Spread', 'Weakest', 'Strongest', 'Thin stages', 'Empty stages'],
            [
                [
                    balance.evenness === null ? '—' : balance.evenness.toFixed(2),
                    balance.spread === null ? '—' : balance.spread.toFixed(2),
                    balance.weakestStage ?? '—',
                    balance.strongestStage ?? '—',
                    balance.thinStages.join(', ') || '—',
                    balance.emptyStages.join(', ') || '—'
                ]
            ]
        )
    );
    out.push(`  ${balance.message}`);

    const mix = health.sizeMix;
    out.push(
        '',
        `Deal sizes: ${mix.code} (median open deal ${money(mix.medianAmount)}; rock ≥ ${money(mix.rockThreshold)}, pebble ≤ ${money(mix.pebbleThreshold)})`
    );
    out.push(
        textTable(
            ['Size', 'Deals', 'Value', 'Share'],
            (
                [
                    ['Rocks', mix.rocks],
                    ['Stones', mix.stones],
                    ['Pebbles', mix.pebbles]
                ] as const
            ).map(([name, bucket]) => [
                name,
                String(bucket.count),
                money(bucket.value),
                percent(bucket.share)
            ]),
            ['left', 'right', 'right', 'right']
        )
    );
    out.push(`  ${mix.message}`);

    out.push('', 'Rates');
    out.push(
        textTable(FIGURE_COLUMNS, figureRows(health), ['left', 'right', 'left', 'right', 'left'])
    );

    out.push(
        '',
        `Data to fix: ${health.integrity.length === 0 ? 'none' : health.integrity.length}`
    );
    if (health.integrity.length > 0) {
        out.push(
            textTable(
                ['Record', 'Opportunity', 'Status', 'Issue', 'What is wrong'],
                health.integrity.map((issue) => [
                    issue.opportunityId,
                    issue.opportunityName,
                    issue.dealStatus,
                    issue.code,
                    issue.message
                ])
            )
        );
    }
    if (health.warnings.length > 0) {
        out.push('', `Warnings: ${health.warnings.length}`);
        for (const warning of health.warnings) {
            out.push(
                `  ${warning.code}${warning.recordId ? ` ${warning.recordId}` : ''}: ${warning.message}`
            );
        }
    }
    return `${out.join('\n')}\n`;
}

/** `--format json`: the context and assessPipeline's result object, unchanged, under `pipeline`. */
export function formatJson(report: PipelineReport): string {
    return `${JSON.stringify(
        {
            owner: report.owner,
            asOf: report.asOf,
            org: report.org,
            target: report.target,
            stageHistorySource: report.stageHistorySource,
            stageLabels: report.stageLabels,
            notes: report.notes,
            pipeline: report.health
        },
        null,
        2
    )}\n`;
}

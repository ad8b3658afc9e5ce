// `--format html`: the pipeline report as one self-contained page — inline CSS and inline SVG charts
// (stage coverage against the Pipeline Value Factor, deal-size mix), no scripts, no external assets.
// Every piece of text from the org goes through escapeHtml. Sentences, not codes; records link to
// their pages in the org.
import type {
    ShownStageHealth,
    StageHealth
} from '../../../force-app/main/default/lwc/pipelineHealth/pipelineHealth';
import {
    factor,
    FIGURE_COLUMNS,
    figureRows,
    money,
    percent,
    STAGE_COLUMNS,
    stageRows
} from './figures';
import type { PipelineReport } from './pipelineReport';
import { reportTitle } from './tableFormat';

export function escapeHtml(text: string): string {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}

const e = escapeHtml;

const CHART_WIDTH = 760;
const LABEL_WIDTH = 220;
const ROW_HEIGHT = 44;

function stageLabel(report: PipelineReport, stage: ShownStageHealth): string {
    return report.stageLabels[stage.stage] ?? stage.stage;
}

/** One row per stage: the value there as a bar, the value needed (PVF × target) as a marker. */
export function coverageChart(report: PipelineReport): string {
    const stages = report.health.stages;
    const scale = Math.max(
        1,
        ...stages.map((stage) => Math.max(stage.valueThere, stage.valueNeeded ?? 0))
    );
    const barSpace = CHART_WIDTH - LABEL_WIDTH - 120;
    const height = stages.length * ROW_HEIGHT + 30;
    const rows = stages.map((stage, index) => {
        const y = index * ROW_HEIGHT + 10;
        const there = (stage.valueThere / scale) * barSpace;
        const needed = stage.valueNeeded === null ? null : (stage.valueNeeded / scale) * barSpace;
        const thin = stage.code === 'THIN';
        const title = `${stageLabel(report, stage)}: ${money(stage.valueThere)} of ${money(stage.valueNeeded)} needed (PVF ${factor(stage.factor)}, coverage ${percent(stage.coverage)})`;
        return [
            `<g class="stage-row"><title>${e(title)}</title>`,
            `<text x="0" y="${y + 14}" class="label">${e(stageLabel(report, stage))}</text>`,
            `<text x="0" y="${y + 30}" class="sub">PVF ${e(factor(stage.factor))}</text>`,
            `<rect x="${LABEL_WIDTH}" y="${y + 4}" width="${barSpace}" height="22" class="track"/>`,
            `<rect x="${LABEL_WIDTH}" y="${y + 4}" width="${there.toFixed(1)}" height="22" class="${thin ? 'bar thin' : 'bar'}"/>`,
            needed === null
                ? ''
                : `<line x1="${(LABEL_WIDTH + needed).toFixed(1)}" x2="${(LABEL_WIDTH + needed).toFixed(1)}" y1="${y}" y2="${y + 30}" class="need"/>`,
            `<text x="${LABEL_WIDTH + barSpace + 8}" y="${y + 20}" class="value">${e(percent(stage.coverage))}</text>`,
            '</g>'
        ].join('');
    });
    return [
        `<svg role="img" aria-labelledby="coverage-title" viewBox="0 0 ${CHART_WIDTH} ${height}" width="${CHART_WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
        '<title id="coverage-title">Value in each stage (bar) against the value needed, PVF × target (line)</title>',
        ...rows,
        `<text x="${LABEL_WIDTH}" y="${height - 4}" class="sub">bar: value in stage · line: value needed (PVF × target) · scale 0–${e(money(scale))}</text>`,
        '</svg>'
    ].join('\n');
}

/** The open value split into rocks, stones and pebbles, as one stacked bar with a legend. */
export function sizeMixChart(report: PipelineReport): string {
    const mix = report.health.sizeMix;
    const parts = [
        ['Rocks', mix.rocks, 'rock'],
        ['Stones', mix.stones, 'stone'],
        ['Pebbles', mix.pebbles, 'pebble']
    ] as const;
    const width = CHART_WIDTH - 40;
    let x = 0;
    const bars: string[] = [];
    const legend: string[] = [];
    parts.forEach(([name, bucket, css], index) => {
        const w = bucket.share * width;
        const label = `${name}: ${bucket.count} deal(s), ${money(bucket.value)} (${percent(bucket.share)})`;
        bars.push(
            `<rect x="${x.toFixed(1)}" y="10" width="${w.toFixed(1)}" height="28" class="${css}"><title>${e(label)}</title></rect>`
        );
        x += w;
        legend.push(
            `<rect x="${index * 240}" y="52" width="12" height="12" class="${css}"/><text x="${index * 240 + 18}" y="62" class="sub">${e(label)}</text>`
        );
    });
    return [
        `<svg role="img" aria-labelledby="mix-title" viewBox="0 0 ${CHART_WIDTH} 80" width="${CHART_WIDTH}" height="80" xmlns="http://www.w3.org/2000/svg">`,
        '<title id="mix-title">Open value by deal size: rocks, stones and pebbles</title>',
        `<rect x="0" y="10" width="${width}" height="28" class="track"/>`,
        ...bars,
        ...legend,
        '</svg>'
    ].join('\n');
}

/** A table; the columns listed in `numeric` are right-aligned. */
/** A stage's status in words: the page says what the panel says, never the code. */
const STAGE_STATUS: Readonly<Record<StageHealth['code'], string>> = {
    COVERED: 'Covered',
    THIN: 'Thin',
    NOT_ENOUGH_HISTORY: 'Not enough history',
    NEVER_WON: 'Never won from here',
    NO_TARGET: 'No target'
};

function stageRowsInWords(report: PipelineReport): string[][] {
    return stageRows(report).map((row, index) => {
        const code = report.health.stages[index]?.code;
        return code ? [...row.slice(0, -1), STAGE_STATUS[code] ?? code] : row;
    });
}

/** A cell's text, or markup already made safe (a record link). */
type Cell = string | { readonly html: string };

function table(
    headers: readonly string[],
    rows: readonly (readonly Cell[])[],
    numeric: readonly number[] = []
): string {
    const cell = (tag: 'th' | 'td', content: Cell, column: number): string => {
        const inner = typeof content === 'string' ? e(content) : content.html;
        return numeric.includes(column)
            ? `<${tag} class="num">${inner}</${tag}>`
            : `<${tag}>${inner}</${tag}>`;
    };
    return [
        '<table>',
        `<thead><tr>${headers.map((header, column) => cell('th', header, column)).join('')}</tr></thead>`,
        '<tbody>',
        ...rows.map(
            (row) => `<tr>${row.map((text, column) => cell('td', text, column)).join('')}</tr>`
        ),
        '</tbody>',
        '</table>'
    ].join('\n');
}

/** The record's page in the org (Lightning Experience's address), as a link with the given text. */
function recordLink(report: PipelineReport, recordId: string, text: string): Cell {
    if (!report.orgUrl || !/^[a-zA-Z0-9]{15,18}$/.test(recordId)) {
        return text;
    }
    const href = `${report.orgUrl.replace(/\/+$/, '')}/lightning/r/${recordId}/view`;
    return { html: `<a href="${e(href)}">${e(text)}</a>` };
}

const STYLE = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #181818; margin: 2rem; max-width: 60rem; }
h1 { font-size: 1.35rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
.note { color: #5c5c5c; } .messages { color: #3e3e3c; padding-left: 1.2rem; } .message { color: #3e3e3c; margin: 0.25rem 0; }
table { border-collapse: collapse; margin: 0.5rem 0; } th, td { border-bottom: 1px solid #e5e5e5; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
svg .label { font-size: 13px; fill: #181818; } svg .sub { font-size: 11px; fill: #5c5c5c; } svg .value { font-size: 12px; fill: #181818; }
svg .track { fill: #f3f3f3; } svg .bar { fill: #0176d3; } svg .bar.thin { fill: #dd7a01; } svg .need { stroke: #181818; stroke-width: 2; }
svg .rock { fill: #032d60; } svg .stone { fill: #0176d3; } svg .pebble { fill: #90d0fe; }
`;

export function formatHtml(report: PipelineReport): string {
    const { health } = report;
    const mix = health.sizeMix;
    const body = [
        `<h1>${e(reportTitle(report))}</h1>`,
        `<p class="note">${e(`Org: ${report.org}.`)}${
            health.period.countsCloseDatesThrough === null
                ? ''
                : e(
                      ` Open deals count toward a stage when they close by ${health.period.countsCloseDatesThrough}.`
                  )
        }</p>`,
        ...report.notes.map((note) => `<p class="note">${e(note)}</p>`),
        '<h2>Stage coverage against the Pipeline Value Factor</h2>',
        coverageChart(report),
        table(STAGE_COLUMNS, stageRowsInWords(report), [0, 2, 3, 4, 5, 6, 7]),
        '<ul class="messages">',
        ...health.stages.map(
            (stage) =>
                `<li><strong>${e(stageLabel(report, stage))}</strong>: ${e(stage.message)}</li>`
        ),
        '</ul>',
        // Headings in words, as the panels have them: the codes are for programs (--format json).
        '<h2>Balance across stages</h2>',
        `<p class="message">${e(health.balance.message)}</p>`,
        '<h2>Deal-size mix: rocks, stones and pebbles</h2>',
        sizeMixChart(report),
        `<p class="message">${e(mix.message)}</p>`,
        '<h2>Rates</h2>',
        table(FIGURE_COLUMNS, figureRows(health), [1, 3]),
        `<h2>Data to fix (${health.integrity.length})</h2>`,
        health.integrity.length === 0
            ? '<p class="message">Nothing to fix.</p>'
            : table(
                  ['Opportunity', 'Status', 'What is wrong'],
                  health.integrity.map((issue) => [
                      recordLink(report, issue.opportunityId, issue.opportunityName),
                      issue.dealStatus,
                      issue.message
                  ])
              ),
        ...(health.warnings.length === 0
            ? []
            : [
                  `<h2>Warnings (${health.warnings.length})</h2>`,
                  table(
                      ['Record', 'What was read as missing or skipped'],
                      health.warnings.map((warning) => [
                          warning.recordId
                              ? recordLink(report, warning.recordId, warning.recordId)
                              : '',
                          warning.message
                      ])
                  )
              ])
    ];
    return [
        '<!doctype html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<title>${e(reportTitle(report))}</title>`,
        `<style>${STYLE}</style>`,
        '</head>',
        '<body>',
        ...body,
        '</body>',
        '</html>',
        ''
    ].join('\n');
}

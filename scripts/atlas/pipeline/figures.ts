// How the pipeline report writes numbers, shared by the table and the HTML page.
import type {
    FigureKey,
    ShownFigure,
    ShownPipelineHealth
} from '../../../force-app/main/default/lwc/pipelineHealth/pipelineHealth';
import type { PipelineReport } from './pipelineReport';

const MONEY = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function money(value: number | null): string {
    return value === null ? '—' : MONEY.format(value);
}

export function percent(value: number | null): string {
    return value === null ? '—' : `${Math.round(value * 100)}%`;
}

export function factor(value: number | null): string {
    return value === null ? '—' : `${value.toFixed(2)}×`;
}

export function count(value: number | null): string {
    return value === null ? '—' : COUNT.format(value);
}

export const FIGURE_LABELS: Readonly<Record<FigureKey, string>> = {
    winRate: 'Win rate',
    noDecisionRate: 'No-decision rate',
    competitiveLossRate: 'Competitive-loss rate',
    averageCycleDays: 'Average cycle',
    averageWonAmount: 'Average won deal',
    velocityPerDay: 'Velocity per day',
    velocityPerPeriod: 'Velocity per period'
};

export function figureValue(figure: ShownFigure): string {
    if (figure.value === null) {
        return '—';
    }
    switch (figure.key) {
        case 'winRate':
        case 'noDecisionRate':
        case 'competitiveLossRate':
            return percent(figure.value);
        case 'averageCycleDays':
            return `${count(figure.value)} days`;
        default:
            return money(figure.value);
    }
}

export const FIGURE_KEYS: readonly FigureKey[] = [
    'winRate',
    'noDecisionRate',
    'competitiveLossRate',
    'averageCycleDays',
    'averageWonAmount',
    'velocityPerDay',
    'velocityPerPeriod'
];

/** The rates section as rows, the same in the table and on the HTML page. */
export const FIGURE_COLUMNS = ['Figure', 'Value', 'Confidence', 'Deals', 'How'];

export function figureRows(health: ShownPipelineHealth): string[][] {
    return FIGURE_KEYS.map((key) => {
        const figure = health[key];
        return [
            FIGURE_LABELS[key],
            figureValue(figure),
            figure.confidence,
            String(figure.basedOn),
            figure.message
        ];
    });
}

/** The stages section as rows, the same in the table and on the HTML page. */
export const STAGE_COLUMNS = [
    '#',
    'Stage',
    'PVF',
    'Needed',
    'Value',
    'Deals',
    'Deals needed',
    'Coverage',
    'Status'
];

export function stageRows(report: PipelineReport): string[][] {
    return report.health.stages.map((stage) => [
        String(stage.position),
        report.stageLabels[stage.stage] ?? stage.stage,
        factor(stage.factor),
        money(stage.valueNeeded),
        money(stage.valueThere),
        String(stage.dealCount),
        count(stage.dealsNeeded),
        percent(stage.coverage),
        stage.code
    ]);
}

// A pipeline assessment with its messages worded: what a host shows (the panel in the user's labels
// and locale, `atlas pipeline` and the docs in plain English). The assessment itself says label names.
import type { MessageStyle } from 'c/atlasMessages';
import { renderMessage } from 'c/atlasMessages';
import type {
    Balance,
    Figure,
    IntegrityIssue,
    PipelineHealth,
    PipelineWarning,
    SizeMix,
    StageHealth
} from './types';

/** T with its message in words. */
type Worded<T> = Omit<T, 'message'> & { message: string };

export type ShownFigure = Worded<Figure>;
export type ShownStageHealth = Worded<StageHealth>;

export type ShownPipelineHealth = Omit<
    PipelineHealth,
    | 'stages'
    | 'balance'
    | 'sizeMix'
    | 'integrity'
    | 'warnings'
    | 'winRate'
    | 'noDecisionRate'
    | 'competitiveLossRate'
    | 'averageCycleDays'
    | 'averageWonAmount'
    | 'velocityPerDay'
    | 'velocityPerPeriod'
> & {
    stages: ShownStageHealth[];
    balance: Worded<Balance>;
    sizeMix: Worded<SizeMix>;
    integrity: Worded<IntegrityIssue>[];
    warnings: Worded<PipelineWarning>[];
    winRate: ShownFigure;
    noDecisionRate: ShownFigure;
    competitiveLossRate: ShownFigure;
    averageCycleDays: ShownFigure;
    averageWonAmount: ShownFigure;
    velocityPerDay: ShownFigure;
    velocityPerPeriod: ShownFigure;
};

export function showPipelineHealth(
    health: PipelineHealth,
    style: MessageStyle
): ShownPipelineHealth {
    const worded = <T extends { message: Parameters<typeof renderMessage>[0] }>(
        item: T
    ): Omit<T, 'message'> & { message: string } => ({
        ...item,
        message: renderMessage(item.message, style)
    });
    return {
        ...health,
        stages: health.stages.map(worded),
        balance: worded(health.balance),
        sizeMix: worded(health.sizeMix),
        integrity: health.integrity.map(worded),
        warnings: health.warnings.map(worded),
        winRate: worded(health.winRate),
        noDecisionRate: worded(health.noDecisionRate),
        competitiveLossRate: worded(health.competitiveLossRate),
        averageCycleDays: worded(health.averageCycleDays),
        averageWonAmount: worded(health.averageWonAmount),
        velocityPerDay: worded(health.velocityPerDay),
        velocityPerPeriod: worded(health.velocityPerPeriod)
    };
}

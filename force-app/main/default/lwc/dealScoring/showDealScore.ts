// A deal score with its messages worded: what a host shows (the panel in the user's labels and
// locale, the CLI and docs in plain English). The scoring core itself only says label names.
import type { Message, MessageStyle } from 'c/atlasMessages';
import { renderMessage } from 'c/atlasMessages';
import { compareText } from './values';
import type {
    DealScore,
    DealWarning,
    Factor,
    FactorDetail,
    NextAction,
    Risk,
    StageGate
} from './types';

/** T with its messages K in words. */
type Worded<T, K extends keyof T> = Omit<T, K> & Record<K, string>;

export type ShownNextAction = Worded<NextAction, 'message'>;
export type ShownFactorDetail = Worded<FactorDetail, 'text'>;
export type ShownFactor = Omit<Worded<Factor, 'label' | 'reason'>, 'details'> & {
    details: ShownFactorDetail[];
};
export type ShownRisk = Worded<Risk, 'message'>;
export type ShownStageGate = Worded<StageGate, 'reason'>;
export type ShownDealWarning = Worded<DealWarning, 'message'>;

export type ShownDealScore = Omit<
    DealScore,
    'note' | 'factors' | 'risks' | 'stageGate' | 'nextActions' | 'warnings'
> & {
    note: string | null;
    factors: ShownFactor[];
    risks: ShownRisk[];
    stageGate: ShownStageGate;
    nextActions: ShownNextAction[];
    warnings: ShownDealWarning[];
};

export function showDealScore(result: DealScore, style: MessageStyle): ShownDealScore {
    const words = (message: Message): string => renderMessage(message, style);
    return {
        ...result,
        note: result.note === null ? null : words(result.note),
        factors: result.factors.map((factor) => ({
            ...factor,
            label: words(factor.label),
            reason: words(factor.reason),
            details: factor.details.map((detail) => ({ ...detail, text: words(detail.text) }))
        })),
        risks: result.risks.map((risk) => ({ ...risk, message: words(risk.message) })),
        stageGate: { ...result.stageGate, reason: words(result.stageGate.reason) },
        nextActions: result.nextActions.map((action) => ({
            ...action,
            message: words(action.message)
        })),
        warnings: inWordOrder(
            result.warnings.map((warning) => ({ ...warning, message: words(warning.message) }))
        )
    };
}

/**
 * The warnings as the core orders them (by kind), and within a kind by their words: a reader finds
 * them in the order of the text they read.
 */
function inWordOrder(warnings: ShownDealWarning[]): ShownDealWarning[] {
    const kindAt = new Map<string, number>();
    warnings.forEach((warning, i) => {
        if (!kindAt.has(warning.code)) {
            kindAt.set(warning.code, i);
        }
    });
    return warnings.sort(
        (a, b) =>
            (kindAt.get(a.code) ?? 0) - (kindAt.get(b.code) ?? 0) ||
            compareText(a.message, b.message) ||
            compareText(a.recordId ?? '', b.recordId ?? '')
    );
}

// A deal score as plain text for the admin guide: every factor with its points and reason, every
// line behind them, the arithmetic that makes the score, the band, the gate and the best actions.
import type { DealScore, DealScoringConfig, DealScoringInput } from 'c/dealScoring';
import { dealScoreInEnglish } from '../messages/englishMessages';

const points = (value: number): string =>
    Number.isInteger(value) ? String(value) : value.toFixed(1);

export function formatBreakdown(
    input: DealScoringInput,
    scored: DealScore,
    config: DealScoringConfig
): string {
    const result = dealScoreInEnglish(scored);
    const deal = input.opportunity;
    const lines: string[] = [
        `Deal: ${deal.Name} — stage ${deal.StageName ?? '(none)'}, amount ${deal.Amount ?? '(none)'}, close date ${deal.CloseDate ?? '(none)'}, scored as of ${input.asOf}`,
        `Buying center: ${input.buyingCenterName ?? '(none)'} (${input.members.length} members); evidence records: ${input.evidence.length}`,
        ''
    ];
    for (const factor of result.factors) {
        lines.push(
            `${factor.label}: ${points(factor.earned)} of ${points(factor.possible)} — ${factor.reason}`
        );
        for (const detail of factor.details) {
            lines.push(
                `    [${detail.status}] ${points(detail.earned)}/${points(detail.possible)}  ${detail.text}`
            );
        }
        lines.push('');
    }
    lines.push(
        `Total: ${result.factors.map((factor) => points(factor.earned)).join(' + ')} = ${points(result.points.earned)} of ${points(result.points.possible)}`,
        `Score: round(100 × ${points(result.points.earned)} / ${points(result.points.possible)}) = ${result.score}`,
        `Band: ${result.band} (At Risk below ${config.bandLimits.atRisk}, Watch below ${config.bandLimits.watch}, Healthy from ${config.bandLimits.watch})`,
        `Stage gate: ${result.stageGate.reason}`
    );
    for (const blocking of result.stageGate.blocking) {
        lines.push(`    blocking (${blocking.stage}, ${blocking.state}): ${blocking.question}`);
    }
    lines.push('Risks:');
    for (const risk of result.risks) {
        lines.push(`    [${risk.severity}] ${risk.message}`);
    }
    lines.push('Next best actions (points each would add):');
    for (const action of result.nextActions.slice(0, 5)) {
        lines.push(`    +${points(action.gain)}  ${action.message}`);
    }
    if (result.warnings.length > 0) {
        lines.push('Warnings:', ...result.warnings.map((warning) => `    ${warning.message}`));
    }
    return lines.join('\n');
}

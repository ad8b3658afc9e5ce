// Balance across stages: does every stage hold its share of what the target needs, and how evenly?
// A pipeline full at the top and empty at the bottom misses this period; the reverse, the next.
import type { Balance, PipelineConfig, StageHealth } from './types';
import * as say from './messages';
import { sum } from './values';

/**
 * Evenness of stage coverages, each capped at 1 (a surplus in one stage does not make up for a gap
 * in another): 1 − Σ|cᵢ − cⱼ| over pairs ÷ ((n − 1) × Σc), the normalised Gini coefficient turned
 * round, so 1 is perfectly even and 0 is everything in one stage. Null with fewer than two stages
 * or nothing in any of them.
 */
export function coverageEvenness(coverages: readonly number[]): number | null {
    const capped = coverages.map((coverage) => Math.min(Math.max(coverage, 0), 1));
    const total = sum(capped);
    if (capped.length < 2 || total === 0) {
        return null;
    }
    let differences = 0;
    for (let i = 0; i < capped.length; i++) {
        for (let j = i + 1; j < capped.length; j++) {
            differences += Math.abs((capped[i] ?? 0) - (capped[j] ?? 0));
        }
    }
    return Math.min(1, Math.max(0, 1 - differences / ((capped.length - 1) * total)));
}

export function assessBalance(stages: readonly StageHealth[], config: PipelineConfig): Balance {
    const measured = stages.filter(
        (stage): stage is StageHealth & { coverage: number } => stage.coverage !== null
    );
    const first = measured[0];
    if (first === undefined) {
        return {
            evenness: null,
            spread: null,
            thinStages: [],
            emptyStages: [],
            weakestStage: null,
            strongestStage: null,
            code: 'UNKNOWN',
            message: say.balanceUnknown()
        };
    }
    // Ties go to the earlier stage, so the result does not depend on anything but stage order.
    let weakest = first;
    let strongest = first;
    for (const stage of measured) {
        if (stage.coverage < weakest.coverage) {
            weakest = stage;
        }
        if (stage.coverage > strongest.coverage) {
            strongest = stage;
        }
    }
    const thinStages = measured
        .filter((stage) => stage.coverage < config.thinCoverage)
        .map((stage) => stage.stage);
    const evenness = coverageEvenness(measured.map((stage) => stage.coverage));
    return {
        evenness,
        spread: measured.length > 1 ? strongest.coverage - weakest.coverage : null,
        thinStages,
        emptyStages: measured.filter((stage) => stage.valueThere === 0).map((stage) => stage.stage),
        weakestStage: weakest.stage,
        strongestStage: strongest.stage,
        code: thinStages.length > 0 ? 'THIN_STAGES' : 'BALANCED',
        message:
            thinStages.length > 0
                ? say.thinStages(
                      thinStages,
                      measured
                          .filter((stage) => stage.coverage === weakest.coverage)
                          .map((stage) => stage.stage),
                      weakest.coverage
                  )
                : say.balanced(evenness)
    };
}

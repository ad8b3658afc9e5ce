// What a switch that stopped part way left behind, from its planned steps and where it stopped: how
// many questions moved, which framework could not be switched off, and the framework deals now score
// with. The setup words it (c/frameworkSwitch) so sales ops read exactly what was and was not saved.
import type { FrameworkGroupRecord, SalesFrameworkRecord } from 'c/atlasModel';
import type { SwitchStep } from './frameworkSwitch';
import { activeFrameworkOf } from './frameworkSwitch';

/**
 * Where a switch's writes stopped: the step's index in its plan, and for a move what landed. No
 * index: an error that does not say where it stopped, so what landed is not known.
 */
export interface SwitchStop {
    readonly stepIndex?: number;
    /** Of the failed move step: the updates that landed and those refused (they run in parallel). */
    readonly moved?: number;
    readonly notMoved?: number;
}

export interface SwitchOutcome {
    /** The step that failed; 'unknown' when the error did not say (nothing below is known then). */
    readonly step: SwitchStep['kind'] | 'unknown';
    /** Questions moved to the new framework's groups, and those still to move (a move step only). */
    readonly moved: number;
    readonly notMoved: number;
    /** The framework that could not be switched off (a deactivate step only). */
    readonly stillActive: SalesFrameworkRecord | null;
    /** The framework deals score with after what landed; null: none, the built-in TAS questions. */
    readonly inForce: SalesFrameworkRecord | null;
    /** The frameworks the landed steps switched off (none when no framework was active before). */
    readonly switchedOff: readonly SalesFrameworkRecord[];
}

const UNKNOWN: SwitchOutcome = {
    step: 'unknown',
    moved: 0,
    notMoved: 0,
    stillActive: null,
    inForce: null,
    switchedOff: []
};

/** The state a switch left when it stopped at `stop` (its earlier steps landed, later ones never ran). */
export function switchOutcome(
    steps: readonly SwitchStep[],
    stop: SwitchStop,
    frameworks: readonly SalesFrameworkRecord[],
    groups: readonly FrameworkGroupRecord[]
): SwitchOutcome {
    const failed = stop.stepIndex === undefined ? undefined : steps[stop.stepIndex];
    if (stop.stepIndex === undefined || !failed) {
        // Reading an unknown stop as some step would claim writes that may never have run.
        return UNKNOWN;
    }
    const landed = steps.slice(0, stop.stepIndex);
    const after = frameworks.map((framework) => {
        const write = landed.find(
            (step) => step.kind !== 'move' && step.frameworkId === framework.Id
        );
        return write ? { ...framework, Active__c: write.kind === 'activate' } : framework;
    });
    const switchedOff = new Set(
        landed.flatMap((step) => (step.kind === 'deactivate' ? [step.frameworkId] : []))
    );
    return {
        step: failed.kind,
        moved: failed.kind === 'move' ? (stop.moved ?? 0) : 0,
        notMoved: failed.kind === 'move' ? (stop.notMoved ?? failed.moves.length) : 0,
        stillActive:
            failed.kind === 'deactivate'
                ? (frameworks.find((framework) => framework.Id === failed.frameworkId) ?? null)
                : null,
        inForce: activeFrameworkOf(after, groups).inForce,
        switchedOff: frameworks.filter((framework) => switchedOff.has(framework.Id))
    };
}

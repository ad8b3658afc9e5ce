// The writes of the framework setup (c/salesFrameworkSetup): importing a template (the framework,
// then its groups), editing a group, and running a switch's steps in their order (c/salesFramework
// switchSteps says why that order). Each resolves when every write landed; a failure rejects with
// the UI API error and says which step it stopped at (and, for a switch, what of that step landed).
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import type { FrameworkTemplate, SwitchStep, SwitchStop } from 'c/salesFramework';
import { importRecords } from 'c/salesFramework';
import type { RecordFields } from './planningWrites';

export type FrameworkWriteStep = SwitchStep['kind'] | 'framework' | 'group';

/**
 * A switch or import that stopped part way: the step it failed at and the platform's error; for a
 * switch also the step's place in the plan and, for the questions' move, how many updates landed.
 */
export interface FrameworkWriteFailure extends Partial<SwitchStop> {
    readonly step: FrameworkWriteStep;
    readonly cause: unknown;
}

/** The failure a framework write rejected with, or null for any other error. */
export function frameworkWriteFailureOf(error: unknown): FrameworkWriteFailure | null {
    const candidate = error as Partial<FrameworkWriteFailure> | null;
    return candidate && typeof candidate === 'object' && typeof candidate.step === 'string'
        ? {
              step: candidate.step,
              cause: candidate.cause,
              stepIndex: candidate.stepIndex,
              moved: candidate.moved,
              notMoved: candidate.notMoved
          }
        : null;
}

async function stepped<T>(step: FrameworkWriteStep, write: () => Promise<T>): Promise<T> {
    try {
        return await write();
    } catch (cause) {
        const failure: FrameworkWriteFailure = { step, cause };
        throw failure;
    }
}

/** Creates the template's framework (inactive) and its groups; resolves to the framework's id. */
export async function importFramework(
    template: FrameworkTemplate,
    existingNames: readonly string[]
): Promise<string> {
    const records = importRecords(template, existingNames);
    const framework = await stepped('framework', () =>
        createRecord({ apiName: 'Sales_Framework__c', fields: records.framework })
    );
    // One after another, in the template's order (a chain, not a loop of awaits).
    await records.groups.reduce<Promise<unknown>>(
        (previous, group) =>
            previous.then(() =>
                stepped('group', () =>
                    createRecord({
                        apiName: 'Framework_Group__c',
                        fields: { ...group, Sales_Framework__c: framework.id }
                    })
                )
            ),
        Promise.resolve()
    );
    return framework.id;
}

/** Saves a group's edited fields. */
export async function saveFrameworkGroup(recordId: string, fields: RecordFields): Promise<void> {
    await updateRecord({ fields: { Id: recordId, ...fields } });
}

async function runStep(step: SwitchStep, stepIndex: number): Promise<void> {
    if (step.kind === 'move') {
        // The updates run in parallel and each lands or not on its own: wait for all of them, so
        // the failure can say how many questions moved.
        const results = await Promise.allSettled(
            step.moves.map((move) => updateRecord({ fields: { ...move } }))
        );
        const refused = results.filter((result) => result.status === 'rejected');
        if (refused.length > 0) {
            const failure: FrameworkWriteFailure = {
                step: 'move',
                stepIndex,
                cause: refused[0]?.reason,
                moved: results.length - refused.length,
                notMoved: refused.length
            };
            throw failure;
        }
        return;
    }
    try {
        await updateRecord({
            fields: { Id: step.frameworkId, Active__c: step.kind === 'activate' }
        });
    } catch (cause) {
        const failure: FrameworkWriteFailure = { step: step.kind, stepIndex, cause };
        throw failure;
    }
}

/**
 * Runs a switch's steps one after another (their order matters); the first failure stops it. The
 * plan comes from the records as saved, so running a fresh plan after a failure finishes the switch
 * and ends where a clean switch does (frameworkSwitchRetry.test.ts).
 */
export async function runSwitch(steps: readonly SwitchStep[]): Promise<void> {
    await steps.reduce<Promise<void>>(
        (previous, step, stepIndex) => previous.then(() => runStep(step, stepIndex)),
        Promise.resolve()
    );
}

// The writes of the framework setup (c/salesFrameworkSetup): importing a template (the framework,
// then its groups), editing a group, and running a switch's steps in their order (c/salesFramework
// switchSteps says why that order). Each resolves when every write landed; a failure rejects with
// the UI API error and says which step it stopped at.
import { createRecord, updateRecord } from 'lightning/uiRecordApi';
import type { FrameworkTemplate, SwitchStep } from 'c/salesFramework';
import { importRecords } from 'c/salesFramework';
import type { RecordFields } from './planningWrites';

export type FrameworkWriteStep = SwitchStep['kind'] | 'framework' | 'group';

/** A switch or import that stopped part way: the step it failed at and the platform's error. */
export interface FrameworkWriteFailure {
    readonly step: FrameworkWriteStep;
    readonly cause: unknown;
}

/** The failure a framework write rejected with, or null for any other error. */
export function frameworkWriteFailureOf(error: unknown): FrameworkWriteFailure | null {
    const candidate = error as Partial<FrameworkWriteFailure> | null;
    return candidate && typeof candidate === 'object' && typeof candidate.step === 'string'
        ? { step: candidate.step, cause: candidate.cause }
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

function runStep(step: SwitchStep): Promise<unknown> {
    if (step.kind === 'move') {
        return stepped('move', () =>
            Promise.all(step.moves.map((move) => updateRecord({ fields: { ...move } })))
        );
    }
    return stepped(step.kind, () =>
        updateRecord({ fields: { Id: step.frameworkId, Active__c: step.kind === 'activate' } })
    );
}

/** Runs a switch's steps one after another (their order matters); the first failure stops it. */
export async function runSwitch(steps: readonly SwitchStep[]): Promise<void> {
    await steps.reduce<Promise<unknown>>(
        (previous, step) => previous.then(() => runStep(step)),
        Promise.resolve()
    );
}

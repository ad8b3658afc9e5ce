// A deal's mutual plan as the panel and the export read it: its steps in order (due date, then
// name), each with its owners on both sides and how it slips against the close date.
import type { IsoDate, MutualPlanStepRecord, RecordId } from 'c/atlasModel';
import { planStepSlips } from 'c/dealScoring';
import type { PlanStepSlip } from 'c/dealScoring';

/** One step with its owners' names, as the panel reads it. */
export interface PlanStep extends MutualPlanStepRecord {
    Id: RecordId;
    ourOwnerName: string | null;
    customerOwnerName: string | null;
}

export interface PlannedStep {
    step: PlanStep;
    /** 1-based place in the plan. */
    number: number;
    slips: PlanStepSlip[];
}

/** Steps by due date (undated last), then by name: the order both sides read the plan in. */
export function orderedSteps<T extends { Name: string; Due_Date__c?: IsoDate | null }>(
    steps: readonly T[]
): T[] {
    return [...steps].sort((a, b) => {
        const byDate = (a.Due_Date__c ?? '9999').localeCompare(b.Due_Date__c ?? '9999');
        return byDate !== 0 ? byDate : a.Name.localeCompare(b.Name);
    });
}

/** The plan against the close date as of a day: each step numbered, with its slips. */
export function plannedSteps(
    steps: readonly PlanStep[],
    closeDate: IsoDate | null,
    asOf: IsoDate
): PlannedStep[] {
    return orderedSteps(steps).map((step, index) => ({
        step,
        number: index + 1,
        slips: planStepSlips(step, closeDate, asOf)
    }));
}

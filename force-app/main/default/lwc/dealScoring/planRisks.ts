// A deal's mutual plan against its close date: which open steps are due after the deal closes or
// are past their due date, by how many days, and the deal risk each one is. Pure: the caller says
// what day it is. The Deal Score panel lists these risks with the scoring core's own.
import type { IsoDate, PlanStepStatus, RecordId } from 'c/atlasModel';
import { dateOf } from 'c/atlasMessages';
import type { Message } from 'c/atlasMessages';
import { dayNumber } from './dates';
import { say, sayCounted } from './messageLabels';
import type { Risk } from './types';

/** What the plan risks need of a step: its name, due date and status. */
export interface PlanStepInput {
    Id?: RecordId;
    Name: string;
    Due_Date__c?: IsoDate | null;
    Status__c?: PlanStepStatus | null;
}

export type PlanSlipKind = 'AFTER_CLOSE' | 'OVERDUE';

export interface PlanStepSlip {
    kind: PlanSlipKind;
    /** Days after the close date (AFTER_CLOSE) or since the due date (OVERDUE); always ≥ 1. */
    days: number;
}

/** Done and Cancelled steps are settled: they are never late. A blank status is Not Started. */
export function isOpenPlanStep(step: Pick<PlanStepInput, 'Status__c'>): boolean {
    return step.Status__c !== 'Done' && step.Status__c !== 'Cancelled';
}

/**
 * How an open step slips: due after the close date, and/or past its due date as of `asOf`. A step
 * due on the close date or today is on time; a settled step or one without a valid date never slips.
 */
export function planStepSlips(
    step: PlanStepInput,
    closeDate: IsoDate | null | undefined,
    asOf: IsoDate
): PlanStepSlip[] {
    const due = dayNumber(step.Due_Date__c);
    if (!isOpenPlanStep(step) || due === null) {
        return [];
    }
    const slips: PlanStepSlip[] = [];
    const close = dayNumber(closeDate);
    if (close !== null && due > close) {
        slips.push({ kind: 'AFTER_CLOSE', days: due - close });
    }
    const today = dayNumber(asOf);
    if (today !== null && due < today) {
        slips.push({ kind: 'OVERDUE', days: today - due });
    }
    return slips;
}

const days = (count: number): Message =>
    sayCounted('Atlas_DSM_Days_One', 'Atlas_DSM_Days_Other', count, count);

function slipMessage(step: PlanStepInput, slip: PlanStepSlip, closeDate: IsoDate): Message {
    const due = dateOf(step.Due_Date__c ?? '');
    return slip.kind === 'AFTER_CLOSE'
        ? say(
              'Atlas_DSM_Risk_Plan_Step_After_Close',
              step.Name,
              due,
              days(slip.days),
              dateOf(closeDate)
          )
        : say('Atlas_DSM_Risk_Plan_Step_Overdue', step.Name, due, days(slip.days));
}

/**
 * The deal risks of a mutual plan, in the plan's order (due date): a step due after the close date
 * means the deal cannot close as planned, an overdue step is a promise the buyer has not kept yet;
 * both are high, like an overdue agreed action. A closed deal's plan has no risks.
 */
export function planStepRisks(
    steps: readonly PlanStepInput[],
    closeDate: IsoDate | null | undefined,
    asOf: IsoDate,
    closed = false
): Risk[] {
    if (closed) {
        return [];
    }
    return [...steps]
        .sort((a, b) => String(a.Due_Date__c ?? '').localeCompare(String(b.Due_Date__c ?? '')))
        .flatMap((step) =>
            planStepSlips(step, closeDate, asOf).map((slip) => ({
                code: slip.kind === 'AFTER_CLOSE' ? 'PLAN_STEP_AFTER_CLOSE' : 'PLAN_STEP_OVERDUE',
                severity: 'high',
                message: slipMessage(step, slip, closeDate ?? ''),
                ...(step.Id ? { planStepId: step.Id } : {})
            }))
        );
}

// What a rep types for a plan step, checked before it is saved: each problem a code the panel words
// with a custom label, on the field it is about. The limits are the fields' own (Name: a text name
// field, 80 characters; Evidence__c: 255).
import type { IsoDate, PlanStepStatus, RecordId } from 'c/atlasModel';

export const STEP_NAME_MAX = 80;
export const STEP_EVIDENCE_MAX = 255;

export interface StepDraft {
    name: string;
    dueDate: string;
    status: PlanStepStatus;
    ourOwnerId: RecordId | null;
    customerOwnerId: RecordId | null;
    evidence: string;
    internalNotes: string;
}

export type StepProblemCode =
    'NO_NAME' | 'NAME_TOO_LONG' | 'NO_DUE_DATE' | 'BAD_DUE_DATE' | 'EVIDENCE_TOO_LONG';

export interface StepProblem {
    code: StepProblemCode;
    field: 'name' | 'dueDate' | 'evidence';
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: string): boolean {
    if (!ISO_DATE.test(value)) {
        return false;
    }
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1;
}

/** Every problem of a draft, in the form's field order; none means it can be saved. */
export function stepProblems(draft: StepDraft): StepProblem[] {
    const problems: StepProblem[] = [];
    const name = draft.name.trim();
    if (name === '') {
        problems.push({ code: 'NO_NAME', field: 'name' });
    } else if (name.length > STEP_NAME_MAX) {
        problems.push({ code: 'NAME_TOO_LONG', field: 'name' });
    }
    const due = draft.dueDate.trim();
    if (due === '') {
        problems.push({ code: 'NO_DUE_DATE', field: 'dueDate' });
    } else if (!isCalendarDate(due)) {
        problems.push({ code: 'BAD_DUE_DATE', field: 'dueDate' });
    }
    if (draft.evidence.trim().length > STEP_EVIDENCE_MAX) {
        problems.push({ code: 'EVIDENCE_TOO_LONG', field: 'evidence' });
    }
    return problems;
}

/**
 * The Completed On a save writes: kept when the step stays Done, today when it becomes Done, and
 * cleared when it is reopened, so a reopened step is not reported as done.
 */
export function completedOnFor(
    status: PlanStepStatus,
    previous: IsoDate | null,
    today: IsoDate
): IsoDate | null {
    if (status !== 'Done') {
        return null;
    }
    return previous ?? today;
}

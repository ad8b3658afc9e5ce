// A sales target as typed into the form, and what is wrong with it before the org sees it.
import type { IsoDate } from 'c/atlasModel';

export interface TargetDraft {
    name: string;
    /** As typed: blank or a number. */
    amount: string;
    periodStart: IsoDate | '';
    periodEnd: IsoDate | '';
}

export type TargetProblem = 'name' | 'amount' | 'period';

/** The fields to fix, in the form's order; empty when the draft can be saved. */
export function targetDraftProblems(draft: TargetDraft): TargetProblem[] {
    const problems: TargetProblem[] = [];
    if (draft.name.trim() === '') {
        problems.push('name');
    }
    const amount = Number(draft.amount);
    if (draft.amount.trim() === '' || !Number.isFinite(amount) || amount <= 0) {
        problems.push('amount');
    }
    if (!draft.periodStart || !draft.periodEnd || draft.periodEnd < draft.periodStart) {
        problems.push('period');
    }
    return problems;
}

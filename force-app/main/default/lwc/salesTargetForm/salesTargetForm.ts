// Sales ops set a person's sales target from Pipeline Health: name, amount and period, checked
// before the org sees it; a refusal is shown with everything typed kept.
import { LightningElement, api } from 'lwc';
import { createSalesTarget, formatLabel } from 'c/atlasData';
import { reduceErrors } from 'c/atlasErrors';
import HEADING from '@salesforce/label/c.Atlas_PH_Set_Target_Heading';
import NAME from '@salesforce/label/c.Atlas_PH_Target_Name';
import DEFAULT_NAME from '@salesforce/label/c.Atlas_PH_Target_Default_Name';
import AMOUNT from '@salesforce/label/c.Atlas_PH_Target_Amount';
import START from '@salesforce/label/c.Atlas_PH_Target_Start';
import END from '@salesforce/label/c.Atlas_PH_Target_End';
import PERIOD_HELP from '@salesforce/label/c.Atlas_PH_Target_Period_Help';
import SAVE from '@salesforce/label/c.Atlas_PH_Target_Save';
import NEED_NAME from '@salesforce/label/c.Atlas_PH_Target_Need_Name';
import NEED_AMOUNT from '@salesforce/label/c.Atlas_PH_Target_Need_Amount';
import NEED_PERIOD from '@salesforce/label/c.Atlas_PH_Target_Need_Period';
import SAVE_FAILED from '@salesforce/label/c.Atlas_PH_Target_Save_Failed';
import { targetDraftProblems } from './targetDraft';
import type { TargetDraft, TargetProblem } from './targetDraft';

const PROBLEM_TEXTS: Record<TargetProblem, string> = {
    name: NEED_NAME,
    amount: NEED_AMOUNT,
    period: NEED_PERIOD
};

export default class SalesTargetForm extends LightningElement {
    @api ownerId = '';
    @api ownerName = '';
    @api periodStart = '';
    @api periodEnd = '';

    labels = {
        name: NAME,
        amount: AMOUNT,
        start: START,
        end: END,
        periodHelp: PERIOD_HELP,
        save: SAVE
    };
    /** What the user typed, field by field; the rest shows the defaults given above. */
    private typed: Partial<TargetDraft> = {};
    checked = false;
    saving = false;
    saveError = '';

    get heading(): string {
        return formatLabel(HEADING, this.ownerName);
    }

    get draft(): TargetDraft {
        return {
            name: this.typed.name ?? formatLabel(DEFAULT_NAME, this.ownerName),
            amount: this.typed.amount ?? '',
            periodStart: this.typed.periodStart ?? this.periodStart,
            periodEnd: this.typed.periodEnd ?? this.periodEnd
        };
    }

    get problems(): { key: string; text: string }[] {
        return this.checked
            ? targetDraftProblems(this.draft).map((key) => ({ key, text: PROBLEM_TEXTS[key] }))
            : [];
    }

    handleField(event: CustomEvent<{ value: string }>): void {
        const field = (event.target as HTMLElement).dataset.field as keyof TargetDraft;
        this.typed = { ...this.typed, [field]: event.detail.value ?? '' };
        this.saveError = '';
    }

    async handleSave(): Promise<void> {
        this.checked = true;
        const draft = this.draft;
        if (targetDraftProblems(draft).length > 0 || !draft.periodStart || !draft.periodEnd) {
            return;
        }
        this.saving = true;
        this.saveError = '';
        try {
            await createSalesTarget({
                name: draft.name,
                ownerId: this.ownerId,
                amount: Number(draft.amount),
                periodStart: draft.periodStart,
                periodEnd: draft.periodEnd
            });
            this.dispatchEvent(new CustomEvent('saved'));
        } catch (error) {
            this.saveError = formatLabel(SAVE_FAILED, reduceErrors(error).join(' '));
        } finally {
            this.saving = false;
        }
    }
}

// What the Mutual Plan panel shows, worked out from its data: each step's line in the user's words
// (dates in their locale, status by its picklist label, owners, evidence, how it slips against the
// close date) and the customer's CSV. Pure arrangement: the component only loads, saves and renders.
import { localeStyle } from 'c/atlasMessages';
import LOCALE from '@salesforce/i18n/locale';
import { formatLabel } from 'c/atlasData';
import type { MutualPlanData, PicklistEntry } from 'c/atlasData';
import { planCsv, plannedSteps } from 'c/mutualPlan';
import type { PlanStep } from 'c/mutualPlan';
import type { PlanStepSlip } from 'c/dealScoring';
import { PLAN_LABELS as LABELS } from './planLabels';

const DATES = localeStyle({}, LOCALE);
const PLURALS = new Intl.PluralRules(LOCALE);
const formatDate = (iso: string): string => DATES.date(iso);

export interface SlipView {
    key: string;
    text: string;
}

export interface StepRow {
    key: string;
    id: string;
    number: number;
    name: string;
    dueText: string;
    statusLabel: string;
    ownersText: string;
    evidenceText: string | null;
    doneText: string | null;
    notesText: string | null;
    slips: SlipView[];
    isLate: boolean;
    isOpen: boolean;
    editLabel: string;
    completeLabel: string;
    itemClass: string;
}

/** A status's label as the org words it (its picklist entry), else the value itself. */
export function statusLabelOf(
    statuses: readonly PicklistEntry[],
    value: string | null | undefined
): string {
    const status = value ?? 'Not Started';
    return statuses.find((entry) => entry.value === status)?.label ?? status;
}

function slipText(slip: PlanStepSlip): string {
    const one = PLURALS.select(slip.days) === 'one';
    const label =
        slip.kind === 'AFTER_CLOSE'
            ? one
                ? LABELS.afterCloseOne
                : LABELS.afterCloseOther
            : one
              ? LABELS.overdueOne
              : LABELS.overdueOther;
    return formatLabel(label, slip.days);
}

const isOpen = (step: PlanStep): boolean =>
    step.Status__c !== 'Done' && step.Status__c !== 'Cancelled';

/** The plan's steps in order against the close date, as of a day; a closed deal's never slip. */
export function stepRows(data: MutualPlanData, asOf: string): StepRow[] {
    const closeDate = data.deal?.IsClosed ? null : (data.deal?.CloseDate ?? null);
    const today = data.deal?.IsClosed ? '' : asOf;
    return plannedSteps(data.steps, closeDate, today).map(({ step, number, slips }) => ({
        key: step.Id,
        id: step.Id,
        number,
        name: step.Name,
        dueText: step.Due_Date__c ? formatLabel(LABELS.due, formatDate(step.Due_Date__c)) : '',
        statusLabel: statusLabelOf(data.statuses, step.Status__c),
        ownersText: formatLabel(
            LABELS.owners,
            step.ourOwnerName ?? LABELS.nobody,
            step.customerOwnerName ?? LABELS.nobody
        ),
        evidenceText: step.Evidence__c ? formatLabel(LABELS.evidenceLine, step.Evidence__c) : null,
        doneText: step.Completed_On__c
            ? formatLabel(LABELS.doneOn, formatDate(step.Completed_On__c))
            : null,
        notesText: step.Internal_Notes__c
            ? formatLabel(LABELS.notesLine, step.Internal_Notes__c)
            : null,
        slips: slips.map((slip) => ({ key: slip.kind, text: slipText(slip) })),
        isLate: slips.length > 0,
        isOpen: isOpen(step),
        editLabel: formatLabel(LABELS.editNamed, step.Name),
        completeLabel: formatLabel(LABELS.completeNamed, step.Name),
        itemClass: `plan__step slds-box slds-box_x-small${slips.length > 0 ? ' plan__step_late' : ''}`
    }));
}

/** The CSV the customer receives: headings and statuses in the user's words, no internal notes. */
export function customerCsv(data: MutualPlanData): string {
    return planCsv(
        data.steps,
        {
            number: LABELS.colNumber,
            step: LABELS.colStep,
            dueDate: LABELS.colDue,
            status: LABELS.colStatus,
            ourOwner: LABELS.colOurOwner,
            customerOwner: LABELS.colCustomerOwner,
            evidence: LABELS.colEvidence,
            completedOn: LABELS.colCompleted
        },
        { statusLabel: (status) => statusLabelOf(data.statuses, status) }
    );
}

/** The file's name: the plan and the deal's name, without characters file systems refuse. */
export function csvFileName(data: MutualPlanData): string {
    const dealName = (data.deal?.Name ?? '').replace(/[\\/:*?"<>|]+/g, '-').trim();
    return formatLabel(LABELS.fileName, dealName);
}

// The mutual plan as a CSV file for the customer: the steps in order with dates, owners on both
// sides, status and evidence. Internal notes are never written: the columns are fixed here, and
// the notes are not one of them. Quoting follows RFC 4180 (fields with a comma, quote or line break
// are quoted, quotes doubled; lines end with CRLF).
import type { PlanStep } from './planSteps';
import { orderedSteps } from './planSteps';

/** The column headings in the reader's language (custom labels, passed in by the panel). */
export interface PlanCsvHeadings {
    number: string;
    step: string;
    dueDate: string;
    status: string;
    ourOwner: string;
    customerOwner: string;
    evidence: string;
    completedOn: string;
}

/** How the panel words what the CSV shows: status labels (picklist labels), names of owners. */
export interface PlanCsvWords {
    statusLabel(status: PlanStep['Status__c']): string;
}

function csvField(value: string): string {
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A cell as text that no spreadsheet runs as a formula (a leading = + - @ gets a '). */
function inert(value: string | null | undefined): string {
    if (!value) {
        return '';
    }
    return /^[=+\-@]/.test(value) ? `'${value}` : value;
}

function csvLine(values: readonly string[]): string {
    return values.map(csvField).join(',');
}

/**
 * The plan's CSV text. Dates stay ISO (2026-12-18) so any spreadsheet reads them as dates in any
 * locale; text cells are made inert (see inert).
 */
export function planCsv(
    steps: readonly PlanStep[],
    headings: PlanCsvHeadings,
    words: PlanCsvWords
): string {
    const lines = [
        csvLine([
            headings.number,
            headings.step,
            headings.dueDate,
            headings.status,
            headings.ourOwner,
            headings.customerOwner,
            headings.evidence,
            headings.completedOn
        ]),
        ...orderedSteps(steps).map((step, index) =>
            csvLine([
                String(index + 1),
                inert(step.Name),
                step.Due_Date__c ?? '',
                words.statusLabel(step.Status__c),
                inert(step.ourOwnerName),
                inert(step.customerOwnerName),
                inert(step.Evidence__c),
                step.Completed_On__c ?? ''
            ])
        )
    ];
    return `${lines.join('\r\n')}\r\n`;
}

// The words about criteria and their evidence: a criterion's line, the evidence and qualification
// reasons and the risks of unmet or refused outcomes. Apart from messages.ts because they read the
// weighing (weigh.ts), which the input checks that messages.ts serves are imported by.
import type { WeighedLine, Weighing } from './weigh';
import { percent, plural, withCategory } from './messages';

const STATE_TEXT: Readonly<Record<string, string>> = {
    Yes: 'met',
    'In Progress': 'in progress',
    No: 'the customer said no'
};

function stateText(line: WeighedLine): string {
    return line.state === null ? 'not yet assessed' : (STATE_TEXT[line.state] ?? line.state);
}

/** "Needs Analysis (required): Customer agreed … — met, verified by Marcus Bell on 2026-11-13." */
export function criterionLine(line: WeighedLine, names: ReadonlyMap<string, string>): string {
    const { record } = line.criterion;
    let state = stateText(line);
    const verifier = line.answer?.record.Verified_By__c;
    const verifiedOn = line.answer?.record.Verified_On__c;
    const by =
        line.state !== null && typeof verifier === 'string' ? names.get(verifier) : undefined;
    const on = line.state !== null && typeof verifiedOn === 'string' ? verifiedOn : undefined;
    if (by || on) {
        state += `, verified${by ? ` by ${by}` : ''}${on ? ` on ${on}` : ''}`;
    }
    if (!record.Stage__c) {
        return `${withCategory(record.Category__c, record.Question__c)} — ${state}.`;
    }
    const required = record.Required__c === true ? ' (required)' : '';
    return `${record.Stage__c}${required}: ${record.Question__c} — ${state}.`;
}

function countsOf(weighing: Weighing): string {
    const parts = [
        weighing.inProgress > 0 ? `${weighing.inProgress} in progress` : '',
        weighing.saidNo > 0 ? `${weighing.saidNo} answered No` : '',
        weighing.notAssessed > 0
            ? `${weighing.notAssessed} not yet assessed (unknown, so no points yet)`
            : ''
    ].filter(Boolean);
    return parts.length > 0 ? ` ${parts.join(', ')}.` : '';
}

export function evidenceReason(weighing: Weighing, stage: string): string {
    const total = weighing.lines.length;
    return `${weighing.met} of ${plural(total, 'criterion', 'criteria')} up to ${stage} met with customer evidence: ${percent(weighing.earned / weighing.possible)} of their weight.${countsOf(weighing)}`;
}

/** "half" at the default credit, else the share: "30% of". */
export function qualificationReason(
    weighing: Weighing,
    byQuestion: ReadonlyMap<string, Weighing>
): string {
    const parts = [...byQuestion].map(([question, part]) => {
        if (part.lines.length === 0) {
            return `${question} not asked`;
        }
        if (part.notAssessed === part.lines.length) {
            return `${question} not yet assessed`;
        }
        return `${question} ${percent(part.earned / part.possible)}`;
    });
    return `Qualification at ${percent(weighing.earned / weighing.possible)} of its weight: ${parts.join('; ')}.${countsOf(weighing)}`;
}

export function earlierRequiredUnmet(line: WeighedLine): string {
    const state = stateText(line);
    return `The deal left ${line.criterion.record.Stage__c} without this required outcome (${state}): ${line.criterion.record.Question__c}`;
}

/** Names the criterion's own stage: it may be an earlier one than the deal's. */
export function customerSaidNo(line: WeighedLine): string {
    const { record } = line.criterion;
    const required = record.Required__c === true ? ', required to leave it' : '';
    return `The customer said no to an outcome of ${record.Stage__c}${required}: ${record.Question__c}`;
}

export function qualificationAnsweredNo(line: WeighedLine): string {
    const { record } = line.criterion;
    return `The customer's answer is No — ${withCategory(record.Category__c, record.Question__c)} Decide whether this deal is still worth pursuing, or qualify out.`;
}

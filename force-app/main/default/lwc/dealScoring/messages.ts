// The deal score's sentences still written here in English: reasons, risks, warnings and errors
// (next best actions are custom labels: actionMessages.ts; criterion lines: criterionMessages.ts).
import type { BuyingCenterMemberRecord } from 'c/atlasModel';
import type { BuyingCenterCoverage } from 'c/buyingCenterCoverage';
import type { DealScoringConfig } from './types';
import { describeValue } from './values';

// ---- Small pieces -------------------------------------------------------------------------------

export const percent = (ratio: number): string => `${Math.round(ratio * 100)}%`;
export const plural = (count: number, one: string, many = `${one}s`): string =>
    `${count} ${count === 1 ? one : many}`;
const days = (count: number): string => plural(count, 'day');

/** 1250000 → "1,250,000": whole units, no locale, so output is the same on every machine. */
export function amount(value: number): string {
    return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "Marcus Bell (Decision Maker)" when the contact's name is known, else "the Decision Maker". */
export function personName(
    member: BuyingCenterMemberRecord,
    names: ReadonlyMap<string, string>
): string {
    const name = names.get(member.Contact__c);
    const role = member.Buying_Role__c;
    if (name) {
        return role ? `${name} (${role})` : name;
    }
    return role ? `the ${role}` : 'an unnamed member';
}

/** A qualification question with its category, said once: sample questions often repeat it. */
export function withCategory(category: string | null | undefined, question: string): string {
    return !category || question.startsWith(category) ? question : `${category} ${question}`;
}

// ---- Configuration errors -----------------------------------------------------------------------

/** The error for a configuration that cannot score: which setting, and what it must be. */
export function configError(setting: string, expected: string): Error {
    const error = new Error(`Deal scoring configuration: ${setting} must be ${expected}.`);
    error.name = 'DealScoringConfigError';
    return error;
}

// ---- Warnings about the input -------------------------------------------------------------------

export const NO_OPPORTUNITY = 'No opportunity was given; it was scored as an empty deal.';
export const BAD_AS_OF =
    'No valid "as of" date (YYYY-MM-DD) was given, so the close date, activity and time in stage could not be judged.';
export const NO_STAGE_ORDER = 'No sales stages were given, so no stage criteria could be applied.';
export const NO_QUESTION = '(no question written)';

export function notAList(what: string, value: unknown): string {
    return `The ${what} should be a list but ${describeValue(value)} was given; read as none.`;
}
export function notARecord(what: string, value: unknown): string {
    return `An entry in the ${what} is ${describeValue(value)}, not a record; it was skipped.`;
}
export function missingId(what: string, id: unknown): string {
    return `A ${what.toLowerCase()} record has no usable id (${describeValue(id)}); it was skipped.`;
}
export function duplicateRecord(what: string, id: string): string {
    return `Two ${what.toLowerCase()} records share the id ${id}; one was used.`;
}
export function badField(
    object: string,
    id: string,
    field: string,
    value: unknown,
    readAs: string
): string {
    const which = id ? `${object} ${id}` : `The ${object.toLowerCase()}`;
    return `${which}: ${field} is ${describeValue(value)}, which is not a valid value; read as ${readAs}.`;
}
export function badStageName(value: unknown): string {
    return `The sales stages include ${describeValue(value)}, which is not a stage name; it was skipped.`;
}
export function duplicateStage(stage: string): string {
    return `The stage "${stage}" is listed twice in the sales stages; it counts once, in its first place.`;
}
export function unknownStage(stage: string | null): string {
    return stage
        ? `The stage "${stage}" is not one of the sales stages, so stage criteria and the stage gate could not be applied.`
        : 'The deal has no stage, so stage criteria and the stage gate could not be applied.';
}
export function badAmount(value: string): string {
    return `The amount ${value} is not a valid amount (a number of zero or more); read as missing.`;
}
export function closeBeforeCreated(close: string, created: string): string {
    return `The close date ${close} is before the deal was created (${created}).`;
}
export function dateAfterAsOf(field: string, date: string): string {
    return `${field} ${date} is after the "as of" date: a date in the future.`;
}
export function unknownCategory(question: string, category: string): string {
    return `Criterion "${question}" has an unknown category "${category}"; it counts, but under none of the four qualification questions.`;
}
export function unknownImportance(question: string, importance: string): string {
    return `Criterion "${question}" has an unknown importance "${importance}"; weighed as Important.`;
}
export function criterionStageUnknown(question: string, stage: string): string {
    return `Criterion "${question}" belongs to the stage "${stage}", which is not one of the sales stages; it was ignored.`;
}
export function evidenceUnknownCriterion(id: string): string {
    return `Evidence ${id} answers no known criterion; it was ignored.`;
}
export function evidenceOtherDeal(id: string, dealId: string): string {
    return `Evidence ${id} belongs to another deal (${dealId}); it was ignored.`;
}
export function evidenceUnknownState(id: string, state: unknown): string {
    return `Evidence ${id} has the state ${describeValue(state)}, which is not No, In Progress or Yes; read as not yet assessed.`;
}
export function yesWithoutEvidence(id: string): string {
    return `Evidence ${id} is marked Yes but does not say what the customer did or said; counted as In Progress until it does.`;
}
export function yesWithoutVerifier(id: string): string {
    return `Evidence ${id} is marked Yes but names no customer contact who verified it; counted as In Progress until it does.`;
}
export function verifiedAfterAsOf(id: string, date: string): string {
    return `Evidence ${id} was verified on ${date}, after the "as of" date.`;
}
export function duplicateEvidence(criterionId: string, count: number, usedId: string): string {
    return `${count} evidence records answer criterion ${criterionId}; the one verified last (${usedId}) was used.`;
}
export function memberUnknownValues(id: string, fields: readonly string[]): string {
    return `Member ${id} has a value this version does not know in ${fields.join(', ')}; read as blank.`;
}
export function historyBadEntry(stage: string | null): string {
    return stage
        ? `A stage history entry for "${stage}" has no valid date; it was skipped.`
        : 'A stage history entry has no stage name or no valid date; it was skipped.';
}
export function historyAfterAsOf(stage: string, date: string): string {
    return `The stage history says the deal entered "${stage}" on ${date}, after the "as of" date; that entry was skipped.`;
}
export function historyUnknownStage(stage: string): string {
    return `The stage history names the stage "${stage}", which is not one of the sales stages; that entry was skipped.`;
}
export function historyDisagrees(last: string, current: string): string {
    return `The stage history ends in "${last}" but the deal is in "${current}", so its time in stage is unknown.`;
}

// ---- Closed deals -------------------------------------------------------------------------------

export function closedNote(won: boolean, stage: string | null): string {
    const outcome = won ? 'won' : 'lost';
    return `This deal is closed (${stage ?? outcome}): the score shows it as it stood when it was ${outcome}, judged on every stage it reached; it has no stage gate or next steps.`;
}

// ---- Evidence and qualification -----------------------------------------------------------------

const creditShare = (credit: number): string => (credit === 0.5 ? 'half' : `${percent(credit)} of`);

export function noCriteriaReason(
    stageUnknown: boolean,
    stage: string | null,
    credit: number
): string {
    return stageUnknown
        ? `The deal is not in a known sales stage, so no stage criteria apply: ${creditShare(credit)} the evidence points are given until the stage is set.`
        : `No stage criteria are set up for ${stage ?? 'this stage'} or the stages before it: ${creditShare(credit)} the evidence points are given until sales ops add some.`;
}

export function noQualificationReason(credit: number): string {
    return `No qualification questions are set up: ${creditShare(credit)} the qualification points are given until sales ops add some.`;
}

export function questionNotConfigured(question: string): string {
    return `${question} — no question set up for it.`;
}

// ---- Relationships ------------------------------------------------------------------------------

export const RELATIONSHIPS_UNKNOWN =
    'Relationships unknown: nobody from the buying center is linked to this deal yet, so a small share of the points is given until the people are mapped.';
export const RELATIONSHIPS_UNKNOWN_RISK =
    'Nobody from the buying center is mapped to this deal — map who decides, who evaluates, who will use it and who coaches us.';

/** Who the relationship lines are about, by name where known. */
export interface RelationshipPeople {
    supportiveDeciders: string[];
    deciders: string[];
    coaches: string[];
}

function listOf(items: readonly string[]): string {
    if (items.length <= 1) {
        return items[0] ?? '';
    }
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function deciderLine(coverage: BuyingCenterCoverage, people: RelationshipPeople): string {
    if (coverage.supportiveDecisionMakerEngaged) {
        return `${listOf(people.supportiveDeciders)} ${people.supportiveDeciders.length === 1 ? 'supports' : 'support'} us and we meet them regularly.`;
    }
    return coverage.hasDecisionMaker
        ? `We know who decides — ${listOf(people.deciders)} — but no decision maker both supports us and is engaged; a little credit for knowing who decides.`
        : 'No decision maker or approver identified.';
}

export function coachLine(people: RelationshipPeople): string {
    return people.coaches.length > 0
        ? `${listOf(people.coaches)} ${people.coaches.length === 1 ? 'is' : 'are'} coaching us.`
        : 'Nobody inside is coaching us.';
}

export function oppositionLine(unaddressed: number, opposed: number): string {
    if (unaddressed > 0) {
        return `${plural(unaddressed, 'influential opponent')} we have barely met.`;
    }
    return opposed > 0
        ? 'Every influential opponent is engaged.'
        : 'No influential opposition is known.';
}

export function threadsLine(engaged: number): string {
    return engaged >= 2
        ? `${engaged} people engaged: the deal does not hang on one person.`
        : `${engaged === 0 ? 'Nobody' : 'Only one person'} engaged: the deal hangs on ${engaged === 0 ? 'no one' : 'one person'}.`;
}

export function relationshipsReason(
    coverage: BuyingCenterCoverage,
    people: RelationshipPeople
): string {
    const status = coverage.mapStatus.toLowerCase();
    const mapped = plural(coverage.memberCount, 'person', 'people');
    return `The relationship map is ${status} across ${mapped}. ${deciderLine(coverage, people)} ${coachLine(people)} ${oppositionLine(coverage.unaddressedOpposition.length, coverage.oppositionIds.length)} ${threadsLine(coverage.engagedMemberCount)}`;
}

// ---- Hygiene ------------------------------------------------------------------------------------

export function closeDateLine(
    kind: 'missing' | 'closed' | 'unknown' | 'past' | 'future',
    date: string | null
): string {
    switch (kind) {
        case 'missing':
            return 'The deal has no close date.';
        case 'past':
            return `The close date ${date} has passed — update it or close the deal.`;
        case 'unknown':
            return `Close date ${date}: not judged without an "as of" date.`;
        case 'closed':
            return `Closed with the close date ${date}.`;
        default:
            return `Close date ${date} is ahead.`;
    }
}

export function activityLine(
    kind: 'closed' | 'unknown' | 'stale' | 'recent',
    idle: number | null,
    config: DealScoringConfig
): string {
    switch (kind) {
        case 'closed':
            return 'Activity is not judged on a closed deal.';
        case 'unknown':
            return 'When the deal was last worked on is unknown (no activity or created date): not judged.';
        case 'stale':
            return `No activity for ${days(idle ?? 0)} (more than ${days(config.staleActivityDays)}): the deal has gone quiet.`;
        default:
            return `Last activity ${idle === 0 ? 'today' : `${days(idle ?? 0)} ago`}.`;
    }
}

export function stageTimeLine(
    kind: 'closed' | 'unknown' | 'long' | 'normal',
    stage: string,
    spent: number | null,
    norm: number
): string {
    switch (kind) {
        case 'closed':
            return 'Time in stage is not judged on a closed deal.';
        case 'unknown':
            return 'Time in stage is unknown (no stage history): not judged.';
        case 'long':
            return `${days(spent ?? 0)} in ${stage}, longer than the usual ${days(norm)}: the deal may have stalled.`;
        default:
            return `${days(spent ?? 0)} in ${stage} (usual: up to ${days(norm)}).`;
    }
}

export function amountLine(value: number | null): string {
    if (value === null) {
        return 'The deal has no amount, so it counts for nothing in the pipeline.';
    }
    return value === 0
        ? 'The deal amount is 0, so it counts for nothing in the pipeline.'
        : `Amount ${amount(value)}.`;
}

export function buyingCenterLine(linked: boolean, name: string | null): string {
    if (!linked) {
        return 'The deal is not linked to a buying center, so it is missing from the account plan and the opportunity map.';
    }
    return name ? `Linked to the buying center ${name}.` : 'Linked to a buying center.';
}

export function directionLine(
    kind: 'backwards' | 'forward' | 'unknown',
    moves: readonly string[]
): string {
    if (kind === 'backwards') {
        return `The deal moved back a stage (${moves.join(', ')}): find out what changed.`;
    }
    return kind === 'forward'
        ? 'The deal has only moved forward.'
        : 'Stage moves are unknown (no stage history): not judged.';
}

export function hygieneReason(problems: readonly string[]): string {
    return problems.length === 0
        ? 'Close date, activity, time in stage, amount and buying center are in order (or could not be judged).'
        : `${plural(problems.length, 'data problem')}: ${problems.join(' ')}`;
}

// ---- Stage gate ---------------------------------------------------------------------------------

export function gateReason(
    kind: 'closed' | 'unknown' | 'open' | 'ready to close' | 'blocked',
    current: string | null,
    next: string | null,
    blocking: number
): string {
    switch (kind) {
        case 'closed':
            return 'The deal is closed.';
        case 'unknown':
            return unknownStage(current);
        case 'open':
            return `Every required outcome so far is met: the deal can move from ${current} to ${next}.`;
        case 'ready to close':
            return `Every required outcome is met: ${current} is the last stage, so the deal is ready to close.`;
        default:
            return `${plural(blocking, 'required outcome')} still ${blocking === 1 ? 'needs' : 'need'} customer evidence before the deal can leave ${current}.`;
    }
}

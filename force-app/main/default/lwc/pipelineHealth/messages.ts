// Every sentence the pipeline assessment says, in one place. Panels may map the codes that come
// with them to custom labels; these are the English defaults.
import type { Confidence } from './types';

/** 1250000 → "1,250,000": whole units, no locale, so output is the same on every machine. */
export function amount(value: number): string {
    const rounded = Math.round(value);
    const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return rounded < 0 ? `-${digits}` : digits;
}

export const percent = (ratio: number): string => `${Math.round(ratio * 100)}%`;
const multiple = (value: number): string => `${value.toFixed(1)}×`;
const deals = (count: number): string => (count === 1 ? '1 deal' : `${count} deals`);
const list = (items: readonly string[]): string => items.join(', ');

export function learntFrom(count: number, passedValue: number, confidence: Confidence): string {
    return `Learnt from ${count === 1 ? '1 closed deal' : `${count} closed deals`} worth ${amount(passedValue)} that passed it: ${confidence} confidence.`;
}

// Configuration and input.
export function invalidConfig(setting: string, expected: string, used: number): string {
    return `Pipeline configuration: ${setting} must be ${expected}; ${used} is used instead.`;
}
export const NO_STAGES =
    'No sales stages were given, so there are no stage factors, coverage or balance.';
export function duplicateStage(stage: string): string {
    return `The stage "${stage}" is listed twice in the sales process; it is counted once.`;
}
export function tooManyStages(count: number, max: number): string {
    return `The sales process has ${count} stages; more than about ${max} makes stages hard to tell apart and the pipeline hard to read.`;
}
export function noTarget(given: number | null): string {
    return given === null
        ? 'The sales target has no amount, so the value needed in each stage is unknown.'
        : `The sales target amount ${amount(given)} is not positive, so the value needed in each stage is unknown.`;
}
export function invalidPeriod(start: string | null, end: string | null): string {
    return start && end
        ? `The target period ends (${end}) before it starts (${start}); every open deal counts, whatever its close date.`
        : 'The target period has no valid start and end dates; every open deal counts, whatever its close date.';
}
export function invalidAsOf(value: unknown): string {
    return `"As of" ${typeof value === 'string' ? `"${value}"` : 'is missing and'} is not a date; stale deals and past close dates are not checked.`;
}
export function invalidRecords(count: number): string {
    return count === 1
        ? 'One opportunity is not a record with an Id; it is left out.'
        : `${count} opportunities are not records with an Id; they are left out.`;
}
export function duplicateOpportunity(id: string): string {
    return `Opportunity ${id} appears more than once; it is counted once.`;
}
export function unknownLossReason(name: string, reason: string): string {
    return `${name} has the loss reason "${reason}", which is not one of Outsold, Not Qualified, No Decision, Other; it counts as a loss for another reason.`;
}
export function historyUnknownOpportunity(id: string): string {
    return `A stage history is given for ${id}, which is not among the opportunities; it is ignored.`;
}
export function historyUnknownStage(name: string, stage: string): string {
    return `The stage history of ${name} names "${stage}", which is not in the sales process; that step is ignored.`;
}
export function lostWithoutHistory(count: number, firstStage: string): string {
    return `${count === 1 ? '1 lost deal has' : `${count} lost deals have`} no stage history, so ${count === 1 ? 'it is' : 'they are'} counted as lost in ${firstStage} only; the factors of later stages may be optimistic.`;
}

// Stages.
export function stageNotEnoughHistory(stage: string): string {
    return `Not enough history: no closed deal with an amount has passed ${stage} yet, so the value it needs is unknown.`;
}
export function stageNeverWon(stage: string, passed: number): string {
    return `None of the ${deals(passed)} that passed ${stage} and closed was won, so no multiple of the target is enough; the value needed is unknown.`;
}
export function stageNoTarget(stage: string, share: number, pvf: number): string {
    return `${percent(share)} of the value that passed ${stage} was won (value factor ${multiple(pvf)}); set a target to see the value needed.`;
}
export function stageCoverage(
    stage: string,
    share: number,
    pvf: number,
    needed: number,
    there: number,
    coverage: number
): string {
    const gap = needed > there ? ` Short by ${amount(needed - there)}.` : '';
    return `${percent(share)} of the value that passed ${stage} was won, so ${multiple(pvf)} the target (${amount(needed)}) must sit here; ${amount(there)} does, ${percent(coverage)} covered.${gap}`;
}

// Balance.
export const BALANCE_UNKNOWN =
    'Balance unknown: no stage has both a value factor and a target yet.';
export function balanced(evenness: number | null): string {
    return evenness === null
        ? 'Every measured stage holds the value it needs.'
        : `Every stage holds the value it needs (evenness ${percent(evenness)}).`;
}
export function thinStages(stages: readonly string[], weakest: string, coverage: number): string {
    return `Short of value in ${list(stages)}: fill ${stages.length === 1 ? 'this stage' : 'these stages'} now or the gap shows up later in the period. ${weakest} is the weakest at ${percent(coverage)} of what it needs.`;
}

// Rocks, stones and pebbles.
export const SIZE_MIX_EMPTY =
    'No open deal has an amount, so there are no rocks, stones or pebbles to weigh.';
export function rockHeavy(share: number, rocks: number, total: number): string {
    return `Rocks hold ${percent(share)} of the open value (${rocks} of the ${total} open deals with an amount): losing one empties the barrel, so fill the gaps with stones and pebbles.`;
}
const counted = (count: number, one: string, many: string): string =>
    `${count} ${count === 1 ? one : many}`;
export function sizeMix(rocks: number, stones: number, pebbles: number, median: number): string {
    return `${counted(rocks, 'rock', 'rocks')}, ${counted(stones, 'stone', 'stones')} and ${counted(pebbles, 'pebble', 'pebbles')} around a median deal of ${amount(median)}.`;
}

// Data integrity.
export function noCloseDate(name: string): string {
    return `${name} has no close date: set one so it counts in the right period.`;
}
export function closeDatePast(name: string, date: string): string {
    return `${name} was due to close on ${date}, which has passed: close it or move the date.`;
}
export function noAmount(name: string, open: boolean): string {
    return open
        ? `${name} has no amount, so it adds nothing to the pipeline value: estimate one.`
        : `${name} closed without an amount, so it is left out of the value factors.`;
}
export function negativeAmount(name: string, value: number): string {
    return `${name} has a negative amount (${amount(value)}); it is treated as no amount.`;
}
export function unknownStage(name: string, stage: string | null): string {
    return stage
        ? `${name} is in the stage "${stage}", which is not in the sales process, so it counts in no stage.`
        : `${name} has no stage, so it counts in no stage.`;
}
export function stale(name: string, days: number, since: 'activity' | 'created'): string {
    return since === 'activity'
        ? `${name} has had no activity for ${days} days: is it still alive?`
        : `${name} has had no activity since it was created ${days} days ago: is it still alive?`;
}
export function closedBeforeCreated(name: string, close: string, created: string): string {
    return `${name} has a close date (${close}) before it was created (${created}); its cycle length is left out.`;
}

// Figures. They rest on the deals closed in the history window (`inWindow`), or on every closed
// deal when there is no window.
const closedDeals = (count: number, inWindow: boolean): string =>
    `${count === 1 ? '1 deal' : `${count} deals`} closed${inWindow ? ' in the window' : ''}`;
export function noClosedDeals(what: string, inWindow = false): string {
    return `Not enough history: no deals closed${inWindow ? ' in the window' : ''} to measure ${what}.`;
}
export function winRate(
    outcomes: {
        closed: number;
        won: number;
        noDecision: number;
        competitive: number;
        otherLost: number;
    },
    inWindow: boolean
): string {
    const { closed, won, noDecision, competitive, otherLost } = outcomes;
    return `${won} won of the ${closedDeals(closed, inWindow)} (lost: ${noDecision} no decision, ${competitive} to a competitor, ${otherLost} for another reason).`;
}
export function noDecisionRate(noDecision: number, closed: number, inWindow: boolean): string {
    return `${noDecision} of the ${closedDeals(closed, inWindow)} ended with no decision.`;
}
export function competitiveLossRate(
    competitive: number,
    closed: number,
    inWindow: boolean,
    competitors: readonly { name: string; deals: number }[],
    unnamed: number
): string {
    const named = competitors.map((competitor) => `${competitor.name} (${competitor.deals})`);
    if (unnamed > 0 && named.length > 0) {
        named.push(`${unnamed} not named`);
    }
    const who = named.length > 0 ? `: ${list(named)}` : '';
    return `${competitive} of the ${closedDeals(closed, inWindow)} went to a competitor${who}.`;
}
export function noDatedDeals(closed: number, inWindow = false): string {
    return `Cycle length unknown: none of the ${closedDeals(closed, inWindow)} has both a start (created date or first stage change) and a close date on or after it.`;
}
export function averageCycle(measured: number, closed: number, inWindow = false): string {
    const left = closed - measured;
    // A deal loaded after it began (imported) has stage history older than the record, hence the
    // earlier of the two dates.
    return `Average from start (the earlier of created date and first stage change) to close over ${closedDeals(measured, inWindow)}${left > 0 ? ` (${left} without usable dates left out)` : ''}.`;
}
export const NO_WON_AMOUNTS = 'Average won deal unknown: no won deal has an amount.';
export function averageWon(count: number, inWindow = false): string {
    return `Average amount of ${count} won ${count === 1 ? 'deal' : 'deals'}${inWindow ? ' closed in the window' : ''}.`;
}
export const VELOCITY_INPUTS =
    'Velocity needs a win rate, an average won deal and a cycle length longer than zero days.';
export function velocity(open: number, rate: number, won: number, cycle: number): string {
    return `${open} open deals × ${percent(rate)} win rate × ${amount(won)} average won ÷ ${Math.round(cycle)} days.`;
}
export const VELOCITY_PERIOD_INPUTS = 'Velocity per period needs the velocity and a valid period.';
export function velocityPerPeriod(perDay: number, days: number): string {
    return `${amount(perDay)} a day × ${days} days in the period.`;
}

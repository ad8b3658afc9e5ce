// A team's sales target: the periods its owners have targets for, and for one period the sum of
// the chosen owners' Sales_Target__c amounts, with how many owners it adds up. Pure and total.
import type { IsoDate, RecordId, SalesTargetRecord } from 'c/atlasModel';
import { isFiniteNumber, sum } from './values';

/** One target period (its first and last day), as Sales_Target__c records state it. */
export interface TargetPeriod {
    /** `start..end`: what the panel's period choice carries. */
    key: string;
    start: IsoDate;
    end: IsoDate;
    /** The names of the targets set for it, sorted, each once. */
    names: string[];
}

export interface TeamTarget {
    /** The sum of the amounts, or null when no chosen owner has a target for the period. */
    amount: number | null;
    periodStart: IsoDate;
    periodEnd: IsoDate;
    /** Chosen owners with a target for the period: the amount adds up theirs. */
    ownersWithTarget: RecordId[];
    /** Chosen owners with no target for the period: they add nothing to the amount. */
    ownersWithout: RecordId[];
    /** The targets summed (an owner may hold more than one for the period). */
    targets: SalesTargetRecord[];
}

export function periodKey(start: IsoDate, end: IsoDate): string {
    return `${start}..${end}`;
}

function periodOf(target: SalesTargetRecord): { start: IsoDate; end: IsoDate } | null {
    const start = target.Period_Start__c ?? null;
    const end = target.Period_End__c ?? null;
    return start && end && start <= end ? { start, end } : null;
}

/** The periods the owners have targets for, latest first (by start, then end). */
export function targetPeriods(
    targets: readonly SalesTargetRecord[],
    ownerIds: readonly RecordId[]
): TargetPeriod[] {
    const owners = new Set(ownerIds);
    const byKey = new Map<string, TargetPeriod>();
    for (const target of targets) {
        const period = periodOf(target);
        if (period === null || !owners.has(target.OwnerId ?? '')) {
            continue;
        }
        const key = periodKey(period.start, period.end);
        const entry = byKey.get(key) ?? { key, ...period, names: [] };
        const name = target.Name?.trim();
        if (name && !entry.names.includes(name)) {
            entry.names.push(name);
        }
        byKey.set(key, entry);
    }
    return [...byKey.values()]
        .map((period) => ({ ...period, names: [...period.names].sort() }))
        .sort((a, b) => (b.key < a.key ? -1 : b.key > a.key ? 1 : 0));
}

/**
 * The period to open on: the one that includes `asOf` (the shortest, when several do), else the
 * next to start, else the latest that ended; null when there is none.
 */
export function currentPeriodOf(
    periods: readonly TargetPeriod[],
    asOf: IsoDate
): TargetPeriod | null {
    const including = periods
        .filter((period) => period.start <= asOf && asOf <= period.end)
        .sort((a, b) => a.end.localeCompare(b.end) || b.start.localeCompare(a.start));
    if (including[0]) {
        return including[0];
    }
    const upcoming = periods
        .filter((period) => period.start > asOf)
        .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
    return upcoming[0] ?? periods[0] ?? null;
}

/**
 * The period a view of these owners is about (one rule for Home's period and the review queue's
 * "closes this period"): their target period that includes `asOf`, else the next, else the latest.
 */
export function currentTargetPeriod(
    targets: readonly SalesTargetRecord[],
    ownerIds: readonly RecordId[],
    asOf: IsoDate
): TargetPeriod | null {
    return currentPeriodOf(targetPeriods(targets, ownerIds), asOf);
}

/**
 * The chosen owners' target for a period: the sum of the amounts of their Sales_Target__c records
 * for exactly that period (summed smallest first, so the order of the records never changes the
 * total). A target with no usable amount adds nothing and does not count its owner as having one.
 */
export function teamTarget(
    targets: readonly SalesTargetRecord[],
    ownerIds: readonly RecordId[],
    period: { start: IsoDate; end: IsoDate }
): TeamTarget {
    const owners = [...new Set(ownerIds)].sort();
    const chosen = new Set(owners);
    const summed = targets
        .filter((target) => {
            const own = periodOf(target);
            return (
                own !== null &&
                own.start === period.start &&
                own.end === period.end &&
                chosen.has(target.OwnerId ?? '') &&
                isFiniteNumber(target.Target_Amount__c) &&
                target.Target_Amount__c > 0
            );
        })
        .sort((a, b) => a.Id.localeCompare(b.Id));
    const withTarget = new Set(summed.map((target) => target.OwnerId ?? ''));
    const amounts = summed.map((target) => target.Target_Amount__c as number).sort((a, b) => a - b);
    return {
        amount: summed.length > 0 ? sum(amounts) : null,
        periodStart: period.start,
        periodEnd: period.end,
        ownersWithTarget: owners.filter((owner) => withTarget.has(owner)),
        ownersWithout: owners.filter((owner) => !withTarget.has(owner)),
        targets: summed
    };
}
